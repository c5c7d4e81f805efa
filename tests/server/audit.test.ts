import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { appendAudit, GENESIS_HASH, verifyAuditChain } from '@lib/server/audit';
import { auditLog } from '@db/schema';
import { createTempDb } from '../db/temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeEach(async () => {
	t = await createTempDb();
	for (let i = 1; i <= 5; i++) {
		await t.db.transaction(
			(tx) =>
				appendAudit(
					tx,
					{ actorUserId: 'u1', action: 'test.event', subject: `thing:${i}`, details: { i } },
					1000 * i,
				),
			{
				behavior: 'immediate',
			},
		);
	}
});
afterEach(() => t.cleanup());

/** Tampering goes around the append-only triggers, as an attacker with file access could. */
async function tamper(statement: string): Promise<void> {
	await t.db.run(sql.raw('DROP TRIGGER audit_log_no_update'));
	await t.db.run(sql.raw('DROP TRIGGER audit_log_no_delete'));
	await t.db.run(sql.raw(statement));
}

describe('lib/server/audit.ts (Issue 4 §9: append-only hash chain)', () => {
	test('each entry carries the hash of the one before, starting from the genesis hash', async () => {
		const rows = await t.db.select().from(auditLog).orderBy(auditLog.seq);
		expect(rows[0]?.prevHash).toBe(GENESIS_HASH);
		for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
		expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 5 });
	});

	test.each([
		[
			'a changed subject',
			"UPDATE audit_log SET subject = 'thing:99' WHERE seq = 3",
			3,
			/changed after it was written/,
		],
		[
			'a changed actor',
			"UPDATE audit_log SET actor_user_id = 'intruder' WHERE seq = 2",
			2,
			/changed after it was written/,
		],
		[
			'a recomputed hash (breaks the next link)',
			"UPDATE audit_log SET hash = (CASE WHEN substr(hash, 1, 1) = '0' THEN '1' ELSE '0' END) || substr(hash, 2) WHERE seq = 4",
			4,
			/changed after it was written/,
		],
		[
			'a deleted entry in the middle',
			'DELETE FROM audit_log WHERE seq = 2',
			2,
			/entry 2 is missing/,
		],
	])(
		'tampering by %s is detected and the first broken entry named',
		async (_l, statement, brokenSeq, reason) => {
			await tamper(statement);
			const result = await verifyAuditChain(t.db);
			expect(result).toMatchObject({ ok: false, brokenSeq });
			expect(result.ok ? '' : result.reason).toMatch(reason);
		},
	);
});
