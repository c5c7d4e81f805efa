import { eq } from 'drizzle-orm';
import type { AstroCookies } from 'astro';
import { users, type AuthMethod } from '@db/schema';
import { passwordLinksAllowed } from './accounts';
import { leaveForProvider } from './oidc/start';
import { verifyPassword } from './password';
import type { Authentication, Session, SessionUser } from './session';
import type { Services } from './services';
import { formatInstant } from './today';

/**
 * Signing re-authenticates (issue 10 §4): an attestation, a disclosure or a determination needs an
 * authentication within the last few minutes (SIGNING_REAUTH_MINUTES, 5 by default). A session
 * authenticated that recently signs as it is; otherwise the signer re-enters their password on the
 * form, or, signed in through the identity provider, is sent there for a fresh login and comes back
 * to the form with what they typed. The record keeps the method and the time of that authentication.
 */

/** The form field for re-entering the password (its name keeps it out of the echoed values). */
export const REAUTH_PASSWORD_FIELD = 'reauthPassword';

/** How a signing stands: authenticated recently enough (with how), or what the signer must do. */
export type SigningCheck =
	| { ok: true; auth: Authentication; refreshSession: boolean }
	| { ok: false; field: string; message: string }
	| { ok: false; redirect: Response };

/** Words for a method, on receipts and the form. */
export const AUTH_METHOD_LABELS: Record<AuthMethod, string> = {
	password: 'password',
	oidc: 'the agency’s identity provider (single sign-on)',
};

/** "by password at 2026-12-07 15:04 CST" (Illinois time). */
export function describeAuthentication(auth: { method: AuthMethod | null; atMs: number | null }): string {
	if (!auth.method || auth.atMs === null) return 'not recorded (signed before signatures re-authenticated)';
	return `by ${AUTH_METHOD_LABELS[auth.method]} at ${formatInstant(auth.atMs)}`;
}

/** Whether the session's authentication is recent enough to sign without asking again. */
export function isFreshForSigning(session: Pick<Session, 'authenticatedAtMs'>, windowMs: number, nowMs: number): boolean {
	return nowMs - session.authenticatedAtMs <= windowMs;
}

/** Checks (and where it can, completes) the authentication a signature needs. */
export async function checkSigning(
	services: Services,
	request: { session: Session; user: SessionUser; raw: Record<string, unknown>; cookies: AstroCookies; returnTo: string; formValues: Record<string, string> },
	nowMs: number,
): Promise<SigningCheck> {
	const { session, user } = request;
	const windowMs = services.signOn.reauthWindowMs;
	const minutes = Math.round(windowMs / 60_000);
	const typed = request.raw[REAUTH_PASSWORD_FIELD];
	if (typeof typed === 'string' && typed !== '') {
		if (!services.throttlers.signInPerAccount.consume(user.email, nowMs))
			return { ok: false, field: REAUTH_PASSWORD_FIELD, message: `too many attempts; wait ${services.throttlers.signInPerAccount.retryAfterSeconds(user.email, nowMs)} seconds and try again` };
		const [me] = await services.db.select({ passwordHash: users.passwordHash, breakGlass: users.breakGlass }).from(users).where(eq(users.id, user.id)).limit(1);
		const allowed = me && passwordLinksAllowed(services.signOn.methods, me);
		if (!(await verifyPassword(allowed ? me.passwordHash : null, typed)))
			return { ok: false, field: REAUTH_PASSWORD_FIELD, message: 'expected your current password to sign; the one typed is not right' };
		services.throttlers.signInPerAccount.reset(user.email);
		return { ok: true, auth: { method: 'password', atMs: nowMs }, refreshSession: true };
	}
	if (isFreshForSigning(session, windowMs, nowMs)) return { ok: true, auth: { method: session.authMethod, atMs: session.authenticatedAtMs }, refreshSession: false };
	if (session.authMethod === 'oidc' && services.signOn.offered) {
		const left = await leaveForProvider(
			services,
			request.cookies,
			// max_age=0 with prompt=login: the provider asks again whatever its own session says.
			{ returnTo: request.returnTo, userId: user.id, form: request.formValues, maxAgeSeconds: 0 },
			nowMs,
		);
		if (left.ok) return { ok: false, redirect: left.response };
		return { ok: false, field: 'form', message: `Signing needs you to confirm who you are, and ${left.message.charAt(0).toLowerCase()}${left.message.slice(1)}` };
	}
	return { ok: false, field: REAUTH_PASSWORD_FIELD, message: `expected your password: signing needs a sign-in within the last ${minutes} minutes, and yours was at ${formatInstant(session.authenticatedAtMs)}` };
}
