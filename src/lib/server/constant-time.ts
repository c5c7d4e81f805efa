import { constantTimeEqual } from '@oslojs/crypto/subtle';

/**
 * Compares two secrets without an early exit, so the time taken does not reveal how many leading
 * characters matched. Both sides are encoded separately (the Lucia example encoded `a` twice and
 * so accepted any value of the right length; tests/server/constant-time.test.ts pins this).
 */
export function constantTimeEqualString(a: string, b: string): boolean {
	const aBytes = new TextEncoder().encode(a);
	const bBytes = new TextEncoder().encode(b);
	// A length difference is not secret here: every value compared is a fixed-length hash or token.
	if (aBytes.byteLength !== bBytes.byteLength) return false;
	return constantTimeEqual(aBytes, bBytes);
}
