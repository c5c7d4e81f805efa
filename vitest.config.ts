import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { editionsPlugin } from './src/lib/build/vite-plugin-editions.ts';
import { CONTENT_DIR } from './src/lib/build/content-dir.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Unit and integration tests (rules, db, server, site). End-to-end tests have their own config. */
export default defineConfig({
	plugins: [editionsPlugin(CONTENT_DIR)],
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
