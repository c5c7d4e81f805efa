#!/usr/bin/env node
// `npm start`: builds the site when the build is missing or older than its sources, prepares the
// database (migrations, first-run setup link), then serves everything on http://localhost:4321.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'content', 'rules', 'db', 'public', 'astro.config.mjs', 'package-lock.json'];
const DIST = process.env.DIST_DIR ?? 'dist';
const STAMP = `${DIST}/server/entry.mjs`;

function newestMtimeMs(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = 0;
	for (const e of readdirSync(path)) newest = Math.max(newest, newestMtimeMs(join(path, e)));
	return newest;
}

function step(label, cmd, args) {
	console.log(`▶ ${label}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit' });
	if (r.status !== 0) {
		console.error(`✖ ${label} failed (exit ${r.status ?? r.signal}).`);
		process.exit(r.status ?? 1);
	}
}

const stale = !existsSync(STAMP) || !existsSync(`${DIST}/client/pagefind/pagefind.js`) || Math.max(...SOURCES.map(newestMtimeMs)) > statSync(STAMP).mtimeMs;
if (stale) step('Building the site and its search index (about a minute the first time)', 'npm', ['run', 'build']);
if (existsSync('scripts/db-prepare.ts')) step('Preparing the database', 'tsx', ['scripts/db-prepare.ts']);

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '4321';
const server = spawn('node', ['http-server/main.ts'], { stdio: 'inherit', env: { ...process.env, HOST: host, PORT: port } });
console.log(`\n✔ Handbook Portal: http://localhost:${port}/  (Ctrl+C to stop)\n`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
