import * as client from 'openid-client';
import type { OidcEnv } from './env';

/**
 * OpenID Connect sign-in with `openid-client` 6: discovery, the authorization code flow with PKCE
 * (S256), `state` and `nonce`, and the ID token checked by the library (issuer, audience, expiry,
 * nonce, signature against the provider's JWKS), with at most 2 minutes of clock skew. What the
 * callback needs between the two legs (`PendingSignIn`) is kept by the caller, server-side; tokens
 * are used for the ID token's claims and then dropped.
 */

/** Clock skew tolerated when checking the ID token's times. */
export const CLOCK_TOLERANCE_SECONDS = 120;

/** A failed sign-in, with a reason a person can read (the page and the audit entry show it). */
export class OidcSignInError extends Error {
	override readonly name = 'OidcSignInError';
	constructor(
		readonly code: 'state' | 'nonce' | 'token' | 'provider' | 'claim' | 'callback',
		message: string,
	) {
		super(message);
	}
}

/** The provider, discovered once. */
export type OidcProvider = { config: client.Configuration; accountClaim: string; redirectUri: URL; postLogoutRedirectUri: URL };

/** Discovers the provider from its issuer (/.well-known/openid-configuration). */
export async function discoverProvider(env: NonNullable<OidcEnv['provider']>): Promise<OidcProvider> {
	const loopbackHttp = env.issuer.protocol === 'http:';
	const config = await client.discovery(
		env.issuer,
		env.clientId,
		{ client_secret: env.clientSecret, [client.clockTolerance]: CLOCK_TOLERANCE_SECONDS },
		undefined,
		{
			// Plain http is accepted by env.ts only on loopback (the tests' provider).
			...(loopbackHttp ? { execute: [client.allowInsecureRequests] } : {}),
			timeout: 10,
		},
	);
	config.timeout = 10;
	// openid-client checks an ID token's signature only when asked: OpenID Connect lets a client
	// trust TLS to the token endpoint instead. The portal checks it against the provider's JWKS too.
	client.enableNonRepudiationChecks(config);
	return { config, accountClaim: env.accountClaim, redirectUri: env.redirectUri, postLogoutRedirectUri: env.postLogoutRedirectUri };
}

/** What the callback must find again: kept server-side, never trusted from the browser. */
export interface PendingSignIn {
	state: string;
	nonce: string;
	codeVerifier: string;
	/** Set for a re-authentication before signing: the login must be this fresh. */
	maxAge?: number | undefined;
}

/**
 * The provider's authorization URL for a new sign-in, and what its callback must match.
 * @param options.maxAge for re-authentication: asks for a fresh login (`max_age`, `prompt=login`)
 */
export async function beginSignIn(provider: OidcProvider, options: { maxAge?: number } = {}): Promise<{ url: URL; pending: PendingSignIn }> {
	const codeVerifier = client.randomPKCECodeVerifier();
	const pending: PendingSignIn = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier, maxAge: options.maxAge };
	const parameters: Record<string, string> = {
		redirect_uri: provider.redirectUri.href,
		scope: 'openid email profile',
		code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
		code_challenge_method: 'S256',
		state: pending.state,
		nonce: pending.nonce,
	};
	if (options.maxAge !== undefined) {
		parameters.max_age = String(options.maxAge);
		parameters.prompt = 'login';
	}
	return { url: client.buildAuthorizationUrl(provider.config, parameters), pending };
}

/** Who signed in, as the roster lookup needs it. */
export interface OidcIdentity {
	issuer: string;
	subject: string;
	/** The value of the configured account claim (lower-cased when it is an e-mail address). */
	accountKey: string;
	/** When the provider authenticated the person (the ID token's auth_time, or now). */
	authenticatedAtMs: number;
	/** The provider's session id (`sid`), which its back-channel logout names; null when it sends none. */
	sid: string | null;
}

/**
 * Completes a sign-in from the provider's redirect to the callback URL: checks `state`, trades the
 * code (with the PKCE verifier) for tokens, and checks the ID token, `nonce` and, for a
 * re-authentication, `auth_time` against `max_age`.
 */
export async function completeSignIn(provider: OidcProvider, callbackUrl: URL, pending: PendingSignIn, nowMs: number): Promise<OidcIdentity> {
	let tokens;
	try {
		tokens = await client.authorizationCodeGrant(provider.config, callbackUrl, {
			expectedState: pending.state,
			expectedNonce: pending.nonce,
			pkceCodeVerifier: pending.codeVerifier,
			...(pending.maxAge !== undefined ? { maxAge: pending.maxAge } : {}),
		});
	} catch (error) {
		throw explain(error);
	}
	const claims = tokens.claims();
	if (!claims) throw new OidcSignInError('token', 'The provider sent no ID token.');
	let raw = claims[provider.accountClaim];
	// Providers that keep profile claims out of the ID token (oidc-provider by default) give them at userinfo.
	if (raw === undefined && tokens.access_token) {
		try {
			raw = (await client.fetchUserInfo(provider.config, tokens.access_token, claims.sub))[provider.accountClaim];
		} catch (error) {
			throw explain(error);
		}
	}
	if (typeof raw !== 'string' || raw.trim() === '')
		throw new OidcSignInError('claim', `The provider's ID token has no "${provider.accountClaim}" claim to find the account by.`);
	const accountKey = raw.includes('@') ? raw.trim().toLowerCase() : raw.trim();
	return {
		issuer: claims.iss,
		subject: claims.sub,
		accountKey,
		authenticatedAtMs: typeof claims.auth_time === 'number' ? claims.auth_time * 1000 : nowMs,
		sid: typeof claims.sid === 'string' ? claims.sid : null,
	};
}

/** openid-client's failures, in words: which check refused the sign-in. */
function explain(error: unknown): OidcSignInError {
	const e = error as { code?: string; message?: string; error?: string; error_description?: string; cause?: { message?: string } };
	// openid-client says which check failed in the cause ('unexpected ID Token "nonce" claim value').
	const message = [e.message ?? String(error), e.cause?.message].filter(Boolean).join(': ');
	if (/"state"/i.test(message)) return new OidcSignInError('state', 'The sign-in came back with a different state than it was started with: start again from the sign-in page.');
	if (/"nonce"/i.test(message)) return new OidcSignInError('nonce', 'The ID token is not for this sign-in (its nonce does not match): start again.');
	if (e.error === 'invalid_grant') return new OidcSignInError('provider', `The provider refused the sign-in code (${e.error_description ?? 'invalid_grant'}): it may have been used already. Start again.`);
	if (e.error) return new OidcSignInError('provider', `The provider refused the sign-in: ${e.error}${e.error_description ? ` (${e.error_description})` : ''}.`);
	return new OidcSignInError('token', `The provider's answer failed a check: ${message}.`);
}

/** The provider's sign-out address (RP-initiated logout) coming back to the portal's sign-in page, or
 * null when the provider has none. No ID token is kept to hint with, so the client id names the portal. */
export function providerSignOutUrl(provider: OidcProvider): URL | null {
	if (!provider.config.serverMetadata().end_session_endpoint) return null;
	return client.buildEndSessionUrl(provider.config, { post_logout_redirect_uri: provider.postLogoutRedirectUri.href });
}
