import { and, asc, eq, inArray, lt, lte, or } from 'drizzle-orm';
import type { Db } from '@db/client';
import { outbox, workerLeases } from '@db/schema';
import { withWriteLock, writeTransaction } from '@db/write-queue';
import { appendAudit } from '../audit';
import type { MailAttachment } from './outbox';
import { classifyFailure, describeFailure, retryDelayMs, type SmtpFailure } from './retry';

/**
 * The mail worker: sends the outbox's due messages through an SMTP transport. Several server
 * processes may share one database; a lease row lets only one of them send at a time. A message is
 * claimed (status "sending", with a claim expiry) before it is handed to the relay and marked sent
 * after, so a crash in between loses nothing: once the claim expires the message is sent again, at
 * most once, and flagged `possibleDuplicate`.
 */

/** The one thing the worker needs of nodemailer (a real SMTP transport in production and tests). */
export interface MailTransport {
	sendMail(message: {
		from: string;
		to: string;
		subject: string;
		text: string;
		html?: string | undefined;
		headers?: Record<string, string>;
		attachments?: { filename: string; contentType: string; content: string }[];
	}): Promise<{ response?: string | undefined }>;
}

/** How the worker runs; the clock and the dice are parameters so that tests can move them. */
export interface MailWorkerOptions {
	db: Db;
	transport: MailTransport;
	from: string;
	/** This process, as the lease names it. */
	holder: string;
	now: () => number;
	random?: () => number;
	ratePerSecond: number;
	maxAttempts: number;
	/** How long the lease holds without renewal. */
	leaseMs?: number;
	/** How long a claimed message may be sending before it counts as interrupted. */
	claimMs?: number;
	/** Messages per round. */
	batchSize?: number;
	/** Waits between sends to keep to the rate (real time; tests may pass a no-op). */
	sleep?: (ms: number) => Promise<void>;
}

/** What one round did. */
export interface RoundSummary {
	/** False when another process holds the lease. */
	leased: boolean;
	sent: number;
	deferred: number;
	failed: number;
	/** Interrupted sends sent again (flagged as possible duplicates). */
	resentAfterCrash: number;
}

export const LEASE_NAME = 'mail';
const DEFAULT_LEASE_MS = 30_000;
const DEFAULT_CLAIM_MS = 60_000;
/** Messages claimed per transaction: after a crash, at most these are resent (and flagged). */
const CLAIM_CHUNK = 20;

/** Takes or renews the lease for `holder`; false while another holder's lease is alive. */
export async function acquireLease(db: Db, name: string, holder: string, nowMs: number, leaseMs: number): Promise<boolean> {
	return withWriteLock(db, async () => {
		const rows = await db
			.insert(workerLeases)
			.values({ name, holder, expiresAtMs: nowMs + leaseMs })
			.onConflictDoUpdate({
				target: workerLeases.name,
				set: { holder, expiresAtMs: nowMs + leaseMs },
				setWhere: or(lt(workerLeases.expiresAtMs, nowMs), eq(workerLeases.holder, holder)),
			})
			.returning({ holder: workerLeases.holder });
		return rows[0]?.holder === holder;
	});
}

/** Gives the lease up (on shutdown), so another process need not wait for it to expire. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
	await withWriteLock(db, () =>
		db.delete(workerLeases).where(and(eq(workerLeases.name, name), eq(workerLeases.holder, holder))),
	);
}

/** Due: queued and its time has come, or sending with its claim expired (a crashed send). */
const due = (nowMs: number) =>
	or(
		and(eq(outbox.status, 'queued'), lte(outbox.nextAttemptAtMs, nowMs)),
		and(eq(outbox.status, 'sending'), lt(outbox.claimedUntilMs, nowMs)),
	);

