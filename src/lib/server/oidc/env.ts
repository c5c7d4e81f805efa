import { z } from 'zod';
import { LOOPBACK_HOSTS, parseEnvironment } from '../env-parse.ts';

/**
 * The single sign-on environment (issue 10), parsed once; a bad value names its variable. Imports
 * only zod and a relative file, like the mail environment, so that the server entry can check it at start.
 */

/** The portal's paths the provider is told about (registered with it: README "Single sign-on"). */
export const OIDC_CALLBACK_PATH = '/signin/oidc/callback';
export const POST_LOGOUT_PATH = '/signin/?signed-out';
export const BACKCHANNEL_LOGOUT_PATH = '/signin/oidc/backchannel-logout';

/** How recent a sign-in a signature needs when SIGNING_REAUTH_MINUTES is not set. */
export const DEFAULT_REAUTH_MINUTES = 5;

/** How people may sign in. */
export const SIGNIN_METHODS = ['oidc', 'password'] as const;
export type SigninMethod = (typeof SIGNIN_METHODS)[number];

const url = (what: string) =>
	z
		.string()
		.trim()
		.transform((text, ctx) => {
			let parsed: URL;
			try {
				parsed = new URL(text);
			} catch {
				ctx.addIssue({ code: 'custom', message: `expected ${what}, got ${JSON.stringify(text)}` });
				return z.NEVER;
			}
			// The provider's keys and tokens travel over it: plain http only on this machine (the tests).
			if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname))) {
				ctx.addIssue({ code: 'custom', message: `expected an https:// address (http:// only on loopback), got ${JSON.stringify(text)}` });
				return z.NEVER;
			}
			return parsed;
		});

export const OidcEnvSchema = z
	.object({
		/** The provider's issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0 (discovery at /.well-known/openid-configuration). */
		OIDC_ISSUER: url('the identity provider’s issuer URL').optional(),
		OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
		OIDC_CLIENT_SECRET: z.string().min(1).optional(),
		/** The ID token claim matched to the roster: `email` (default) or an employee-id claim. */
		OIDC_ACCOUNT_CLAIM: z
			.string()
			.trim()
			.regex(/^[A-Za-z_][A-Za-z0-9_.:-]*$/, { error: (i) => `expected a claim name such as email or employee_id, got ${JSON.stringify(i.input)}` })
			.default('email'),
		/** Comma-separated: oidc, password. */
		SIGNIN_METHODS: z
			.string()
			.trim()
			.transform((text, ctx) => {
				const methods = text.split(',').map((m) => m.trim()).filter(Boolean);
				const bad = methods.find((m) => !(SIGNIN_METHODS as readonly string[]).includes(m));
				if (bad !== undefined || methods.length === 0) {
					ctx.addIssue({ code: 'custom', message: `expected oidc, password or both separated by a comma, got ${JSON.stringify(text)}` });
					return z.NEVER;
				}
				return [...new Set(methods)] as SigninMethod[];
			})
			.optional(),
		/** How recent an authentication a signature needs (issue 10 §4), in minutes. */
		SIGNING_REAUTH_MINUTES: z.coerce
			.number({ error: (i) => `expected a whole number of minutes, got ${JSON.stringify(i.input)}` })
			.int({ error: (i) => `expected a whole number of minutes, got ${JSON.stringify(i.input)}` })
			.min(1, { error: 'expected at least 1 minute' })
			.max(60, { error: 'expected at most 60 minutes: a signature needs a recent authentication' })
			.default(DEFAULT_REAUTH_MINUTES),
		/** The portal's public address; the redirect URI is <PUBLIC_URL>/signin/oidc/callback. */
		PUBLIC_URL: url('the portal’s public address').optional(),
		SITE_URL: z.string().trim().optional(),
	})
	.superRefine((env, ctx) => {
		if (env.OIDC_ISSUER && !env.OIDC_CLIENT_ID)
			ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'expected the client id registered with the provider (OIDC_ISSUER is set)' });
		if (env.OIDC_ISSUER && !env.OIDC_CLIENT_SECRET)
			ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_SECRET'], message: 'expected the client secret registered with the provider (OIDC_ISSUER is set)' });
		if (env.SIGNIN_METHODS?.includes('oidc') && !env.OIDC_ISSUER)
			ctx.addIssue({ code: 'custom', path: ['SIGNIN_METHODS'], message: 'expected OIDC_ISSUER to be set when oidc is a sign-in method' });
	});

/** The parsed single sign-on settings. */
export interface OidcEnv {
	/** Null when single sign-on is off. */
	provider: { issuer: URL; clientId: string; clientSecret: string; accountClaim: string; redirectUri: URL; postLogoutRedirectUri: URL } | null;
	methods: SigninMethod[];
	/** A signature needs an authentication this recent. */
	reauthWindowMs: number;
}

/** Parses the environment (process.env by default); throws one error naming each bad variable. */
export function parseOidcEnv(raw: Record<string, string | undefined> = process.env): OidcEnv {
	const e = parseEnvironment(OidcEnvSchema, raw, 'single sign-on');
	const base = e.PUBLIC_URL ?? new URL(e.SITE_URL ?? 'http://localhost:4321');
	return {
		provider: e.OIDC_ISSUER
			? {
					issuer: e.OIDC_ISSUER,
					clientId: e.OIDC_CLIENT_ID!,
					clientSecret: e.OIDC_CLIENT_SECRET!,
					accountClaim: e.OIDC_ACCOUNT_CLAIM,
					redirectUri: new URL(OIDC_CALLBACK_PATH, base),
					postLogoutRedirectUri: new URL(POST_LOGOUT_PATH, base),
				}
			: null,
		methods: e.SIGNIN_METHODS ?? (e.OIDC_ISSUER ? ['oidc', 'password'] : ['password']),
		reauthWindowMs: e.SIGNING_REAUTH_MINUTES * 60_000,
	};
}
