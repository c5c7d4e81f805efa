import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDb } from '@db/client';
import { DatabaseStartupError, migrateDb, readJournal } from '@db/migrate';
import type { Db } from '@db/client';
import { createTempDb } from './temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
});
afterAll(() => t.cleanup());

describe('db/migrate.ts: committed migrations applied at start-up', () => {
	test('a fresh file database gets every table and WAL mode', async () => {
		const tables = await t.db.all<{ name: string }>(
			sql`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`,
		);
		expect(tables.map((r) => r.name)).toEqual(
			expect.arrayContaining(['users', 'sessions', 'attestations', 'audit_log', 'outbox']),
		);
		const [mode] = await t.db.all<{ journal_mode: string }>(sql`PRAGMA journal_mode`);
		expect(mode?.journal_mode).toBe('wal');
	});

	test('running the migrator again applies nothing', async () => {
		await expect(migrateDb(t.db)).resolves.toEqual({ applied: 0 });
	});

	test('a database ahead of the code (an unknown migration applied) is refused with a clear message', async () => {
		const other = await createTempDb();
		try {
			const future = Math.max(...readJournal().map((m) => m.when)) + 1000;
			await other.db.run(
				sql`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', ${future})`,
			);
			await expect(migrateDb(other.db)).rejects.toThrow(DatabaseStartupError);
			await expect(migrateDb(other.db)).rejects.toThrow(/ahead of this code/);
		} finally {
			other.cleanup();
		}
	});

	test('an unreachable database is refused with a clear message', async () => {
		// A libSQL server URL on a closed port: the client opens lazily, the first statement fails.
		let db: Db | undefined;
		try {
			db = await createDb({ url: 'http://127.0.0.1:9' });
			await expect(migrateDb(db)).rejects.toThrow(/cannot be reached/);
		} finally {
			db?.$client.close();
		}
	});
});
