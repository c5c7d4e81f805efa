import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startServer } from '../../scripts/lib/serve.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		setupUrl: string;
		databaseUrl: string;
		printDir: string;
	}
}

/**
 * Serves the built site (dist/) on a free loopback port with a fresh temporary database, for every
 * end-to-end test file. The database is prepared by scripts/db-prepare.ts, whose one-time setup link
 * the first-run test uses.
 */
export default async function setup(project: TestProject) {
	const dist = process.env.DIST_DIR ?? 'dist';
	if (!existsSync(`${dist}/server/entry.mjs`) || !existsSync(`${dist}/client/pagefind/pagefind.js`)) {
		throw new Error('The site is not built: run `npm run build` first (npm test does it for you).');
	}
	const dir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
	const databaseUrl = `file:${join(dir, 'portal.db')}`;
	const port = await freePort();
	// Empty at first: the site must work without PDFs; tests/e2e/print-edition.test.ts makes them here.
	const printDir = join(dir, 'print');
	const env = { DATABASE_URL: databaseUrl, NODE_ENV: 'production', PORT: String(port), SITE_URL: `http://127.0.0.1:${port}`, PRINT_DIR: printDir };
	let setupUrl = '';
	if (existsSync('scripts/db-prepare.ts')) {
		const prep = spawnSync('tsx', ['scripts/db-prepare.ts'], { env: { ...process.env, ...env }, encoding: 'utf8' });
		if (prep.status !== 0) throw new Error(`db-prepare failed:\n${prep.stdout}\n${prep.stderr}`);
		setupUrl = /(https?:\/\/\S+\/setup\/\S+)/.exec(prep.stdout)?.[1] ?? '';
	}
	const server = await startServer(env);
	project.provide('baseUrl', server.baseUrl);
	project.provide('setupUrl', setupUrl.replace(/^https?:\/\/[^/]+/, server.baseUrl));
	project.provide('databaseUrl', databaseUrl);
	project.provide('printDir', printDir);
	return async () => {
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	};
}
