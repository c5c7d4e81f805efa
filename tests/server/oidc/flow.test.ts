import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as client from 'openid-client';
import { decodeJwt } from 'jose';
import { beginSignIn, completeSignIn, discoverProvider, OidcSignInError, type OidcProvider } from '@lib/server/oidc/client';
import { LogoutTokenError, verifyLogoutToken } from '@lib/server/oidc/backchannel';
import { parseOidcEnv } from '@lib/server/oidc/env';
import { startTestProvider } from './test-provider';

const REDIRECT = 'http://127.0.0.1:4321/signin/oidc/callback';
let idp: Awaited<ReturnType<typeof startTestProvider>>;
let provider: OidcProvider;

beforeAll(async () => {
	idp = await startTestProvider({
		redirectUri: REDIRECT,
		accounts: [
			{ sub: 'emma', claims: { email: 'Emma@Illinois.gov', email_verified: true, name: 'Emma Employee', employee_id: 'E300' } },
			{ sub: 'nomail', claims: { name: 'No Mail' } },
		],
	});
	const env = parseOidcEnv({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, PUBLIC_URL: 'http://127.0.0.1:4321' });
	provider = await discoverProvider(env.provider!);
});
afterAll(() => idp.stop());

const refusal = async (run: () => Promise<unknown>) => {
	try {
		await run();
	} catch (error) {
		if (error instanceof OidcSignInError) return { code: error.code, message: error.message };
		throw error;
	}
	throw new Error('expected the sign-in to be refused');
};

describe('issue 10 §1 OpenID Connect sign-in against a real provider (oidc-provider on loopback)', () => {
	test('the authorization code flow with PKCE, state and nonce gives the account claim, lower-cased', async () => {
		const { url, pending } = await beginSignIn(provider);
		expect(url.searchParams.get('code_challenge_method')).toBe('S256');
		expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT);
		expect(url.searchParams.get('state')).toBe(pending.state);
		expect(url.searchParams.get('nonce')).toBe(pending.nonce);
		const callback = await idp.login(url, 'emma');
		const identity = await completeSignIn(provider, callback, pending, Date.now());
		expect(identity).toMatchObject({ issuer: idp.issuer, subject: 'emma', accountKey: 'emma@illinois.gov' });
		expect(Math.abs(identity.authenticatedAtMs - Date.now())).toBeLessThan(60_000);
	});

	test('the account can be found by another claim (an employee id)', async () => {
		const byId = await discoverProvider(parseOidcEnv({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, OIDC_ACCOUNT_CLAIM: 'employee_id', PUBLIC_URL: 'http://127.0.0.1:4321' }).provider!);
		const { url, pending } = await beginSignIn(byId);
		expect(await completeSignIn(byId, await idp.login(url, 'emma'), pending, Date.now())).toMatchObject({ accountKey: 'E300' });
	});

	test('re-authentication asks for a fresh login (prompt=login, max_age) and checks auth_time', async () => {
		const { url, pending } = await beginSignIn(provider, { maxAge: 300 });
		expect(url.searchParams.get('prompt')).toBe('login');
		expect(url.searchParams.get('max_age')).toBe('300');
		const identity = await completeSignIn(provider, await idp.login(url, 'emma'), pending, Date.now());
		expect(Date.now() - identity.authenticatedAtMs).toBeLessThan(300_000);
	});

	test('a callback with another state is refused', async () => {
		const { url, pending } = await beginSignIn(provider);
		const callback = await idp.login(url, 'emma');
		expect(await refusal(() => completeSignIn(provider, callback, { ...pending, state: 'not-the-state' }, Date.now()))).toMatchObject({ code: 'state' });
	});

	test('a code used twice is refused the second time', async () => {
		const { url, pending } = await beginSignIn(provider);
		const callback = await idp.login(url, 'emma');
		await completeSignIn(provider, callback, pending, Date.now());
		expect(await refusal(() => completeSignIn(provider, callback, pending, Date.now()))).toMatchObject({ code: 'provider', message: expect.stringMatching(/used already/) });
	});

	test('an ID token with another nonce is refused', async () => {
		const { url, pending } = await beginSignIn(provider);
		const callback = await idp.login(url, 'emma');
		expect(await refusal(() => completeSignIn(provider, callback, { ...pending, nonce: 'not-the-nonce' }, Date.now()))).toMatchObject({ code: 'nonce' });
	});

	test('a response naming a different issuer is refused', async () => {
		const { url, pending } = await beginSignIn(provider);
		const callback = await idp.login(url, 'emma');
		callback.searchParams.set('iss', 'http://127.0.0.1:1/');
		expect(await refusal(() => completeSignIn(provider, callback, pending, Date.now()))).toMatchObject({ code: 'token', message: expect.stringMatching(/iss/) });
	});

	test('a person whose token lacks the account claim is refused, naming the claim', async () => {
		const { url, pending } = await beginSignIn(provider);
		expect(await refusal(async () => completeSignIn(provider, await idp.login(url, 'nomail'), pending, Date.now()))).toMatchObject({ code: 'claim', message: expect.stringMatching(/"email" claim/) });
	});
});

/**
 * A provider configuration whose token answers pass through `rewrite` first: the real provider's
 * ID token, re-signed by the test (with the provider's key, or a forged one). Everything else is real.
 */
async function withRewrittenIdToken(rewrite: (idToken: string) => Promise<string>): Promise<OidcProvider> {
	const rewritten = await discoverProvider(parseOidcEnv({ OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, PUBLIC_URL: 'http://127.0.0.1:4321' }).provider!);
	rewritten.config[client.customFetch] = async (url, options) => {
		const response = await fetch(url, options as RequestInit);
		if (!new URL(url).pathname.endsWith('/token') || !response.ok) return response;
		const body = (await response.json()) as { id_token: string };
		body.id_token = await rewrite(body.id_token);
		return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
	};
	return rewritten;
}

