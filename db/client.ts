import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import Database from 'libsql';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema';
import { installStatementCache } from './statement-cache';

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
	if (file) installStatementCache();
	const client = createClient({ url, authToken, ...(file ? { timeout: BUSY_TIMEOUT_MS } : {}) });
	// journal_mode is stored in the file, so setting it once reaches every later connection.
	if (file) await client.execute('PRAGMA journal_mode = WAL');
	const db = drizzle({ client, schema, casing: 'snake_case' }) as Db;
	const path = file ? url.slice('file:'.length) : '';
	// Only a plain file can be shared by a second connection (not :memory:, not a URL with options).
	if (path && !path.includes(':memory:') && !path.includes('?')) {
		const reader: Reader = { path, connection: undefined, statements: new Map(), closed: false };
		readers.set(client, reader);
		const close = client.close.bind(client);
		client.close = () => {
			closeReader(reader);
			close();
		};
	}
	return db;
}

/** The hot-path reader of a file database: its own connection and its prepared statements. */
interface Reader {
	path: string;
	connection: Database.Database | undefined;
	statements: Map<string, Database.Statement>;
	/** Set with the client's close: the reader never reopens behind a closed client. */
	closed: boolean;
}

const readers = new WeakMap<Client, Reader>();

function closeReader(reader: Reader): void {
	reader.closed = true;
	reader.statements.clear();
	reader.connection?.close();
	reader.connection = undefined;
}

/**
 * A read statement prepared once and kept, for the query every signed-in request makes (the
 * session lookup): the client prepares each statement anew and copies every row into an object,
 * which costs several times more than the lookup itself. Runs on its own connection, which is
 * query-only (it can never write) and, in WAL mode, reads the latest commit like any other
 * connection. Returns the first row as an array of column values in SELECT order, or undefined
 * when there is none; returns null when the database is not a plain file (the caller then uses
 * drizzle).
 */
export function readFirstRow(
	db: Db,
	sql: string,
	args: readonly unknown[],
): unknown[] | undefined | null {
	const reader = readers.get(db.$client);
	if (!reader) return null;
	if (reader.closed) throw new Error('The database client is closed.');
	if (!reader.connection) {
		reader.connection = new Database(reader.path, { timeout: BUSY_TIMEOUT_MS });
		reader.connection.exec('PRAGMA query_only = ON');
	}
	let statement = reader.statements.get(sql);
	if (!statement)
		reader.statements.set(sql, (statement = reader.connection.prepare(sql).raw(true)));
	return statement.get(args) as unknown[] | undefined;
}

/** A transaction on the database (what `db.transaction` hands its callback). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
