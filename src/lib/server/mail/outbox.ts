import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@db/client';
import { MAIL_KINDS, MAIL_STATUSES, outbox } from '@db/schema';
import { appendAudit } from '../audit';

/** What a message is about. */
export type MailKind = (typeof MAIL_KINDS)[number];
/** Where a message stands. */
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** A message to queue: never the content of a disclosure, only a short notice and a link. */
export interface NewMessage {
	kind: MailKind;
	toEmail: string;
	subject: string;
	text: string;
	html?: string | undefined;
	/** The event it stands for ("campaign-open:ethics-2026:u42"): queued once whatever happens twice. */
	dedupeKey?: string | undefined;
	/** Not before this instant (a reminder's send time); now when left out. */
	notBeforeMs?: number | undefined;
	/** Small text attachments (a due date's .ics). */
	attachments?: MailAttachment[] | undefined;
	/** The campaign it is about, for the campaign's counts. */
	campaignId?: string | undefined;
}

/** A small text attachment, kept in the row with its message. */
export interface MailAttachment {
	filename: string;
	contentType: string;
	content: string;
}

type Writer = Pick<Db, 'insert'> | Tx;

/**
 * Queues a message in the caller's transaction, so it exists exactly when the event that causes it
 * commits. A message whose dedupe key is already queued is not queued again.
 * @returns true when a row was written
 */
export async function queueMessage(tx: Writer, message: NewMessage, nowMs: number): Promise<boolean> {
	const rows = await tx
		.insert(outbox)
		.values({
			kind: message.kind,
			toEmail: message.toEmail,
			subject: message.subject,
			body: message.text,
			htmlBody: message.html ?? null,
			attachmentsJson: message.attachments?.length ? JSON.stringify(message.attachments) : null,
			campaignId: message.campaignId ?? null,
			dedupeKey: message.dedupeKey ?? null,
			createdAtMs: nowMs,
			nextAttemptAtMs: message.notBeforeMs ?? nowMs,
		})
		.onConflictDoNothing({ target: outbox.dedupeKey })
		.returning({ id: outbox.id });
	return rows.length > 0;
}

/** Counts per status, for the admin screen's summary. */
export async function outboxCounts(db: Db): Promise<Record<MailStatus, number>> {
	const rows = await db
		.select({ status: outbox.status, n: sql<number>`count(*)` })
		.from(outbox)
		.groupBy(outbox.status);
	const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0])) as Record<MailStatus, number>;
	for (const r of rows) counts[r.status] = Number(r.n);
	return counts;
}

/** One campaign's messages: queued (or being sent), sent, bounced (refused by the relay), failed otherwise. */
export async function campaignMailCounts(db: Db, campaignId: string): Promise<{ queued: number; sent: number; bounced: number; failed: number }> {
	const [row] = await db
		.select({
			queued: sql<number>`coalesce(sum(${outbox.status} IN ('queued', 'sending')), 0)`,
			sent: sql<number>`coalesce(sum(${outbox.status} = 'sent'), 0)`,
			bounced: sql<number>`coalesce(sum(${outbox.failedBecause} = 'refused'), 0)`,
			failed: sql<number>`coalesce(sum(${outbox.status} = 'failed' AND ${outbox.failedBecause} IS NOT 'refused'), 0)`,
		})
		.from(outbox)
		.where(eq(outbox.campaignId, campaignId));
	return { queued: Number(row?.queued ?? 0), sent: Number(row?.sent ?? 0), bounced: Number(row?.bounced ?? 0), failed: Number(row?.failed ?? 0) };
}

/** The newest messages, optionally of one status, for the admin screen. */
export async function listOutbox(db: Db, options: { status?: MailStatus | undefined; limit?: number } = {}) {
	return db
		.select()
		.from(outbox)
		.where(options.status ? eq(outbox.status, options.status) : undefined)
		.orderBy(desc(outbox.id))
		.limit(options.limit ?? 50);
}

/**
 * Puts a failed message back in the queue, due now, with a fresh count of attempts (the
 * administrator's "resend"). Only a failed message can be resent; the change is audited.
 * @returns false when the message is not (or no longer) failed
 */
export async function resendMessage(tx: Tx, id: number, actorUserId: string, nowMs: number): Promise<boolean> {
	const rows = await tx
		.update(outbox)
		.set({ status: 'queued', attempts: 0, nextAttemptAtMs: nowMs, claimedUntilMs: null, failedBecause: null })
		.where(and(eq(outbox.id, id), eq(outbox.status, 'failed')))
		.returning({ id: outbox.id, kind: outbox.kind });
	const row = rows[0];
	if (!row) return false;
	await appendAudit(tx, { actorUserId, action: 'mail.resend', subject: `mail:${id}`, details: { kind: row.kind } }, nowMs);
	return true;
}