/** Creates a worker; `runOnce` is one round, `start` repeats it until `stop`. */
export function createMailWorker(options: MailWorkerOptions) {
	const { db, transport, now } = options;
	const random = options.random ?? Math.random;
	const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
	const claimMs = options.claimMs ?? DEFAULT_CLAIM_MS;
	const batchSize = options.batchSize ?? 50;
	const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
	const gapMs = 1000 / options.ratePerSecond;

	/**
	 * Claims due messages in one transaction: those another worker took meanwhile are skipped. A
	 * message found still "sending" after its claim expired was interrupted: it is sent once more
	 * (flagged), or, interrupted a second time, given to a person to decide.
	 */
	async function claim(ids: readonly number[], nowMs: number) {
		return writeTransaction(db, async (tx) => {
			const rows = await tx.select().from(outbox).where(and(inArray(outbox.id, [...ids]), due(nowMs))).orderBy(asc(outbox.id));
			const claimed: (typeof rows[number] & { interrupted: boolean })[] = [];
			for (const row of rows) {
				const interrupted = row.status === 'sending';
				if (interrupted && row.possibleDuplicate) {
					await tx
						.update(outbox)
							.set({ status: 'failed', failedBecause: 'interrupted-twice', claimedUntilMs: null, lastResponse: 'Sending was interrupted twice (a crash); not sent again. Check with the recipient before resending.' })
						.where(eq(outbox.id, row.id));
					await appendAudit(tx, { actorUserId: null, action: 'mail.failed', subject: `mail:${row.id}`, details: { kind: row.kind, reason: 'interrupted-twice' } }, nowMs);
					continue;
				}
				await tx
					.update(outbox)
					.set({ status: 'sending', attempts: row.attempts + 1, claimedUntilMs: nowMs + claimMs, possibleDuplicate: row.possibleDuplicate || interrupted })
					.where(eq(outbox.id, row.id));
				if (interrupted)
					await appendAudit(tx, { actorUserId: null, action: 'mail.resend-after-crash', subject: `mail:${row.id}`, details: { kind: row.kind } }, nowMs);
				claimed.push({ ...row, attempts: row.attempts + 1, interrupted });
			}
			return claimed;
		});
	}

	type Claimed = Awaited<ReturnType<typeof claim>>[number];

	/** Records a sent message (status, the relay's answer, the audit entry). */
	function recordSent(message: Claimed, response: string | undefined): Promise<void> {
		const at = now();
		return writeTransaction(db, async (tx) => {
			await tx
				.update(outbox)
				.set({ status: 'sent', sentAtMs: at, claimedUntilMs: null, lastResponse: (response ?? 'accepted').slice(0, 500) })
				.where(eq(outbox.id, message.id));
			await appendAudit(tx, { actorUserId: null, action: 'mail.sent', subject: `mail:${message.id}`, details: { kind: message.kind, attempts: message.attempts, possibleDuplicate: message.possibleDuplicate || message.interrupted } }, at);
		});
	}

	/** Records a failed attempt: queued again after the backoff, or failed for good. */
	function recordFailure(message: Claimed, failure: SmtpFailure): Promise<'deferred' | 'failed'> {
		const kind = classifyFailure(failure);
		const gaveUp = kind === 'permanent' || message.attempts >= options.maxAttempts;
		const at = now();
		const response = describeFailure(failure);
		return writeTransaction(db, async (tx) => {
			await tx
				.update(outbox)
				.set(
					gaveUp
						? { status: 'failed', failedBecause: kind === 'permanent' ? 'refused' : 'out-of-attempts', claimedUntilMs: null, lastResponse: response }
						: { status: 'queued', claimedUntilMs: null, lastResponse: response, nextAttemptAtMs: at + retryDelayMs(message.attempts, random()) },
				)
				.where(eq(outbox.id, message.id));
			await appendAudit(tx, { actorUserId: null, action: gaveUp ? 'mail.failed' : 'mail.deferred', subject: `mail:${message.id}`, details: { kind: message.kind, attempts: message.attempts, failure: kind, responseCode: failure.responseCode ?? null } }, at);
			return gaveUp ? ('failed' as const) : ('deferred' as const);
		});
	}

	async function runOnce(): Promise<RoundSummary> {
		const summary: RoundSummary = { leased: false, sent: 0, deferred: 0, failed: 0, resentAfterCrash: 0 };
		if (!(await acquireLease(db, LEASE_NAME, options.holder, now(), leaseMs))) return summary;
		summary.leased = true;
		const ids = (
			await db
				.select({ id: outbox.id })
				.from(outbox)
				.where(due(now()))
				.orderBy(asc(outbox.nextAttemptAtMs), asc(outbox.id))
				.limit(batchSize)
		).map((r) => r.id);
		let lastSendAt = -Infinity;
		let leaseRenewedAt = now();
		for (let i = 0; i < ids.length; i += CLAIM_CHUNK) {
			if (now() - leaseRenewedAt > leaseMs / 3) {
				if (!(await acquireLease(db, LEASE_NAME, options.holder, now(), leaseMs))) break;
				leaseRenewedAt = now();
			}
			const claimed = await claim(ids.slice(i, i + CLAIM_CHUNK), now());
			// Results are written while the next message goes out; the write queue commits them together.
			const records: Promise<unknown>[] = [];
			for (const message of claimed) {
				if (message.interrupted) summary.resentAfterCrash += 1;
				const wait = lastSendAt + gapMs - performance.now();
				if (wait > 0) await sleep(wait);
				lastSendAt = performance.now();
				try {
					const info = await transport.sendMail({
						from: options.from,
						to: message.toEmail,
						subject: message.subject,
						text: message.body,
						html: message.htmlBody ?? undefined,
						headers: { 'X-Portal-Message-Id': String(message.id), 'Auto-Submitted': 'auto-generated' },
						...(message.attachmentsJson ? { attachments: JSON.parse(message.attachmentsJson) as MailAttachment[] } : {}),
					});
					records.push(recordSent(message, info.response));
					summary.sent += 1;
				} catch (error) {
					records.push(recordFailure(message, error as SmtpFailure).then((outcome) => (summary[outcome] += 1)));
				}
			}
			await Promise.all(records);
		}
		return summary;
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	let running: Promise<unknown> = Promise.resolve();
	let stopped = false;

	/** Runs rounds every `intervalMs` (sooner while a round fills its batch) until `stop`. */
	function start(intervalMs: number, onError: (error: unknown) => void): void {
		stopped = false;
		const tick = () => {
			running = runOnce().then(
				(s) => s.leased && s.sent + s.deferred + s.failed >= batchSize,
				(error) => (onError(error), false),
			);
			void running.then((full) => {
				if (stopped) return;
				timer = setTimeout(tick, full ? 0 : intervalMs);
				timer.unref?.();
			});
		};
		tick();
	}

	/**
	 * Stops: no new round, the lease given up at once (so another process need not wait for it to
	 * lapse; a message this round still holds stays claimed), then the current round finishes.
	 */
	async function stop(): Promise<void> {
		stopped = true;
		if (timer) clearTimeout(timer);
		await releaseLease(db, LEASE_NAME, options.holder);
		await running.catch(() => undefined);
	}

	return { runOnce, start, stop };
}
