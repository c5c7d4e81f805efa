import type { Client } from '@libsql/client';
import type { Db, Tx } from './client';

/** Largest number of queued write transactions committed together. */
export const MAX_GROUP_COMMIT = 64;

/** How long the first write of an idle queue waits for others to join its group, in milliseconds. */
export const GROUP_WINDOW_MS = 2;

/** How a queued transaction is being run. */
export interface WriteAttempt {
	/**
	 * False on the fast path, where the transaction shares one SQLite transaction with the rest of its
	 * group and must throw on anything unusual (a duplicate key, say); true when it runs alone after
	 * its group failed, and must then handle those cases itself.
	 */
	alone: boolean;
}

interface QueuedWrite {
	/** 'tx' runs in a group transaction; 'plain' runs alone, between groups. */
	kind: 'tx' | 'plain';
	run: (tx: Tx | undefined, attempt: WriteAttempt) => Promise<unknown>;
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
}

const writeQueues = new WeakMap<Client, { items: QueuedWrite[]; draining: boolean }>();

/**
 * The process's single writer. libSQL's embedded driver is synchronous: a connection waiting on the
 * file lock (busy timeout) blocks the event loop, so a transaction holding the lock on another pooled
 * connection could never finish. All writes of this process therefore queue here and never wait on
 * each other inside SQLite.
 *
 * Queued transactions are committed together (group commit): one BEGIN IMMEDIATE … COMMIT, one
 * fsync, for everything that queued while the previous group ran, and every caller is answered only
 * after that COMMIT, so nothing is acknowledged before it is durable. If any member throws, the whole
 * group rolls back and each member runs again alone (`attempt.alone`), so one refusal or duplicate
 * never costs the others their work. Savepoints per member would do the same but cost two extra
 * statements on every request, and members rarely fail (input is validated before queuing).
 */
async function drainWrites(db: Db): Promise<void> {
	const queue = writeQueues.get(db.$client);
	if (!queue || queue.draining) return;
	queue.draining = true;
	try {
		while (queue.items.length > 0) {
			if (queue.items[0]!.kind === 'plain') {
				const item = queue.items.shift()!;
				await item.run(undefined, { alone: true }).then(item.resolve, item.reject);
				continue;
			}
			const group: QueuedWrite[] = [];
			while (group.length < MAX_GROUP_COMMIT && queue.items[0]?.kind === 'tx')
				group.push(queue.items.shift()!);
			let values: unknown[] | undefined;
			try {
				values = await db.transaction(
					async (tx) => {
						const out: unknown[] = [];
						for (const item of group) out.push(await item.run(tx, { alone: false }));
						return out;
					},
					{ behavior: 'immediate' },
				);
			} catch {
				values = undefined;
			}
			if (values) {
				group.forEach((item, i) => item.resolve(values[i]));
				continue;
			}
			for (const item of group) {
				await db
					.transaction((tx) => item.run(tx, { alone: true }), { behavior: 'immediate' })
					.then(item.resolve, item.reject);
			}
		}
	} finally {
		queue.draining = false;
	}
}

function enqueueWrite<T>(
	db: Db,
	kind: QueuedWrite['kind'],
	run: (tx: Tx | undefined, attempt: WriteAttempt) => Promise<T>,
): Promise<T> {
	let queue = writeQueues.get(db.$client);
	if (!queue) writeQueues.set(db.$client, (queue = { items: [], draining: false }));
	const result = new Promise<T>((resolve, reject) => {
		queue.items.push({ kind, run, resolve: resolve as (value: unknown) => void, reject });
	});
	// Start on the next turn of the event loop, not now: requests already received get to join the
	// group first. The driver is synchronous, so nothing else runs while a group commits; without
	// this pause almost every group would hold a single request.
	if (!queue.draining && queue.items.length === 1)
		setTimeout(() => void drainWrites(db), GROUP_WINDOW_MS);
	return result;
}

/** Runs a single write statement (outside any transaction) in turn with this process's other writes. */
export function withWriteLock<T>(db: Db, fn: () => Promise<T>): Promise<T> {
	return enqueueWrite(db, 'plain', () => fn());
}

/**
 * One write transaction, queued and group-committed with this process's other writes (see
 * drainWrites). `fn` may run twice (first in a group, then alone if the group failed): it must do
 * nothing outside the transaction that cannot be repeated.
 */
export function writeTransaction<T>(
	db: Db,
	fn: (tx: Tx, attempt: WriteAttempt) => Promise<T>,
): Promise<T> {
	return enqueueWrite(db, 'tx', (tx, attempt) => fn(tx!, attempt));
}
