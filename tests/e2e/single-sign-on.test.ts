import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, startServer } from '../../scripts/lib/serve.mjs';
import { hashPassword } from '@lib/server/password';
import { isoDateInIllinois } from '@lib/server/today';
import { addDays } from '@rules/dates';
import { startTestProvider } from '../server/oidc/test-provider';
import { axeViolations, useBrowser } from './harness';

/**
 * Issue 10: the portal's own server with single sign-on through a real OpenID provider
 * (oidc-provider on a loopback port). In Chromium a roster employee signs in through the provider,
 * certifies training after re-authenticating there, and the receipt shows how and when; a password
 * user re-enters the password on the form instead. Sign-out goes through the provider
 * (RP-initiated logout), and the provider's back-channel logout ends a session. Each refusal —
 * someone not on the roster, a deactivated account, a wrong state, a replayed callback, missing or
 * repeated parameters — gets its page and creates no session. A wrong or unreachable OIDC_ISSUER
 * is reported at start, naming the variable, while the rest of the site keeps serving.
 */

const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'portal-sso-'));
const databaseUrl = `file:${join(dir, 'portal.db')}`;
const PASSWORD = 'a long enough passphrase';
const CAMPAIGN = 'ethics-2026';
const TEXT = 'I completed the 2026 ethics training.';
let idp: Awaited<ReturnType<typeof startTestProvider>>;
let server: Awaited<ReturnType<typeof startServer>>;
let db: Client;
let base = '';
const contexts: BrowserContext[] = [];

const ACCOUNTS = [
	{ sub: 'emma', claims: { email: 'emma.employee@illinois.gov', email_verified: true, name: 'Emma Employee' } },
	{ sub: 'gone', claims: { email: 'gone.person@illinois.gov', email_verified: true, name: 'Gone Person' } },
	{ sub: 'stranger', claims: { email: 'stranger@example.com', email_verified: true, name: 'Not On Roster' } },
];

beforeAll(async () => {
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	idp = await startTestProvider({
		accounts: ACCOUNTS,
		redirectUri: `${base}/signin/oidc/callback`,
		postLogoutRedirectUri: `${base}/signin/?signed-out`,
		backchannelLogoutUri: `${base}/signin/oidc/backchannel-logout`,
	});
	const env = {
		DATABASE_URL: databaseUrl,
		PORT: String(port),
		LOG_REQUESTS: 'off',
		OIDC_ISSUER: idp.issuer,
		OIDC_CLIENT_ID: idp.clientId,
		OIDC_CLIENT_SECRET: idp.clientSecret,
		PUBLIC_URL: base,
	};
	const prep = spawnSync('tsx', ['scripts/db-prepare.ts'], { env: { ...process.env, ...env }, encoding: 'utf8' });
	if (prep.status !== 0) throw new Error(`db-prepare failed:\n${prep.stdout}\n${prep.stderr}`);
	db = createClient({ url: databaseUrl });
	const today = isoDateInIllinois(Date.now());
	const passwordHash = await hashPassword(PASSWORD);
	const people: [string, string, string, string, number, string | null][] = [
		['u-emma', 'E300', 'Emma Employee', 'emma.employee@illinois.gov', 1, null],
		['u-gone', 'E301', 'Gone Person', 'gone.person@illinois.gov', 0, null],
		['u-paula', 'E302', 'Paula Password', 'paula.password@illinois.gov', 1, passwordHash],
	];
	for (const [id, employeeId, name, email, active, hash] of people) {
		await db.execute({
			sql: 'INSERT INTO users (id, employee_id, name, email, work_unit, active, password_hash, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)',
			args: [id, employeeId, name, email, 'Cook North', active, hash],
		});
		await db.execute({ sql: "INSERT INTO user_roles (user_id, role) VALUES (?, 'employee')", args: [id] });
	}
	await db.execute({
		sql: "INSERT INTO campaigns (id, kind, title, opens_on, deadline_on, certification_text, text_version, text_sha256, created_at_ms) VALUES (?, 'ethics-training', 'Ethics training 2026', ?, ?, ?, '2026-1', ?, 0)",
		args: [CAMPAIGN, addDays(today, -5), addDays(today, 20), TEXT, createHash('sha256').update(TEXT).digest('hex')],
	});
	server = await startServer(env);
});
afterAll(async () => {
	for (const c of contexts) await c.close();
	await server?.stop();
	await idp?.stop();
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

async function visit(path: string): Promise<Page> {
	const context = await browser().newContext({ baseURL: base });
	contexts.push(context);
	const page = await context.newPage();
	await page.goto(path);
	return page;
}
async function click(page: Page, button: string | RegExp): Promise<void> {
	await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: button }).click()]);
}
/** At the provider's own pages: signs in as `login` (the test provider takes any password), consenting if asked. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
	await page.waitForURL((url) => url.href.startsWith(idp.issuer));
	await page.locator('input[name="login"]').fill(login);
	await page.locator('input[name="password"]').fill('any');
	await click(page, 'Sign-in');
	if (page.url().startsWith(idp.issuer)) await click(page, 'Continue');
}
const count = async (sql: string, args: (string | number)[] = []) => Number((await db.execute({ sql, args })).rows[0]![0]);
const sessionsOf = (userId: string) => count('SELECT count(*) FROM sessions WHERE user_id = ?', [userId]);
/** Moves a person's sign-in back in time, as if they had signed in half an hour ago. */
const ageSignIns = (userId: string) => db.execute({ sql: 'UPDATE sessions SET authenticated_at_ms = authenticated_at_ms - 1800000 WHERE user_id = ?', args: [userId] });

