import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { auditLog, outbox } from '@db/schema';
import { writeTransaction } from '@db/write-queue';
import { parseMailEnv } from '@lib/server/mail/env';
import { campaignMailCounts, queueMessage, resendMessage, type NewMessage } from '@lib/server/mail/outbox';
import { RETRY_BASE_MS } from '@lib/server/mail/retry';
import { createSmtpTransport } from '@lib/server/mail/transport';
import { createMailWorker } from '@lib/server/mail/worker';
import { createTempDb } from '../../db/temp-db';
import { startSmtpCatcher, textOf, toOf } from './smtp-catcher';

let t: Awaited<ReturnType<typeof createTempDb>>;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let clock: { ms: number };
const transports: { close(): void }[] = [];

beforeEach(async () => {
	t = await createTempDb();
	smtp = await startSmtpCatcher();
	clock = { ms: Date.UTC(2026, 11, 7, 15, 0) };
});
afterEach(async () => {
	for (const tr of transports.splice(0)) tr.close();
	await smtp.stop();
	t.cleanup();
});

/** A worker on the test database, sending to `url` (the catcher by default), with a movable clock. */
function worker(options: { holder?: string; url?: string; maxAttempts?: number } = {}) {
	const env = parseMailEnv({ SMTP_URL: options.url ?? smtp.url, MAIL_FROM: 'Handbook Portal <portal@dcfs.example>' });
	const transport = createSmtpTransport({ ...env, smtpUrl: env.smtpUrl! });
	transports.push(transport);
	return createMailWorker({
		db: t.db,
		transport,
		from: env.from,
		holder: options.holder ?? 'process-a',
		now: () => clock.ms,
		random: () => 0.5,
		ratePerSecond: 1000,
		maxAttempts: options.maxAttempts ?? 8,
		sleep: async () => undefined,
	});
}

const invitation = (over: Partial<NewMessage> = {}): NewMessage => ({
	kind: 'invitation',
	toEmail: 'ada@dcfs.example',
	subject: 'Your DCFS Handbook Portal account',
	text: 'Choose a password here: https://portal.example/signin/reset/abc',
	html: '<p>Choose a password <a href="https://portal.example/signin/reset/abc">here</a>.</p>',
	...over,
});

async function queue(message: NewMessage): Promise<boolean> {
	return writeTransaction(t.db, (tx) => queueMessage(tx, message, clock.ms));
}
const rows = () => t.db.select().from(outbox).orderBy(outbox.id);
const auditActions = async () => (await t.db.select().from(auditLog).orderBy(auditLog.seq)).map((a) => a.action);

