import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '@db/client';
import { migrateDb } from '@db/migrate';

/** A fresh temporary libSQL file, migrated with the real migrator; `cleanup` closes and deletes it. */
export async function createTempDb(): Promise<{
	db: Db;
	path: string;
	url: string;
	cleanup: () => void;
}> {
	const dir = mkdtempSync(join(tmpdir(), 'portal-db-'));
	const path = join(dir, 'test.db');
	const url = `file:${path}`;
	const db = await createDb({ url });
	await migrateDb(db);
	const handle = {
		db,
		path,
		url,
		/** Closes the current client (a test may have reopened it) and deletes the folder. */
		cleanup: () => {
			handle.db.$client.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
	return handle;
}
