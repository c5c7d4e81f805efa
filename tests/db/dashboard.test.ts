import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attestations, campaigns, users } from '@db/schema';
import {
	campaignRosterStatus,
	completionByUnit,
	overdueList,
	unitCompletion,
} from '@lib/server/dashboard';
import { personalStatus } from '@lib/server/deadlines';
import { createTempDb } from './temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
const CAMPAIGN = {
	id: 'ethics-2026',
	kind: 'ethics-training' as const,
	title: 'Ethics 2026',
	opensOn: '2026-01-01',
	deadlineOn: '2026-03-31',
	certificationText: 'I certify.',
	textVersion: '1',
	textSha256: 'h',
	createdAtMs: 0,
};
// [employee id, work unit, hired, on leave since, attested]
const PEOPLE = [
	['E1', 'North', '2010-01-01', null, true],
	['E2', 'North', '2010-01-01', null, false],
	['E3', 'North', '2010-01-01', '2026-03-01', false],
	['E4', 'South', '2010-01-01', null, true],
	['E5', 'South', '2026-04-01', null, false],
] as const;

beforeAll(async () => {
	t = await createTempDb();
	await t.db.insert(campaigns).values(CAMPAIGN);
	for (const [emp, unit, hireOn, onLeaveSince] of PEOPLE) {
		await t.db.insert(users).values({
			id: emp,
			employeeId: emp,
			name: emp,
			email: `${emp}@x.gov`,
			workUnit: unit,
			hireOn,
			onLeaveSince,
			createdAtMs: 0,
			updatedAtMs: 0,
		});
	}
	// A departed employee never counts.
	await t.db.insert(users).values({
		id: 'E9',
		employeeId: 'E9',
		name: 'E9',
		email: 'e9@x.gov',
		workUnit: 'North',
		active: false,
		createdAtMs: 0,
		updatedAtMs: 0,
	});
	let n = 0;
	for (const [emp, , , , attested] of PEOPLE) {
		if (attested)
			await t.db.insert(attestations).values({
				id: `a${++n}`,
				userId: emp,
				campaignId: CAMPAIGN.id,
				textVersion: '1',
				textSha256: 'h',
				signature: emp,
				signedAtMs: 0,
				address: '',
				userAgent: '',
				idempotencyKey: `k${n}`,
			});
	}
});
afterAll(() => t.cleanup());

describe('lib/server/dashboard.ts on a real database (Issue 4 §8: completion by work unit, overdue with days)', () => {
	test('each active employee gets a status; attestations are matched to the right person', async () => {
		const statuses = await campaignRosterStatus(t.db, CAMPAIGN, '2026-04-10', null);
		expect(
			Object.fromEntries(statuses.map((s) => [s.employeeId, [s.status, s.daysOverdue]])),
		).toEqual({
			E1: ['done', 0],
			E2: ['overdue', 10],
			E3: ['deferred', 0],
			E4: ['done', 0],
			E5: ['due', 0], // 3.12 / Ethics Act 5-10(c): hired April 1, due May 1
		});
	});

	test('completion by unit (counted in SQL) leaves deferred people out of the percentage', async () => {
		const statuses = await campaignRosterStatus(t.db, CAMPAIGN, '2026-04-10', null);
		expect(await unitCompletion(t.db, CAMPAIGN, '2026-04-10', null)).toEqual(
			completionByUnit(statuses),
		);
		expect(await unitCompletion(t.db, CAMPAIGN, '2026-04-10', null)).toEqual([
			{ workUnit: 'North', total: 3, done: 1, deferred: 1, overdue: 1, percentDone: 50 },
			{ workUnit: 'South', total: 2, done: 1, deferred: 0, overdue: 0, percentDone: 50 },
		]);
	});

	test('the overdue list is ordered by days overdue and can be limited', async () => {
		expect(
			(await overdueList(t.db, CAMPAIGN, '2026-04-10', null)).map((s) => s.employeeId),
		).toEqual(['E2']);
		expect(await overdueList(t.db, CAMPAIGN, '2026-04-10', null, 1)).toHaveLength(1);
	});

	test('the work-unit filter narrows the list', async () => {
		const statuses = await campaignRosterStatus(t.db, CAMPAIGN, '2026-04-10', 'South');
		expect(statuses.map((s) => s.employeeId)).toEqual(['E4', 'E5']);
	});
});

describe('the SQL status agrees with personalStatus (the JavaScript form, itself held to rules/training.ts)', () => {
	// A grid: hire dates around the period and the 30-day window, leaves over and before the deadline,
	// with and without an attestation, on days before, at and after the deadline.
	const HIRES = [
		'2010-01-01',
		'2025-12-20',
		'2026-01-01',
		'2026-03-01',
		'2026-03-25',
		'2026-04-05',
		null,
	];
	const LEAVES: [string | null, string | null][] = [
		[null, null],
		['2026-03-01', null],
		['2026-03-01', '2026-03-20'],
		['2026-03-01', '2026-04-02'],
		['2026-04-01', null],
	];
	const DAYS = ['2026-01-15', '2026-03-31', '2026-04-01', '2026-04-30', '2026-05-06'];
	test.each(DAYS)(
		'on %s every grid person gets the same status and due date from both',
		async (today) => {
			const g = await createTempDb();
			try {
				await g.db.insert(campaigns).values(CAMPAIGN);
				const people: {
					id: string;
					hireOn: string | null;
					onLeaveSince: string | null;
					leaveReturnedOn: string | null;
					attested: boolean;
				}[] = [];
				let n = 0;
				for (const hireOn of HIRES)
					for (const [onLeaveSince, leaveReturnedOn] of LEAVES)
						for (const attested of [false, true]) {
							const id = `p${++n}`;
							people.push({ id, hireOn, onLeaveSince, leaveReturnedOn, attested });
							await g.db.insert(users).values({
								id,
								employeeId: id,
								name: id,
								email: `${id}@x.gov`,
								hireOn,
								onLeaveSince,
								leaveReturnedOn,
								createdAtMs: 0,
								updatedAtMs: 0,
							});
							if (attested)
								await g.db.insert(attestations).values({
									id: `a-${id}`,
									userId: id,
									campaignId: CAMPAIGN.id,
									textVersion: '1',
									textSha256: 'h',
									signature: id,
									signedAtMs: 0,
									address: '',
									userAgent: '',
									idempotencyKey: `k-${id}`,
								});
						}
				const fromSql = new Map(
					(await campaignRosterStatus(g.db, CAMPAIGN, today, null)).map((r) => [r.id, r]),
				);
				for (const p of people) {
					const js = personalStatus(CAMPAIGN, p, p.attested, today);
					expect({
						id: p.id,
						status: fromSql.get(p.id)?.status,
						dueOn: fromSql.get(p.id)?.dueOn,
						daysOverdue: fromSql.get(p.id)?.daysOverdue,
					}).toEqual({ id: p.id, ...js });
				}
			} finally {
				g.cleanup();
			}
		},
	);
});
