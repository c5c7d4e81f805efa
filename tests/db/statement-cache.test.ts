import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STATEMENTS_PER_CONNECTION } from '@db/statement-cache';
import { createTempDb } from './temp-db';

// db/statement-cache.ts keeps prepared statements per connection; every answer must stay what an
// uncached prepare would give: fresh rows, row counts, constraint errors, schema changes.
let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
	await t.db.run(sql`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)`);
});
afterAll(() => t.cleanup());

describe('statement cache (db/statement-cache.ts) on a real libSQL file', () => {
	test('a repeated INSERT reports its own row count and id each time', async () => {
		const first = await t.db.run(sql`INSERT INTO notes (body) VALUES (${'one'})`);
		const second = await t.db.run(sql`INSERT INTO notes (body) VALUES (${'two'})`);
		expect([first.rowsAffected, second.rowsAffected]).toEqual([1, 1]);
		expect(Number(second.lastInsertRowid)).toBe(Number(first.lastInsertRowid) + 1);
	});

	test('a repeated SELECT sees rows written since its last run', async () => {
		const count = () => t.db.all<{ n: number }>(sql`SELECT count(*) AS n FROM notes WHERE body LIKE ${'%'}`);
		const before = (await count())[0]!.n;
		await t.db.run(sql`INSERT INTO notes (body) VALUES (${'three'})`);
		expect((await count())[0]!.n).toBe(before + 1);
	});

	test('a constraint failure on a cached statement is still an error, and the statement works after it', async () => {
		const insert = (body: string) => t.db.run(sql`INSERT INTO notes (body) VALUES (${body})`);
		await expect(insert('one')).rejects.toMatchObject({ cause: { message: expect.stringMatching(/UNIQUE constraint failed: notes\.body/) } });
		expect((await insert('four')).rowsAffected).toBe(1);
	});

	test('a statement that returns no rows still runs (raw() refused without a stack)', async () => {
		const update = await t.db.run(sql`UPDATE notes SET body = body || ${'!'} WHERE body = ${'four'}`);
		expect(update.rowsAffected).toBe(1);
	});

	test('a schema change reaches a cached SELECT *', async () => {
		const row = async () => (await t.db.all<Record<string, unknown>>(sql`SELECT * FROM notes WHERE id = ${1}`))[0];
		expect(Object.keys((await row())!)).toEqual(['id', 'body']);
		await t.db.run(sql`ALTER TABLE notes ADD COLUMN tag TEXT`);
		expect(Object.keys((await row())!)).toEqual(['id', 'body', 'tag']);
	});

	test(`more distinct statements than the cache holds (${STATEMENTS_PER_CONNECTION}) all answer correctly`, async () => {
		const answers: number[] = [];
		for (let i = 0; i < STATEMENTS_PER_CONNECTION + 20; i++)
			answers.push((await t.db.all<{ v: number }>(sql.raw(`SELECT ${i} AS v`)))[0]!.v);
		expect(answers).toEqual(Array.from({ length: STATEMENTS_PER_CONNECTION + 20 }, (_, i) => i));
		expect((await t.db.all<{ v: number }>(sql.raw('SELECT 0 AS v')))[0]!.v).toBe(0);
	});

	test('transactions on cached statements commit and roll back', async () => {
		await t.db.transaction(async (tx) => {
			await tx.run(sql`INSERT INTO notes (body) VALUES (${'five'})`);
		});
		await expect(
			t.db.transaction(async (tx) => {
				await tx.run(sql`INSERT INTO notes (body) VALUES (${'six'})`);
				throw new Error('refused');
			}),
		).rejects.toThrow('refused');
		const bodies = (await t.db.all<{ body: string }>(sql`SELECT body FROM notes WHERE body IN (${'five'}, ${'six'})`)).map((r) => r.body);
		expect(bodies).toEqual(['five']);
	});
});
