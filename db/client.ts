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

/** Largest number of queued write transactions committed together. */
export const MAX_GROUP_COMMIT = 64;

interface QueuedWrite {
	/** 'tx' runs inside a group transaction (in its own savepoint); 'plain' runs alone, between groups. */
	kind: 'tx' | 'plain';
	run: (tx: Tx | undefined) => Promise<unknown>;
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
}

const writeQueues = new WeakMap<Client, { items: QueuedWrite[]; draining: boolean }>();

/**
 * The process's single writer. libSQL's embedded driver is synchronous: a connection waiting on the
 * file lock (busy timeout) blocks the event loop, so a transaction holding the lock on another pooled
 * connection could never finish. All writes of this process therefore queue here, and never wait on
 * each other inside SQLite. Queued transactions are committed together (group commit): each runs in
 * its own SAVEPOINT, so one that fails rolls back alone, and every caller is answered only after the
 * shared COMMIT, so nothing is acknowledged before it is durable. One fsync then serves many requests.
 */
async function drainWrites(db: Db): Promise<void> {
	const queue = writeQueues.get(db.$client);
	if (!queue || queue.draining) return;
	queue.draining = true;
	try {
		while (queue.items.length > 0) {
			if (queue.items[0]!.kind === 'plain') {
				const item = queue.items.shift()!;
				await item.run(undefined).then(item.resolve, item.reject);
				continue;
			}
			const group: QueuedWrite[] = [];
			while (group.length < MAX_GROUP_COMMIT && queue.items[0]?.kind === 'tx')
				group.push(queue.items.shift()!);
			const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
			try {
				await db.transaction(
					async (outer) => {
						// A group of one needs no savepoint: its failure rolls the whole transaction back.
						if (group.length === 1) {
							outcomes.push({ ok: true, value: await group[0]!.run(outer) });
							return;
						}
						for (const item of group) {
							try {
								outcomes.push({
									ok: true,
									value: await outer.transaction((savepoint) => item.run(savepoint)),
								});
							} catch (error) {
								outcomes.push({ ok: false, error });
							}
						}
					},
					{ behavior: 'immediate' },
				);
				group.forEach((item, i) => {
					const outcome = outcomes[i]!;
					if (outcome.ok) item.resolve(outcome.value);
					else item.reject(outcome.error);
				});
			} catch (error) {
				// The shared COMMIT failed: nobody in the group is acknowledged.
				for (const item of group) item.reject(error);
			}
		}
	} finally {
		queue.draining = false;
	}
}

function enqueueWrite<T>(
	db: Db,
	kind: QueuedWrite['kind'],
	run: (tx: Tx | undefined) => Promise<T>,
): Promise<T> {
	let queue = writeQueues.get(db.$client);
	if (!queue) writeQueues.set(db.$client, (queue = { items: [], draining: false }));
	const result = new Promise<T>((resolve, reject) => {
		queue.items.push({ kind, run, resolve: resolve as (value: unknown) => void, reject });
	});
	void drainWrites(db);
	return result;
}

/** Runs a single write statement (outside any transaction) in turn with this process's other writes. */
export function withWriteLock<T>(db: Db, fn: () => Promise<T>): Promise<T> {
	return enqueueWrite(db, 'plain', () => fn());
}

/** One write transaction, queued and group-committed with this process's other writes (see drainWrites). */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return enqueueWrite(db, 'tx', (tx) => fn(tx!));
}
