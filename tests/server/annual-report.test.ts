import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attestations, campaigns, seiFilings, users } from '@db/schema';
import { writeTransaction } from '@db/write-queue';
import { annualReport, NoncompletionInputSchema, reportYear, recordNoncompletion, REPORT_COLUMNS, reportTable } from '@lib/server/annual-report';
import { toCsv } from '@lib/server/csv';
import { toFieldIssues } from '@rules/errors';
import { createTempDb } from '../db/temp-db';

/**
 * Issue 14 §3 the annual compliance report, on seeded data: each person's outcome, the reasons
 * (recorded by the officer, or "on leave" from the roster), new employees within their 30 days
 * (5-10(c)), SEI filed by May 1 (Rule 437.60(b)), a year boundary, an employee who moved work units,
 * and every count reproduced from the CSV export's rows.
 */

let t: Awaited<ReturnType<typeof createTempDb>>;
const TODAY = '2027-01-10';
const base = { certificationText: 'I certify.', textVersion: '1', textSha256: 'h', createdAtMs: 0 };
const CAMPAIGNS = [
	{ ...base, id: 'ethics-2026', kind: 'ethics-training' as const, title: 'Ethics 2026', opensOn: '2026-01-01', deadlineOn: '2026-06-30' },
	{ ...base, id: 'harass-2026', kind: 'harassment-training' as const, title: 'Harassment 2026', opensOn: '2026-01-01', deadlineOn: '2026-12-31' },
	{ ...base, id: 'ethics-2025', kind: 'ethics-training' as const, title: 'Ethics 2025', opensOn: '2025-07-01', deadlineOn: '2025-12-31' },
	{ ...base, id: 'handbook-2026', kind: 'handbook-acknowledgement' as const, title: 'Handbook 2026', opensOn: '2026-01-01', deadlineOn: '2026-06-30' },
];
// [id, unit, hired, on leave since, files SEI]
const PEOPLE: [string, string, string, string | null, boolean][] = [
	['E1', 'North', '2010-01-01', null, true], // ethics on time; SEI on time
	['E2', 'North', '2010-01-01', null, true], // ethics late; SEI late
	['E3', 'South', '2010-01-01', null, true], // ethics not completed, reason recorded; SEI not filed
	['E4', 'South', '2010-01-01', '2026-06-01', false], // on leave over the ethics deadline
	['E5', 'East', '2026-08-03', null, false], // new: ethics within 30 days
	['E6', 'East', '2026-09-01', null, false], // new: ethics after 30 days
];
// [person, campaign, signed at (UTC)]
const SIGNED: [string, string, string][] = [
	['E1', 'ethics-2026', '2026-06-30T23:00:00Z'], // 18:00 CDT on the due day: on time
	['E2', 'ethics-2026', '2026-07-01T05:30:00Z'], // 00:30 CDT on July 1: late
	['E5', 'ethics-2026', '2026-08-20T15:00:00Z'],
	['E6', 'ethics-2026', '2026-10-15T15:00:00Z'],
	['E1', 'harass-2026', '2026-12-31T22:00:00Z'],
	['E3', 'ethics-2025', '2025-12-01T15:00:00Z'],
];

beforeAll(async () => {
	t = await createTempDb();
	await t.db.insert(campaigns).values(CAMPAIGNS);
	for (const [id, unit, hireOn, onLeaveSince, filesSei] of PEOPLE)
		await t.db.insert(users).values({ id, employeeId: id, name: `Person ${id}`, email: `${id}@x.gov`, workUnit: unit, hireOn, onLeaveSince, filesSei, createdAtMs: 0, updatedAtMs: 0 });
	await t.db.insert(users).values({ id: 'O1', name: 'Officer', email: 'o@x.gov', createdAtMs: 0, updatedAtMs: 0 });
	for (const [userId, campaignId, at] of SIGNED)
		await t.db.insert(attestations).values({ id: `${userId}-${campaignId}`, userId, campaignId, textVersion: '1', textSha256: 'h', signature: userId, signedAtMs: Date.parse(at), address: 'x', userAgent: 'x', idempotencyKey: `${userId}-${campaignId}` });
	await t.db.insert(seiFilings).values([
		{ id: 's1', userId: 'E1', year: 2026, filedOn: '2026-04-20', recordedByUserId: 'O1', recordedAtMs: 1, idempotencyKey: 's1' },
		{ id: 's2', userId: 'E2', year: 2026, filedOn: '2026-05-04', recordedByUserId: 'O1', recordedAtMs: 1, idempotencyKey: 's2' },
	]);
	// E1 moved from North to West after certifying: the report lists E1 once, in the unit the roster has now.
	await t.db.update(users).set({ workUnit: 'West' }).where(eq(users.id, 'E1'));
	const record = (input: Record<string, string>, key: string) =>
		writeTransaction(t.db, (tx) => recordNoncompletion(tx, NoncompletionInputSchema.parse(input), 2026, 'O1', Date.now(), key));
	await record({ userId: 'E3', obligation: 'campaign:ethics-2026', reason: 'other', detail: 'Court assignment', action: 'Reminded twice' }, 'n1');
	await record({ userId: 'E3', obligation: 'campaign:ethics-2026', reason: 'separated', action: 'None: left the agency in December' }, 'n2');
});
afterAll(() => t.cleanup());

