import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, startServer } from '../../scripts/lib/serve.mjs';
import { startSmtpCatcher, textOf, toOf } from '../server/mail/smtp-catcher';
import { addDays } from '@rules/dates';
import { nextSendInstant } from '@lib/server/mail/send-window';
import { isoDateInIllinois } from '@lib/server/today';
import { axeViolations, useBrowser } from './harness';
import { createAdministrator, PASSWORD, submit } from './signed-in';

/**
 * Issue 9: the portal's own server, started with SMTP_URL pointing at a real SMTP server on a
 * loopback port, sends the invitation an administrator's roster import queues; the employee follows
 * the link from the received message to choose a password. A refused message shows in the outbox
 * with the relay's answer and goes out on "Resend". Then the portal is killed (SIGKILL) in the
 * middle of a batch and started again: every message arrives, once, or twice and flagged.
 */

const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'portal-mail-'));
const databaseUrl = `file:${join(dir, 'portal.db')}`;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let server: Awaited<ReturnType<typeof startServer>>;
let setupPath = '';
let port = 0;
const contexts: BrowserContext[] = [];

/** The server's environment: its own database, mail through the catcher, a quick rate. */
const serverEnv = (rate = 50) => ({
	DATABASE_URL: databaseUrl,
	NODE_ENV: 'production',
	PORT: String(port),
	SMTP_URL: smtp.url,
	MAIL_FROM: 'DCFS Handbook Portal <portal@illinois.gov>',
	MAIL_RATE_PER_SECOND: String(rate),
	LOG_REQUESTS: 'off',
});

beforeAll(async () => {
	smtp = await startSmtpCatcher();
	port = await freePort();
	const prep = spawnSync('tsx', ['scripts/db-prepare.ts'], { env: { ...process.env, ...serverEnv() }, encoding: 'utf8' });
	if (prep.status !== 0) throw new Error(`db-prepare failed:\n${prep.stdout}\n${prep.stderr}`);
	setupPath = new URL(/(https?:\/\/\S+\/setup\/\S+)/.exec(prep.stdout)![1]!).pathname;
	server = await startServer(serverEnv());
});
afterAll(async () => {
	for (const c of contexts) await c.close();
	await server?.stop();
	await smtp?.stop();
	rmSync(dir, { recursive: true, force: true });
});

