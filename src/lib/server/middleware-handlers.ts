import type { MiddlewareHandler } from 'astro';
import { defineMiddleware, sequence } from 'astro/middleware';
import { decideAccess, isProtectedPattern } from './authz';
import { clientAddress } from './http';
import { errorResponse } from './http-errors';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken,
} from './session';
import type { Services } from './services';

/** Methods that change state (Astro's checkOrigin guards the same set). */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The middleware chain for on-demand routes: throttle, then session, then the route table's role
 * check. Built by a factory so tests run it against their own temporary database.
 */
export function createOnRequest(getServices: () => Promise<Services>): MiddlewareHandler {
	const throttle = defineMiddleware(async (ctx, next) => {
		if (ctx.isPrerendered) return next();
		ctx.locals.user = null;
		ctx.locals.session = null;
		// Other on-demand routes (the rules JSON API) neither open the database nor share this
		// budget, unless the visitor carries a session cookie.
		const inArea = isProtectedPattern(ctx.routePattern);
		if (!inArea && !ctx.cookies.has(SESSION_COOKIE)) return next();
		const services = await getServices();
		ctx.locals.services = services;
		if (inArea && STATE_CHANGING.has(ctx.request.method)) {
			// Keyed by session cookie when there is one, so colleagues behind one address do not share a budget.
			const cookie = ctx.cookies.get(SESSION_COOKIE)?.value;
			const key = cookie ? `s:${cookie}` : `a:${clientAddress(ctx)}`;
			if (!services.throttlers.posts.consume(key, 1, Date.now())) {
				return errorResponse(
					429,
					'Too many requests in a short time. Please wait a moment and try again.',
				);
			}
		}
		return next();
	});

	const session = defineMiddleware(async (ctx, next) => {
		if (ctx.isPrerendered) return next();
		const token = ctx.cookies.get(SESSION_COOKIE)?.value;
		if (token && ctx.locals.services) {
			const { services } = ctx.locals;
			const result = await validateSessionToken(services.db, token, Date.now());
			if (result.session) {
				ctx.locals.user = result.user;
				ctx.locals.session = result.session;
				if (result.renewed)
					setSessionCookie(ctx.cookies, token, result.session.expiresAtMs, services.secureCookies);
			} else {
				deleteSessionCookie(ctx.cookies, services.secureCookies);
			}
		}
		return next();
	});

	const authorize = defineMiddleware(async (ctx, next) => {
		if (ctx.isPrerendered || !isProtectedPattern(ctx.routePattern)) return next();
		const decision = decideAccess(ctx.routePattern, ctx.locals.user);
		if (decision === 'sign-in-required') {
			if (ctx.request.method === 'GET') {
				const nextPath = encodeURIComponent(ctx.url.pathname + ctx.url.search);
				return new Response(null, {
					status: 303,
					headers: { Location: `/signin/?next=${nextPath}`, 'Cache-Control': 'no-store' },
				});
			}
			return errorResponse(401, 'Please sign in first.');
		}
		if (decision === 'forbidden')
			return errorResponse(403, 'Your account does not have access to this page.');
		const response = await next();
		// Personal pages must never be cached by the browser or a proxy.
		try {
			response.headers.set('Cache-Control', 'no-store');
		} catch {
			// Some responses (Response.redirect) have immutable headers; those carry no personal data.
		}
		return response;
	});

	return sequence(throttle, session, authorize);
}
