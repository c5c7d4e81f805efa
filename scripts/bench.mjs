#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/, in turn; exits non-zero when a target is missed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const BENCHES = [
	['site', 'node', ['bench/site.mjs']],
	['calculator pages', 'node', ['bench/calculators.mjs']],
	['rules throughput', 'tsx', ['bench/rules.ts']],
	['signed-in area', 'tsx', ['bench/account.ts']],
];
let failed = 0;
for (const [name, cmd, args] of BENCHES) {
	if (!existsSync(args[0])) continue;
	console.log(`\n▶ ${name}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit' });
	if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
