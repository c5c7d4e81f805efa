import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/** A test account of the provider: its subject and the claims its ID token carries. */
export interface TestAccount {
	sub: string;
	claims: Record<string, unknown>;
}

/**
 * A real OpenID provider (`oidc-provider`) on a loopback port, with one confidential client and
 * test accounts, and a browser-less login through its development interactions (any password).
 */
export async function startTestProvider(options: {
	accounts: readonly TestAccount[];
	redirectUri: string;
	/** Where the provider returns after RP-initiated logout, and where it POSTs back-channel logout tokens. */
	postLogoutRedirectUri?: string;
	backchannelLogoutUri?: string;
	clientId?: string;
	clientSecret?: string;
}) {
	const clientId = options.clientId ?? 'handbook-portal';
	const clientSecret = options.clientSecret ?? 'a-test-client-secret-of-enough-length';
	const byId = new Map(options.accounts.map((a) => [a.sub, a]));
	let server: Server | undefined;
	// The issuer must be known before listening: take a port first.
	const probe = await new Promise<number>((resolve) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const { port } = s.address() as AddressInfo;
			s.close(() => resolve(port));
		});
	});
	const issuer = `http://127.0.0.1:${probe}`;
	// The provider's signing key is the tests' own, so that they can also sign tokens the portal must
	// refuse (expired, or made by someone else's key under the provider's key id).
	const KID = 'test-provider-key';
	const { privateKey } = await generateKeyPair('RS256', { extractable: true });
	const jwk: JWK = { ...(await exportJWK(privateKey)), kid: KID, alg: 'RS256', use: 'sig' };
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: clientId,
				client_secret: clientSecret,
				redirect_uris: [options.redirectUri],
				grant_types: ['authorization_code'],
				response_types: ['code'],
				...(options.postLogoutRedirectUri ? { post_logout_redirect_uris: [options.postLogoutRedirectUri] } : {}),
				...(options.backchannelLogoutUri ? { backchannel_logout_uri: options.backchannelLogoutUri, backchannel_logout_session_required: true } : {}),
			},
		],
		jwks: { keys: [jwk as never] },
		// The provider refuses to call special-use addresses (SSRF protection); the portal under test is on loopback.
		fetch: (url, options) => {
			const { dispatcher: _ssrfGuard, ...rest } = (options ?? {}) as RequestInit & { dispatcher?: unknown };
			return fetch(url, rest);
		},
		ttl: { IdToken: 3600, AccessToken: 3600, Session: 3600, Interaction: 600, Grant: 3600, AuthorizationCode: 60 },
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'employee_id'] },
		scopes: ['openid', 'email', 'profile'],
		cookies: { keys: ['test-cookie-key-0123456789'] },
		features: { devInteractions: { enabled: true }, backchannelLogout: { enabled: true }, rpInitiatedLogout: { enabled: true } },
		pkce: { required: () => true },
		async findAccount(_ctx, id) {
			const account = byId.get(id);
			if (!account) return undefined;
			return { accountId: id, claims: async () => ({ sub: id, ...account.claims }) };
		},
	});
	provider.proxy = false;
	provider.on('backchannel.error', (_ctx: unknown, error: Error) => console.error(`test provider: back-channel logout failed: ${error.message} ${String(error.cause ?? '')}`));
	await new Promise<void>((resolve) => {
		server = provider.listen(probe, '127.0.0.1', () => resolve());
	});

	/** Follows the provider's pages as a browser would: signs in as `login`, consents, returns the redirect to the client. */
	async function login(authorizationUrl: URL, loginAs: string): Promise<URL> {
		const jar = new Map<string, string>();
		const remember = (res: Response) => {
			for (const cookie of res.headers.getSetCookie()) {
				const [pair] = cookie.split(';');
				const [name, ...value] = pair!.split('=');
				jar.set(name!.trim(), value.join('='));
			}
		};
		const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
		let url = new URL(authorizationUrl);
		let body: URLSearchParams | undefined;
		for (let hop = 0; hop < 20; hop += 1) {
			if (url.href.startsWith(options.redirectUri)) return url;
			const res = await fetch(url, {
				method: body ? 'POST' : 'GET',
				redirect: 'manual',
				headers: { cookie: cookieHeader(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
				body,
			});
			remember(res);
			body = undefined;
			const location = res.headers.get('location');
			if (location) {
				url = new URL(location, url);
				continue;
			}
			const html = await res.text();
			const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
			const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
			if (!action || !prompt) throw new Error(`the provider answered ${res.status} without a form: ${html.slice(0, 300)}`);
			url = new URL(action.replace(/&amp;/g, '&'), url);
			body = new URLSearchParams(prompt === 'login' ? { prompt, login: loginAs, password: 'any' } : { prompt });
		}
		throw new Error('too many redirects at the provider');
	}

	/** Signs a JWT as the provider would (its key id), with the provider's key or, for a forgery, another one. */
	async function sign(payload: Record<string, unknown>, key: 'provider' | 'forged' = 'provider', typ = 'JWT'): Promise<string> {
		const signer: CryptoKey = key === 'provider' ? privateKey : (await generateKeyPair('RS256')).privateKey;
		return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: KID, typ }).sign(signer);
	}

	return {
		issuer,
		sign,
		clientId,
		clientSecret,
		login,
		stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
	};
}