describe('issue 10 single sign-on in Chromium against a real OpenID provider', () => {
	test('§1 §4 a roster employee signs in through the provider, re-authenticates there to certify training, and the receipt shows how and when', async () => {
		const page = await visit('/signin/');
		expect(await axeViolations(page)).toEqual([]);
		await click(page, 'Sign in with your agency account');
		await signInAtProvider(page, 'emma');
		expect(new URL(page.url()).pathname).toBe('/account/');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
		expect(await count("SELECT count(*) FROM sessions WHERE user_id = 'u-emma' AND auth_method = 'oidc' AND oidc_subject = 'emma'")).toBe(1);

		await ageSignIns('u-emma');
		await page.goto(`/account/attest/${CAMPAIGN}/`);
		await expect(page.locator('.signing-auth').textContent()).resolves.toMatch(/identity\s+provider asks you to sign in again/);
		await page.getByLabel('I certify the statement above').check();
		await page.getByLabel('Signature: type your full name').fill('Emma Employee');
		await click(page, 'Sign and certify');
		// The provider asks again (prompt=login) even though its own session is alive.
		await signInAtProvider(page, 'emma');
		const back = new URL(page.url());
		expect(back.pathname).toBe(`/account/attest/${CAMPAIGN}/`);
		expect(back.searchParams.has('resume')).toBe(true);
		await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/You confirmed who you are at/);
		expect(await page.getByLabel('Signature: type your full name').inputValue()).toBe('Emma Employee');
		expect(await page.getByLabel('I certify the statement above').isChecked()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await click(page, 'Sign and certify');

		expect(new URL(page.url()).pathname).toMatch(/^\/account\/receipts\/[a-z2-7]+\/$/);
		const authenticated = await page.locator('dt:has-text("Authenticated") + dd').textContent();
		const row = (await db.execute("SELECT auth_method, authenticated_at_ms, signed_at_ms FROM attestations WHERE user_id = 'u-emma'")).rows[0]!;
		expect(row.auth_method).toBe('oidc');
		expect(Number(row.signed_at_ms) - Number(row.authenticated_at_ms)).toBeLessThan(60_000);
		expect(authenticated).toMatch(/^by the agency’s identity provider \(single sign-on\) at \d{4}-\d\d-\d\d \d\d:\d\d/);
		expect(await count("SELECT count(*) FROM audit_log WHERE action = 'session.reauthenticated'")).toBe(1);
	});

	test('§4 a password user re-enters the password on the form to sign; a wrong one is refused beside the field', async () => {
		const page = await visit('/signin/');
		await page.getByLabel('E-mail address').fill('paula.password@illinois.gov');
		await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
		await click(page, /^Sign in$/);
		await ageSignIns('u-paula');
		await page.goto(`/account/attest/${CAMPAIGN}/`);
		await page.getByLabel('I certify the statement above').check();
		await page.getByLabel('Signature: type your full name').fill('Paula Password');
		await page.getByLabel('Your password').fill('not the password');
		await click(page, 'Sign and certify');
		await expect(page.locator('#f-reauthPassword-error').textContent()).resolves.toMatch(/expected your current password to sign/);
		expect(await page.getByLabel('Signature: type your full name').inputValue()).toBe('Paula Password');
		expect(await count("SELECT count(*) FROM attestations WHERE user_id = 'u-paula'")).toBe(0);
		await page.getByLabel('Your password').fill(PASSWORD);
		await click(page, 'Sign and certify');
		await expect(page.locator('dt:has-text("Authenticated") + dd').textContent()).resolves.toMatch(/^by password at /);
		// The password re-entered counts as the session's latest sign-in: the next signature needs nothing more.
		await page.goto(`/account/attest/${CAMPAIGN}/`);
		await expect(page.locator('.signing-auth').textContent()).resolves.toMatch(/needs nothing more/);
	});

	test('§3 sign-out ends the session and signs out at the provider (RP-initiated logout)', async () => {
		const page = await visit('/signin/');
		await click(page, 'Sign in with your agency account');
		await signInAtProvider(page, 'emma');
		const before = await sessionsOf('u-emma');
		await page.goto('/signout/');
		await click(page, 'Sign out now');
		expect(page.url().startsWith(idp.issuer)).toBe(true);
		await click(page, 'Yes, sign me out');
		expect(page.url()).toBe(`${base}/signin/?signed-out`);
		expect(await sessionsOf('u-emma')).toBe(before - 1);
		// Signed out at the provider too: the next sign-in asks for the login again.
		await click(page, 'Sign in with your agency account');
		await expect(page.locator('input[name="login"]').count()).resolves.toBe(1);
	});

	test('§3 the provider’s back-channel logout ends the matching portal session', async () => {
		const page = await visit('/signin/');
		await click(page, 'Sign in with your agency account');
		await signInAtProvider(page, 'emma');
		const sid = String((await db.execute("SELECT oidc_sid FROM sessions WHERE user_id = 'u-emma' ORDER BY created_at_ms DESC LIMIT 1")).rows[0]![0]);
		expect(sid).not.toBe('null');
		// Signing out at the provider directly (not through the portal): the provider tells the portal.
		await page.goto(`${idp.issuer}/session/end?client_id=${idp.clientId}`);
		await click(page, 'Yes, sign me out');
		await expect.poll(() => count('SELECT count(*) FROM sessions WHERE oidc_sid = ?', [sid]), { timeout: 10_000 }).toBe(0);
		expect(await count("SELECT count(*) FROM audit_log WHERE action = 'session.backchannel-logout'")).toBeGreaterThanOrEqual(1);
		await page.goto(`${base}/account/`);
		expect(new URL(page.url()).pathname).toBe('/signin/');
	});

	test.each([
		['stranger', 403, /stranger@example\.com\) is not on the agency’s roster/, 'not-on-roster'],
		['gone', 403, /gone\.person@illinois\.gov is deactivated/, 'deactivated'],
	])('§1 %s is refused with a page and an audit entry, and no session is made', async (login, status, message, reason) => {
		const sessions = await count('SELECT count(*) FROM sessions');
		const page = await visit('/signin/');
		await click(page, 'Sign in with your agency account');
		const refused = page.waitForResponse((r) => r.url().includes('/signin/oidc/callback'));
		await signInAtProvider(page, login);
		expect((await refused).status()).toBe(status);
		await expect(page.getByRole('alert').textContent()).resolves.toMatch(message);
		expect(await axeViolations(page)).toEqual([]);
		expect(await count('SELECT count(*) FROM sessions')).toBe(sessions);
		expect(await count("SELECT count(*) FROM audit_log WHERE action = 'session.sso-refused' AND details_json LIKE ?", [`%${reason}%`])).toBeGreaterThanOrEqual(1);
	});
});