describe('issue 9 §1–2: the outbox is delivered through a real SMTP server', () => {
	test('a queued invitation arrives with its recipient, subject and link, and is marked sent and audited', async () => {
		await queue(invitation());
		expect(await worker().runOnce()).toMatchObject({ leased: true, sent: 1, deferred: 0, failed: 0 });
		expect(smtp.received).toHaveLength(1);
		const mail = smtp.received[0]!;
		expect(toOf(mail)).toBe('ada@dcfs.example');
		expect(mail.subject).toBe('Your DCFS Handbook Portal account');
		expect(textOf(mail)).toContain('https://portal.example/signin/reset/abc');
		expect(mail.html).toContain('href="https://portal.example/signin/reset/abc"');
		expect(mail.from?.value[0]).toMatchObject({ name: 'Handbook Portal', address: 'portal@dcfs.example' });
		expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
		const [row] = await rows();
		expect(row).toMatchObject({ status: 'sent', attempts: 1, sentAtMs: clock.ms, possibleDuplicate: false });
		expect(row!.lastResponse).toMatch(/^250/);
		expect(await auditActions()).toEqual(['mail.sent']);
	});

	test('the same event queued twice (one dedupe key) is one message', async () => {
		expect(await queue(invitation({ dedupeKey: 'campaign-open:ethics-2026:u1' }))).toBe(true);
		expect(await queue(invitation({ dedupeKey: 'campaign-open:ethics-2026:u1' }))).toBe(false);
		await worker().runOnce();
		expect(await rows()).toHaveLength(1);
		expect(smtp.received).toHaveLength(1);
	});

	test('a message due later waits for its time', async () => {
		await queue(invitation({ notBeforeMs: clock.ms + 60_000 }));
		expect(await worker().runOnce()).toMatchObject({ sent: 0 });
		clock.ms += 60_000;
		expect(await worker().runOnce()).toMatchObject({ sent: 1 });
	});

	test('451 (temporary) then success: retried after the backoff, delivered once', async () => {
		smtp.refusals.push({ responseCode: 451, message: 'Try again later' });
		await queue(invitation());
		const w = worker();
		expect(await w.runOnce()).toMatchObject({ deferred: 1 });
		const [deferred] = await rows();
		// First retry: 30 s with jitter in [½, 1]; the test's dice give ¾.
		expect(deferred).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAtMs: clock.ms + RETRY_BASE_MS * 0.75 });
		expect(deferred!.lastResponse).toMatch(/451 Try again later/);
		expect(await w.runOnce()).toMatchObject({ sent: 0, deferred: 0 });
		clock.ms += RETRY_BASE_MS;
		expect(await w.runOnce()).toMatchObject({ sent: 1 });
		expect(smtp.received).toHaveLength(1);
		expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 2 });
		expect(await auditActions()).toEqual(['mail.deferred', 'mail.sent']);
	});

	test('550 (permanent) stops at once with the server’s answer; an administrator’s resend delivers it', async () => {
		smtp.refusals.push({ responseCode: 550, message: 'No such user here' });
		await queue(invitation());
		const w = worker();
		expect(await w.runOnce()).toMatchObject({ failed: 1 });
		const [failed] = await rows();
		expect(failed).toMatchObject({ status: 'failed', failedBecause: 'refused', attempts: 1 });
		expect(failed!.lastResponse).toMatch(/550 No such user here/);
		clock.ms += 24 * 60 * 60_000;
		expect(await w.runOnce()).toMatchObject({ sent: 0 });
		expect(await writeTransaction(t.db, (tx) => resendMessage(tx, failed!.id, 'admin-1', clock.ms))).toBe(true);
		expect(await writeTransaction(t.db, (tx) => resendMessage(tx, failed!.id, 'admin-1', clock.ms))).toBe(false);
		expect(await w.runOnce()).toMatchObject({ sent: 1 });
		expect(smtp.received).toHaveLength(1);
		expect(await auditActions()).toEqual(['mail.failed', 'mail.resend', 'mail.sent']);
	});

	test('the relay down for a while: messages wait, then all go, none lost and none twice', async () => {
		for (const n of [1, 2, 3]) await queue(invitation({ toEmail: `person${n}@dcfs.example`, dedupeKey: `k${n}` }));
		await smtp.stop();
		const w = worker();
		expect(await w.runOnce()).toMatchObject({ sent: 0, deferred: 3 });
		for (const row of await rows()) expect(row.lastResponse).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
		clock.ms += 10 * 60_000;
		await smtp.start();
		expect(await w.runOnce()).toMatchObject({ sent: 3 });
		expect(smtp.received.map(toOf).sort()).toEqual(['person1@dcfs.example', 'person2@dcfs.example', 'person3@dcfs.example']);
		expect(await w.runOnce()).toMatchObject({ sent: 0 });
	});

	test('out of attempts: a message that keeps failing temporarily ends as failed', async () => {
		smtp.refusals.push({ responseCode: 421, message: 'Busy' }, { responseCode: 421, message: 'Busy' });
		await queue(invitation());
		const w = worker({ maxAttempts: 2 });
		expect(await w.runOnce()).toMatchObject({ deferred: 1 });
		clock.ms += RETRY_BASE_MS * 4;
		expect(await w.runOnce()).toMatchObject({ failed: 1 });
		expect((await rows())[0]).toMatchObject({ status: 'failed', failedBecause: 'out-of-attempts', attempts: 2 });
	});

	test('a relay that answers garbage is a temporary failure, not a crash', async () => {
		const garbage: Server = createServer((socket) => socket.end('HELLO? this is not SMTP\r\n'));
		await new Promise<void>((r) => garbage.listen(0, '127.0.0.1', () => r()));
		try {
			await queue(invitation());
			const w = worker({ url: `smtp://127.0.0.1:${(garbage.address() as AddressInfo).port}` });
			expect(await w.runOnce()).toMatchObject({ deferred: 1 });
			expect((await rows())[0]).toMatchObject({ status: 'queued' });
		} finally {
			await new Promise<void>((r) => garbage.close(() => r()));
		}
	});
});

