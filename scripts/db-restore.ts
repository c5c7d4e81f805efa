/**
 * Restores the embedded database from a backup made by db-backup.ts. Stop the server first. The
 * backup is checked (integrity, and migrations not ahead of this code) before anything is replaced,
 * and the current database is kept beside it as `<name>.before-restore-<stamp>`.
 * Usage: tsx scripts/db-restore.ts <backup.db>
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDb, isFileUrl } from '../db/client';
import { parseDbEnv } from '../db/env';
import { migrateDb } from '../db/migrate';
import { verifyAuditChain } from '../src/lib/server/audit';

async function main(): Promise<void> {
	const source = process.argv[2];
	if (!source)
		throw new Error('expected the backup file to restore: tsx scripts/db-restore.ts <backup.db>');
	const env = parseDbEnv();
	if (!isFileUrl(env.DATABASE_URL))
		throw new Error(
			"DATABASE_URL points at a libSQL server: restore it with the server's own tools.",
		);
	const from = resolve(source);
	if (!existsSync(from)) throw new Error(`${from} does not exist.`);
	const target = resolve(env.DATABASE_URL.slice('file:'.length));

	// Check a scratch copy first: the backup itself is never modified.
	const scratch = `${target}.restoring`;
	rmSync(scratch, { force: true });
	copyFileSync(from, scratch);
	const db = await createDb({ url: `file:${scratch}` });
	try {
		const [row] = (await db.$client.execute('PRAGMA integrity_check')).rows;
		if (row?.[0] !== 'ok')
			throw new Error(`${from} failed its integrity check: ${String(row?.[0])}`);
		await migrateDb(db);
		const audit = await verifyAuditChain(db);
		if (!audit.ok)
			console.warn(
				`Warning: the backup's audit chain is broken at entry ${audit.brokenSeq}: ${audit.reason}`,
			);
		await db.$client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
	} finally {
		db.$client.close();
	}

	const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z');
	if (existsSync(target)) {
		renameSync(target, `${target}.before-restore-${stamp}`);
		for (const suffix of ['-wal', '-shm'])
			if (existsSync(target + suffix))
				renameSync(target + suffix, `${target}.before-restore-${stamp}${suffix}`);
	}
	for (const suffix of ['-wal', '-shm']) rmSync(scratch + suffix, { force: true });
	renameSync(scratch, target);
	console.log(
		`Restored ${from} → ${target}${existsSync(`${target}.before-restore-${stamp}`) ? ` (previous database kept as ${target}.before-restore-${stamp})` : ''}.`,
	);
}

main().catch((error: unknown) => {
	console.error(`Restore failed: ${(error as Error).message}`);
	process.exit(1);
});
