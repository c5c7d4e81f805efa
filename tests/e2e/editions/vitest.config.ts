import { defineConfig } from 'vitest/config';
import e2e from '../vitest.config.ts';

/** Issue 11: the site built from the second-edition fixture (DIST_DIR=dist-editions, made by npm test). */
export default defineConfig({
	resolve: e2e.resolve,
	test: { ...e2e.test, include: ['tests/e2e/editions/**/*.test.ts'], exclude: [] },
});
