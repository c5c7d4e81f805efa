import { createDb, type Db } from '@db/client';
import { parseDbEnv, type DbEnv } from '@db/env';
import { createThrottlers, type Throttlers } from './throttle';

/** What the signed-in area needs per server process: the database, throttlers, cookie policy. */
export interface Services {
	db: Db;
	throttlers: Throttlers;
	/** Secure cookies (HTTPS only) in production. */
	secureCookies: boolean;
}

/** Builds the services from a parsed environment (tests pass their own temporary database). */
export async function createServices(env: DbEnv, db?: Db): Promise<Services> {
	return {
		db: db ?? (await createDb({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN })),
		throttlers: createThrottlers(),
		secureCookies: env.NODE_ENV === 'production',
	};
}

let serverServices: Promise<Services> | undefined;

/** The server's services, created on the first on-demand request (never at import time, so builds
 * and tests that import pages do not open the database). */
export function getServerServices(): Promise<Services> {
	serverServices ??= createServices(parseDbEnv());
	return serverServices;
}
