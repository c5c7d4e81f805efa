import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeTransaction } from '@db/write-queue';
import { users } from '@db/schema';
import {
	findDisclosure,
	recordDisclosure,
	recordReviewStep,
	stageOf,
} from '@lib/server/disclosures';
import { createTempDb } from './temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
	await t.db.insert(users).values([
		{
			id: 'emma',
			employeeId: 'E3',
			name: 'Emma',
			email: 'emma@x.gov',
			supervisorEmployeeId: 'E2',
			createdAtMs: 0,
			updatedAtMs: 0,
		},
		{
			id: 'sam',
			employeeId: 'E2',
			name: 'Sam',
			email: 'sam@x.gov',
			createdAtMs: 0,
			updatedAtMs: 0,
		},
		{
			id: 'olive',
			employeeId: 'E1',
			name: 'Olive',
			email: 'olive@x.gov',
			createdAtMs: 0,
			updatedAtMs: 0,
		},
	]);
});
afterAll(() => t.cleanup());

let n = 0;
const disclose = (userId: string) =>
	writeTransaction(t.db, (tx) =>
		recordDisclosure(
			tx,
			userId,
			{
				kind: 'board-service',
				description: 'Advisory board of a provider',
				counterparty: 'Acme',
				reimbursement: 25_000,
			},
			++n,
			`d${n}`,
		),
	);
const step = (
	id: string,
	as: 'supervisor' | 'ethics-officer',
	outcome: 'supervisor-reviewed' | 'no-conflict' | 'conflict-with-conditions' | 'must-end',
	notes = '',
) =>
	writeTransaction(t.db, async (tx) => {
		const record = (await findDisclosure(tx, id))!;
		await recordReviewStep(
			tx,
			record,
			{ id: as === 'supervisor' ? 'sam' : 'olive', as },
			{ outcome, notes },
			++n,
			`s${n}`,
		);
	});

describe('lib/server/disclosures.ts review flow (Issue 4 §5: supervisor reviews, then the ethics officer decides)', () => {
	test.each([
		['no steps, with a supervisor on file', [], true, 'awaiting-supervisor'],
		['no steps, nobody supervises the employee', [], false, 'awaiting-determination'],
		['reviewed by the supervisor', ['supervisor-reviewed'], true, 'awaiting-determination'],
		['decided', ['supervisor-reviewed', 'must-end'], true, 'decided'],
	] as const)('stage: %s', (_l, outcomes, hasSupervisor, stage) => {
		expect(
			stageOf(
				outcomes.map((outcome) => ({ outcome })),
				hasSupervisor,
			),
		).toBe(stage);
	});

	test('the happy path: supervisor review, then a determination with notes', async () => {
		const id = await disclose('emma');
		await step(id, 'supervisor', 'supervisor-reviewed', 'fine');
		await step(id, 'ethics-officer', 'conflict-with-conditions', 'Recuse from Acme matters.');
		const record = await findDisclosure(t.db, id);
		expect(record?.stage).toBe('decided');
		expect(record?.events.map((e) => e.outcome)).toEqual([
			'supervisor-reviewed',
			'conflict-with-conditions',
		]);
		expect(record?.disclosure.reimbursementCents).toBe(25_000);
	});

	test.each([
		[
			'the officer deciding before the supervisor reviewed',
			[],
			['ethics-officer', 'no-conflict', ''],
			'outcome: expected the supervisor’s review first',
		],
		[
			'the supervisor making a determination',
			[],
			['supervisor', 'no-conflict', ''],
			'outcome: expected “reviewed, send to the ethics officer”',
		],
		[
			'a second supervisor review',
			[['supervisor', 'supervisor-reviewed']],
			['supervisor', 'supervisor-reviewed', ''],
			'outcome: expected a disclosure awaiting your review',
		],
		[
			'conditions without notes',
			[['supervisor', 'supervisor-reviewed']],
			['ethics-officer', 'conflict-with-conditions', ''],
			'notes: expected notes stating the recusal',
		],
		[
			'deciding twice',
			[
				['supervisor', 'supervisor-reviewed'],
				['ethics-officer', 'no-conflict'],
			],
			['ethics-officer', 'must-end', 'x'],
			'outcome: expected an undecided disclosure',
		],
	] as const)('refuses %s, naming the field', async (_l, before, [as, outcome, notes], message) => {
		const id = await disclose('emma');
		for (const [a, o] of before) await step(id, a, o, 'n');
		await expect(step(id, as, outcome, notes)).rejects.toThrow(message);
	});
});
