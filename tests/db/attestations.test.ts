import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeTransaction } from '@db/write-queue';
import { attestations, campaigns, users } from '@db/schema';
import { recordAttestation } from '@lib/server/attestations';
import { isoDateInIllinois } from '@lib/server/today';
import { sha256Hex } from '@lib/server/tokens';
import { addDays } from '@rules/dates';
import { createTempDb } from './temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
const nowMs = Date.now();
const today = isoDateInIllinois(nowMs);
const TEXT = 'I certify that I completed the annual ethics training program.';
beforeAll(async () => {
	t = await createTempDb();
	await t.db.insert(users).values({
		id: 'u1',
		employeeId: 'E1',
		name: 'Ann  Lee',
		email: 'ann@x.gov',
		createdAtMs: 0,
		updatedAtMs: 0,
	});
	await t.db.insert(campaigns).values([
		{
			id: 'open',
			kind: 'ethics-training',
			title: 'Open',
			opensOn: addDays(today, -10),
			deadlineOn: addDays(today, 10),
			certificationText: TEXT,
			textVersion: 'v7',
			textSha256: sha256Hex(TEXT),
			createdAtMs: 0,
		},
		{
			id: 'future',
			kind: 'ethics-training',
			title: 'Future',
			opensOn: addDays(today, 5),
			deadlineOn: addDays(today, 30),
			certificationText: TEXT,
			textVersion: 'v1',
			textSha256: sha256Hex(TEXT),
			createdAtMs: 0,
		},
	]);
});
afterAll(() => t.cleanup());

let n = 0;
const attest = (campaignId: string, signature: string) =>
	writeTransaction(t.db, (tx) =>
		recordAttestation(
			tx,
			{ id: 'u1', name: 'Ann  Lee' },
			campaignId,
			{ signature, confirm: 'yes' },
			{ nowMs: nowMs + ++n, address: '10.0.0.1', userAgent: 'test', idempotencyKey: `k${n}` },
		),
	);

describe('lib/server/attestations.ts recordAttestation (Issue 4 §4: who, exact text, when, where, signature)', () => {
	test('records the exact text version and hash, the address, agent and typed signature', async () => {
		const id = await attest('open', ' ann lee ');
		const [row] = await t.db.select().from(attestations).where(eq(attestations.id, id));
		expect(row).toMatchObject({
			userId: 'u1',
			campaignId: 'open',
			textVersion: 'v7',
			textSha256: sha256Hex(TEXT),
			signature: 'ann lee',
			address: '10.0.0.1',
			userAgent: 'test',
			supersedesId: null,
		});
	});

	test('certifying again appends a correction that supersedes the earlier row', async () => {
		const [first] = await t.db
			.select()
			.from(attestations)
			.where(eq(attestations.campaignId, 'open'));
		const id = await attest('open', 'Ann Lee');
		const [row] = await t.db.select().from(attestations).where(eq(attestations.id, id));
		expect(row?.supersedesId).toBe(first?.id);
		expect(await t.db.select().from(attestations)).toHaveLength(2);
	});

	test.each([
		[
			'a signature that is not the roster name',
			'open',
			'Someone Else',
			'signature: expected your name as on the roster (Ann  Lee), got "Someone Else"',
		],
		['an unknown campaign', 'nope', 'Ann Lee', 'campaign: expected an open campaign, got "nope"'],
		[
			'a campaign not open yet',
			'future',
			'Ann Lee',
			'campaign: expected an open campaign, got "future"',
		],
	])('refuses %s, naming the field', async (_l, campaignId, signature, message) => {
		await expect(attest(campaignId, signature)).rejects.toThrow(message);
	});
});
