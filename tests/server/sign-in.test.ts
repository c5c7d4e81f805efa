import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDbEnv } from '@db/env';
import { users } from '@db/schema';
import { hashPassword } from '@lib/server/password';
import { createServices, type Services } from '@lib/server/services';
import { landingPath, SIGN_IN_REFUSED, signIn } from '@lib/server/sign-in';
import { SIGN_IN_TIMEOUTS_SECONDS } from '@lib/server/throttle';
import { createSignOn } from '@lib/server/oidc/sign-on';
import { createTempDb } from '../db/temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
let services: Services;
const PASSWORD = 'correct horse battery staple';
beforeAll(async () => {
	t = await createTempDb();
	services = await createServices(parseDbEnv({ DATABASE_URL: t.url }), t.db);
	const passwordHash = await hashPassword(PASSWORD);
	await t.db.insert(users).values([
		{ id: 'u1', name: 'Ann', email: 'ann@x.gov', passwordHash, createdAtMs: 0, updatedAtMs: 0 },
		{
			id: 'u2',
			name: 'Gone',
			email: 'gone@x.gov',
			passwordHash,
			active: false,
			createdAtMs: 0,
			updatedAtMs: 0,
		},
		{ id: 'u3', name: 'Invited', email: 'invited@x.gov', createdAtMs: 0, updatedAtMs: 0 },
	]);
});
afterAll(() => t.cleanup());

describe('lib/server/sign-in.ts (Issue 4 §2: one answer, throttled, audited)', () => {
	test.each([
		['an unknown account', 'nobody@x.gov', PASSWORD],
		['a wrong password', 'ann@x.gov', 'correct horse battery stapl3'],
		['a deactivated account with the right password', 'gone@x.gov', PASSWORD],
		['an invited account without a password', 'invited@x.gov', PASSWORD],
	])('%s gets the one refusal message', async (_l, email, password) => {
		const result = await signIn(services, { email, password }, `10.0.0.${email.length}`, 1_000_000);
		expect(result).toEqual({ ok: false, reason: 'refused', message: SIGN_IN_REFUSED });
	});

	test('the right password opens a session and every attempt is in the audit log', async () => {
		const result = await signIn(
			services,
			{ email: 'ann@x.gov', password: PASSWORD },
			'10.0.1.1',
			2_000_000,
		);
		expect(result.ok).toBe(true);
		const actions = await t.db.all<{ action: string }>(
			sql`SELECT action FROM audit_log ORDER BY seq`,
		);
		expect(actions.map((a) => a.action)).toEqual([
			...Array(4).fill('session.sign-in-refused'),
			'session.sign-in',
		]);
	});

	test('repeated failures for one account are throttled per the policy table', async () => {
		const own = await createServices(parseDbEnv({ DATABASE_URL: t.url }), t.db);
		const at = 5_000_000;
		await signIn(own, { email: 'ann@x.gov', password: 'wrong one' }, '10.0.2.1', at);
		await signIn(own, { email: 'ann@x.gov', password: 'wrong two' }, '10.0.2.2', at);
		const third = await signIn(own, { email: 'ann@x.gov', password: PASSWORD }, '10.0.2.3', at);
		expect(third).toMatchObject({ ok: false, reason: 'throttled' });
		const later = await signIn(
			own,
			{ email: 'ann@x.gov', password: PASSWORD },
			'10.0.2.3',
			at + (SIGN_IN_TIMEOUTS_SECONDS[1] ?? 0) * 1000,
		);
		expect(later.ok).toBe(true);
	});
});

describe('landingPath: where sign-in sends the browser (no open redirect)', () => {
	test.each([
		['a same-site path', '/account/gifts/', ['employee'], '/account/gifts/'],
		['a protocol-relative URL', '//evil.example/', ['employee'], '/account/'],
		['a backslash trick', '/\\evil.example', ['employee'], '/account/'],
		['an absolute URL', 'https://evil.example/', ['employee'], '/account/'],
		['nothing, for the ethics officer', null, ['employee', 'ethics-officer'], '/officer/'],
		['nothing, for an administrator only', null, ['administrator'], '/admin/'],
	] as const)('%s', (_l, next, roles, expected) => {
		expect(landingPath(next, roles)).toBe(expected);
	});
});

describe('issue 10 §2 with single sign-on the only method, a password opens only the break-glass administrator', () => {
	let oidcOnly: Services;
	beforeAll(async () => {
		oidcOnly = await createServices(
			parseDbEnv({ DATABASE_URL: t.url }),
			t.db,
			undefined,
			createSignOn({ OIDC_ISSUER: 'https://login.example', OIDC_CLIENT_ID: 'portal', OIDC_CLIENT_SECRET: 's', SIGNIN_METHODS: 'oidc' }, () => {}),
		);
		const passwordHash = await hashPassword(PASSWORD);
		await t.db.insert(users).values({ id: 'bg', name: 'Break Glass', email: 'admin@x.gov', passwordHash, breakGlass: true, createdAtMs: 0, updatedAtMs: 0 });
	});

	test('an employee with a valid password gets the one refusal, audited as password sign-in off', async () => {
		const result = await signIn(oidcOnly, { email: 'ann@x.gov', password: PASSWORD }, '10.0.9.1', 9_000_000);
		expect(result).toEqual({ ok: false, reason: 'refused', message: SIGN_IN_REFUSED });
		const [last] = await t.db.all<{ action: string; details_json: string }>(sql`SELECT action, details_json FROM audit_log ORDER BY seq DESC LIMIT 1`);
		expect(last).toMatchObject({ action: 'session.sign-in-refused', details_json: expect.stringContaining('password-sign-in-off') });
	});

	test('the break-glass administrator signs in, audited as a break-glass sign-in', async () => {
		const result = await signIn(oidcOnly, { email: 'admin@x.gov', password: PASSWORD }, '10.0.9.2', 9_100_000);
		expect(result.ok).toBe(true);
		const [last] = await t.db.all<{ action: string }>(sql`SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1`);
		expect(last?.action).toBe('session.break-glass-sign-in');
	});
});
