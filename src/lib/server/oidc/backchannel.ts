import { createRemoteJWKSet, jwtVerify } from 'jose';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@db/client';
import { sessions } from '@db/schema';
import { CLOCK_TOLERANCE_SECONDS, type OidcProvider } from './client';

/**
 * OpenID Connect Back-Channel Logout 1.0: the provider POSTs a signed logout token when a person
 * signs out there (or an administrator ends their session), and the portal ends the matching sessions.
 * openid-client has no logout-token check, so it is made here with `jose` (openid-client's own JWT
 * library) against the provider's JWKS, as §2.6 of the specification lists.
 */

const LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/** A logout token that failed a check, with the reason (the provider gets it as error_description). */
export class LogoutTokenError extends Error {
	override readonly name = 'LogoutTokenError';
}

const keySets = new WeakMap<OidcProvider, ReturnType<typeof createRemoteJWKSet>>();

/** Whose sessions a valid logout token ends. */
export interface LogoutTarget {
	sid: string | null;
	sub: string | null;
}

/** Checks a logout token: signature (provider's JWKS), issuer, audience, iat, the logout event, no nonce, and a sid or sub. */
export async function verifyLogoutToken(provider: OidcProvider, token: string, nowMs: number): Promise<LogoutTarget> {
	const metadata = provider.config.serverMetadata();
	if (!metadata.jwks_uri) throw new LogoutTokenError('the provider publishes no keys (jwks_uri) to check a logout token with');
	let keys = keySets.get(provider);
	if (!keys) keySets.set(provider, (keys = createRemoteJWKSet(new URL(metadata.jwks_uri))));
	let payload;
	try {
		({ payload } = await jwtVerify(token, keys, {
			issuer: metadata.issuer,
			audience: provider.config.clientMetadata().client_id,
			clockTolerance: CLOCK_TOLERANCE_SECONDS,
			currentDate: new Date(nowMs),
			requiredClaims: ['iat', 'jti'],
		}));
	} catch (error) {
		throw new LogoutTokenError(`the logout token failed a check: ${(error as Error).message}`);
	}
	const events = payload.events as Record<string, unknown> | undefined;
	if (!events || typeof events !== 'object' || !(LOGOUT_EVENT in events)) throw new LogoutTokenError(`the logout token has no "${LOGOUT_EVENT}" event`);
	if ('nonce' in payload) throw new LogoutTokenError('a logout token must not carry a nonce');
	const sid = typeof payload.sid === 'string' ? payload.sid : null;
	const sub = typeof payload.sub === 'string' ? payload.sub : null;
	if (!sid && !sub) throw new LogoutTokenError('the logout token names neither a session (sid) nor a subject (sub)');
	return { sid, sub };
}

/** Ends the portal sessions a logout token names: by the provider's session id, else every session of the subject. */
export async function endSessionsFor(tx: Tx, target: LogoutTarget): Promise<number> {
	// Every single sign-on session records its subject, so a sid with a sub must match both.
	const which = target.sid
		? and(eq(sessions.oidcSid, target.sid), target.sub ? eq(sessions.oidcSubject, target.sub) : undefined)
		: eq(sessions.oidcSubject, target.sub!);
	const ended = await tx.delete(sessions).where(and(eq(sessions.authMethod, 'oidc'), which)).returning({ id: sessions.id });
	return ended.length;
}
