#!/usr/bin/env node
/**
 * JavaScript weight of each calculator page, after `npm run build`: the script srcs (and inline
 * module scripts) of dist/client/tools/<name>/index.html, plus every module they import statically
 * from dist/client/_astro, raw and gzipped. Dynamic import() chunks are not counted: they load only
 * when used. Target (issue 3): under 30 KB gzipped per page. Exit code 1 when a page is over.
 * Usage: [DIST_DIR=dist] node bench/calculators.mjs [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

// DIST_DIR as in astro.config.mjs and bench/site.mjs, relative to the project root.
const CLIENT = join(new URL('..', import.meta.url).pathname, process.env.DIST_DIR ?? 'dist', 'client');
const TOOLS = join(CLIENT, 'tools');
const TARGET_GZIP_BYTES = 30 * 1024;

if (!existsSync(TOOLS)) {
	console.error(`bench/calculators.mjs: ${TOOLS} is missing; run \`npm run build\` first.`);
	process.exit(2);
}

/** Static import and re-export specifiers of a minified ES module (not dynamic import()). */
function staticImports(code) {
	const found = new Set();
	const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
	for (const match of code.matchAll(pattern)) found.add(match[1]);
	return [...found];
}

/** Every file a page loads at start: its script srcs and their static imports, transitively. */
function pageModules(html) {
	const files = new Set();
	const inline = [];
	const queue = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(match[1])?.[1];
		if (src) queue.push(src);
		else if (match[2].trim() && !/type="application\/(ld\+)?json"/.test(match[1])) {
			inline.push(match[2]);
			for (const spec of staticImports(match[2])) queue.push(spec);
		}
	}
	while (queue.length) {
		const path = queue.shift();
		if (!path.startsWith('/')) continue;
		const file = join(CLIENT, path);
		if (files.has(file) || !existsSync(file)) continue;
		files.add(file);
		const code = readFileSync(file, 'utf8');
		for (const spec of staticImports(code))
			queue.push(spec.startsWith('.') ? posix.join(posix.dirname(path), spec) : spec);
	}
	return { files: [...files], inline };
}

const rows = [];
for (const name of readdirSync(TOOLS).sort()) {
	const page = join(TOOLS, name, 'index.html');
	if (!existsSync(page)) continue;
	const { files, inline } = pageModules(readFileSync(page, 'utf8'));
	const sources = [...files.map((f) => readFileSync(f)), ...inline.map((s) => Buffer.from(s))];
	const rawBytes = sources.reduce((sum, b) => sum + b.length, 0);
	// Each file is gzipped on its own, as a server sends it.
	const gzipBytes = sources.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
	rows.push({
		page: `/tools/${name}/`,
		files: sources.length,
		rawBytes,
		gzipBytes,
		underTarget: gzipBytes < TARGET_GZIP_BYTES,
	});
}

// Section pages with an embedded calculator: what they load before the form is first used.
const sections = [];
for (const collection of ['handbook', 'ethics']) {
	const dir = join(CLIENT, collection);
	if (!existsSync(dir)) continue;
	for (const entry of readdirSync(dir, { recursive: true })) {
		if (!String(entry).endsWith('index.html')) continue;
		const html = readFileSync(join(dir, String(entry)), 'utf8');
		if (!html.includes('data-lazy')) continue;
		const { files, inline } = pageModules(html);
		const sources = [...files.map((f) => readFileSync(f)), ...inline.map((x) => Buffer.from(x))];
		sections.push({
			page: `/${collection}/${String(entry).replace(/index\.html$/, '')}`,
			files: sources.length,
			rawBytes: sources.reduce((n, b) => n + b.length, 0),
			gzipBytes: sources.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
		});
	}
}

if (process.argv.includes('--json'))
	console.log(JSON.stringify({ calculatorPages: rows, sectionPagesBeforeUse: sections }, null, 2));
else {
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
	console.log('Calculator page JavaScript (loaded at start; target < 30 KB gzipped)');
	console.log(
		`${'page'.padEnd(34)}${'files'.padStart(6)}${'raw'.padStart(11)}${'gzip'.padStart(11)}  ok`,
	);
	for (const r of rows)
		console.log(
			`${r.page.padEnd(34)}${String(r.files).padStart(6)}${kb(r.rawBytes).padStart(11)}${kb(r.gzipBytes).padStart(11)}  ${r.underTarget ? 'yes' : 'NO'}`,
		);
	console.log(
		'\nSection pages with an embedded calculator: JavaScript before the form is first used',
	);
	for (const r of sections)
		console.log(
			`${r.page.slice(0, 60).padEnd(62)}${String(r.files).padStart(4)}${kb(r.rawBytes).padStart(10)}${kb(r.gzipBytes).padStart(10)}`,
		);
}
process.exitCode = rows.every((r) => r.underTarget) ? 0 : 1;
