import { sql } from 'drizzle-orm';
import type { Db } from '@db/client';
import type { campaigns } from '@db/schema';
import { addDays } from '@rules/dates';
import { statusQuery, unitCompletion, type DaysRange, type UnitCompletion } from '../dashboard';
import { isoDateInIllinois } from '../today';

/**
 * The numbers behind the ethics officer's charts (issue 14), each counted by SQL aggregates over the
 * same status query the dashboard's lists use, so a bar and the list it opens cannot disagree.
 */

type CampaignDates = Pick<typeof campaigns.$inferSelect, 'id' | 'opensOn' | 'deadlineOn'>;

/** The overdue-ageing bands (issue 14 §1). Overdue starts the day after the due date. */
export const OVERDUE_AGES = [
	{ id: '0-7', label: 'Up to 7 days', min: 1, max: 7 },
	{ id: '8-30', label: '8 to 30 days', min: 8, max: 30 },
	{ id: '31+', label: '31 days or more', min: 31, max: null },
] as const satisfies readonly (DaysRange & { id: string; label: string })[];

export type OverdueAgeId = (typeof OVERDUE_AGES)[number]['id'];

/** The band a query-string value names, or null. */
export function overdueAgeFrom(value: string | null) {
	return OVERDUE_AGES.find((a) => a.id === value) ?? null;
}

/** People overdue in each band. */
export async function overdueAgeing(
	db: Pick<Db, 'all'>,
	campaign: CampaignDates,
	todayIso: string,
	workUnit: string | null,
): Promise<{ id: OverdueAgeId; label: string; people: number }[]> {
	const [row] = await db.all<Record<string, number | null>>(sql`
		SELECT ${sql.join(
			OVERDUE_AGES.map((a) => sql`sum(daysOverdue >= ${a.min} ${a.max === null ? sql`` : sql`AND daysOverdue <= ${a.max}`}) AS ${sql.identifier(a.id)}`),
			sql`, `,
		)}
		FROM (${statusQuery(campaign, todayIso, workUnit)}) WHERE status = 'overdue'`);
	return OVERDUE_AGES.map((a) => ({ id: a.id, label: a.label, people: Number(row?.[a.id] ?? 0) }));
}

/** Completion by work unit, lowest first, with the agency's figure over the same people. */
export async function completionRanking(
	db: Pick<Db, 'all'>,
	campaign: CampaignDates,
	todayIso: string,
): Promise<{ units: UnitCompletion[]; agencyPercent: number }> {
	const units = await unitCompletion(db, campaign, todayIso, null);
	const counted = units.reduce((n, u) => n + u.total - u.deferred, 0);
	const done = units.reduce((n, u) => n + u.done, 0);
	return {
		units: [...units].sort((a, b) => a.percentDone - b.percentDone || (a.workUnit < b.workUnit ? -1 : 1)),
		// Rounded down like each unit's, so 99.6 % never shows as 100.
		agencyPercent: counted > 0 ? Math.floor((100 * done) / counted) : 100,
	};
}

/** One day of a burn-up: how many had certified by the end of that day (Illinois time). */
export interface BurnUpDay {
	day: string;
	certified: number;
}

/**
 * Completion over time for a campaign: people on the roster now who had certified by the end of each
 * day from the opening to today, against how many must certify (everyone not deferred). The first
 * certification of each person is counted per hour in SQL; hours map to Illinois days exactly
 * (the offset is a whole number of hours), so no row is loaded one by one.
 */
export async function burnUp(
	db: Pick<Db, 'all'>,
	campaign: CampaignDates,
	todayIso: string,
	workUnit: string | null,
): Promise<{ days: BurnUpDay[]; required: number; deadlineOn: string }> {
	const hours = await db.all<{ hour: number; people: number }>(sql`
		SELECT first_ms / 3600000 AS hour, count(*) AS people FROM (
			SELECT min(a.signed_at_ms) AS first_ms FROM attestations a
			JOIN users u ON u.id = a.user_id
			WHERE a.campaign_id = ${campaign.id} AND u.active = 1 AND u.employee_id IS NOT NULL ${workUnit ? sql`AND u.work_unit = ${workUnit}` : sql``}
			GROUP BY a.user_id
		) GROUP BY hour`);
	const byDay = new Map<string, number>();
	for (const h of hours) {
		const day = isoDateInIllinois(Number(h.hour) * 3_600_000);
		byDay.set(day, (byDay.get(day) ?? 0) + Number(h.people));
	}
	const [counts] = await db.all<{ total: number; deferred: number }>(sql`
		SELECT count(*) AS total, coalesce(sum(status = 'deferred'), 0) AS deferred FROM (${statusQuery(campaign, todayIso, workUnit)})`);
	const days: BurnUpDay[] = [];
	let certified = 0;
	for (let day = campaign.opensOn; day <= todayIso; day = addDays(day, 1)) {
		certified += byDay.get(day) ?? 0;
		days.push({ day, certified });
	}
	return { days, required: Number(counts?.total ?? 0) - Number(counts?.deferred ?? 0), deadlineOn: campaign.deadlineOn };
}
