import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

/** End-to-end and built-site tests: run after `npm run build`, against the real server, in Chromium.
 * Not merged with the base config (mergeConfig would concatenate the include lists); only its aliases are shared. */
export default defineConfig({
	resolve: base.resolve,
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		// The editions tests run against the fixture build with a second edition (tests/e2e/editions/vitest.config.ts).
		exclude: ['tests/e2e/editions/**'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		pool: 'forks',
		// One browser at a time: these machines have two cores.
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});
