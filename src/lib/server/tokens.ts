import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** Random bytes in a session or one-time token: 20 bytes = 160 bits, as the Lucia guide sets. */
export const TOKEN_BYTES = 20;

/** Random bytes in a row id: 10 bytes = 80 bits (ids are not secrets). */
export const ID_BYTES = 10;

/** A new secret token for a cookie or link: 160 random bits, base32 (32 characters). */
export function generateToken(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
}

/** The stored form of a token: SHA-256, hex. A database leak then reveals no usable token. */
export function hashToken(token: string): string {
	return sha256Hex(token);
}

/** A new random row id (16 base32 characters). */
export function generateId(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(ID_BYTES)));
}

/**
 * SHA-256 (hex) of a text's UTF-8 bytes, e.g. the certification text an attestation signs. Node's
 * native hash rather than @oslojs/crypto's JavaScript one (the Lucia guide's, same digest): every
 * signed-in request hashes its cookie, every write hashes an audit entry, and the JavaScript hash
 * was 3% of the server's CPU on an attestation.
 */
export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}
