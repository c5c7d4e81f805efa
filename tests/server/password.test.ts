import { describe, expect, test } from 'vitest';
import {
	ARGON2_OPTIONS,
	hashPassword,
	NewPasswordSchema,
	verifyPassword,
} from '@lib/server/password';

describe('lib/server/password.ts (Issue 4 §2: argon2id with the Lucia guide parameters)', () => {
	test('hashes are argon2id PHC strings carrying m=19456, t=2, p=1', async () => {
		const hash = await hashPassword('correct horse battery staple');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(ARGON2_OPTIONS).toEqual({
			memoryCost: 19456,
			timeCost: 2,
			outputLen: 32,
			parallelism: 1,
		});
	});

	test('the same password hashes differently each time (random salt)', async () => {
		expect(await hashPassword('same password 123')).not.toBe(
			await hashPassword('same password 123'),
		);
	});

	test.each([
		['the right password', 'correct horse battery staple', true],
		['a wrong password of equal length', 'correct horse battery stapl3', false],
		['an empty password', '', false],
		['the right password with a trailing space', 'correct horse battery staple ', false],
	])('verify: %s', async (_l, attempt, expected) => {
		const hash = await hashPassword('correct horse battery staple');
		expect(await verifyPassword(hash, attempt)).toBe(expected);
	});

	test('an unknown account (no hash) answers false after the same argon2 work as a wrong password', async () => {
		const hash = await hashPassword('correct horse battery staple');
		await verifyPassword(null, 'warm-up');
		// Interleaved rounds, so load from other processes hits both sides alike.
		let unknownMs = 0;
		let wrongMs = 0;
		for (let i = 0; i < 8; i++) {
			let start = performance.now();
			await verifyPassword(null, 'wrong password here');
			unknownMs += performance.now() - start;
			start = performance.now();
			await verifyPassword(hash, 'wrong password here');
			wrongMs += performance.now() - start;
		}
		expect(await verifyPassword(null, 'correct horse battery staple')).toBe(false);
		// Both run one argon2id verification; allow generous noise on a shared 2-core machine.
		expect(unknownMs / wrongMs).toBeGreaterThan(0.4);
		expect(unknownMs / wrongMs).toBeLessThan(2.5);
	});

	test.each([
		['11 characters', 'abcdefghijk', 'expected at least 12 characters, got 11'],
		['not a string', 42, 'expected a password'],
	])('a new password of %s is refused with a message', (_l, input, message) => {
		const result = NewPasswordSchema.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toContain(message);
	});
});
