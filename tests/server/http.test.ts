import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDbEnv } from '@db/env';
import { outbox, users } from '@db/schema';
import { verifyAuditChain } from '@lib/server/audit';
import { DisclosureInputSchema, recordDisclosure } from '@lib/server/disclosures';
import { runForm, type Ctx, type FormSpec } from '@lib/server/http';
import { createServices, type Services } from '@lib/server/services';
import type { SessionUser } from '@lib/server/session';
import { generateToken } from '@lib/server/tokens';
import { createTempDb } from '../db/temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
let services: Services;
const ann: SessionUser = {
	id: 'u1',
	employeeId: 'E1',
	name: 'Ann',
	email: 'ann@x.gov',
	workUnit: 'North',
	roles: ['employee'],
};
beforeAll(async () => {
	t = await createTempDb();
	services = await createServices(parseDbEnv({ DATABASE_URL: t.url }), t.db);
	await t.db
		.insert(users)
		.values({ id: 'u1', name: 'Ann', email: 'ann@x.gov', createdAtMs: 0, updatedAtMs: 0 });
});
afterAll(() => t.cleanup());

/** A POST to /account/disclosures as Ann, with a form body. */
function post(fields: Record<string, string>, user: SessionUser | null = ann): Ctx {
	const body = new URLSearchParams(fields);
	return {
		request: new Request('http://localhost/account/disclosures/', { method: 'POST', body }),
		locals: { services, user, session: null },
		url: new URL('http://localhost/account/disclosures/'),
		cookies: undefined as never,
		routePattern: '/account/disclosures',
		clientAddress: '127.0.0.1',
	};
}

const spec: FormSpec<typeof DisclosureInputSchema> = {
	route: 'disclose',
	schema: DisclosureInputSchema,
	act: async (tx, input, ctx) => {
		const id = await recordDisclosure(tx, ctx.user!.id, input, ctx.nowMs, ctx.idempotencyKey);
		return {
			redirectTo: `/account/disclosures/${id}/`,
			audit: {
				actorUserId: ctx.user!.id,
				action: 'disclosure.create',
				subject: `disclosure:${id}`,
			},
		};
	},
};
const GOOD = {
	kind: 'secondary-employment',
	counterparty: 'Acme',
	description: 'Weekend cook at a day care.',
};
const count = async (table: string) =>
	(await t.db.all<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`)))[0]!.n;

describe('lib/server/http.ts runForm (Issue 4 §10: validation, idempotency, nothing half-saved)', () => {
	test('a double submission with one key saves once and answers the same redirect', async () => {
		const key = generateToken();
		const first = await runForm(post({ ...GOOD, idempotencyKey: key }), spec);
		const second = await runForm(post({ ...GOOD, idempotencyKey: key }), spec);
		expect(first).toBeInstanceOf(Response);
		expect((first as Response).status).toBe(303);
		expect((second as Response).headers.get('location')).toBe(
			(first as Response).headers.get('location'),
		);
		expect(await count('disclosures')).toBe(1);
		expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 1 });
	});

	test('concurrent retries of one submission still save once', async () => {
		const key = generateToken();
		const results = await Promise.all(
			Array.from({ length: 5 }, () => runForm(post({ ...GOOD, idempotencyKey: key }), spec)),
		);
		expect(new Set(results.map((r) => (r as Response).headers.get('location'))).size).toBe(1);
		expect(await count('disclosures')).toBe(2);
	});

	test('bad input answers each field with its message and keeps the typed values', async () => {
		const state = await runForm(
			post({
				kind: 'gossip',
				counterparty: 'Acme',
				description: 'short',
				idempotencyKey: generateToken(),
			}),
			spec,
		);
		expect(state).toMatchObject({
			status: 'invalid',
			errors: {
				kind: 'expected one of the listed kinds, got "gossip"',
				description: 'expected a description of at least 10 characters',
			},
			values: { kind: 'gossip', counterparty: 'Acme', description: 'short' },
		});
	});

	test('a form without its submission key is refused with a message', async () => {
		const state = await runForm(post(GOOD), spec);
		expect(state).toMatchObject({
			status: 'invalid',
			errors: { idempotencyKey: expect.stringContaining('submission key') },
		});
	});

	test('a failure inside the action saves nothing (the row, the key and the audit entry roll back together)', async () => {
		const before = [
			await count('disclosures'),
			await count('idempotency_keys'),
			await count('audit_log'),
		];
		const failing: typeof spec = {
			...spec,
			act: async (tx, input, ctx) => {
				await spec.act(tx, input, ctx);
				throw new Error('disk on fire');
			},
		};
		const response = await runForm(post({ ...GOOD, idempotencyKey: generateToken() }), failing);
		expect((response as Response).status).toBe(500);
		expect([
			await count('disclosures'),
			await count('idempotency_keys'),
			await count('audit_log'),
		]).toEqual(before);
	});

	test('without a session the helper refuses before parsing (401)', async () => {
		const response = await runForm(post({ ...GOOD, idempotencyKey: generateToken() }, null), spec);
		expect((response as Response).status).toBe(401);
	});
});

describe('runForm after-commit steps', () => {
	test('a retried submission answers the first redirect and runs no after-commit step of a rolled-back attempt', async () => {
		const key = generateToken();
		let committed = 0;
		// An action whose own rows have no unique key: only the idempotency record catches the retry.
		const withStep: typeof spec = {
			...spec,
			act: async (tx, _input, ctx) => {
				await tx
					.insert(outbox)
					.values({ toEmail: 'x@x.gov', subject: 's', body: 'b', createdAtMs: ctx.nowMs });
				return {
					redirectTo: '/done/',
					audit: { actorUserId: ctx.user!.id, action: 'test', subject: 'x' },
					onCommitted: () => (committed += 1),
				};
			},
		};
		const first = (await runForm(post({ ...GOOD, idempotencyKey: key }), withStep)) as Response;
		const again = await Promise.all(
			[1, 2, 3].map(() => runForm(post({ ...GOOD, idempotencyKey: key }), withStep)),
		);
		expect(again.map((r) => (r as Response).headers.get('location'))).toEqual(
			Array(3).fill(first.headers.get('location')),
		);
		expect(committed).toBe(1);
	});
});
