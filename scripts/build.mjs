#!/usr/bin/env node
// `npm run build`: the Astro build, then the Pagefind index over the prerendered pages.
// DIST_DIR moves the output (default dist/), so two builds on one machine need not collide.
import { spawnSync } from 'node:child_process';

const dist = process.env.DIST_DIR ?? 'dist';
for (const [cmd, args] of [
	['astro', ['build']],
	['pagefind', ['--site', `${dist}/client`]],
]) {
	const r = spawnSync(cmd, args, { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
