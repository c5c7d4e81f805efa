import { describe, expect, test } from 'vitest';
import { generateId, generateToken, hashToken, TOKEN_BYTES } from '@lib/server/tokens';

describe('lib/server/tokens.ts (Issue 4 §2: tokens of at least 160 random bits, stored as SHA-256)', () => {
	test('a token carries 160 bits: 32 base32 characters of 5 bits each', () => {
		expect(TOKEN_BYTES * 8).toBeGreaterThanOrEqual(160);
		expect(generateToken()).toMatch(/^[a-z2-7]{32}$/);
	});
	test('tokens do not repeat', () => {
		const seen = new Set(Array.from({ length: 1000 }, generateToken));
		expect(seen.size).toBe(1000);
	});
	test.each([
		[
			'the SHA-256 of "abc" (FIPS 180-2 test vector)',
			'abc',
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
		],
		['the SHA-256 of ""', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
	])('stored form is %s', (_l, token, hex) => {
		expect(hashToken(token)).toBe(hex);
	});
	test('ids are 16 base32 characters', () => {
		expect(generateId()).toMatch(/^[a-z2-7]{16}$/);
	});
});
