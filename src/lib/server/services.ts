import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { createDb, type Db } from '@db/client';
import { parseDbEnv, type DbEnv } from '@db/env';
import { parseMailEnv, type MailEnv } from './mail/env';
import { createSmtpTransport } from './mail/transport';
import { createMailWorker } from './mail/worker';
import { PLAN_EVERY_MS, runSchedule } from './mail/schedule-timer';
import { createThrottlers, type Throttlers } from './throttle';
import { createSignOn, type SignOn } from './oidc/sign-on';

/** What the signed-in area needs per server process: the database, throttlers, cookie policy, mail. */
export interface Services {
	db: Db;
	throttlers: Throttlers;
	/** Secure cookies (HTTPS only) in production. */
	secureCookies: boolean;
	/** The mail settings: `smtpUrl` null means nothing is sent and the outbox keeps every message. */
	mail: MailEnv;
	/** Sign-in methods, the signing re-authentication window, and the identity provider (issue 10). */
	signOn: SignOn;
}

/** Builds the services from a parsed environment (tests pass their own temporary database). */
export async function createServices(
	env: DbEnv,
	db?: Db,
	mail: MailEnv = parseMailEnv({}),
	signOn: SignOn = createSignOn({}, () => {}),
): Promise<Services> {
	return {
		db: db ?? (await createDb({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN })),
		throttlers: createThrottlers(),
		secureCookies: env.NODE_ENV === 'production',
		mail,
		signOn,
	};
}

/** Logs a single sign-on problem as the server's other lines are logged (one JSON line each). */
function logSignOnProblem(message: string): void {
	console.error(JSON.stringify({ level: 'error', msg: 'single sign-on unavailable', detail: message }));
}

/** Work the server runs after draining and before exiting; shared through globalThis because the
 * server's entry and this bundle are separate module graphs. */
export const SHUTDOWN_HOOKS = Symbol.for('handbook-portal.shutdown-hooks');
function shutdownHooks(): (() => Promise<void>)[] {
	const store = globalThis as { [SHUTDOWN_HOOKS]?: (() => Promise<void>)[] };
	return (store[SHUTDOWN_HOOKS] ??= []);
}

/** How often the mail worker looks for due messages when the queue is idle. */
const MAIL_POLL_MS = 2_000;

let serverServices: Promise<Services> | undefined;

/**
 * The server's services, created on the first on-demand request (never at import time, so builds
 * and tests that import pages do not open the database); the server makes that request itself at
 * start (http-server/main.ts). With SMTP_URL set, the mail worker starts here, on the same database
 * client as the pages, so that all of this process's writes go through its one write queue.
 */
export function getServerServices(): Promise<Services> {
	serverServices ??= createServices(parseDbEnv(), undefined, parseMailEnv(), createSignOn(process.env, logSignOnProblem)).then((services) => {
		const { mail } = services;
		// Discovered at start (the server's own first request), so a wrong or unreachable issuer is
		// reported in the log at once rather than at the first sign-in.
		if (services.signOn.offered) void services.signOn.provider(Date.now());
		if (mail.smtpUrl) {
			const worker = createMailWorker({
				db: services.db,
				transport: createSmtpTransport({ ...mail, smtpUrl: mail.smtpUrl }),
				from: mail.from,
				holder: `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`,
				now: () => Date.now(),
				ratePerSecond: mail.ratePerSecond,
				maxAttempts: mail.maxAttempts,
			});
			worker.start(MAIL_POLL_MS, (error) =>
				console.error(JSON.stringify({ level: 'error', msg: 'mail worker round failed', error: error instanceof Error ? error.message : String(error) })),
			);
			// On SIGTERM/SIGINT the server drains its requests, then runs these hooks before it exits
			// (http-server/main.ts): the worker gives its lease up, so a restarted or second process can
			// send at once instead of waiting for the lease to lapse.
			shutdownHooks().push(() => worker.stop());
			const schedule = runSchedule(services.db, process.env.SITE_URL ?? 'http://localhost:4321', PLAN_EVERY_MS);
			shutdownHooks().push(async () => schedule.stop());
		}
		return services;
	});
	return serverServices;
}