describe('issue 9 §2: one worker at a time, and a crash loses nothing', () => {
	test('a second process does not send while the first holds the lease; it takes over when the lease lapses', async () => {
		await queue(invitation());
		const a = worker({ holder: 'process-a' });
		const b = worker({ holder: 'process-b' });
		expect(await a.runOnce()).toMatchObject({ leased: true, sent: 1 });
		await queue(invitation({ toEmail: 'bob@dcfs.example' }));
		expect(await b.runOnce()).toMatchObject({ leased: false, sent: 0 });
		clock.ms += 31_000;
		expect(await b.runOnce()).toMatchObject({ leased: true, sent: 1 });
		expect(await a.runOnce()).toMatchObject({ leased: false });
		expect(smtp.received.map(toOf)).toEqual(['ada@dcfs.example', 'bob@dcfs.example']);
	});

	test('a send interrupted by a crash is sent once more when its claim expires, flagged and audited', async () => {
		await queue(invitation());
		// As a crash leaves it: claimed, handed to the relay or not, never marked.
		await t.db.update(outbox).set({ status: 'sending', attempts: 1, claimedUntilMs: clock.ms + 60_000 });
		const w = worker();
		expect(await w.runOnce()).toMatchObject({ sent: 0 });
		clock.ms += 60_001;
		expect(await w.runOnce()).toMatchObject({ sent: 1, resentAfterCrash: 1 });
		expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 2, possibleDuplicate: true });
		expect(await auditActions()).toEqual(['mail.resend-after-crash', 'mail.sent']);
	});

	test('interrupted a second time, it is not sent again: a person decides', async () => {
		await queue(invitation());
		await t.db.update(outbox).set({ status: 'sending', attempts: 2, possibleDuplicate: true, claimedUntilMs: clock.ms - 1 });
		expect(await worker().runOnce()).toMatchObject({ sent: 0 });
		const [row] = await rows();
		expect(row).toMatchObject({ status: 'failed', failedBecause: 'interrupted-twice' });
		expect(row!.lastResponse).toMatch(/interrupted twice/);
		expect(smtp.received).toHaveLength(0);
	});

	test('start and stop: rounds repeat until stopped, and the lease is given up', async () => {
		const w = worker();
		await queue(invitation());
		w.start(10, (e) => {
			throw e;
		});
		for (let i = 0; i < 100 && smtp.received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
		await w.stop();
		expect(smtp.received).toHaveLength(1);
		expect(await worker({ holder: 'process-b' }).runOnce()).toMatchObject({ leased: true });
		expect(await t.db.select().from(outbox).where(eq(outbox.status, 'sent'))).toHaveLength(1);
	});
});

describe('issue 9 §4 a campaign’s messages: queued, sent, bounced, failed', () => {
	test('a bounce (5xx) is counted apart from running out of attempts', async () => {
		smtp.refusals.push({ responseCode: 550, message: 'No such user' }, { responseCode: 421, message: 'Busy' });
		for (const n of [1, 2, 3, 4]) await queue(invitation({ kind: 'notice', toEmail: `p${n}@dcfs.example`, dedupeKey: `c${n}`, campaignId: 'ethics-2026' }));
		await queue(invitation({ toEmail: 'other@dcfs.example' }));
		const w = worker({ maxAttempts: 1 });
		await w.runOnce();
		expect(await campaignMailCounts(t.db, 'ethics-2026')).toEqual({ queued: 0, sent: 2, bounced: 1, failed: 1 });
	});
});
