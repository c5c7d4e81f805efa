import { describe, expect, test } from 'vitest';
import { constantTimeEqualString } from '@lib/server/constant-time';
import { generateToken, hashToken } from '@lib/server/tokens';

const token = generateToken();
const hash = hashToken(token);
// Same length, different content: the Lucia example's bug accepted exactly these.
const sameLengthWrong = hash.slice(0, -1) + (hash.endsWith('0') ? '1' : '0');

describe('lib/server/constant-time.ts (Issue 4 §2: every secret comparison constant-time)', () => {
	test.each([
		['equal hashes', hash, hash, true],
		['wrong value of equal length (last character differs)', hash, sameLengthWrong, false],
		[
			'wrong value of equal length (first character differs)',
			hash,
			(hash.startsWith('a') ? 'b' : 'a') + hash.slice(1),
			false,
		],
		['two different tokens of equal length', generateToken(), generateToken(), false],
		['different lengths', hash, hash.slice(1), false],
		['empty against non-empty', '', hash, false],
		['both empty', '', '', true],
		['multi-byte characters of equal string length', 'é', 'e\u0301'.slice(0, 1) + 'x', false],
	])('%s', (_label, a, b, expected) => {
		expect(sameLengthWrong).toHaveLength(hash.length);
		expect(constantTimeEqualString(a, b)).toBe(expected);
		expect(constantTimeEqualString(b, a)).toBe(expected);
	});
});
