import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sessions, userRoles, users } from '@db/schema';
import {
	createSession,
	invalidateSession,
	invalidateUserSessions,
	SESSION_EXPIRES_IN_MS,
	SESSION_RENEW_WITHIN_MS,
	validateSessionToken,
} from '@lib/server/session';
import { hashToken } from '@lib/server/tokens';
import { createDb } from '@db/client';
import { migrateDb } from '@db/migrate';
import { createTempDb } from '../db/temp-db';

const DAY_MS = 86_400_000;
let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
	await t.db.insert(users).values([
		{ id: 'u1', name: 'Ann', email: 'ann@x.gov', createdAtMs: 0, updatedAtMs: 0 },
		{ id: 'u2', name: 'Bo', email: 'bo@x.gov', createdAtMs: 0, updatedAtMs: 0, active: false },
	]);
	await t.db.insert(userRoles).values({ userId: 'u1', role: 'employee' });
});
afterAll(() => t.cleanup());

describe('lib/server/session.ts (Issue 4 §2: Lucia-guide sessions, 30 days sliding)', () => {
	test('only the SHA-256 of the token is stored', async () => {
		const { token, session } = await createSession(t.db, 'u1', 0);
		const [row] = await t.db
			.select()
			.from(sessions)
			.where(eq(sessions.id, hashToken(token)));
		expect(row?.id).toBe(session.id);
		const [raw] = await t.db.all<{ n: number }>(
			sql`SELECT count(*) AS n FROM sessions WHERE id = ${token}`,
		);
		expect(raw?.n).toBe(0);
	});

	test.each([
		['day 0: valid, not renewed', 0, true, false],
		['day 14: more than 15 days left, not renewed', 14 * DAY_MS, true, false],
		[
			'day 15 + 1 ms: under 15 days left, renewed for 30 days',
			SESSION_EXPIRES_IN_MS - SESSION_RENEW_WITHIN_MS + 1,
			true,
			true,
		],
		['day 30: expired at the instant of expiry', SESSION_EXPIRES_IN_MS, false, false],
	])('%s', async (_l, atMs, valid, renewed) => {
		const { token } = await createSession(t.db, 'u1', 0);
		const result = await validateSessionToken(t.db, token, atMs);
		expect(result.session !== null).toBe(valid);
		expect(result.renewed).toBe(renewed);
		if (renewed) expect(result.session?.expiresAtMs).toBe(atMs + SESSION_EXPIRES_IN_MS);
		if (valid) expect(result.user).toMatchObject({ id: 'u1', roles: ['employee'] });
	});

	test('a token of the right length but wrong content is refused', async () => {
		const { token } = await createSession(t.db, 'u1', 0);
		const wrong = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
		expect((await validateSessionToken(t.db, wrong, 0)).session).toBeNull();
	});

	test('a deactivated account has no valid session', async () => {
		const { token } = await createSession(t.db, 'u2', 0);
		expect((await validateSessionToken(t.db, token, 0)).session).toBeNull();
	});

	test('sign-out ends one session; ending a user’s sessions ends all of them', async () => {
		const a = await createSession(t.db, 'u1', 0);
		const b = await createSession(t.db, 'u1', 0);
		await invalidateSession(t.db, a.session.id);
		expect((await validateSessionToken(t.db, a.token, 0)).session).toBeNull();
		expect((await validateSessionToken(t.db, b.token, 0)).session).not.toBeNull();
		await invalidateUserSessions(t.db, 'u1');
		expect((await validateSessionToken(t.db, b.token, 0)).session).toBeNull();
	});
});

describe('lib/server/session.ts without the file reader (Issue 4 §2: a libSQL server runs the same lookup through drizzle)', () => {
	test.each([
		['an active account with a live session is signed in with its roles', 'm1', true, true],
		['a deactivated account is refused', 'm2', false, false],
	])('%s', async (_l, userId, active, valid) => {
		const memory = await createDb({ url: ':memory:' });
		try {
			await migrateDb(memory);
			await memory.insert(users).values({
				id: userId,
				name: 'Mo',
				email: `${userId}@x.gov`,
				workUnit: 'Unit 1',
				createdAtMs: 0,
				updatedAtMs: 0,
				active,
			});
			await memory.insert(userRoles).values({ userId, role: 'employee' });
			const { token, session } = await createSession(memory, userId, 0);
			const result = await validateSessionToken(memory, token, DAY_MS);
			expect(result.session !== null).toBe(valid);
			if (valid) {
				expect(result.session).toEqual(session);
				expect(result.user).toEqual({
					id: userId,
					employeeId: null,
					name: 'Mo',
					email: `${userId}@x.gov`,
					workUnit: 'Unit 1',
					roles: ['employee'],
				});
			}
		} finally {
			memory.$client.close();
		}
	});
});
