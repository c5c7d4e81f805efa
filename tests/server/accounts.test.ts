import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { users } from '@db/schema';
import { writeTransaction } from '@db/write-queue';
import { createFirstAdministrator, passwordLinksAllowed } from '@lib/server/accounts';
import { createTempDb } from '../db/temp-db';

let t: Awaited<ReturnType<typeof createTempDb>>;
beforeAll(async () => {
	t = await createTempDb();
});
afterAll(() => t.cleanup());

describe('issue 10 §2 the break-glass administrator', () => {
	test('the setup flow’s administrator is the break-glass account', async () => {
		const id = await writeTransaction(t.db, (tx) =>
			createFirstAdministrator(tx, { name: 'First Admin', email: 'first@x.gov', password: 'a long enough passphrase', confirm: 'a long enough passphrase' }, 1_000),
		);
		const [row] = await t.db.select({ breakGlass: users.breakGlass }).from(users).where(eq(users.id, id));
		expect(row?.breakGlass).toBe(true);
	});

	test.each([
		[['password'], false, true],
		[['oidc', 'password'], false, true],
		[['oidc'], false, false],
		[['oidc'], true, true],
	] as const)('methods %j, break-glass %s: password links allowed = %s', (methods, breakGlass, allowed) => {
		expect(passwordLinksAllowed(methods, { breakGlass })).toBe(allowed);
	});
});
