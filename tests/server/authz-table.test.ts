import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createContext } from 'astro/middleware';
import type { APIContext } from 'astro';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { userRoles, users, type Role } from '@db/schema';
import { parseDbEnv } from '@db/env';
import { findRouteRule, isProtectedPattern, ROUTE_TABLE } from '@lib/server/authz';
import { createOnRequest } from '@lib/server/middleware-handlers';
import { createServices, type Services } from '@lib/server/services';
import { createSession, SESSION_COOKIE } from '@lib/server/session';
import { createTempDb } from '../db/temp-db';

/**
 * The authorization table (Issue 4 §3, §11): every route of the signed-in area × every role, run
 * through the real middleware chain (throttle → session → authorize) with real sessions in a real
 * database. The expectations below are written out by hand, independently of ROUTE_TABLE, so a
 * wrong row in the table fails here. A second test walks src/pages so no route escapes the table,
 * and checks that every page re-checks access itself (runPage / runForm / requireRouteAccess).
 */

type Who = 'anonymous' | 'employee' | 'supervisor' | 'ethics-officer' | 'administrator';
type Outcome = 'allow' | 'sign-in' | 'deny';
const A = 'allow',
	S = 'sign-in',
	D = 'deny';

// Columns: anonymous, employee, supervisor, ethics officer, administrator (an administrator only).
const EXPECTED: Record<string, [Outcome, Outcome, Outcome, Outcome, Outcome]> = {
	'/setup/[token]': [A, A, A, A, A],
	'/signin': [A, A, A, A, A],
	'/signin/reset/[token]': [A, A, A, A, A],
	'/signin/oidc': [A, A, A, A, A],
	'/signin/oidc/callback': [A, A, A, A, A],
	'/signin/oidc/backchannel-logout': [A, A, A, A, A],
	'/signout': [S, A, A, A, A],
	'/account': [S, A, A, A, A],
	'/account/attest/[campaign]': [S, A, A, A, A],
	'/account/receipts/[id]': [S, A, A, A, A],
	'/account/disclosures': [S, A, A, A, A],
	'/account/disclosures/[id]': [S, A, A, A, A],
	'/account/gifts': [S, A, A, A, A],
	'/account/password': [S, A, A, A, A],
	'/supervisor': [S, D, A, D, D],
	'/supervisor/disclosures/[id]': [S, D, A, D, D],
	'/officer': [S, D, D, A, D],
	'/officer/campaigns': [S, D, D, A, D],
	'/officer/charts': [S, D, D, A, D],
	'/officer/report/[year]': [S, D, D, A, D],
	'/officer/report/[year]/export': [S, D, D, A, D],
	'/officer/campaigns/[id]/round': [S, D, D, A, D],
	'/officer/campaigns/[id]/mail': [S, D, D, A, D],
	'/officer/disclosures/[id]': [S, D, D, A, D],
	'/officer/employees/[id]': [S, D, D, A, D],
	'/officer/export/[list]': [S, D, D, A, D],
	'/officer/audit': [S, D, D, A, A],
	'/admin': [S, D, D, D, A],
	'/admin/roster': [S, D, D, D, A],
	'/admin/users/[id]': [S, D, D, D, A],
};
const WHO: Who[] = ['anonymous', 'employee', 'supervisor', 'ethics-officer', 'administrator'];
const ROLES_OF: Record<Exclude<Who, 'anonymous'>, Role[]> = {
	employee: ['employee'],
	supervisor: ['employee', 'supervisor'],
	'ethics-officer': ['employee', 'ethics-officer'],
	administrator: ['administrator'],
};

let t: Awaited<ReturnType<typeof createTempDb>>;
let services: Services;
const tokens = new Map<Who, string>();
beforeAll(async () => {
	t = await createTempDb();
	services = await createServices(parseDbEnv({ DATABASE_URL: t.url }), t.db);
	for (const who of WHO.filter((w): w is Exclude<Who, 'anonymous'> => w !== 'anonymous')) {
		await t.db.insert(users).values({
			id: who,
			name: who,
			email: `${who}@x.gov`,
			employeeId: who === 'administrator' ? null : who,
			createdAtMs: 0,
			updatedAtMs: 0,
		});
		await t.db.insert(userRoles).values(ROLES_OF[who].map((role) => ({ userId: who, role })));
		tokens.set(who, (await createSession(t.db, who, Date.now())).token);
	}
});
afterAll(() => t.cleanup());

