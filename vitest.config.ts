import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Unit and integration tests (rules, db, server, site). End-to-end tests have their own config. */
export default defineConfig({
	resolve: {
		alias: {
			'@rules': here('./rules'),
			'@db': here('./db'),
			'@lib': here('./src/lib'),
			'@components': here('./src/components'),
		},
	},
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		pool: 'forks',
		testTimeout: 20_000,
	},
});
