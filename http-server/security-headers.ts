import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The headers every response carries. The Content-Security-Policy itself comes from Astro's
 * `security.csp` (a header on on-demand pages, dist/_headers.json for prerendered ones); a response
 * Astro did not write one for (a redirect, a JSON answer, an image, an error) gets FALLBACK_CSP.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// Nothing on the site uses these; clipboard-write stays allowed (the checklist's Copy button).
	'Permissions-Policy':
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), browsing-topics=()',
	// For browsers that predate CSP's frame-ancestors.
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The policy of a response that has none of its own. Same-origin only, no inline code. It is also
 * the policy of a worker, which takes the one its script was served with: Pagefind's search worker
 * fetches its index and compiles WebAssembly.
 */
export const FALLBACK_CSP =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** One year, the value browsers' preload lists ask for. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

/** The Strict-Transport-Security value, sent only when the response goes out over HTTPS. */
export const HSTS = `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`;

/** Whether this request reached us over HTTPS: our own TLS, or a TLS proxy we are told sits in front. */
export function isHttps(req: IncomingMessage, behindTlsProxy: boolean): boolean {
	return behindTlsProxy || ('encrypted' in req.socket && req.socket.encrypted === true);
}

/** Sets the headers every response carries (a later writeHead may still replace the CSP). */
export function setSecurityHeaders(res: ServerResponse, https: boolean): void {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	res.setHeader('Content-Security-Policy', FALLBACK_CSP);
	if (https) res.setHeader('Strict-Transport-Security', HSTS);
}
