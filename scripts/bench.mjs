#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/, in turn; exits non-zero when a target is missed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const BENCHES = [
	['site', 'node', ['bench/site.mjs']],
	['calculator pages', 'node', ['bench/calculators.mjs']],
	['rules throughput', 'tsx', ['bench/rules.ts']],
	// --expose-gc lets the load generator collect its seeding garbage before it measures.
	['signed-in area', 'tsx', ['bench/account.ts'], { NODE_OPTIONS: '--expose-gc' }],
	['mail delivery', 'tsx', ['bench/mail.ts']],
];
let failed = 0;
for (const [name, cmd, args, env = {}] of BENCHES) {
	if (!existsSync(args[0])) continue;
	console.log(`\n▶ ${name}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
