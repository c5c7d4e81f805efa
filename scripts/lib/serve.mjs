// Starts the production server (http-server/main.ts over the build in DIST_DIR) on a free loopback port for tests and benchmarks.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Starts the server with the given extra environment (PORT in it is honoured); resolves once it answers on `/`. */
export async function startServer(extraEnv = {}) {
	const port = Number(extraEnv.PORT ?? (await freePort()));
	const baseUrl = `http://127.0.0.1:${port}`;
	const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port), SITE_URL: baseUrl, ...extraEnv };
	const dist = process.env.DIST_DIR ?? 'dist';
	const child = spawn('node', ['http-server/main.ts'], { env: { ...env, DIST_DIR: dist }, stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(`${baseUrl}/`)).ok) break;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill();
			throw new Error(`The server did not start:\n${log}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return { baseUrl, port, env, child, log: () => log, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
}
