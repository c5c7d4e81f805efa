import { discoverProvider, type OidcProvider } from './client';
import { DEFAULT_REAUTH_MINUTES, parseOidcEnv, type OidcEnv, type SigninMethod } from './env';

/**
 * Single sign-on as the running server has it: the methods offered, how fresh a signature's
 * authentication must be, and the provider, discovered on first use. A bad setting or an
 * unreachable provider never stops the server (issue 10 "Bad input"): the message naming the
 * variable is logged once and shown on the sign-in page, and discovery is tried again after a pause.
 */

/** After a failed discovery, the next sign-in tries again once this much time has passed. */
export const DISCOVERY_RETRY_MS = 30_000;

/** The provider, or why it is not available. */
export type ProviderState = { ok: true; provider: OidcProvider } | { ok: false; message: string };

export interface SignOn {
	methods: readonly SigninMethod[];
	reauthWindowMs: number;
	/** True when single sign-on is one of the methods (even if the provider is unavailable now). */
	offered: boolean;
	/** Discovers the provider (once; again after a failure and a pause). */
	provider(nowMs: number): Promise<ProviderState>;
	/** Origins a portal form may lead to (the provider's sign-in and sign-out), for the CSP's form-action. */
	formTargets(): string[];
}

/** What the caller logs: a configuration error or an unreachable provider, in words naming the variable. */
export type SignOnLog = (message: string) => void;

/** Builds the sign-on from the environment; `log` hears each problem once. */
export function createSignOn(raw: Record<string, string | undefined>, log: SignOnLog): SignOn {
	let env: OidcEnv;
	try {
		env = parseOidcEnv(raw);
	} catch (error) {
		const message = (error as Error).message;
		log(`${message}\nSingle sign-on is unavailable until this is corrected; the rest of the site keeps serving.`);
		// Keep the methods the administrator asked for, so that turning passwords off is not undone by a typo.
		const asked = (raw.SIGNIN_METHODS ?? '').split(',').map((m) => m.trim()).filter((m): m is SigninMethod => m === 'oidc' || m === 'password');
		const methods: SigninMethod[] = asked.length > 0 ? [...new Set(asked)] : raw.OIDC_ISSUER ? ['oidc', 'password'] : ['password'];
		const unavailable = `Single sign-on is not set up correctly (${message.split('\n').slice(1).join('; ').trim() || message}).`;
		return { methods, reauthWindowMs: DEFAULT_REAUTH_MINUTES * 60_000, offered: methods.includes('oidc'), provider: async () => ({ ok: false, message: unavailable }), formTargets: () => [] };
	}
	const settings = env.provider;
	let state: ProviderState | undefined;
	let failedAtMs = -Infinity;
	let inFlight: Promise<ProviderState> | undefined;
	return {
		methods: env.methods,
		reauthWindowMs: env.reauthWindowMs,
		offered: env.methods.includes('oidc') && settings !== null,
		formTargets() {
			if (!settings || !env.methods.includes('oidc')) return [];
			// A form's redirect to another site is held to form-action too (Chromium), so the sign-in,
			// signing and sign-out forms name the provider's endpoints.
			const metadata = state?.ok ? state.provider.config.serverMetadata() : null;
			const urls = [settings.issuer.href, metadata?.authorization_endpoint, metadata?.end_session_endpoint];
			return [...new Set(urls.filter((u): u is string => !!u).map((u) => new URL(u).origin))];
		},
		async provider(nowMs) {
			if (!settings) return { ok: false, message: 'Single sign-on is not configured.' };
			if (state?.ok) return state;
			if (state && nowMs - failedAtMs < DISCOVERY_RETRY_MS) return state;
			inFlight ??= discoverProvider(settings)
				.then((provider): ProviderState => ({ ok: true, provider }))
				.catch((error: unknown): ProviderState => {
					failedAtMs = nowMs;
					const reason = error instanceof Error ? [error.message, (error.cause as Error | undefined)?.message].filter(Boolean).join(': ') : String(error);
					log(`OIDC_ISSUER ${settings.issuer.href} could not be reached or is not an OpenID provider (${reason}). Single sign-on is unavailable until it answers; the rest of the site keeps serving.`);
					return { ok: false, message: 'Single sign-on is unavailable right now: the agency’s identity provider does not answer. Try again in a few minutes.' };
				})
				.then((result) => {
					state = result;
					inFlight = undefined;
					return result;
				});
			return inFlight;
		},
	};
}
