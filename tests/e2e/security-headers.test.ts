import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDb, type Db } from '@db/client';
import { userRoles, users, type Role } from '@db/schema';
import { ROUTE_TABLE } from '@lib/server/authz';
import { createSession } from '@lib/server/session';
import { builtPages, DIST } from './built-site';
import { baseUrl, databaseUrl } from './harness';

/**
 * Issue 15 §3–4: every response, static and on-demand, for every role, carries the security
 * headers, the cache policy of its kind, and (for text) a compressed body when the client accepts it.
 */

const WHO = ['anonymous', 'employee', 'supervisor', 'ethics-officer', 'administrator'] as const;
type Who = (typeof WHO)[number];
const ROLES_OF: Record<Exclude<Who, 'anonymous'>, Role[]> = {
	employee: ['employee'],
	supervisor: ['employee', 'supervisor'],
	'ethics-officer': ['employee', 'ethics-officer'],
	administrator: ['administrator'],
};

let db: Db;
const cookies = new Map<Who, string>();
beforeAll(async () => {
	db = await createDb({ url: databaseUrl() });
	const nowMs = Date.now();
	for (const who of WHO) {
		if (who === 'anonymous') continue;
		const id = `headers-${who}`;
		await db.insert(users).values({ id, name: `Headers ${who}`, email: `${id}@illinois.gov`, employeeId: who === 'administrator' ? null : id, createdAtMs: nowMs, updatedAtMs: nowMs });
		await db.insert(userRoles).values(ROLES_OF[who].map((role) => ({ userId: id, role })));
		cookies.set(who, `session=${(await createSession(db, id, nowMs)).token}`);
	}
});
afterAll(() => db?.$client.close());

async function get(path: string, who: Who = 'anonymous', acceptEncoding = 'br, gzip'): Promise<Response> {
	const cookie = cookies.get(who);
	const res = await fetch(`${baseUrl()}${path}`, { redirect: 'manual', headers: { 'accept-encoding': acceptEncoding, ...(cookie ? { cookie } : {}) } });
	await res.arrayBuffer();
	return res;
}

