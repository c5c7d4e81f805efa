import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { users } from '@db/schema';
import {
	consumeOneTimeLink,
	createOneTimeLink,
	findOneTimeLink,
	ONE_TIME_LINK_TTL_MS,
	revokeOneTimeLinks,
} from '@lib/server/one-time-links';
import { createTempDb } from './temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
	await t.db
		.insert(users)
		.values({ id: 'u1', name: 'Ann', email: 'ann@x.gov', createdAtMs: 0, updatedAtMs: 0 });
});
afterAll(() => t.cleanup());

const tokenOf = (url: string) => url.split('/').pop()!;
const BASE = 'http://localhost:4321';

describe('lib/server/one-time-links.ts (Issue 4 §2: setup, invitation and reset links: hashed, single use, expiring)', () => {
	test('a link works once', async () => {
		const url = await createOneTimeLink(
			t.db,
			{ kind: 'invitation', userId: 'u1', baseUrl: BASE },
			0,
		);
		expect(url).toMatch(/^http:\/\/localhost:4321\/signin\/reset\/[a-z2-7]{32}$/);
		expect(await consumeOneTimeLink(t.db, tokenOf(url), ['invitation'], 1)).toMatchObject({
			userId: 'u1',
			kind: 'invitation',
		});
		expect(await consumeOneTimeLink(t.db, tokenOf(url), ['invitation'], 2)).toBeNull();
	});

	test.each([
		['at its last millisecond it still works', ONE_TIME_LINK_TTL_MS.setup - 1, true],
		['at its expiry it no longer works', ONE_TIME_LINK_TTL_MS.setup, false],
	])('a setup link %s', async (_l, atMs, works) => {
		const url = await createOneTimeLink(t.db, { kind: 'setup', userId: null, baseUrl: BASE }, 0);
		expect((await findOneTimeLink(t.db, tokenOf(url), ['setup'], atMs)) !== null).toBe(works);
	});

	test('a link of another kind, a wrong token of equal length, and a revoked link are refused', async () => {
		const url = await createOneTimeLink(
			t.db,
			{ kind: 'password-reset', userId: 'u1', baseUrl: BASE },
			0,
		);
		const token = tokenOf(url);
		expect(await findOneTimeLink(t.db, token, ['setup'], 1)).toBeNull();
		expect(
			await findOneTimeLink(
				t.db,
				token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a'),
				['password-reset'],
				1,
			),
		).toBeNull();
		await revokeOneTimeLinks(t.db, 'password-reset', 'u1', 2);
		expect(await consumeOneTimeLink(t.db, token, ['password-reset'], 3)).toBeNull();
	});
});
