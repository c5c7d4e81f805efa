import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

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
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** A new random row id (16 base32 characters). */
export function generateId(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(ID_BYTES)));
}

/** SHA-256 (hex) of a text, e.g. the certification text an attestation signs. */
export function sha256Hex(text: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(text)));
}
