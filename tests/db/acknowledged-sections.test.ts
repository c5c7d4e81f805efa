import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeTransaction } from '@db/write-queue';
import { campaigns, users } from '@db/schema';
import { coveredSections } from '@lib/editions/acknowledgement';
import { editions } from '@lib/editions/site';
import { acknowledgedSectionsOf, earlierAcknowledgements, recordAttestation } from '@lib/server/attestations';
import { CampaignInputSchema, findCampaign, openCampaign, openRound, pendingChanges } from '@lib/server/campaigns';
import { isoDateInIllinois } from '@lib/server/today';
import { addDays } from '@rules/dates';
import { createTempDb } from './temp-db';

/** Issue 11 §4: an acknowledgement bound to an edition records each section's text hash, append-only. */
let t: Awaited<ReturnType<typeof createTempDb>>;
const nowMs = Date.now();
const today = isoDateInIllinois(nowMs);
const EDITION = editions.current.id;
const form = {
	id: 'ethics-code-ack',
	kind: 'handbook-acknowledgement',
	title: 'Code of Ethics acknowledgement',
	opensOn: addDays(today, -1),
	deadlineOn: addDays(today, 30),
	textVersion: 'v1',
	certificationText: 'I have read the sections below and agree to comply with them.',
};
beforeAll(async () => {
	t = await createTempDb();
	await t.db.insert(users).values({ id: 'u1', employeeId: 'E1', name: 'Ann Lee', email: 'ann@x.gov', createdAtMs: 0, updatedAtMs: 0 });
	await writeTransaction(t.db, (tx) => openCampaign(tx, CampaignInputSchema.parse({ ...form, covers: 'ethics' }), 'u1', nowMs));
});
afterAll(() => t.cleanup());

let n = 0;
const attest = () =>
	writeTransaction(t.db, (tx) =>
		recordAttestation(tx, { id: 'u1', name: 'Ann Lee' }, form.id, { signature: 'Ann Lee', confirm: 'yes' }, { nowMs: nowMs + ++n, address: '10.0.0.1', userAgent: 'test', idempotencyKey: `k${n}` }),
	);

describe('issue 11 §4 the campaign form binds an edition and the collections covered', () => {
	const cases: [string, Record<string, unknown>, { editionId: string; covers: string[] | null }][] = [
		['no edition chosen: the current one; no box ticked: no text covered', {}, { editionId: EDITION, covers: null }],
		['one box ticked (a single value)', { covers: 'handbook' }, { editionId: EDITION, covers: ['handbook'] }],
		['several boxes (repeated names), duplicates dropped', { covers: ['handbook', 'ethics', 'handbook'] }, { editionId: EDITION, covers: ['handbook', 'ethics'] }],
	];
	test.each(cases)('%s', (_label, extra, expected) => {
		const parsed = CampaignInputSchema.parse({ ...form, ...extra });
		expect({ editionId: parsed.editionId, covers: parsed.covers ?? null }).toEqual(expected);
	});
	test.each([
		['an edition that was never released', { editionId: '1999-01' }, 'editionId', 'expected one of the editions'],
		['a collection that does not exist', { covers: ['handbook', 'recipes'] }, 'covers', 'expected one of handbook, ethics, procedures, got "recipes"'],
	])('refuses %s, naming the field', (_label, extra, field, message) => {
		const result = CampaignInputSchema.safeParse({ ...form, ...extra });
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]!.path[0]).toBe(field);
		expect(result.error!.issues[0]!.message).toContain(message);
	});
});

describe('issue 11 §4 signing an acknowledgement records every covered section', () => {
	test('the first signature: each ethics page with its edition and hash, and no earlier text', async () => {
		const id = await attest();
		const rows = await acknowledgedSectionsOf(t.db, id);
		const expected = coveredSections(editions, { editionId: EDITION, covers: ['ethics'] });
		expect(expected.length).toBeGreaterThan(0);
		expect(rows.map((r) => [r.pageKey, r.label, r.editionId, r.textSha256, r.previousEditionId, r.previousSha256])).toEqual(
			expected.map((s) => [s.page.key, s.label, EDITION, s.version.hash, null, null]),
		);
	});
	test('signing again records the text signed before next to the text signed now', async () => {
		const before = await earlierAcknowledgements(t.db, 'u1');
		const id = await attest();
		const rows = await acknowledgedSectionsOf(t.db, id);
		expect(rows.length).toBe(before.size);
		for (const r of rows) {
			expect(r.previousEditionId).toBe(EDITION);
			expect(r.previousSha256).toBe(before.get(r.pageKey)!.textSha256);
			expect(r.previousSha256).toBe(r.textSha256);
		}
	});
	test('the campaign stored its edition and covers; on the current edition it has nothing to re-acknowledge', async () => {
		const [row] = await t.db.select().from(campaigns).where(eq(campaigns.id, form.id));
		expect(row).toMatchObject({ editionId: EDITION, covers: ['ethics'], followsCampaignId: null });
		expect(pendingChanges(row!)).toBeNull();
	});
});

describe('issue 11 §4 a re-acknowledgement round is refused, naming the reason', () => {
	const round = { id: 'ethics-code-ack-round', title: 'Changes', opensOn: today, deadlineOn: addDays(today, 20), certificationText: 'I have read the changes listed above.' };
	test('when the current edition changed none of the covered sections', async () => {
		const follows = (await findCampaign(t.db, form.id))!;
		await expect(writeTransaction(t.db, (tx) => openRound(tx, follows, round, 'u1', nowMs))).rejects.toThrow(
			`follows: expected a campaign whose covered sections changed since edition ${EDITION}; ${form.id} has none to re-acknowledge`,
		);
	});
	test('when a round for the current edition is already open (one per edition)', async () => {
		await writeTransaction(t.db, (tx) => openCampaign(tx, CampaignInputSchema.parse({ ...form, id: 'first-round', covers: 'ethics' }), 'u1', nowMs, form.id));
		const follows = (await findCampaign(t.db, form.id))!;
		await expect(writeTransaction(t.db, (tx) => openRound(tx, follows, round, 'u1', nowMs))).rejects.toThrow(
			`follows: expected one round per edition; first-round already asks for the changes of edition ${EDITION}`,
		);
	});
});
