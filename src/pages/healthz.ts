import type { APIRoute } from 'astro';
import { sql } from 'drizzle-orm';
import { migrationState } from '@db/migrate';
import journal from '@db/migrations/meta/_journal.json';
import { getServerServices } from '@lib/server/services';

/** Served on demand: it must see the database as it is now. */
export const prerender = false;

/**
 * GET /healthz for the load balancer and the operator: 200 when the process answers, the database
 * is reachable and its migrations are the ones this release knows; 503 otherwise. The body names
 * what is wrong but never the database URL, a path or an error's text.
 */
export const GET: APIRoute = async () => {
	const checks: { database: string; migrations: string } = { database: 'unknown', migrations: 'unknown' };
	try {
		const { db } = await getServerServices();
		await db.run(sql`SELECT 1`);
		checks.database = 'reachable';
		const state = await migrationState(db, journal.entries);
		checks.migrations = state.current
			? 'current'
			: [state.pending && `${state.pending} pending`, state.unknown && `${state.unknown} unknown to this release`].filter(Boolean).join(', ');
	} catch {
		if (checks.database === 'unknown') checks.database = 'unreachable';
	}
	const ok = checks.database === 'reachable' && checks.migrations === 'current';
	return new Response(JSON.stringify({ status: ok ? 'ok' : 'unavailable', ...checks }), {
		status: ok ? 200 : 503,
		headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
	});
};
