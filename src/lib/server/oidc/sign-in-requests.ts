import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db, Tx } from '@db/client';
import { signInRequests } from '@db/schema';
import { generateToken, hashToken } from '../tokens';
import type { PendingSignIn } from './client';

/**
 * Single sign-ons in progress, kept server-side (table sign_in_requests). The browser holds only a
 * random key in a cookie scoped to the callback; the row is found by the key's hash, works once and
 * lives 10 minutes. A re-authentication before signing also keeps the account it must confirm and
 * what was typed on the form, put back on return through a second one-time key.
 */

/** The cookie holding the key of the sign-in in progress (path /signin/oidc, HttpOnly, SameSite=Lax). */
export const SIGN_IN_COOKIE = 'sso-request';
export const SIGN_IN_COOKIE_PATH = '/signin/oidc';
/** How long a sign-in may take at the provider. */
export const SIGN_IN_REQUEST_TTL_MS = 10 * 60 * 1000;

type Writer = Pick<Db, 'insert' | 'update' | 'select' | 'delete'> | Tx;

/** What a sign-in request is for: a sign-in (no user) or a re-authentication of `userId`. */
export interface SignInPurpose {
	returnTo: string;
	userId?: string;
	/** The typed form values to put back after a re-authentication (never passwords). */
	form?: Record<string, string>;
}

/** Stores a sign-in in progress; returns the key for the browser's cookie. */
export async function saveSignInRequest(db: Writer, pending: PendingSignIn, purpose: SignInPurpose, nowMs: number): Promise<string> {
	const key = generateToken();
	await db.insert(signInRequests).values({
		id: hashToken(key),
		state: pending.state,
		nonce: pending.nonce,
		codeVerifier: pending.codeVerifier,
		maxAgeSeconds: pending.maxAge ?? null,
		userId: purpose.userId ?? null,
		returnTo: purpose.returnTo,
		formJson: purpose.form ? JSON.stringify(purpose.form) : null,
		createdAtMs: nowMs,
		expiresAtMs: nowMs + SIGN_IN_REQUEST_TTL_MS,
	});
	return key;
}

/** A sign-in request taken for its callback. */
export type TakenSignInRequest = typeof signInRequests.$inferSelect & { pending: PendingSignIn };

/** Takes the request the cookie's key names: marks it used in the statement that checks it, so it works once. */
export async function takeSignInRequest(db: Writer, key: string, nowMs: number): Promise<TakenSignInRequest | null> {
	const [row] = await db
		.update(signInRequests)
		.set({ usedAtMs: nowMs })
		.where(and(eq(signInRequests.id, hashToken(key)), isNull(signInRequests.usedAtMs), gt(signInRequests.expiresAtMs, nowMs)))
		.returning();
	if (!row) return null;
	return { ...row, pending: { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, maxAge: row.maxAgeSeconds ?? undefined } };
}

/** After a re-authentication: a one-time key that puts the typed values back on the form. */
export async function issueResumeKey(db: Writer, requestId: string): Promise<string> {
	const key = generateToken();
	await db.update(signInRequests).set({ resumeId: hashToken(key) }).where(eq(signInRequests.id, requestId));
	return key;
}

/** The typed values a resume key puts back, for the same account and while the request lives; else null. */
export async function findResumedForm(db: Writer, key: string, userId: string, nowMs: number): Promise<Record<string, string> | null> {
	const [row] = await db
		.select({ formJson: signInRequests.formJson, userId: signInRequests.userId, expiresAtMs: signInRequests.expiresAtMs })
		.from(signInRequests)
		.where(eq(signInRequests.resumeId, hashToken(key)))
		.limit(1);
	if (!row || row.userId !== userId || row.expiresAtMs <= nowMs || !row.formJson) return null;
	return JSON.parse(row.formJson) as Record<string, string>;
}

/** Housekeeping: requests past their life (they hold typed form values) are deleted. */
export async function deleteExpiredSignInRequests(db: Writer, nowMs: number): Promise<void> {
	await db.delete(signInRequests).where(lt(signInRequests.expiresAtMs, nowMs));
}
