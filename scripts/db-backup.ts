/**
 * Takes a consistent copy of the embedded database while the server runs: `VACUUM INTO` reads one
 * snapshot (WAL readers never block the writer) and writes a compact, self-contained file.
 * Usage: tsx scripts/db-backup.ts [target.db]   (default: data/backups/portal-<UTC timestamp>.db)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createDb, isFileUrl } from '../db/client';
import { parseDbEnv } from '../db/env';

async function main(): Promise<void> {
	const env = parseDbEnv();
	if (!isFileUrl(env.DATABASE_URL)) {
		throw new Error(
			"DATABASE_URL points at a libSQL server: back it up with the server's own tools (e.g. `sqld` dumps or Turso point-in-time restore).",
		);
	}
	const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, 'Z');
	const target = resolve(process.argv[2] ?? `data/backups/portal-${stamp}.db`);
	if (existsSync(target))
		throw new Error(`${target} already exists; choose another name (a backup never overwrites).`);
	mkdirSync(dirname(target), { recursive: true });
	const db = await createDb({ url: env.DATABASE_URL });
	try {
		await db.$client.execute({ sql: 'VACUUM INTO ?', args: [target] });
		const check = await createDb({ url: `file:${target}` });
		const [row] = (await check.$client.execute('PRAGMA integrity_check')).rows;
		check.$client.close();
		if (row?.[0] !== 'ok')
			throw new Error(`The backup at ${target} failed its integrity check: ${String(row?.[0])}`);
		console.log(`Backup written and checked: ${target}`);
	} finally {
		db.$client.close();
	}
}

main().catch((error: unknown) => {
	console.error(`Backup failed: ${(error as Error).message}`);
	process.exit(1);
});
