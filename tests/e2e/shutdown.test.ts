import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import { createDb } from '@db/client';
import { migrateDb } from '@db/migrate';
import { campaigns, userRoles, users } from '@db/schema';
import { createSession } from '@lib/server/session';
import { generateToken, sha256Hex } from '@lib/server/tokens';
import { startServer } from '../../scripts/lib/serve.mjs';

const dir = mkdtempSync(join(tmpdir(), 'portal-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLIENTS = 20;

/** A form POST over node:http (fetch would not send the Origin header the origin check wants). */
function post(url: string, token: string, body: string): Promise<{ status: number; location: string }> {
	const { origin } = new URL(url);
	return new Promise((resolve, reject) => {
		const req = request(url, { method: 'POST', headers: { cookie: `session=${token}`, origin, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
			res.resume();
			res.on('end', () => resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? '') }));
		});
		req.on('error', reject);
		req.end(body);
	});
}
const CAMPAIGN = 'ethics-shutdown';
const TEXT = 'I certify that I completed the annual ethics training program.';

describe('SIGTERM drains in-flight requests and the write queue, then exits 0 (issue 15 §5)', () => {
	test('a burst of attestations with SIGTERM in the middle: every acknowledged one is stored', async () => {
		const databaseUrl = `file:${join(dir, 'portal.db')}`;
		const db = await createDb({ url: databaseUrl });
		await migrateDb(db);
		const nowMs = Date.now();
		await db.insert(campaigns).values({ id: CAMPAIGN, kind: 'ethics-training', title: 'Ethics', opensOn: '2020-01-01', deadlineOn: '2099-12-31', certificationText: TEXT, textVersion: '1', textSha256: sha256Hex(TEXT), createdAtMs: nowMs });
		const clients: { token: string; name: string }[] = [];
		for (let i = 0; i < CLIENTS; i++) {
			await db.insert(users).values({ id: `s${i}`, employeeId: `S${i}`, name: `Signer ${i}`, email: `s${i}@illinois.gov`, hireOn: '2015-01-05', createdAtMs: nowMs, updatedAtMs: nowMs });
			await db.insert(userRoles).values({ userId: `s${i}`, role: 'employee' });
			clients.push({ token: (await createSession(db, `s${i}`, nowMs)).token, name: `Signer ${i}` });
		}
		const server = await startServer({ DATABASE_URL: databaseUrl, SHUTDOWN_GRACE_MS: '20000' });
		const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
		const acknowledged: string[] = [];
		let stopped = false;
		const submitUntilRefused = async (client: (typeof clients)[number]) => {
			while (!stopped) {
				const key = generateToken();
				try {
					const res = await post(`${server.baseUrl}/account/attest/${CAMPAIGN}/`, client.token, new URLSearchParams({ idempotencyKey: key, confirm: 'yes', signature: client.name }).toString());
					if (res.status === 303 && res.location.startsWith('/account/receipts/')) acknowledged.push(key);
				} catch {
					return; // the server has stopped listening
				}
			}
		};
		const burst = Promise.all(clients.map(submitUntilRefused));
		await new Promise((resolve) => setTimeout(resolve, 1500));
		const beforeSignal = acknowledged.length;
		server.child.kill('SIGTERM');
		const code = await exited;
		stopped = true;
		await burst;
		expect(code).toBe(0);
		expect(beforeSignal).toBeGreaterThan(0);
		const stored = await db.all<{ n: number }>(
			sql`SELECT count(*) AS n FROM attestations WHERE idempotency_key IN (SELECT value FROM json_each(${JSON.stringify(acknowledged)}))`,
		);
		expect(stored[0]!.n).toBe(acknowledged.length);
		expect(server.log()).toMatch(/"msg":"shutting down".*"signal":"SIGTERM"/);
		expect(server.log()).toMatch(/"msg":"stopped"/);
		db.$client.close();
	});
});
