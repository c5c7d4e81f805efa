#!/usr/bin/env node
// Site benchmark: build time with indexing, pages, HTML weight, the page shell, CSS and JavaScript on
// content pages, the Pagefind index and the bytes the first search fetches. Prints a table with targets.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../scripts/lib/chromium.mjs';
import { startServer } from '../scripts/lib/serve.mjs';

const DIST = `${process.env.DIST_DIR ?? 'dist'}/client`;
const gz = (s) => gzipSync(s, { level: 9 }).length;
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
function* files(dir, ext) {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, e.name);
		if (e.isDirectory()) yield* files(full, ext);
		else if (full.endsWith(ext)) yield full;
	}
}

const started = performance.now();
execSync('npm run build', { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const pages = [...files(DIST, '.html')].map((f) => ({ f, html: readFileSync(f, 'utf8') }));
const content = pages.filter((p) => /\/(handbook|ethics|procedures)\/.+\/index\.html$/.test(p.f));
const raw = pages.map((p) => Buffer.byteLength(p.html));
const zipped = pages.map((p) => gz(p.html));
// The shell: a section page with its own text (the rendered MDX inside data-section-body) removed, and
// the calculators some sections embed (measured on their own by bench/calculators.mjs).
const shells = content.map((p) =>
	gz(p.html.replace(/(<div data-section-body[^>]*>)[\s\S]*?(<\/div><!--section-body-->)/, '$1$2').replace(/<div data-embedded-tools[^>]*>[\s\S]*?<\/div><!--embedded-tools-->/, '')),
);
const scriptsOn = (html) => [...html.matchAll(/<script\b[^>]*>/g)].length;
const contentJs = content.filter((p) => scriptsOn(p.html) > 0 && !/data-calculator/.test(p.html));
const css = [...files(join(DIST, '_astro'), '.css')].map((f) => readFileSync(f));
const cssGz = css.reduce((n, b) => n + gz(b), 0);
const pagefindBytes = [...files(join(DIST, 'pagefind'), '')].filter((f) => !/\.(br|gz)$/.test(f)).reduce((n, f) => n + statSync(f).size, 0);

/** Bytes on the wire (the body as sent, before any decoding) for one request. */
const wireBytes = (url, acceptEncoding) =>
	new Promise((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
			let n = 0;
			res.on('data', (d) => (n += d.length));
			res.on('end', () => resolve({ bytes: n, encoding: res.headers['content-encoding'] ?? 'identity' }));
		}).on('error', reject);
	});
const heaviest = [...pages].sort((a, b) => b.html.length - a.html.length).slice(0, 5).map((p) => `/${relative(DIST, p.f).replace(/index\.html$/, '')}`);
const wire = [];

let searchBytes = 0;
const server = await startServer({ DATABASE_URL: 'file::memory:', LOG_REQUESTS: '0' });
try {
	for (const path of heaviest) {
		const [identity, br, gzip] = await Promise.all(['identity', 'br', 'gzip'].map((enc) => wireBytes(`${server.baseUrl}${path}`, enc)));
		wire.push({ path, identity, br, gzip });
	}
	const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
	const page = await browser.newPage();
	const sizes = [];
	page.on('requestfinished', async (req) => {
		if (/\/pagefind\/|sections\.json/.test(req.url())) sizes.push((await req.sizes()).responseBodySize);
	});
	await page.goto(`${server.baseUrl}/search/?q=vacation`);
	await page.waitForSelector('#search-results li', { timeout: 20_000 });
	await page.waitForTimeout(300);
	searchBytes = sizes.reduce((a, b) => a + b, 0);
	await browser.close();
} finally {
	await server.stop();
}

const rows = [
	['pages built', String(pages.length), ''],
	['build + index time', `${buildSeconds.toFixed(1)} s`, '< 60 s', buildSeconds < 60],
	['HTML per page, median / max', `${kB(median(raw))} / ${kB(Math.max(...raw))}`, ''],
	['HTML per page gzip, median / max', `${kB(median(zipped))} / ${kB(Math.max(...zipped))}`, ''],
	['page shell gzip (section page minus its text), median / max', `${kB(median(shells))} / ${kB(Math.max(...shells))}`, '< 5 kB', Math.max(...shells) < 5 * 1024],
	['all CSS gzip', kB(cssGz), '< 12 kB', cssGz < 12 * 1024],
	['content pages shipping JavaScript (calculator sections excepted)', String(contentJs.length), '0', contentJs.length === 0],
	['Pagefind index size', kB(pagefindBytes), ''],
	['bytes fetched by the first search', kB(searchBytes), '< 200 kB', searchBytes < 200 * 1024],
	...wire.map((w) => [
		`on the wire ${w.path.slice(0, 40)}: identity → br / gzip`,
		`${kB(w.identity.bytes)} → ${kB(w.br.bytes)} / ${kB(w.gzip.bytes)}`,
		'compressed',
		w.br.encoding === 'br' && w.gzip.encoding === 'gzip' && w.br.bytes < w.identity.bytes / 2,
	]),
];
console.log('\nSite benchmark');
for (const [name, value, target, ok] of rows) console.log(`  ${name.padEnd(62)} ${value.padStart(18)}  ${target ? `${target} ${ok ? '✔' : '✖'}` : ''}`);
process.exitCode = rows.some((r) => r[3] === false) ? 1 : 0;