describe('issue 10 §6 ID tokens the portal must refuse, from the real provider re-signed by the test', () => {
	test('an expired ID token (exp 10 minutes ago, past the 2-minute tolerance) is refused', async () => {
		const nowS = Math.floor(Date.now() / 1000);
		const p = await withRewrittenIdToken((t) => idp.sign({ ...decodeJwt(t), iat: nowS - 4200, exp: nowS - 600 }));
		const { url, pending } = await beginSignIn(p);
		expect(await refusal(async () => completeSignIn(p, await idp.login(url, 'emma'), pending, Date.now()))).toMatchObject({ code: 'token', message: expect.stringMatching(/"exp"/) });
	});
	test('an ID token 90 seconds past its expiry is still accepted (clock skew ≤ 2 minutes)', async () => {
		const nowS = Math.floor(Date.now() / 1000);
		const p = await withRewrittenIdToken((t) => idp.sign({ ...decodeJwt(t), exp: nowS - 90 }));
		const { url, pending } = await beginSignIn(p);
		expect(await completeSignIn(p, await idp.login(url, 'emma'), pending, Date.now())).toMatchObject({ accountKey: 'emma@illinois.gov' });
	});
	test('an ID token signed with another key under the provider’s key id is refused', async () => {
		const p = await withRewrittenIdToken((t) => idp.sign(decodeJwt(t), 'forged'));
		const { url, pending } = await beginSignIn(p);
		expect(await refusal(async () => completeSignIn(p, await idp.login(url, 'emma'), pending, Date.now()))).toMatchObject({ code: 'token', message: expect.stringMatching(/signature/i) });
	});
	test('an ID token for another client (audience) is refused', async () => {
		const p = await withRewrittenIdToken((t) => idp.sign({ ...decodeJwt(t), aud: 'someone-else' }));
		const { url, pending } = await beginSignIn(p);
		expect(await refusal(async () => completeSignIn(p, await idp.login(url, 'emma'), pending, Date.now()))).toMatchObject({ code: 'token', message: expect.stringMatching(/aud/) });
	});
});

describe('issue 10 §3 back-channel logout tokens (OpenID Connect Back-Channel Logout 1.0 §2.6)', () => {
	const EVENT = { 'http://schemas.openid.net/event/backchannel-logout': {} };
	const base = () => ({ iss: idp.issuer, aud: idp.clientId, iat: Math.floor(Date.now() / 1000), jti: crypto.randomUUID(), sid: 'provider-session-1', sub: 'emma', events: EVENT });
	test('a token signed by the provider names the session to end', async () => {
		expect(await verifyLogoutToken(provider, await idp.sign(base(), 'provider', 'logout+jwt'), Date.now())).toEqual({ sid: 'provider-session-1', sub: 'emma' });
	});
	test.each([
		['signed with another key', async () => idp.sign(base(), 'forged'), /signature/i],
		['from another issuer', async () => idp.sign({ ...base(), iss: 'http://127.0.0.1:1' }), /iss/],
		['for another client', async () => idp.sign({ ...base(), aud: 'someone-else' }), /aud/],
		['without the logout event', async () => idp.sign({ ...base(), events: {} }), /backchannel-logout" event/],
		['carrying a nonce', async () => idp.sign({ ...base(), nonce: 'n' }), /nonce/],
		['naming neither sid nor sub', async () => idp.sign({ ...base(), sid: undefined, sub: undefined }), /neither/],
		['without jti', async () => idp.sign({ ...base(), jti: undefined }), /jti/],
	])('a token %s is refused', async (_what, make, message) => {
		await expect(verifyLogoutToken(provider, await make(), Date.now())).rejects.toThrow(LogoutTokenError);
		await expect(verifyLogoutToken(provider, await make(), Date.now())).rejects.toThrow(message);
	});
});

describe('issue 10 bad input: the single sign-on environment names its variable', () => {
	test.each([
		[{ OIDC_ISSUER: 'login.example' }, /OIDC_ISSUER: expected the identity provider’s issuer URL/],
		[{ OIDC_ISSUER: 'http://login.example' }, /OIDC_ISSUER: expected an https:\/\/ address/],
		[{ OIDC_ISSUER: 'https://login.example' }, /OIDC_CLIENT_ID: expected the client id/],
		[{ SIGNIN_METHODS: 'oidc' }, /SIGNIN_METHODS: expected OIDC_ISSUER to be set/],
		[{ SIGNIN_METHODS: 'oidc,magic' }, /SIGNIN_METHODS: expected oidc, password or both/],
		[{ SIGNING_REAUTH_MINUTES: 'five' }, /SIGNING_REAUTH_MINUTES: expected a whole number of minutes/],
		[{ SIGNING_REAUTH_MINUTES: '120' }, /SIGNING_REAUTH_MINUTES: expected at most 60 minutes/],
	])('%j', (env, message) => {
		expect(() => parseOidcEnv(env)).toThrow(message);
	});
	test('methods default to password without an issuer, and to both with one', () => {
		expect(parseOidcEnv({}).methods).toEqual(['password']);
		expect(parseOidcEnv({ OIDC_ISSUER: 'https://login.example', OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' })).toMatchObject({
			methods: ['oidc', 'password'],
			provider: { redirectUri: new URL('http://localhost:4321/signin/oidc/callback') },
		});
	});
});
