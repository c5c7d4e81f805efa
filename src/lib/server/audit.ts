import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Db } from '@db/client';
import { auditLog } from '@db/schema';
import { sha256Hex } from './tokens';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** Entries read per round while verifying, so a long log never sits in memory at once. */
const VERIFY_PAGE_SIZE = 1_000;

/** What an entry records. */
export interface AuditEvent {
	/** Who acted; null for the system (first-run setup link, start-up). */
	actorUserId: string | null;
	/** Dotted verb, e.g. "session.sign-in", "attestation.create", "roster.import". */
	action: string;
	/** What it acted on, e.g. "user:abc", "campaign:ethics-2026". */
	subject: string;
	/** Small, non-secret facts (counts, outcomes). Never passwords or tokens. */
	details?: Record<string, unknown>;
}

/** Something that can read and insert audit rows: a transaction (or, in tests, the database). */
type Writer = Pick<Db, 'select' | 'run'>;

/** The last entry written in each open transaction (dropped with the transaction object). */
const chainHeads = new WeakMap<Writer, { seq: number; hash: string }>();

/** The hash of an entry: SHA-256 over the previous hash and the entry's fields in a fixed order. */
export function hashAuditEntry(entry: {
	seq: number;
	atMs: number;
	actorUserId: string | null;
	action: string;
	subject: string;
	detailsJson: string;
	prevHash: string;
}): string {
	return sha256Hex(
		JSON.stringify([
			entry.prevHash,
			entry.seq,
			entry.atMs,
			entry.actorUserId,
			entry.action,
			entry.subject,
			entry.detailsJson,
		]),
	);
}

/**
 * Appends one entry to the chain. Call it inside the same IMMEDIATE transaction as the change it
 * records: the write lock makes "read the last hash, insert the next" atomic, and the entry commits
 * or rolls back together with the change.
 */
export async function appendAudit(tx: Writer, event: AuditEvent, nowMs: number): Promise<number> {
	// Within one transaction the last entry is read once and then carried along: a group commit
	// appends many entries, and the transaction holds the write lock, so nobody else appends meanwhile.
	const last =
		chainHeads.get(tx) ??
		(
			await tx
				.select({ seq: auditLog.seq, hash: auditLog.hash })
				.from(auditLog)
				.orderBy(desc(auditLog.seq))
				.limit(1)
		)[0];
	const entry = {
		seq: (last?.seq ?? 0) + 1,
		atMs: nowMs,
		actorUserId: event.actorUserId,
		action: event.action,
		subject: event.subject,
		detailsJson: JSON.stringify(event.details ?? {}),
		prevHash: last?.hash ?? GENESIS_HASH,
	};
	const hash = hashAuditEntry(entry);
	// A plain statement rather than the insert builder: this runs once per form submission, and the
	// builder costs more than the insert itself.
	await tx.run(sql`
		INSERT INTO audit_log (seq, at_ms, actor_user_id, action, subject, details_json, prev_hash, hash)
		VALUES (${entry.seq}, ${entry.atMs}, ${entry.actorUserId}, ${entry.action}, ${entry.subject}, ${entry.detailsJson}, ${entry.prevHash}, ${hash})`);
	chainHeads.set(tx, { seq: entry.seq, hash });
	return entry.seq;
}

/** Outcome of {@link verifyAuditChain}. */
export type AuditVerification =
	{ ok: true; entries: number } | { ok: false; entries: number; brokenSeq: number; reason: string };

/** Walks the whole chain in order and names the first entry whose link or hash does not hold. */
export async function verifyAuditChain(db: Pick<Db, 'select'>): Promise<AuditVerification> {
	let prevHash = GENESIS_HASH;
	let expectedSeq = 1;
	let entries = 0;
	for (;;) {
		const page = await db
			.select()
			.from(auditLog)
			.where(gt(auditLog.seq, expectedSeq - 1))
			.orderBy(asc(auditLog.seq))
			.limit(VERIFY_PAGE_SIZE);
		for (const row of page) {
			const broken = (reason: string): AuditVerification => ({
				ok: false,
				entries,
				brokenSeq: row.seq,
				reason,
			});
			if (row.seq !== expectedSeq)
				return {
					ok: false,
					entries,
					brokenSeq: expectedSeq,
					reason: `entry ${expectedSeq} is missing`,
				};
			if (row.prevHash !== prevHash)
				return broken(`entry ${row.seq} does not link to the hash of entry ${row.seq - 1}`);
			if (hashAuditEntry(row) !== row.hash)
				return broken(
					`entry ${row.seq} was changed after it was written (its hash does not match its content)`,
				);
			prevHash = row.hash;
			expectedSeq += 1;
			entries += 1;
		}
		if (page.length < VERIFY_PAGE_SIZE) return { ok: true, entries };
	}
}
