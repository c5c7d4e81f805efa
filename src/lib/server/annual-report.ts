import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@db/client';
import { campaigns, NONCOMPLETION_REASONS, noncompletionReasons, seiFilings, users } from '@db/schema';
import { addDays } from '@rules/dates';
import { fail } from '@rules/errors';
import { NEW_EMPLOYEE_DAYS } from '@rules/ethics/training';
import { FILING_SCHEDULE } from '@rules/ethics/economic-interests';
import { campaignRosterStatus } from './dashboard';
import { isoDateInIllinois } from './today';
import { generateId } from './tokens';

/**
 * The annual compliance report (issue 14 §3): for a calendar year, who had to complete ethics and
 * harassment-prevention training and file a Statement of Economic Interests, and how each ended —
 * on time, late, not completed with the reason and the action taken. Every count is a count of the
 * report's own rows, which the CSV export lists one per person and obligation, so the counts can be
 * reproduced from the export.
 */

/** The first year a report can be asked for. */
export const FIRST_REPORT_YEAR = 2000;

/** The year a report URL names, or why there is no such report (the 404 page's words). */
export function reportYear(text: string, todayIso: string): { year: number } | { problem: string } {
	const thisYear = Number(todayIso.slice(0, 4));
	const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
	if (Number.isNaN(year) || year < FIRST_REPORT_YEAR || year > thisYear)
		return { problem: `There is no report for ${JSON.stringify(text)}: expected a year from ${FIRST_REPORT_YEAR} to ${thisYear}.` };
	return { year };
}

/** The training kinds the Ethics Act asks agencies to report. */
export const REPORTED_TRAININGS = ['ethics-training', 'harassment-training'] as const;

