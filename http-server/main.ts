#!/usr/bin/env node
// The production server: `node http-server/main.ts` after `npm run build` (npm start does both).
// HOST, PORT, DIST_DIR, BEHIND_TLS_PROXY, LOG_REQUESTS, SHUTDOWN_GRACE_MS; the database reads
// DATABASE_URL (db/env.ts), mail SMTP_URL and MAIL_FROM (src/lib/server/mail/env.ts). README
// "Deploying" explains each.
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { readPageCsp } from './page-csp.ts';
import { createPortalHandler, type AstroHandler } from './portal-handler.ts';
import { logLine } from './request-log.ts';
import { parseMailEnv } from '../src/lib/server/mail/env.ts';

const flag = z.enum(['1', 'true', 'on', '0', 'false', 'off']).transform((v) => ['1', 'true', 'on'].includes(v));

/** The server's environment, parsed once; a bad value stops the start with its name and the reason. */
const ServerEnvSchema = z.object({
	HOST: z.string().min(1).default('127.0.0.1'),
	PORT: z.coerce.number({ error: 'expected a port number' }).int().min(0).max(65_535).default(4321),
	DIST_DIR: z.string().min(1).default('dist'),
	BEHIND_TLS_PROXY: flag.default(false),
	LOG_REQUESTS: flag.default(true),
	/** How long in-flight requests may take to finish after SIGTERM before connections are cut. */
	SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(15_000),
});

const parsed = ServerEnvSchema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));
if (!parsed.success) {
	for (const issue of parsed.error.issues) console.error(`Invalid environment: ${issue.path.join('.')}: ${issue.message}`);
	process.exit(2);
}
const env = parsed.data;
// Mail settings are checked before anything listens: a bad SMTP_URL or MAIL_FROM stops the start.
let mail: ReturnType<typeof parseMailEnv>;
try {
	mail = parseMailEnv();
} catch (error) {
	for (const line of (error as Error).message.split('\n').slice(1)) console.error(`Invalid environment: ${line.trim()}`);
	process.exit(2);
}
const dist = resolve(env.DIST_DIR);

const { handler } = (await import(pathToFileURL(join(dist, 'server', 'entry.mjs')).href)) as { handler: AstroHandler };
const portal = createPortalHandler({
	clientDir: join(dist, 'client'),
	astroHandler: handler,
	pageCsp: readPageCsp(join(dist, '_headers.json')),
	behindTlsProxy: env.BEHIND_TLS_PROXY,
	logRequests: env.LOG_REQUESTS,
});

const server = createServer(portal.handle);
// A request Node's parser refuses (malformed or oversized headers) still gets a reason.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
	if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
	const [status, reason] = error.code === 'HPE_HEADER_OVERFLOW' ? ['431 Request Header Fields Too Large', 'The request headers are too large.'] : ['400 Bad Request', `The request is malformed (${error.code ?? 'parse error'}).`];
	socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${reason}\n`);
});
server.listen(env.PORT, env.HOST, () => {
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : env.PORT;
	logLine('info', 'listening', { url: `http://${env.HOST}:${port}/`, mail: mail.smtpUrl ? `via ${mail.smtpUrl.host}` : 'not configured: the outbox keeps every message' });
	// One request of our own opens the database and, with SMTP_URL, starts the mail worker now rather
	// than on the first visitor's request (the worker lives with the pages, on their database client).
	const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
	fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`).then(
		(r) => r.status !== 200 && logLine('warn', 'start-up health check failed', { status: r.status }),
		(error: Error) => logLine('warn', 'start-up health check failed', { error: error.message }),
	);
});

/** SIGTERM/SIGINT: stop accepting, let every in-flight request (and so its queued write) finish, then exit 0. */
function shutdown(signal: string): void {
	portal.startDraining();
	logLine('info', 'shutting down', { signal, inFlight: portal.inFlight() });
	server.close(() => {
		// Then what the pages' side registered (the mail worker giving its lease up), for at most 5 s.
		const hooks = (globalThis as { [key: symbol]: (() => Promise<void>)[] | undefined })[Symbol.for('handbook-portal.shutdown-hooks')] ?? [];
		const done = Promise.allSettled(hooks.map((hook) => hook()));
		void Promise.race([done, new Promise((r) => setTimeout(r, 5_000).unref())]).then(() => {
			logLine('info', 'stopped', { signal });
			process.exit(0);
		});
	});
	server.closeIdleConnections();
	// Keep-alive connections become idle once their last response is out.
	setInterval(() => server.closeIdleConnections(), 50).unref();
	setTimeout(() => {
		logLine('warn', 'grace period over: closing connections', { inFlight: portal.inFlight() });
		server.closeAllConnections();
	}, env.SHUTDOWN_GRACE_MS).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
