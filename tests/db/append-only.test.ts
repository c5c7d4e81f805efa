import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { APPEND_ONLY_TABLES } from '@db/schema';
import { createTempDb } from './temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
	const now = Date.now();
	await t.db.run(
		sql`INSERT INTO users (id, name, email, created_at_ms, updated_at_ms) VALUES ('u1', 'A', 'a@x.gov', ${now}, ${now})`,
	);
	await t.db
		.run(sql`INSERT INTO campaigns (id, kind, title, opens_on, deadline_on, certification_text, text_version, text_sha256, created_at_ms)
		VALUES ('c1', 'ethics-training', 'Ethics 2026', '2026-01-01', '2026-12-31', 'I certify', 'v1', 'h', ${now})`);
	await t.db
		.run(sql`INSERT INTO attestations (id, user_id, campaign_id, text_version, text_sha256, signature, signed_at_ms, address, user_agent, idempotency_key)
		VALUES ('a1', 'u1', 'c1', 'v1', 'h', 'A', ${now}, '127.0.0.1', 'ua', 'k1')`);
	await t.db
		.run(sql`INSERT INTO disclosures (id, user_id, kind, description, counterparty, submitted_at_ms, idempotency_key)
		VALUES ('d1', 'u1', 'secondary-employment', 'x', 'y', ${now}, 'k2')`);
	await t.db
		.run(sql`INSERT INTO disclosure_events (id, disclosure_id, actor_user_id, outcome, notes, at_ms, idempotency_key)
		VALUES ('e1', 'd1', 'u1', 'supervisor-reviewed', '', ${now}, 'k3')`);
	await t.db
		.run(sql`INSERT INTO gifts (id, user_id, source, received_on, value_cents, kind, disposition, details_json, needs_notice, recorded_at_ms, idempotency_key)
		VALUES ('g1', 'u1', 's', '2026-01-02', 100, 'meal', 'kept', '{}', 0, ${now}, 'k4')`);
	await t.db
		.run(sql`INSERT INTO sei_filings (id, user_id, year, filed_on, recorded_by_user_id, recorded_at_ms, idempotency_key)
		VALUES ('s1', 'u1', 2026, '2026-04-20', 'u1', ${now}, 'k5')`);
	await t.db
		.run(sql`INSERT INTO noncompletion_reasons (id, user_id, campaign_id, reason, action, recorded_by_user_id, recorded_at_ms, idempotency_key)
		VALUES ('n1', 'u1', 'c1', 'on-leave', 'deferred to the next period', 'u1', ${now}, 'k6')`);
	await t.db.run(
		sql`INSERT INTO acknowledged_sections (attestation_id, page_key, label, edition_id, text_sha256) VALUES ('a1', 'ethics/code-of-ethics', 'Code of Ethics', '2026-12', 'h')`,
	);
	await t.db.run(
		sql`INSERT INTO audit_log (at_ms, action, subject, prev_hash, hash) VALUES (${now}, 'x', 'y', 'p', 'h')`,
	);
});
afterAll(() => t.cleanup());

/** The database's own message: drizzle wraps it as the `cause` of a "Failed query" error. */
async function refusal(statement: string): Promise<string> {
	try {
		await t.db.run(sql.raw(statement));
		return 'no error';
	} catch (error) {
		return String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
	}
}

describe.each(APPEND_ONLY_TABLES)('Issue 4 §4 append-only table %s', (table) => {
	test('has a row to protect', async () => {
		const [row] = await t.db.all<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`));
		expect(row?.n).toBe(1);
	});
	test('UPDATE is refused by the trigger', async () => {
		expect(await refusal(`UPDATE ${table} SET rowid = rowid`)).toContain(
			`${table} is append-only: UPDATE refused`,
		);
	});
	test('DELETE is refused by the trigger', async () => {
		expect(await refusal(`DELETE FROM ${table}`)).toContain(
			`${table} is append-only: DELETE refused`,
		);
	});
});
