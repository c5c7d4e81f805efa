/**
 * Run by `npm start` before the server: opens the database (file by default, DATABASE_URL
 * otherwise), applies the committed migrations, and while no administrator exists prints a one-time
 * setup link. Exits non-zero with a clear message when the database is unreachable or ahead of the code.
 */
import { createDb } from '../db/client';
import { writeTransaction } from '../db/write-queue';
import { parseDbEnv } from '../db/env';
import { DatabaseStartupError, migrateDb } from '../db/migrate';
import { administratorExists } from '../src/lib/server/accounts';
import { appendAudit } from '../src/lib/server/audit';
import { createOneTimeLink, revokeOneTimeLinks } from '../src/lib/server/one-time-links';
import { deleteExpiredSessions } from '../src/lib/server/session';
import { deleteExpiredSignInRequests } from '../src/lib/server/oidc/sign-in-requests';

async function main(): Promise<void> {
	const env = parseDbEnv();
	const baseUrl = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 4321}`;
	const db = await createDb({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
	try {
		const { applied } = await migrateDb(db);
		const where = env.DATABASE_URL.startsWith('file:')
			? env.DATABASE_URL.slice(5)
			: env.DATABASE_URL.replace(/\/\/[^@]*@/, '//');
		console.log(`Database ready (${where}); ${applied} migration(s) applied.`);
		const nowMs = Date.now();
		await deleteExpiredSessions(db, nowMs);
		await deleteExpiredSignInRequests(db, nowMs);
		if (!(await administratorExists(db))) {
			const link = await writeTransaction(db, async (tx) => {
				// A new start replaces the previous setup link: only the link printed last works.
				await revokeOneTimeLinks(tx, 'setup', null, nowMs);
				const url = await createOneTimeLink(tx, { kind: 'setup', userId: null, baseUrl }, nowMs);
				await appendAudit(
					tx,
					{ actorUserId: null, action: 'setup.link-issued', subject: 'system' },
					nowMs,
				);
				return url;
			});
			console.log(
				'\nNo administrator exists yet. Open this one-time link to create the first one (valid 24 hours):',
			);
			console.log(`  ${link}\n`);
		}
	} finally {
		db.$client.close();
	}
}

main().catch((error: unknown) => {
	const message =
		error instanceof DatabaseStartupError || error instanceof Error ? error.message : String(error);
	console.error(`\nThe server cannot start: ${message}\n`);
	process.exit(1);
});
