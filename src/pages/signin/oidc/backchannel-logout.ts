/** The identity provider's back-channel logout (POST logout_token): ends the matching sessions. */
import type { APIRoute } from 'astro';
import { writeTransaction } from '@db/write-queue';
import { appendAudit } from '@lib/server/audit';
import { requireRouteAccess } from '@lib/server/http';
import { endSessionsFor, LogoutTokenError, verifyLogoutToken } from '@lib/server/oidc/backchannel';

export const prerender = false;

const answer = (status: number, body?: Record<string, string>) =>
	new Response(body ? JSON.stringify(body) : null, { status, headers: { 'Cache-Control': 'no-store', ...(body ? { 'Content-Type': 'application/json' } : {}) } });

export const POST: APIRoute = async (context) => {
	// Public (the provider calls it); the token's signature is the check.
	requireRouteAccess(context);
	const { request, locals } = context;
	const { services } = locals;
	const state = await services.signOn.provider(Date.now());
	if (!state.ok) return answer(501, { error: 'temporarily_unavailable', error_description: state.message });
	const form = new URLSearchParams(await request.text());
	const tokens = form.getAll('logout_token');
	if (tokens.length !== 1 || !tokens[0]) return answer(400, { error: 'invalid_request', error_description: 'expected exactly one logout_token parameter' });
	const nowMs = Date.now();
	try {
		const target = await verifyLogoutToken(state.provider, tokens[0], nowMs);
		await writeTransaction(services.db, async (tx) => {
			const ended = await endSessionsFor(tx, target);
			await appendAudit(tx, { actorUserId: null, action: 'session.backchannel-logout', subject: target.sub ? `oidc:${target.sub}` : 'oidc', details: { ended } }, nowMs);
		});
		return answer(200);
	} catch (error) {
		if (error instanceof LogoutTokenError) return answer(400, { error: 'invalid_request', error_description: error.message });
		throw error;
	}
};
