import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@db/client';
import { campaignMailSchedules } from '@db/schema';
import { DEFAULT_SCHEDULE, type CampaignSchedule } from './plan';

/** The ethics officer's form for a campaign's reminders and escalation steps. */
export const CampaignScheduleInputSchema = z
	.object({
		remindDaysBefore: z
			.string()
			.trim()
			.transform((text, ctx) => {
				const parts = text === '' ? [] : text.split(/[\s,;]+/).filter(Boolean);
				const days = parts.map(Number);
				const bad = parts.find((p, i) => !Number.isInteger(days[i]) || days[i]! < 1 || days[i]! > 90);
				if (bad !== undefined) {
					ctx.addIssue({ code: 'custom', message: `expected whole numbers of days from 1 to 90 separated by commas, got ${JSON.stringify(bad)}` });
					return z.NEVER;
				}
				if (new Set(days).size !== days.length) {
					ctx.addIssue({ code: 'custom', message: `expected each number of days once, got ${text}` });
					return z.NEVER;
				}
				return days.sort((a, b) => b - a);
			}),
		supervisorAfterWorkdays: z.coerce
			.number({ error: 'expected a number of workdays' })
			.int({ error: 'expected a whole number of workdays' })
			.min(1, { error: 'expected at least 1 workday' })
			.max(60, { error: 'expected at most 60 workdays' }),
		officerAfterWorkdays: z.coerce
			.number({ error: 'expected a number of workdays' })
			.int({ error: 'expected a whole number of workdays' })
			.min(1, { error: 'expected at least 1 workday' })
			.max(60, { error: 'expected at most 60 workdays' }),
	})
	.refine((s) => s.officerAfterWorkdays > s.supervisorAfterWorkdays, {
		path: ['officerAfterWorkdays'],
		error: 'expected more workdays than the supervisor’s step: the ethics officer hears after the supervisor',
	});

/** A stored schedule row as the planner takes it. */
function fromRow(row: typeof campaignMailSchedules.$inferSelect): CampaignSchedule {
	return {
		remindDaysBefore: row.remindDaysBefore ? row.remindDaysBefore.split(',').map(Number) : [],
		supervisorAfterWorkdays: row.supervisorAfterWorkdays,
		officerAfterWorkdays: row.officerAfterWorkdays,
	};
}

/** Every campaign's schedule that the officer has set; the others use DEFAULT_SCHEDULE. */
export async function loadSchedules(db: Pick<Db, 'select'>): Promise<Map<string, CampaignSchedule>> {
	const rows = await db.select().from(campaignMailSchedules);
	return new Map(rows.map((r) => [r.campaignId, fromRow(r)]));
}

/** One campaign's schedule (the default when none is set). */
export async function scheduleOf(db: Pick<Db, 'select'>, campaignId: string): Promise<CampaignSchedule> {
	const [row] = await db.select().from(campaignMailSchedules).where(eq(campaignMailSchedules.campaignId, campaignId)).limit(1);
	return row ? fromRow(row) : DEFAULT_SCHEDULE;
}

/** Sets a campaign's schedule (the caller audits the change in the same transaction). */
export async function saveSchedule(tx: Tx, campaignId: string, schedule: CampaignSchedule, actorUserId: string, nowMs: number): Promise<void> {
	const values = {
		remindDaysBefore: schedule.remindDaysBefore.join(','),
		supervisorAfterWorkdays: schedule.supervisorAfterWorkdays,
		officerAfterWorkdays: schedule.officerAfterWorkdays,
		updatedAtMs: nowMs,
		updatedByUserId: actorUserId,
	};
	await tx.insert(campaignMailSchedules).values({ campaignId, ...values }).onConflictDoUpdate({ target: campaignMailSchedules.campaignId, set: values });
}
