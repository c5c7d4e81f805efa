import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		setupUrl: string;
		databaseUrl: string;
	}
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
	});
}

/**
 * Serves the built site (dist/) on a free loopback port with a fresh temporary database, for every
 * end-to-end test file. The database is prepared by scripts/db-prepare.ts, whose one-time setup link
 * the first-run test uses.
 */
export default async function setup(project: TestProject) {
	if (!existsSync('dist/server/entry.mjs') || !existsSync('dist/client/pagefind/pagefind.js')) {
		throw new Error('The site is not built: run `npm run build` first (npm test does it for you).');
	}
	const dir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
	const databaseUrl = `file:${join(dir, 'portal.db')}`;
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const env = { ...process.env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(port), SITE_URL: baseUrl, NODE_ENV: 'production' };
	let setupUrl = '';
	if (existsSync('scripts/db-prepare.ts')) {
		const prep = spawnSync('tsx', ['scripts/db-prepare.ts'], { env, encoding: 'utf8' });
		if (prep.status !== 0) throw new Error(`db-prepare failed:\n${prep.stdout}\n${prep.stderr}`);
		setupUrl = /(https?:\/\/\S+\/setup\/\S+)/.exec(prep.stdout)?.[1] ?? '';
	}
	const server: ChildProcess = spawn('node', ['dist/server/entry.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	server.stdout?.on('data', (d) => (log += d));
	server.stderr?.on('data', (d) => (log += d));
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(`${baseUrl}/`)).ok) break;
		} catch {
			// not listening yet
		}
		if (server.exitCode !== null || Date.now() > deadline) throw new Error(`The server did not start:\n${log}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	project.provide('baseUrl', baseUrl);
	project.provide('setupUrl', setupUrl);
	project.provide('databaseUrl', databaseUrl);
	return async () => {
		server.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	};
}
