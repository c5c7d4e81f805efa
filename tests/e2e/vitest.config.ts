import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config';

/** End-to-end and built-site tests: run after `npm run build`, against the real server, in Chromium. */
export default mergeConfig(
	base,
	defineConfig({
		test: {
			include: ['tests/e2e/**/*.test.ts'],
			exclude: ['node_modules/**'],
			globalSetup: ['tests/e2e/global-setup.ts'],
			// One browser at a time: these machines have two cores.
			fileParallelism: false,
			testTimeout: 60_000,
			hookTimeout: 120_000,
		},
	}),
);