/** What every response must carry, whatever it is. */
function expectSecurityHeaders(res: Response, what: string): void {
	const csp = res.headers.get('content-security-policy') ?? '';
	for (const directive of ["frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'", "object-src 'none'"])
		expect(csp, `${what}: CSP has ${directive}`).toContain(directive);
	expect(csp, `${what}: no unsafe-inline scripts`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
	expect(res.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
	expect(res.headers.get('permissions-policy'), what).toContain('camera=()');
	expect(res.headers.get('x-request-id'), what).toMatch(/^[\w.:-]{8,}$/);
}

const staticAssets = (folder: string, pattern: RegExp): string[] =>
	readdirSync(join(DIST, folder)).filter((f) => pattern.test(f)).slice(0, 5).map((f) => `/${folder}/${f}`);

describe('§3 headers on every prerendered page, with revalidation and a page CSP (hashes, no unsafe-inline)', () => {
	const pages = builtPages().map(([path]) => path);
	test(`all ${pages.length} built pages`, async () => {
		for (const path of pages) {
			const res = await get(path);
			expectSecurityHeaders(res, path);
			expect(res.headers.get('content-security-policy'), path).toMatch(/script-src 'self'[^;]*'sha256-/);
			expect(res.headers.get('cache-control'), path).toBe('no-cache');
		}
	});
});

describe('§3 hashed assets are immutable; other files revalidate', () => {
	const IMMUTABLE = 'public, max-age=31536000, immutable';
	const rows: [string, string][] = [
		...staticAssets('_astro', /\.(js|css)$/).map((p): [string, string] => [p, IMMUTABLE]),
		...staticAssets('pagefind/fragment', /\.pf_fragment$/).map((p): [string, string] => [p, IMMUTABLE]),
		['/pagefind/pagefind.js', 'no-cache'],
		['/pagefind/pagefind-entry.json', 'no-cache'],
		['/favicon.svg', 'no-cache'],
	];
	test.each(rows)('%s → %s', async (path, cacheControl) => {
		const res = await get(path);
		expect(res.status).toBe(200);
		expectSecurityHeaders(res, path);
		expect(res.headers.get('cache-control')).toBe(cacheControl);
	});
});

describe('§3 on-demand routes for every role: headers, and no-store', () => {
	const rows = ROUTE_TABLE.flatMap((rule) => WHO.map((who) => [rule.sample, who] as const));
	test.each(rows)('%s as %s', async (path, who) => {
		const res = await get(path, who);
		expectSecurityHeaders(res, `${path} as ${who}`);
		expect(res.headers.get('cache-control'), `${path} as ${who}`).toBe('no-store');
	});
	test.each([['/healthz'], ['/no-such-page/'], ['/account/?x=1']])('%s', async (path) => {
		const res = await get(path);
		expectSecurityHeaders(res, path);
	});
	test('the rules index (GET /api/rules/)', async () => {
		const res = await fetch(`${baseUrl()}/api/rules/`);
		expect(res.status).toBe(200);
		expectSecurityHeaders(res, 'GET /api/rules/');
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(((await res.json()) as { rules: { name: string }[] }).rules.map((r) => r.name)).toContain('sick-use');
	});
	test('the rules API (POST JSON)', async () => {
		const res = await fetch(`${baseUrl()}/api/rules/vacation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
		expectSecurityHeaders(res, 'POST /api/rules/vacation');
		expect(res.headers.get('cache-control')).toBe('no-store');
	});
});

describe('§4 compression: precompressed static files, on-the-fly for on-demand pages', () => {
	const css = staticAssets('_astro', /\.css$/)[0]!;
	const js = staticAssets('_astro', /\.js$/)[0]!;
	test.each([
		['/procedures/331/331-70-child-and-youth-incidents/', 'br, gzip', 'br'],
		['/handbook/', 'gzip', 'gzip'],
		[css, 'br', 'br'],
		[js, 'gzip, deflate', 'gzip'],
		['/pagefind/pagefind.js', 'br', 'br'],
		['/signin/', 'br', 'br'],
		['/signin/', 'gzip', 'gzip'],
		['/handbook/', 'compress, x-unknown', null],
		['/signin/', 'x-unknown', null],
		['/handbook/', 'identity', null],
	])('%s with Accept-Encoding "%s" → %s', async (path, accept, encoding) => {
		const res = await get(path, 'anonymous', accept);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-encoding')).toBe(encoding);
		expect(res.headers.get('vary') ?? '').toMatch(/accept-encoding/i);
	});
});

describe('health check (§5)', () => {
	test('GET /healthz: process up, database reachable, migrations current; no secrets', async () => {
		const res = await fetch(`${baseUrl()}/healthz`);
		expect(res.status).toBe(200);
		const body = await res.text();
		expect(JSON.parse(body)).toEqual({ status: 'ok', database: 'reachable', migrations: 'current' });
		expect(body).not.toMatch(/file:|\/tmp|portal\.db/);
	});
});

describe('bad input: a clear 4xx with the reason, and the process keeps serving', () => {
	/** Sends raw bytes and returns the raw answer (for what fetch would refuse to send). */
	const raw = (bytes: string) =>
		new Promise<string>((resolve, reject) => {
			const { port } = new URL(baseUrl());
			const socket = connect(Number(port), '127.0.0.1', () => socket.end(bytes));
			let answer = '';
			socket.on('data', (d) => (answer += d));
			socket.on('end', () => resolve(answer));
			socket.on('error', reject);
		});
	test.each([
		['a malformed header line', 'GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n', /^HTTP\/1\.1 400 [\s\S]*malformed/],
		['an oversized header', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, /^HTTP\/1\.1 431 [\s\S]*too large/],
		['a body over the limit', 'POST /signin/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 99999999\r\n\r\n', /^HTTP\/1\.1 413 [\s\S]*limit is 2097152 bytes/],
		['a wrong content type', 'POST /signin/ HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\nContent-Length: 4\r\n\r\n<x/>', /^HTTP\/1\.1 415 [\s\S]*"text\/xml" is not accepted/],
		['a chunked body without a length', 'POST /signin/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n3\r\na=b\r\n0\r\n\r\n', /^HTTP\/1\.1 411 [\s\S]*Content-Length/],
		['a malformed percent-encoding', 'GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n', /^HTTP\/1\.1 400 [\s\S]*malformed percent-encoding/],
		['an unknown method', 'BREW / HTTP/1.1\r\nHost: x\r\n\r\n', /^HTTP\/1\.1 (400|501) /],
	])('%s', async (_what, request, expected) => {
		expect(await raw(request)).toMatch(expected);
		expect((await get('/healthz')).status).toBe(200);
	});
});