describe('issue 14 §3 the annual compliance report', () => {
	test('outcomes of each person, reasons and the new employees’ 30 days', async () => {
		const { rows } = await annualReport(t.db, 2026, TODAY);
		const of = (obligation: string) => Object.fromEntries(rows.filter((r) => r.obligation === obligation).map((r) => [r.userId, [r.outcome, r.reason, r.withinNewEmployeeDays]]));
		expect(of('campaign:ethics-2026')).toEqual({
			E1: ['on-time', null, null],
			E2: ['late', null, null],
			E3: ['not-completed', 'separated', null], // the later record supersedes the first
			E4: ['not-completed', 'on-leave', null], // from the roster
			E5: ['on-time', null, true],
			E6: ['late', null, false],
		});
		expect(of('sei:2026')).toEqual({ E1: ['on-time', null, null], E2: ['late', null, null], E3: ['not-completed', 'not-recorded', null] });
		expect(rows.filter((r) => r.userId === 'E1' && r.obligation === 'campaign:ethics-2026').map((r) => r.workUnit)).toEqual(['West']);
	});

	test('the year boundary: a period due in 2025 is in the 2025 report only; acknowledgements are not reported', async () => {
		expect((await annualReport(t.db, 2026, TODAY)).summaries.map((s) => s.obligation)).toEqual(['campaign:ethics-2026', 'campaign:harass-2026', 'sei:2026']);
		expect((await annualReport(t.db, 2025, TODAY)).summaries.map((s) => s.obligation)).toEqual(['campaign:ethics-2025', 'sei:2025']);
	});

	test('every count is reproduced by counting the rows of the CSV export', async () => {
		const report = await annualReport(t.db, 2026, TODAY);
		const csv: Record<string, string>[] = parse(toCsv(REPORT_COLUMNS, reportTable(report.rows)), { columns: true });
		for (const s of report.summaries) {
			const mine = csv.filter((r) => r.Obligation === s.title);
			const count = (test: (r: Record<string, string>) => boolean) => mine.filter(test).length;
			expect({
				required: s.required,
				onTime: s.onTime,
				late: s.late,
				notCompleted: s.notCompleted,
				onLeave: s.notCompletedBy['on-leave'],
				separated: s.notCompletedBy.separated,
				notRecorded: s.notCompletedBy['not-recorded'],
				newEmployees: s.newEmployees,
				within: s.newEmployeesWithin30Days,
			}).toEqual({
				required: mine.length,
				onTime: count((r) => r.Outcome === 'on-time'),
				late: count((r) => r.Outcome === 'late'),
				notCompleted: count((r) => r.Outcome === 'not-completed'),
				onLeave: count((r) => r.Outcome === 'not-completed' && r.Reason === 'On leave'),
				separated: count((r) => r.Outcome === 'not-completed' && r.Reason === 'Separated'),
				notRecorded: count((r) => r.Outcome === 'not-completed' && r.Reason === 'Not recorded'),
				newEmployees: count((r) => r['New employee'] === 'yes'),
				within: count((r) => r['Within 30 days of starting'] === 'yes'),
			});
		}
		expect(report.summaries[0]).toMatchObject({ required: 6, onTime: 2, late: 2, notCompleted: 2, newEmployees: 2, newEmployeesWithin30Days: 1 });
	});

	test.each([
		[{ userId: 'E3', obligation: 'campaign:ethics-2026', reason: 'other', action: 'x' }, 'detail', /expected what the other reason is/],
		[{ userId: 'E3', obligation: 'campaign:ethics-2026', reason: 'holiday', action: 'x' }, 'reason', /expected one of: on leave, separated, other/],
		[{ userId: 'E3', obligation: 'campaign:ethics-2026', reason: 'separated', action: ' ' }, 'action', /expected the action taken/],
		[{ userId: 'E3', obligation: 'payroll', reason: 'separated', action: 'x' }, 'obligation', /expected a training period or a statement year/],
	])('a bad reason form is refused, naming the field: %j', (input, field, message) => {
		const parsed = NoncompletionInputSchema.safeParse(input);
		expect(parsed.success).toBe(false);
		expect(toFieldIssues(parsed.error!).find((i) => i.field === field)?.message).toMatch(message);
	});

	test.each([
		[{ userId: 'E3', obligation: 'campaign:ethics-2025', reason: 'separated', action: 'x' }, /expected a training period of the 2026 report, got "ethics-2025"/],
		[{ userId: 'E3', obligation: 'sei:2025', reason: 'separated', action: 'x' }, /expected the 2026 statements, got 2025/],
		[{ userId: 'nobody', obligation: 'sei:2026', reason: 'separated', action: 'x' }, /expected a person on the roster/],
	])('a reason for something outside the report is refused: %j', async (input, message) => {
		await expect(writeTransaction(t.db, (tx) => recordNoncompletion(tx, NoncompletionInputSchema.parse(input), 2026, 'O1', Date.now(), `k-${Math.random()}`))).rejects.toThrow(message);
	});
});

describe('issue 14 §3 a report URL names a year', () => {
	test.each([
		['2026', { year: 2026 }],
		['2027', { problem: 'There is no report for "2027": expected a year from 2000 to 2026.' }],
		['1999', { problem: 'There is no report for "1999": expected a year from 2000 to 2026.' }],
		['twenty', { problem: 'There is no report for "twenty": expected a year from 2000 to 2026.' }],
	])('%s', (text, expected) => {
		expect(reportYear(text, '2026-12-07')).toEqual(expected);
	});
});
