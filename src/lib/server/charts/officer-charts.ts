import { sql } from 'drizzle-orm';
import type { Db } from '@db/client';
import type { campaigns } from '@db/schema';
import { addDays } from '@rules/dates';
import { statusQuery, unitCompletion, type DaysRange, type UnitCompletion } from '../dashboard';
import { NOT_SUPERSEDED_GIFT } from '../gift-register';
import { instantInIllinois, isoDateInIllinois } from '../today';

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

/** The stages of a disclosure's review (Rule 437: the supervisor reviews, then the ethics officer decides). */
export const REVIEW_STAGES = [
	{ id: 'supervisor', label: 'Supervisor review' },
	{ id: 'determination', label: 'Ethics officer determination' },
] as const;
export type ReviewStageId = (typeof REVIEW_STAGES)[number]['id'];

/** Each disclosure with when its supervisor review and its determination first happened: one pass
 * over the steps, grouped, rather than a lookup per disclosure (5x faster with a year of them). */
const REVIEW_STEPS = sql`
	SELECT d.id, d.user_id, d.submitted_at_ms AS submitted_ms, ev.reviewed_ms, ev.decided_ms
	FROM disclosures d
	LEFT JOIN (
		SELECT disclosure_id,
			min(CASE WHEN outcome = 'supervisor-reviewed' THEN at_ms END) AS reviewed_ms,
			min(CASE WHEN outcome <> 'supervisor-reviewed' THEN at_ms END) AS decided_ms
		FROM disclosure_events GROUP BY disclosure_id
	) ev ON ev.disclosure_id = d.id`;

/** How long one stage took in the disclosures that finished it in a month: count, median, 90th percentile (days). */
export interface ReviewTimeMonth {
	stage: ReviewStageId;
	month: string;
	disclosures: number;
	medianDays: number;
	p90Days: number;
}

/** The Illinois start of each month of a year and of the next January, as instants. */
function monthStarts(year: number): { month: string; startMs: number; endMs: number }[] {
	const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
	const starts = [...months, `${year + 1}-01`].map((m) => instantInIllinois(`${m}-01`, 0));
	return months.map((month, i) => ({ month, startMs: starts[i]!, endMs: starts[i + 1]! }));
}

/**
 * Review time by month of a calendar year (issue 14 §1): the supervisor stage runs from submission
 * to the supervisor's review; the determination stage from that review (or the submission, for
 * someone without a supervisor) to the ethics officer's determination. A stage counts in the month
 * (Illinois time) it finished. Median and 90th percentile by nearest rank, in days to one decimal.
 */
export async function reviewTimes(db: Pick<Db, 'all'>, year: number): Promise<ReviewTimeMonth[]> {
	const months = monthStarts(year);
	const rows = await db.all<{ stage: ReviewStageId; month: string; disclosures: number; medianMs: number; p90Ms: number }>(sql`
		WITH months(month, start_ms, end_ms) AS (VALUES ${sql.join(months.map((m) => sql`(${m.month}, ${m.startMs}, ${m.endMs})`), sql`, `)}),
		steps AS (${REVIEW_STEPS}),
		stages AS (
			SELECT 'supervisor' AS stage, reviewed_ms AS end_ms, reviewed_ms - submitted_ms AS took_ms FROM steps WHERE reviewed_ms IS NOT NULL
			UNION ALL
			SELECT 'determination', decided_ms, decided_ms - coalesce(reviewed_ms, submitted_ms) FROM steps WHERE decided_ms IS NOT NULL
		),
		ranked AS (
			SELECT s.stage, m.month, s.took_ms,
				row_number() OVER (PARTITION BY s.stage, m.month ORDER BY s.took_ms) AS rank,
				count(*) OVER (PARTITION BY s.stage, m.month) AS n
			FROM stages s JOIN months m ON s.end_ms >= m.start_ms AND s.end_ms < m.end_ms
		)
		SELECT stage, month, n AS disclosures,
			min(CASE WHEN rank >= 0.5 * n THEN took_ms END) AS medianMs,
			min(CASE WHEN rank >= 0.9 * n THEN took_ms END) AS p90Ms
		FROM ranked GROUP BY stage, month ORDER BY month, stage`);
	const days = (ms: number) => Math.round(Number(ms) / 8_640_000) / 10;
	return rows.map((r) => ({ stage: r.stage, month: r.month, disclosures: Number(r.disclosures), medianDays: days(r.medianMs), p90Days: days(r.p90Ms) }));
}

