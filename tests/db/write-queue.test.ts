import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withWriteLock, writeTransaction } from '@db/write-queue';
import { outbox } from '@db/schema';
import { createTempDb } from './temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
});
afterAll(() => t.cleanup());

const count = async () =>
	(await t.db.all<{ n: number }>(sql`SELECT count(*) AS n FROM outbox`))[0]!.n;
const mail = (n: number) => ({ toEmail: `p${n}@x.gov`, subject: 's', body: 'b', createdAtMs: n });

describe('db/client.ts write queue with group commit (Issue 4 §10: concurrent writes, nothing half-saved)', () => {
	test('50 concurrent transactions all commit, with no SQLITE_BUSY', async () => {
		await Promise.all(
			Array.from({ length: 50 }, (_, i) =>
				writeTransaction(t.db, (tx) => tx.insert(outbox).values(mail(i))),
			),
		);
		expect(await count()).toBe(50);
	});

	test('a failing transaction in a group rolls back alone; the others commit and answer', async () => {
		const before = await count();
		const results = await Promise.allSettled(
			Array.from({ length: 10 }, (_, i) =>
				writeTransaction(t.db, async (tx) => {
					await tx.insert(outbox).values(mail(100 + i));
					if (i === 4) throw new Error('refused');
					return i;
				}),
			),
		);
		expect(results.map((r) => r.status)).toEqual([
			'fulfilled',
			'fulfilled',
			'fulfilled',
			'fulfilled',
			'rejected',
			'fulfilled',
			'fulfilled',
			'fulfilled',
			'fulfilled',
			'fulfilled',
		]);
		expect(await count()).toBe(before + 9);
		const [row] = await t.db.all<{ n: number }>(
			sql`SELECT count(*) AS n FROM outbox WHERE to_email = 'p104@x.gov'`,
		);
		expect(row?.n).toBe(0);
	});

	test('single statements queue between groups without deadlock', async () => {
		const before = await count();
		await Promise.all([
			writeTransaction(t.db, (tx) => tx.insert(outbox).values(mail(200))),
			withWriteLock(t.db, () => t.db.insert(outbox).values(mail(201))),
			writeTransaction(t.db, (tx) => tx.insert(outbox).values(mail(202))),
		]);
		expect(await count()).toBe(before + 3);
	});
});