/** A sign-in started over HTTP, as a browser would: the provider's URL and this "browser's" cookie. */
async function startFlow(): Promise<{ providerUrl: URL; cookie: string }> {
	const res = await fetch(`${base}/signin/oidc/`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'next=' });
	expect(res.status).toBe(303);
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sso-request='))!.split(';')[0]!;
	return { providerUrl: new URL(res.headers.get('location')!), cookie };
}
const callback = (url: URL | string, cookie?: string) => fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
/** A page's text with the HTML escapes of quotes and ampersands undone. */
const textOf = async (res: Response) => (await res.text()).replace(/&quot;|&#34;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('issue 10 §6 callbacks the portal refuses, each with its reason and no session', () => {
	test('the flow over HTTP works (the baseline the refusals below change one thing of)', async () => {
		const { providerUrl, cookie } = await startFlow();
		const res = await callback(await idp.login(providerUrl, 'emma'), cookie);
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/account/');
	});

	test.each([
		['a wrong state', (u: URL) => u.searchParams.set('state', 'not-the-state'), 400, /different state/],
		['a missing code', (u: URL) => u.searchParams.delete('code'), 400, /missing the "code" parameter/],
		['a missing state', (u: URL) => u.searchParams.delete('state'), 400, /missing the "state" parameter/],
		['a repeated code', (u: URL) => u.searchParams.append('code', 'again'), 400, /repeats the parameter "code"/],
		['a repeated state', (u: URL) => u.searchParams.append('state', 'again'), 400, /repeats the parameter "state"/],
		['the provider’s error', (u: URL) => u.searchParams.set('error', 'access_denied'), 400, /did not sign you in: access_denied/],
	])('%s', async (_what, change, status, message) => {
		const sessions = await count('SELECT count(*) FROM sessions');
		const { providerUrl, cookie } = await startFlow();
		const url = await idp.login(providerUrl, 'emma');
		change(url);
		const res = await callback(url, cookie);
		expect(res.status).toBe(status);
		expect(await textOf(res)).toMatch(message);
		expect(await count('SELECT count(*) FROM sessions')).toBe(sessions);
	});

	test('a replayed callback is refused: the sign-in request works once', async () => {
		const { providerUrl, cookie } = await startFlow();
		const url = await idp.login(providerUrl, 'emma');
		expect((await callback(url, cookie)).status).toBe(303);
		const sessions = await count('SELECT count(*) FROM sessions');
		const again = await callback(url, cookie);
		expect(again.status).toBe(400);
		expect(await textOf(again)).toMatch(/already completed/);
		expect(await count('SELECT count(*) FROM sessions')).toBe(sessions);
	});

	test('a callback in another browser (without the cookie of the sign-in it answers) is refused: no login CSRF', async () => {
		const { providerUrl } = await startFlow();
		const res = await callback(await idp.login(providerUrl, 'emma'), undefined);
		expect(res.status).toBe(400);
		expect(await textOf(res)).toMatch(/not started in this browser/);
	});

	test('a code from one sign-in presented with another sign-in’s request is refused by the provider (PKCE)', async () => {
		const first = await startFlow();
		const second = await startFlow();
		const firstAnswer = await idp.login(first.providerUrl, 'emma');
		const secondState = second.providerUrl.searchParams.get('state')!;
		firstAnswer.searchParams.set('state', secondState);
		const res = await callback(firstAnswer, second.cookie);
		expect(res.status).toBe(400);
		expect(await textOf(res)).toMatch(/refused the sign-in code|nonce/);
	});

	test('a back-channel logout token that fails a check is a 400 with the reason', async () => {
		const forged = await idp.sign({ iss: idp.issuer, aud: idp.clientId, iat: Math.floor(Date.now() / 1000), jti: 'x', sub: 'emma', events: { 'http://schemas.openid.net/event/backchannel-logout': {} } }, 'forged');
		const res = await fetch(`${base}/signin/oidc/backchannel-logout`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `logout_token=${forged}` });
		expect(res.status).toBe(400);
		expect(await res.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringMatching(/signature/) });
		const none = await fetch(`${base}/signin/oidc/backchannel-logout`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
		expect(none.status).toBe(400);
	});
});