async function visit(path: string): Promise<Page> {
	const context = await browser().newContext({ baseURL: server.baseUrl });
	contexts.push(context);
	const page = await context.newPage();
	await page.goto(path);
	return page;
}
/** Waits (polling; the worker looks every 2 s) until `check` holds. */
async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
	const deadline = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > deadline) {
			const db = createClient({ url: databaseUrl });
			const rows = (await db.execute('SELECT id, to_email, status, attempts, last_response, next_attempt_at_ms FROM outbox')).rows;
			db.close();
			throw new Error(`timed out waiting for ${what}; outbox: ${JSON.stringify(rows.slice(-5))}; server log: ${server.log().slice(-1500)}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}
/**
 * Invitations wait for a workday's sending hours (08:00–18:00 Illinois). When the test runs outside
 * them (at night, a weekend, a holiday), it checks they wait for exactly the next 08:00, then makes
 * them due as that hour would: the server's clock cannot be moved.
 */
async function releaseHeldInvitations(importedAtMs: number): Promise<void> {
	const sendAt = nextSendInstant(importedAtMs);
	if (sendAt <= Date.now()) return;
	const db = createClient({ url: databaseUrl });
	const held = (await db.execute("SELECT next_attempt_at_ms FROM outbox WHERE kind = 'invitation' AND status = 'queued'")).rows;
	expect(held.length).toBeGreaterThan(0);
	for (const row of held) expect(Number(row.next_attempt_at_ms)).toBe(sendAt);
	await db.execute("UPDATE outbox SET next_attempt_at_ms = 0 WHERE kind = 'invitation' AND status = 'queued'");
	db.close();
}
const linkIn = (text: string) => /https?:\/\/\S+\/signin\/reset\/\S+/.exec(text)?.[0];

let admin: Page;

describe('issue 9: mail that reaches people, through a real SMTP server', () => {
	test('a roster import sends the invitation; the employee follows the mailed link and signs in', async () => {
		admin = await visit(setupPath);
		await createAdministrator(admin);
		await admin.goto('/admin/roster/');
		await admin.getByLabel('…or paste the CSV here').fill(
			['employee_id,name,email,work_unit,supervisor_id,hire_date,bargaining_unit,flags', 'E100,Olive Officer,olive@illinois.gov,Ethics Office,,2010-01-04,,ethics-officer', 'E300,Emma Employee,emma@illinois.gov,Cook North,,2012-03-05,RC-062,'].join('\n'),
		);
		const importedAtMs = Date.now();
		await submit(admin, 'Import');
		await expect(admin.getByTestId('import-summary').innerText()).resolves.toContain('2 invitations queued for mail');
		await releaseHeldInvitations(importedAtMs);
		await eventually(() => smtp.received.some((m) => toOf(m) === 'emma@illinois.gov'), 'the invitation');
		const mail = smtp.received.find((m) => toOf(m) === 'emma@illinois.gov')!;
		expect(mail.subject).toBe('Your DCFS Handbook Portal account');
		expect(mail.from?.value[0]?.address).toBe('portal@illinois.gov');
		const link = linkIn(textOf(mail));
		expect(link, 'a link in the text body').toBeTruthy();
		expect(mail.html).toContain(`href="${link}"`);

		const emma = await visit(new URL(link!).pathname);
		await emma.getByLabel('New password', { exact: true }).fill(PASSWORD);
		await emma.getByLabel('New password again').fill(PASSWORD);
		await submit(emma, 'Save password and sign in');
		expect(new URL(emma.url()).pathname).toBe('/account/');

		await admin.goto('/admin/?mail=sent#outbox');
		await expect(admin.getByTestId('mail-mode').innerText()).resolves.toContain('sent through the relay');
		const row = admin.locator('tr[data-status="sent"]', { hasText: 'emma@illinois.gov' });
		await expect(row.innerText()).resolves.toMatch(/sent\s+1\s+250/);
		// With mail configured, the links are not shown to administrators.
		expect(await admin.locator('td.link-box').count()).toBe(0);
		expect(await axeViolations(admin)).toEqual([]);
	});

	test('opening a campaign tells everyone it applies to: sent now in sending hours, else queued for 08:00 the next workday', async () => {
		await eventually(() => smtp.received.some((m) => toOf(m) === 'olive@illinois.gov'), 'the officer’s invitation');
		const olive = await visit(new URL(linkIn(textOf(smtp.received.find((m) => toOf(m) === 'olive@illinois.gov')!))!).pathname);
		await olive.getByLabel('New password', { exact: true }).fill(PASSWORD);
		await olive.getByLabel('New password again').fill(PASSWORD);
		await submit(olive, 'Save password and sign in');
		const nowMs = Date.now();
		const today = isoDateInIllinois(nowMs);
		await olive.goto('/officer/campaigns/');
		await olive.getByLabel('Short name').fill('ethics-mail-e2e');
		await olive.getByLabel('Kind').selectOption('ethics-training');
		await olive.getByLabel('Title').fill('Ethics training (mail)');
		await olive.getByLabel('Opens on').fill(addDays(today, -10));
		await olive.getByLabel('Deadline').fill(addDays(today, 30));
		await olive.getByLabel('Text version').fill('1');
		await olive.getByLabel('Certification text').fill('I completed the ethics training.');
		await submit(olive, 'Open campaign');
		const db = createClient({ url: databaseUrl });
		const rows = (await db.execute("SELECT to_email, next_attempt_at_ms FROM outbox WHERE campaign_id = 'ethics-mail-e2e' ORDER BY to_email")).rows;
		db.close();
		expect(rows.map((r) => r.to_email)).toEqual(['emma@illinois.gov', 'olive@illinois.gov']);
		const sendAt = nextSendInstant(nowMs);
		if (sendAt <= Date.now()) {
			const opened = (to: string) => smtp.received.some((m) => toOf(m) === to && m.subject?.startsWith('Ethics training (mail): due'));
			await eventually(() => opened('emma@illinois.gov') && opened('olive@illinois.gov'), 'the opening mail');
		} else {
			// Outside a workday's sending hours (the test ran at night, a weekend or a holiday): it waits.
			for (const r of rows) expect(Number(r.next_attempt_at_ms)).toBe(sendAt);
		}
	});

	test('a 550 refusal stops with the relay’s answer in the outbox; Resend sends it', async () => {
		smtp.refusals.push({ responseCode: 550, message: 'Mailbox unavailable' });
		const before = smtp.received.length;
		await admin.goto('/admin/');
		await admin.getByRole('link', { name: 'Emma Employee' }).click();
		await submit(admin, 'Create a password-reset link');
		await expect(admin.getByTestId('issued-by-mail').innerText()).resolves.toContain('queued for mail to emma@illinois.gov');
		await eventually(async () => {
			await admin.goto('/admin/?mail=failed');
			return (await admin.locator('tr[data-status="failed"]').count()) === 1;
		}, 'the refused message in the outbox');
		await expect(admin.locator('tr[data-status="failed"]').innerText()).resolves.toContain('550 Mailbox unavailable');
		await submit(admin, /^Resend message \d+$/);
		await expect(admin.locator('.notice[role="status"]').first().innerText()).resolves.toMatch(/queued again/);
		await eventually(() => smtp.received.length === before + 1, 'the resent message');
		expect(smtp.received.at(-1)!.subject).toBe('Reset your DCFS Handbook Portal password');
	});

	test('killed (SIGKILL) in the middle of a batch and started again: every message arrives once, or twice and flagged', async () => {
		const count = 60;
		const rosterRows = Array.from({ length: count }, (_, i) => `K${i},Person ${i},person${i}@illinois.gov,Springfield,,2015-01-05,RC-014,`);
		// A slow rate, so that the kill lands mid-batch.
		await server.stop();
		server = await startServer(serverEnv(20));
		const page = await visit('/signin/');
		await page.getByLabel('E-mail address').fill('ada@illinois.gov');
		await page.getByLabel('Password').fill(PASSWORD);
		await submit(page, 'Sign in');
		await page.goto('/admin/roster/');
		await page.getByLabel('…or paste the CSV here').fill(['employee_id,name,email,work_unit,supervisor_id,hire_date,bargaining_unit,flags', 'E100,Olive Officer,olive@illinois.gov,Ethics Office,,2010-01-04,,ethics-officer', 'E300,Emma Employee,emma@illinois.gov,Cook North,,2012-03-05,RC-062,', ...rosterRows].join('\n'));
		const importedAtMs = Date.now();
		await submit(page, 'Import');
		await releaseHeldInvitations(importedAtMs);
		const isBatch = (m: (typeof smtp.received)[number]) => /^person\d+@/.test(toOf(m) ?? '');
		await eventually(() => smtp.received.filter(isBatch).length >= 10, 'the first messages of the batch');
		server.child.kill('SIGKILL');
		await new Promise((r) => server.child.once('exit', r));
		const atKill = smtp.received.filter(isBatch).length;
		expect(atKill).toBeLessThan(count);
		server = await startServer(serverEnv(200));
		// The dead process's lease lapses (30 s) and its one interrupted claim expires (60 s).
		await eventually(() => new Set(smtp.received.filter(isBatch).map(toOf)).size === count, 'every message after the restart', 90_000);
		const db = createClient({ url: databaseUrl });
		const rows = (await db.execute("SELECT to_email, status, possible_duplicate FROM outbox WHERE to_email LIKE 'person%'")).rows;
		db.close();
		expect(rows).toHaveLength(count);
		const perRecipient = new Map<string, number>();
		for (const m of smtp.received.filter(isBatch)) perRecipient.set(toOf(m)!, (perRecipient.get(toOf(m)!) ?? 0) + 1);
		for (const row of rows) {
			expect(row.status).toBe('sent');
			const received = perRecipient.get(String(row.to_email));
			// Exactly once, or twice only where the row says a crash may have doubled it.
			expect(received === 1 || (received === 2 && Number(row.possible_duplicate) === 1), `${row.to_email}: ${received}`).toBe(true);
		}
	}, 180_000);
});
