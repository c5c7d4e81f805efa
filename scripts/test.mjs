#!/usr/bin/env node
// The one test command (`npm test`): unit and integration tests, then a production build, then the
// end-to-end and built-site tests in Debian's Chromium. Exits non-zero if any step fails.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './lib/chromium.mjs';

const run = (label, cmd, args, env = {}) => {
	console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) {
		console.error(`\n✖ ${label} failed (exit ${r.status ?? r.signal}).`);
		process.exit(r.status ?? 1);
	}
};

const chromium = ensureChromium();
run('content collection types', 'astro', ['sync']);
run('type check (TypeScript strict)', 'tsc', ['--noEmit', '-p', '.']);
run('unit and integration tests', 'vitest', ['run']);
run('rules tests in far-off time zones', 'vitest', ['run', 'tests/rules'], { TZ: 'Pacific/Apia' });
run('rules tests in far-off time zones', 'vitest', ['run', 'tests/rules'], { TZ: 'America/Santiago' });
run('production build with search index', 'npm', ['run', 'build']);
run('end-to-end tests (Chromium)', 'vitest', ['run', '--config', 'tests/e2e/vitest.config.ts'], { CHROMIUM_PATH: chromium });
console.log('\n✔ All test suites passed.');
