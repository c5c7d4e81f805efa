import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDb } from '@db/client';
import { outbox } from '@db/schema';
import { createTempDb } from './temp-db';

/** Runs one of the db scripts against the temporary database. */
function run(script: string, args: string[], url: string): { status: number | null; out: string } {
	const r = spawnSync('tsx', [`scripts/${script}`, ...args], {
		env: { ...process.env, DATABASE_URL: url },
		encoding: 'utf8',
	});
	return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
	await t.db
		.insert(outbox)
		.values({ toEmail: 'kept@x.gov', subject: 's', body: 'b', createdAtMs: 1 });
});
afterAll(() => t.cleanup());

const rows = async (url: string) => {
	const db = await createDb({ url });
	try {
		return (await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM outbox`))[0]!.n;
	} finally {
		db.$client.close();
	}
};

describe('scripts/db-backup.ts and db-restore.ts (Issue 4 §1: consistent copy while running, and restore)', () => {
	const backup = () => join(dirname(t.path), 'backup.db');

	test('a backup taken while the database is open is complete and checked', async () => {
		const result = run('db-backup.ts', [backup()], t.url);
		expect(result.out).toContain('Backup written and checked');
		expect(result.status).toBe(0);
		expect(await rows(`file:${backup()}`)).toBe(1);
	});

	test('a backup never overwrites an existing file', () => {
		const result = run('db-backup.ts', [backup()], t.url);
		expect(result.status).toBe(1);
		expect(result.out).toContain('already exists');
	});

	test('restore brings the backup back and keeps the replaced database beside it', async () => {
		await t.db
			.insert(outbox)
			.values({ toEmail: 'later@x.gov', subject: 's', body: 'b', createdAtMs: 2 });
		expect(await rows(t.url)).toBe(2);
		t.db.$client.close();
		const result = run('db-restore.ts', [backup()], t.url);
		expect(result.out).toContain('Restored');
		expect(result.status).toBe(0);
		expect(await rows(t.url)).toBe(1);
		expect(readdirSync(dirname(t.path)).some((f) => f.startsWith('test.db.before-restore-'))).toBe(
			true,
		);
		t.db = await createDb({ url: t.url });
	});

	test('restore refuses a missing file with a clear message', () => {
		const result = run('db-restore.ts', [join(dirname(t.path), 'nope.db')], t.url);
		expect(result.status).toBe(1);
		expect(result.out).toContain('does not exist');
		expect(existsSync(t.path)).toBe(true);
	});
});