/** Runs the real middleware chain for one request and reports what it did. */
async function outcomeOf(
	pattern: string,
	sample: string,
	who: Who,
	method = 'GET',
): Promise<Outcome> {
	const onRequest = createOnRequest(async () => services);
	const token = tokens.get(who);
	const request = new Request(`http://localhost${sample}`, {
		method,
		headers: token ? { cookie: `${SESSION_COOKIE}=${token}` } : {},
	});
	const ctx = createContext({
		request,
		defaultLocale: 'en',
		clientAddress: '127.0.0.1',
	}) as APIContext & { routePattern: string };
	ctx.routePattern = pattern;
	const response = await onRequest(ctx, async () => new Response('page ran'));
	if (!(response instanceof Response)) throw new Error('middleware returned no Response');
	if (response.status === 200 && (await response.text()) === 'page ran') return 'allow';
	if (response.status === 303 && response.headers.get('location')?.startsWith('/signin/'))
		return 'sign-in';
	if (response.status === 401) return 'sign-in';
	if (response.status === 403) return 'deny';
	throw new Error(`unexpected ${response.status} for ${who} on ${sample}`);
}

describe('Issue 4 §3 authorization table: role × route through the real middleware', () => {
	test('the expected table covers exactly the route table', () => {
		expect(Object.keys(EXPECTED).sort()).toEqual(ROUTE_TABLE.map((r) => r.pattern).sort());
	});

	const rows = ROUTE_TABLE.flatMap((rule) =>
		WHO.map(
			(who, i) =>
				[rule.pattern, who, EXPECTED[rule.pattern]?.[i] ?? 'missing', rule.sample] as const,
		),
	);
	test.each(rows)('%s as %s → %s', async (pattern, who, expected, sample) => {
		expect(await outcomeOf(pattern, sample, who)).toBe(expected);
	});

	test('a POST without a session is refused with 401, not redirected', async () => {
		expect(await outcomeOf('/account/gifts', '/account/gifts', 'anonymous', 'POST')).toBe(
			'sign-in',
		);
	});

	test('a route in the area missing from the table is denied to everyone (fail closed)', async () => {
		for (const who of WHO)
			expect(await outcomeOf('/officer/secret', '/officer/secret', who)).toBe('deny');
	});
});

/** Every page file under a protected folder, as an Astro route pattern. */
function pageRoutes(): { pattern: string; file: string }[] {
	const root = join(process.cwd(), 'src/pages');
	const out: { pattern: string; file: string }[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(astro|ts)$/.test(name)) {
				const pattern =
					'/' +
					relative(root, path)
						.replace(/\\/g, '/')
						.replace(/\.(astro|ts)$/, '')
						.replace(/(^|\/)index$/, '');
				const normalized = pattern === '/' ? '/' : pattern.replace(/\/$/, '');
				if (isProtectedPattern(normalized)) out.push({ pattern: normalized, file: path });
			}
		}
	};
	walk(root);
	return out;
}

describe('every page of the signed-in area is in the route table and re-checks access', () => {
	test.each(pageRoutes().map((r) => [r.pattern, r.file] as const))('%s', (pattern, file) => {
		expect(findRouteRule(pattern), `${pattern} is not in ROUTE_TABLE`).toBeDefined();
		const source = readFileSync(file, 'utf8');
		expect(source).toMatch(/export const prerender = false/);
		expect(source).toMatch(/runPage\(|runForm\(|requireRouteAccess\(/);
	});
});

describe('routes outside the signed-in area', () => {
	test('are not throttled or given a database by the middleware when no session cookie comes', async () => {
		let opened = 0;
		const onRequest = createOnRequest(async () => {
			opened += 1;
			return services;
		});
		for (let i = 0; i < 100; i++) {
			const request = new Request('http://localhost/api/rules/gifts', { method: 'POST' });
			const ctx = createContext({
				request,
				defaultLocale: 'en',
				clientAddress: '127.0.0.1',
			}) as APIContext & { routePattern: string };
			ctx.routePattern = '/api/rules/[name]';
			const response = (await onRequest(ctx, async () => new Response('api ran'))) as Response;
			expect(response.status).toBe(200);
		}
		expect(opened).toBe(0);
	});
});

describe('the throttle middleware (Issue 4 §2)', () => {
	test('state-changing requests to the signed-in area beyond the burst get 429', async () => {
		const own = await createServices(parseDbEnv({ DATABASE_URL: t.url }), t.db);
		const onRequest = createOnRequest(async () => own);
		const statuses: number[] = [];
		for (let i = 0; i < 61; i++) {
			const request = new Request('http://localhost/signin', { method: 'POST' });
			const ctx = createContext({
				request,
				defaultLocale: 'en',
				clientAddress: '10.9.9.9',
			}) as APIContext & { routePattern: string };
			ctx.routePattern = '/signin';
			statuses.push(((await onRequest(ctx, async () => new Response('ok'))) as Response).status);
		}
		expect(statuses.filter((s) => s === 200)).toHaveLength(60);
		expect(statuses.at(-1)).toBe(429);
	});
});
