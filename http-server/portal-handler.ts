import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';
import onHeaders from 'on-headers';
import sirv from 'sirv';
import { ON_DEMAND_CACHE_CONTROL, staticCacheControl } from './cache-policy.ts';
import { routePath } from './page-csp.ts';
import { logLine, requestId } from './request-log.ts';
import { refuseRequest } from './request-limits.ts';
import { FALLBACK_CSP, isHttps, setSecurityHeaders } from './security-headers.ts';

/** The built Astro app's request handler (@astrojs/node in middleware mode). */
export type AstroHandler = (
	req: IncomingMessage,
	res: ServerResponse,
	next: undefined,
	locals: Record<string, unknown>,
) => Promise<void> | void;

/** What the portal's HTTP handler is built from. */
export interface PortalHandlerOptions {
	/** dist/client: the prerendered pages, assets and Pagefind files (with their .br/.gz copies). */
	clientDir: string;
	astroHandler: AstroHandler;
	/** The CSP of every prerendered page by route path (http-server/page-csp.ts). */
	pageCsp: Map<string, string>;
	/** A TLS proxy terminates HTTPS in front of us: send HSTS on every response. */
	behindTlsProxy: boolean;
	/** Write one log line per request (off in tests that count their own output). */
	logRequests: boolean;
	maxBodyBytes?: number;
}

/** The portal's request handler, and how many requests it is answering (for a graceful shutdown). */
export interface PortalHandler {
	handle: (req: IncomingMessage, res: ServerResponse) => void;
	inFlight: () => number;
	/** From now on every response closes its connection. */
	startDraining: () => void;
}

/** Answers with a plain-text sentence (refusals before any route runs, and the last-resort 500). */
function sendText(res: ServerResponse, status: number, message: string): void {
	res.statusCode = status;
	res.setHeader('Content-Type', 'text/plain; charset=utf-8');
	res.end(`${message}\n`);
}

/**
 * Every request: an id and a log line, the security headers, the request checks, then a static
 * file (precompressed variant chosen by Accept-Encoding) or, failing that, the Astro app (compressed
 * on the fly).
 */
export function createPortalHandler(options: PortalHandlerOptions): PortalHandler {
	const staticFiles = sirv(options.clientDir, {
		dev: false,
		etag: true,
		brotli: true,
		gzip: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			res.setHeader('Cache-Control', staticCacheControl(pathname));
			// Pagefind's .pf_* and .pagefind files have no registered type; nosniff wants one.
			if (/\.(pf_\w+|pagefind)$/.test(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
			const csp = options.pageCsp.get(routePath(pathname));
			if (csp) res.setHeader('Content-Security-Policy', csp);
		},
	});
	const compress = compression({ threshold: 1024 }) as unknown as (
		req: IncomingMessage,
		res: ServerResponse,
		next: () => void,
	) => void;
	// Astro reads its prerendered 404 page from disk without a policy; it gets the one built for it.
	const notFoundCsp = options.pageCsp.get('/404');
	let inFlight = 0;
	let draining = false;

	function onDemand(req: IncomingMessage, res: ServerResponse, id: string): void {
		compress(req, res, () => {
			Promise.resolve(options.astroHandler(req, res, undefined, { requestId: id })).catch((error: unknown) => {
				logLine('error', 'unhandled error', { id, error: String((error as Error)?.stack ?? error) });
				if (!res.headersSent) sendText(res, 500, 'Something went wrong on the server; it has been logged.');
				else res.destroy();
			});
		});
	}

	function handle(req: IncomingMessage, res: ServerResponse): void {
		const startedMs = performance.now();
		const id = requestId(req);
		const pathname = (req.url ?? '/').split('?')[0]!;
		inFlight += 1;
		res.once('close', () => {
			inFlight -= 1;
			if (options.logRequests)
				logLine(res.statusCode >= 500 ? 'error' : 'info', 'request', {
					id,
					method: req.method,
					path: pathname,
					status: res.statusCode,
					ms: Math.round((performance.now() - startedMs) * 10) / 10,
				});
		});
		res.setHeader('X-Request-Id', id);
		setSecurityHeaders(res, isHttps(req, options.behindTlsProxy));
		if (draining) res.setHeader('Connection', 'close');
		onHeaders(res, function (this: ServerResponse) {
			if (!this.hasHeader('Cache-Control'))
				this.setHeader('Cache-Control', this.statusCode === 304 ? staticCacheControl(pathname) : ON_DEMAND_CACHE_CONTROL);
			const type = String(this.getHeader('Content-Type') ?? '');
			if (notFoundCsp && type.startsWith('text/html') && this.getHeader('Content-Security-Policy') === FALLBACK_CSP)
				this.setHeader('Content-Security-Policy', notFoundCsp);
		});

		const refusal = refuseRequest(req, options.maxBodyBytes);
		if (refusal) {
			res.setHeader('Connection', 'close'); // an unread body must not be taken for the next request
			return sendText(res, refusal.status, refusal.message);
		}
		if (req.method === 'GET' || req.method === 'HEAD') staticFiles(req, res, () => onDemand(req, res, id));
		else onDemand(req, res, id);
	}

	return {
		handle,
		inFlight: () => inFlight,
		startDraining: () => {
			draining = true;
		},
	};
}
