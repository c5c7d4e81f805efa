/**
 * Verifies the audit log's hash chain and names the first broken entry. Exit code 0 when intact,
 * 2 when broken. Usage: tsx scripts/db-verify-audit.ts
 */
import { createDb } from '../db/client';
import { parseDbEnv } from '../db/env';
import { verifyAuditChain } from '../src/lib/server/audit';

async function main(): Promise<number> {
	const env = parseDbEnv();
	const db = await createDb({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
	try {
		const result = await verifyAuditChain(db);
		if (result.ok) {
			console.log(`Audit chain intact: ${result.entries} entries verified.`);
			return 0;
		}
		console.error(
			`Audit chain BROKEN at entry ${result.brokenSeq}: ${result.reason} (${result.entries} entries before it verified).`,
		);
		return 2;
	} finally {
		db.$client.close();
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(`Audit verification failed to run: ${(error as Error).message}`);
		process.exit(1);
	},
);