/** How one person's obligation ended. */
export const OUTCOMES = ['on-time', 'late', 'not-completed', 'not-due-yet'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The words for a reason on the report. */
export const REASON_LABELS: Record<(typeof NONCOMPLETION_REASONS)[number] | 'not-recorded', string> = {
	'on-leave': 'On leave',
	separated: 'Separated',
	other: 'Other',
	'not-recorded': 'Not recorded',
};

/** One person's obligation (one row of the export). */
export interface ReportRow {
	/** `campaign:<id>` or `sei:<year>`. */
	obligation: string;
	obligationTitle: string;
	userId: string;
	employeeId: string;
	name: string;
	workUnit: string;
	hireOn: string | null;
	dueOn: string;
	outcome: Outcome;
	completedOn: string | null;
	/** Started during the training period (a new employee, due within 30 days of starting, 5-10(c)). */
	newEmployee: boolean;
	/** For a new employee: completed within the 30 days. */
	withinNewEmployeeDays: boolean | null;
	reason: (typeof NONCOMPLETION_REASONS)[number] | 'not-recorded' | null;
	reasonSource: 'officer' | 'roster' | null;
	detail: string;
	action: string;
}

/** The counts of one obligation, each a count of its rows. */
export interface ObligationSummary {
	obligation: string;
	title: string;
	dueOn: string;
	required: number;
	onTime: number;
	late: number;
	notCompleted: number;
	notCompletedBy: Record<keyof typeof REASON_LABELS, number>;
	notDueYet: number;
	newEmployees: number;
	newEmployeesWithin30Days: number;
}

/** Counts the rows of one obligation. */
export function summarize(obligation: string, title: string, dueOn: string, rows: readonly ReportRow[]): ObligationSummary {
	const mine = rows.filter((r) => r.obligation === obligation);
	const count = (test: (r: ReportRow) => boolean) => mine.filter(test).length;
	return {
		obligation,
		title,
		dueOn,
		required: mine.length,
		onTime: count((r) => r.outcome === 'on-time'),
		late: count((r) => r.outcome === 'late'),
		notCompleted: count((r) => r.outcome === 'not-completed'),
		notCompletedBy: Object.fromEntries(
			(Object.keys(REASON_LABELS) as (keyof typeof REASON_LABELS)[]).map((k) => [k, count((r) => r.outcome === 'not-completed' && r.reason === k)]),
		) as ObligationSummary['notCompletedBy'],
		notDueYet: count((r) => r.outcome === 'not-due-yet'),
		newEmployees: count((r) => r.newEmployee),
		newEmployeesWithin30Days: count((r) => r.withinNewEmployeeDays === true),
	};
}

/** The latest recorded reason per person and obligation key. */
async function latestReasons(db: Pick<Db, 'select'>) {
	const rows = await db.select().from(noncompletionReasons).orderBy(desc(noncompletionReasons.recordedAtMs));
	const latest = new Map<string, typeof noncompletionReasons.$inferSelect>();
	for (const r of rows) {
		const key = `${r.campaignId ? `campaign:${r.campaignId}` : `sei:${r.seiYear}`}|${r.userId}`;
		if (!latest.has(key)) latest.set(key, r);
	}
	return latest;
}

/** The training periods a year's report covers: ethics and harassment-prevention training due that year. */
export async function reportCampaigns(db: Pick<Db, 'select'>, year: number) {
	return db
		.select()
		.from(campaigns)
		.where(and(inArray(campaigns.kind, [...REPORTED_TRAININGS]), gte(campaigns.deadlineOn, `${year}-01-01`), lte(campaigns.deadlineOn, `${year}-12-31`)))
		.orderBy(campaigns.deadlineOn, campaigns.id);
}

/** The SEI due date of a filing year (Rule 437.60(b): May 1). */
const seiDueOn = (year: number) => `${year}-${String(FILING_SCHEDULE.fileBy.month).padStart(2, '0')}-${String(FILING_SCHEDULE.fileBy.day).padStart(2, '0')}`;

/**
 * The report of a calendar year as of a day: every obligation's rows and its counts. People are
 * those on the roster now; the roster keeps no separation date, so someone who has left is not
 * counted (their reason "separated" can be recorded while they are still listed).
 */
export async function annualReport(db: Db, year: number, todayIso: string) {
	const reasons = await latestReasons(db);
	const hires = new Map((await db.select({ id: users.id, hireOn: users.hireOn }).from(users)).map((u) => [u.id, u.hireOn]));
	const rows: ReportRow[] = [];
	const obligations: { obligation: string; title: string; dueOn: string }[] = [];
	const withReason = (row: Omit<ReportRow, 'reason' | 'reasonSource' | 'detail' | 'action'>, rosterReason: 'on-leave' | null): ReportRow => {
		const recorded = reasons.get(`${row.obligation}|${row.userId}`);
		if (row.outcome !== 'not-completed') return { ...row, reason: null, reasonSource: null, detail: '', action: '' };
		if (recorded) return { ...row, reason: recorded.reason, reasonSource: 'officer', detail: recorded.detail, action: recorded.action };
		return { ...row, reason: rosterReason ?? 'not-recorded', reasonSource: rosterReason ? 'roster' : null, detail: '', action: '' };
	};

	for (const campaign of await reportCampaigns(db, year)) {
		const obligation = `campaign:${campaign.id}`;
		obligations.push({ obligation, title: campaign.title, dueOn: campaign.deadlineOn });
		const statuses = await campaignRosterStatus(db, campaign, todayIso, null);
		const firsts = new Map(
			(
				await db.all<{ userId: string; firstMs: number }>(
					sql`SELECT user_id AS userId, min(signed_at_ms) AS firstMs FROM attestations WHERE campaign_id = ${campaign.id} GROUP BY user_id`,
				)
			).map((f) => [f.userId, isoDateInIllinois(Number(f.firstMs))]),
		);
		for (const s of statuses) {
			const hireOn = hires.get(s.id) ?? null;
			const completedOn = firsts.get(s.id) ?? null;
			// Someone who started during the period is due 30 days after starting (5-10(c)). The status
			// query forgets this once they have certified (it answers "where do they stand now"), and
			// a report must judge the certification against the date it was due.
			const newEmployee = hireOn !== null && hireOn >= campaign.opensOn;
			const dueOn = newEmployee ? addDays(hireOn, NEW_EMPLOYEE_DAYS) : s.dueOn;
			const outcome: Outcome =
				s.status === 'done' ? (completedOn! <= dueOn ? 'on-time' : 'late') : s.status === 'due' ? 'not-due-yet' : 'not-completed';
			rows.push(
				withReason(
					{
						obligation,
						obligationTitle: campaign.title,
						userId: s.id,
						employeeId: s.employeeId,
						name: s.name,
						workUnit: s.workUnit,
						hireOn,
						dueOn,
						outcome,
						completedOn,
						newEmployee,
						withinNewEmployeeDays: newEmployee ? completedOn !== null && completedOn <= addDays(hireOn!, NEW_EMPLOYEE_DAYS) : null,
					},
					s.status === 'deferred' ? 'on-leave' : null,
				),
			);
		}
	}

	const seiObligation = `sei:${year}`;
	const dueOn = seiDueOn(year);
	obligations.push({ obligation: seiObligation, title: `Statements of Economic Interests ${year}`, dueOn });
	const filers = await db
		.select({ id: users.id, employeeId: users.employeeId, name: users.name, workUnit: users.workUnit, hireOn: users.hireOn })
		.from(users)
		.where(and(eq(users.active, true), eq(users.filesSei, true)))
		.orderBy(users.workUnit, users.name);
	const filings = await db.select().from(seiFilings).where(eq(seiFilings.year, year)).orderBy(desc(seiFilings.recordedAtMs));
	for (const f of filers) {
		const filing = filings.find((x) => x.userId === f.id);
		const outcome: Outcome = filing ? (filing.filedOn <= dueOn ? 'on-time' : 'late') : todayIso > dueOn ? 'not-completed' : 'not-due-yet';
		rows.push(
			withReason(
				{
					obligation: seiObligation,
					obligationTitle: `Statements of Economic Interests ${year}`,
					userId: f.id,
					employeeId: f.employeeId ?? '',
					name: f.name,
					workUnit: f.workUnit,
					hireOn: f.hireOn,
					dueOn,
					outcome,
					completedOn: filing?.filedOn ?? null,
					newEmployee: false,
					withinNewEmployeeDays: null,
				},
				null,
			),
		);
	}
	return { year, todayIso, rows, summaries: obligations.map((o) => summarize(o.obligation, o.title, o.dueOn, rows)) };
}

/** The export's columns, one row per person and obligation. */
export const REPORT_COLUMNS = ['Obligation', 'Due', 'Employee id', 'Name', 'Work unit', 'Hired', 'New employee', 'Outcome', 'Completed or filed on', 'Within 30 days of starting', 'Reason', 'Reason recorded by', 'Detail', 'Action taken'];

/** The rows as the CSV lists them. */
export function reportTable(rows: readonly ReportRow[]): (string | number)[][] {
	return rows.map((r) => [
		r.obligationTitle,
		r.dueOn,
		r.employeeId,
		r.name,
		r.workUnit,
		r.hireOn ?? '',
		r.newEmployee ? 'yes' : 'no',
		r.outcome,
		r.completedOn ?? '',
		r.withinNewEmployeeDays === null ? '' : r.withinNewEmployeeDays ? 'yes' : 'no',
		r.reason ? REASON_LABELS[r.reason] : '',
		r.reasonSource ?? '',
		r.detail,
		r.action,
	]);
}

/** The officer's form recording why someone did not complete, and what was done. */
export const NoncompletionInputSchema = z
	.object({
		userId: z.string({ error: 'expected the person' }).min(1).max(40),
		obligation: z.string({ error: 'expected the training period or statement' }).regex(/^(campaign:[A-Za-z0-9._-]{1,80}|sei:\d{4})$/, { error: 'expected a training period or a statement year from the report' }),
		reason: z.enum(NONCOMPLETION_REASONS, { error: 'expected one of: on leave, separated, other' }),
		detail: z.string().trim().max(500).default(''),
		action: z.string({ error: 'expected the action taken' }).trim().min(1, { error: 'expected the action taken (for example: reminded, referred to the supervisor, none needed)' }).max(500),
	})
	.refine((v) => v.reason !== 'other' || v.detail !== '', { path: ['detail'], error: 'expected what the other reason is' });

/** Records a reason and action (append-only: a new row supersedes the person's earlier one). */
export async function recordNoncompletion(tx: Tx, input: z.infer<typeof NoncompletionInputSchema>, year: number, officerId: string, nowMs: number, idempotencyKey: string): Promise<string> {
	const [person] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).limit(1);
	if (!person) fail('reason', 'userId', `expected a person on the roster, got ${JSON.stringify(input.userId)}`);
	const [kind, ref] = input.obligation.split(':') as ['campaign' | 'sei', string];
	if (kind === 'campaign') {
		const covered = (await reportCampaigns(tx, year)).some((c) => c.id === ref);
		if (!covered) fail('reason', 'obligation', `expected a training period of the ${year} report, got ${JSON.stringify(ref)}`);
	} else if (Number(ref) !== year) fail('reason', 'obligation', `expected the ${year} statements, got ${ref}`);
	const [earlier] = await tx
		.select({ id: noncompletionReasons.id })
		.from(noncompletionReasons)
		.where(and(eq(noncompletionReasons.userId, input.userId), kind === 'campaign' ? eq(noncompletionReasons.campaignId, ref) : eq(noncompletionReasons.seiYear, Number(ref))))
		.orderBy(desc(noncompletionReasons.recordedAtMs))
		.limit(1);
	const id = generateId();
	await tx.insert(noncompletionReasons).values({
		id,
		userId: input.userId,
		campaignId: kind === 'campaign' ? ref : null,
		seiYear: kind === 'sei' ? Number(ref) : null,
		reason: input.reason,
		detail: input.detail,
		action: input.action,
		recordedByUserId: officerId,
		recordedAtMs: nowMs,
		idempotencyKey,
		supersedesId: earlier?.id ?? null,
	});
	return id;
}