describe('issue 10 §2 SIGNIN_METHODS=oidc: passwords open only the break-glass administrator', () => {
	test('the sign-in page offers the provider and names the break-glass form; an employee’s right password is refused', async () => {
		const other = await startServer({ DATABASE_URL: databaseUrl, LOG_REQUESTS: 'off', OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, SIGNIN_METHODS: 'oidc' });
		try {
			const html = await textOf(await fetch(`${other.baseUrl}/signin/`));
			expect(html).toContain('Sign in with your agency account');
			expect(html).toContain('Break-glass administrator');
			expect(html).not.toContain('Forgot your password?');
			const sessions = await count("SELECT count(*) FROM sessions WHERE user_id = 'u-paula'");
			const refused = await fetch(`${other.baseUrl}/signin/`, {
				method: 'POST',
				redirect: 'manual',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ email: 'paula.password@illinois.gov', password: PASSWORD, next: '' }),
			});
			expect(refused.status).toBe(400);
			expect(await textOf(refused)).toContain('The e-mail address or password is not right.');
			expect(await count("SELECT count(*) FROM sessions WHERE user_id = 'u-paula'")).toBe(sessions);

			// A password-reset link issued before passwords were turned off sets no password.
			const token = 'resetlinkforpaulawhilepasswordsoff';
			await db.execute({
				sql: "INSERT INTO one_time_tokens (id, kind, user_id, created_at_ms, expires_at_ms) VALUES (?, 'password-reset', 'u-paula', ?, ?)",
				args: [createHash('sha256').update(token).digest('hex'), Date.now(), Date.now() + 3_600_000],
			});
			const hashBefore = (await db.execute("SELECT password_hash FROM users WHERE id = 'u-paula'")).rows[0]![0];
			const reset = await fetch(`${other.baseUrl}/signin/reset/${token}`, {
				method: 'POST',
				redirect: 'manual',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ password: 'another long passphrase', confirm: 'another long passphrase', idempotencyKey: 'a'.repeat(32) }),
			});
			expect(await textOf(reset)).toContain('Password sign-in is off (SIGNIN_METHODS=oidc)');
			expect((await db.execute("SELECT password_hash FROM users WHERE id = 'u-paula'")).rows[0]![0]).toBe(hashBefore);
		} finally {
			await other.stop();
		}
	});
});

describe('issue 10 bad input: a wrong or unreachable OIDC_ISSUER at start', () => {
	test.each([
		['unreachable', 'http://127.0.0.1:9/', /OIDC_ISSUER http:\/\/127\.0\.0\.1:9\/ could not be reached/, /Single sign-on is unavailable right now/],
		['malformed', 'not a url', /OIDC_ISSUER: expected the identity provider’s issuer URL/, /Single sign-on is not set up correctly/],
	])('%s: the log names the variable, sign-in says single sign-on is unavailable, and the site keeps serving', async (_what, issuer, logged, shown) => {
		const other = await startServer({ DATABASE_URL: databaseUrl, LOG_REQUESTS: 'off', OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' });
		try {
			expect((await fetch(`${other.baseUrl}/handbook/`)).status).toBe(200);
			const signin = await fetch(`${other.baseUrl}/signin/`);
			expect(signin.status).toBe(200);
			const html = await signin.text();
			expect(html).toMatch(shown);
			expect(html).toMatch(/name="password"/);
			await expect.poll(() => other.log(), { timeout: 15_000 }).toMatch(logged);
		} finally {
			await other.stop();
		}
	});
});
