import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Provider from 'oidc-provider';

/** A test account of the provider: its subject and the claims its ID token carries. */
export interface TestAccount {
	sub: string;
	claims: Record<string, unknown>;
}

/**
 * A real OpenID provider (`oidc-provider`) on a loopback port, with one confidential client and
 * test accounts, and a browser-less login through its development interactions (any password).
 */
export async function startTestProvider(options: { accounts: readonly TestAccount[]; redirectUri: string; clientId?: string; clientSecret?: string }) {
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
	const provider = new Provider(issuer, {
		clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'employee_id'] },
		scopes: ['openid', 'email', 'profile'],
		cookies: { keys: ['test-cookie-key-0123456789'] },
		features: { devInteractions: { enabled: true } },
		pkce: { required: () => true },
		async findAccount(_ctx, id) {
			const account = byId.get(id);
			if (!account) return undefined;
			return { accountId: id, claims: async () => ({ sub: id, ...account.claims }) };
		},
	});
	provider.proxy = false;
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

	return {
		issuer,
		clientId,
		clientSecret,
		login,
		stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
	};
}
