import type { AstroCookies } from 'astro';
import { writeTransaction } from '@db/write-queue';
import type { Services } from '../services';
import { beginSignIn } from './client';
import { saveSignInRequest, SIGN_IN_COOKIE, SIGN_IN_COOKIE_PATH, SIGN_IN_REQUEST_TTL_MS, type SignInPurpose } from './sign-in-requests';

/**
 * Leaves for the identity provider: a sign-in request is stored server-side, its key goes in a
 * cookie only the callback receives, and the browser is sent to the provider's authorization URL.
 * A re-authentication (`maxAgeSeconds` set) asks the provider for a fresh login.
 */
export async function leaveForProvider(
	services: Services,
	cookies: AstroCookies,
	purpose: SignInPurpose & { maxAgeSeconds?: number },
	nowMs: number,
): Promise<{ ok: true; response: Response } | { ok: false; message: string }> {
	const state = await services.signOn.provider(nowMs);
	if (!state.ok) return { ok: false, message: state.message };
	const { url, pending } = await beginSignIn(state.provider, purpose.maxAgeSeconds === undefined ? {} : { maxAge: purpose.maxAgeSeconds });
	const key = await writeTransaction(services.db, (tx) => saveSignInRequest(tx, pending, purpose, nowMs));
	// SameSite=Lax: the provider's redirect back is a top-level GET from another site, which Lax allows.
	cookies.set(SIGN_IN_COOKIE, key, { httpOnly: true, sameSite: 'lax', secure: services.secureCookies, path: SIGN_IN_COOKIE_PATH, maxAge: SIGN_IN_REQUEST_TTL_MS / 1000 });
	return { ok: true, response: new Response(null, { status: 303, headers: { Location: url.href, 'Cache-Control': 'no-store' } }) };
}
