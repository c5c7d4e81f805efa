import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema';

/** Busy timeout for embedded files: writers queue for up to this long instead of failing at once. */
export const BUSY_TIMEOUT_MS = 5_000;

/** Options for {@link createDb}. */
export interface DbOptions {
	/** `file:path` (relative to the working directory) or a libSQL server URL. */
	url: string;
	/** Token for a libSQL server. */
	authToken?: string | undefined;
}

/** The drizzle database with this project's schema. */
export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

/** True for an embedded file database (WAL and busy timeout apply only there). */
export function isFileUrl(url: string): boolean {
	return url.startsWith('file:');
}

/**
 * Opens a database: a factory, so tests and scripts each open their own (never at import time).
 * For files it creates the folder, turns on WAL (readers never wait for the writer) and sets the
 * busy timeout on every pooled connection (libSQL's `timeout` option; a PRAGMA would reach only one).
 */
export async function createDb({ url, authToken }: DbOptions): Promise<Db> {
	const file = isFileUrl(url);
	if (file) {
		const path = url.slice('file:'.length);
		if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	}
	const client = createClient({ url, authToken, ...(file ? { timeout: BUSY_TIMEOUT_MS } : {}) });
	// journal_mode is stored in the file, so setting it once reaches every later connection.
	if (file) await client.execute('PRAGMA journal_mode = WAL');
	return drizzle({ client, schema, casing: 'snake_case' }) as Db;
}

/** A transaction on the database (what `db.transaction` hands its callback). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