/** Gifts from one source in a calendar year, by month, with how many need a written notice. */
export interface GiftSourceYear {
	source: string;
	gifts: number;
	valueCents: number;
	needNotice: number;
	byMonth: Record<string, number>;
}

/** Gifts of a calendar year by source (most first) and month (issue 14 §1); corrected gifts count once. */
export async function giftsBySource(db: Pick<Db, 'all'>, year: number): Promise<GiftSourceYear[]> {
	const rows = await db.all<{ source: string; month: string; gifts: number; valueCents: number; needNotice: number }>(sql`
		SELECT source, substr(received_on, 1, 7) AS month, count(*) AS gifts, sum(value_cents) AS valueCents, sum(needs_notice) AS needNotice
		FROM gifts
		WHERE received_on >= ${`${year}-01-01`} AND received_on <= ${`${year}-12-31`}
			AND ${NOT_SUPERSEDED_GIFT}
		GROUP BY source, month`);
	const bySource = new Map<string, GiftSourceYear>();
	for (const r of rows) {
		const s = bySource.get(r.source) ?? { source: r.source, gifts: 0, valueCents: 0, needNotice: 0, byMonth: {} };
		s.gifts += Number(r.gifts);
		s.valueCents += Number(r.valueCents);
		s.needNotice += Number(r.needNotice);
		s.byMonth[r.month] = Number(r.gifts);
		bySource.set(r.source, s);
	}
	return [...bySource.values()].sort((a, b) => b.gifts - a.gifts || (a.source < b.source ? -1 : 1));
}

/** The disclosures behind one point of the review-time chart: those that finished `stage` in `month`. */
export async function reviewStageList(db: Pick<Db, 'all'>, year: number, month: string, stage: ReviewStageId) {
	const bounds = monthStarts(year).find((m) => m.month === month);
	if (!bounds) return [];
	const rows = await db.all<{ id: string; ownerId: string; ownerName: string; startMs: number; endMs: number }>(sql`
		WITH steps AS (${REVIEW_STEPS})
		SELECT s.id, u.id AS ownerId, u.name AS ownerName,
			${stage === 'supervisor' ? sql`s.submitted_ms` : sql`coalesce(s.reviewed_ms, s.submitted_ms)`} AS startMs,
			${stage === 'supervisor' ? sql`s.reviewed_ms` : sql`s.decided_ms`} AS endMs
		FROM steps s JOIN users u ON u.id = s.user_id
		WHERE endMs >= ${bounds.startMs} AND endMs < ${bounds.endMs}
		ORDER BY endMs - startMs DESC, s.id`);
	return rows.map((r) => ({ ...r, days: Math.round((Number(r.endMs) - Number(r.startMs)) / 8_640_000) / 10 }));
}

/** A review-time point named in a query string (`2026-03:supervisor`), or null. */
export function reviewPointFrom(value: string | null, year: number): { month: string; stage: ReviewStageId } | null {
	const match = /^(\d{4}-\d{2}):(supervisor|determination)$/.exec(value ?? '');
	if (!match || !match[1]!.startsWith(`${year}-`)) return null;
	return { month: match[1]!, stage: match[2] as ReviewStageId };
}

/** People listed on screen behind one burn-up point (the count says how many there are in all). */
export const CERTIFIED_BY_ON_SCREEN = 200;

/**
 * The people behind one point of the burn-up: on the roster now, certified by the end of `day`
 * (Illinois), latest first — the same people the point counts.
 */
export async function certifiedBy(db: Pick<Db, 'all'>, campaign: CampaignDates, day: string, workUnit: string | null) {
	const endMs = instantInIllinois(addDays(day, 1), 0);
	const firsts = sql`
		SELECT u.id, u.name, u.work_unit AS workUnit, min(a.signed_at_ms) AS firstMs FROM attestations a
		JOIN users u ON u.id = a.user_id
		WHERE a.campaign_id = ${campaign.id} AND u.active = 1 AND u.employee_id IS NOT NULL ${workUnit ? sql`AND u.work_unit = ${workUnit}` : sql``}
		GROUP BY u.id HAVING firstMs < ${endMs}`;
	const [count] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM (${firsts})`);
	const people = await db.all<{ id: string; name: string; workUnit: string; firstMs: number }>(sql`SELECT * FROM (${firsts}) ORDER BY firstMs DESC, name LIMIT ${CERTIFIED_BY_ON_SCREEN}`);
	return { day, total: Number(count?.n ?? 0), people: people.map((p) => ({ ...p, firstMs: Number(p.firstMs) })) };
}
