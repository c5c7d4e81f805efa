import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDb, readFirstRow } from '@db/client';
import { outbox } from '@db/schema';
import { writeTransaction } from '@db/write-queue';
import { createTempDb } from './temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
});
afterAll(() => t.cleanup());

const COUNT = 'SELECT count(*) FROM outbox WHERE subject = ?';
const mail = (subject: string) => ({ toEmail: 'p@x.gov', subject, body: 'b', createdAtMs: 1 });

describe('db/client.ts hot-path reader (Issue 4 §12: the session lookup of every signed-in request)', () => {
	test('a kept statement sees every commit made after its previous run (no stale snapshot)', async () => {
		for (const n of [1, 2, 3]) {
			await writeTransaction(t.db, (tx) => tx.insert(outbox).values(mail('fresh')));
			expect(readFirstRow(t.db, COUNT, ['fresh'])).toEqual([n]);
		}
	});

	test('no row gives undefined; a row gives its values in SELECT order', () => {
		expect(
			readFirstRow(t.db, 'SELECT subject, to_email FROM outbox WHERE subject = ?', ['none']),
		).toBe(undefined);
		expect(
			readFirstRow(t.db, 'SELECT subject, to_email FROM outbox WHERE subject = ?', ['fresh']),
		).toEqual(['fresh', 'p@x.gov']);
	});

	test('the reader connection is query-only: a write through it is refused and changes nothing', async () => {
		expect(() =>
			readFirstRow(t.db, "DELETE FROM outbox WHERE subject = 'fresh' RETURNING id", []),
		).toThrow();
		expect(readFirstRow(t.db, COUNT, ['fresh'])).toEqual([3]);
		const [row] = await t.db.all<{ n: number }>(
			sql`SELECT count(*) AS n FROM outbox WHERE subject = 'fresh'`,
		);
		expect(row?.n).toBe(3);
	});

	test('an in-memory database has no second connection: null tells the caller to use drizzle', async () => {
		const memory = await createDb({ url: ':memory:' });
		try {
			expect(readFirstRow(memory, 'SELECT 1', [])).toBe(null);
		} finally {
			memory.$client.close();
		}
	});

	test('closing the client closes the reader too: a later read is refused, never reopened', async () => {
		const other = await createTempDb();
		expect(readFirstRow(other.db, 'SELECT 1', [])).toEqual([1]);
		other.cleanup();
		expect(() => readFirstRow(other.db, 'SELECT 1', [])).toThrow(/closed/);
	});
});
