// `npm run edition:pdf`: prints the current edition's three documents (Employee Handbook; Ethics &
// Conduct; Procedures) from the built site to PDF with Debian's Chromium through playwright-core.
// Each is printed twice: the first printing tells on which page each section starts (its named
// destination, read with poppler's pdfinfo), the second carries those page numbers in the table of
// contents. Needs `npm run build` first; writes to PRINT_DIR (default editions-pdf/), where the
// site's /print/ page offers them. DIST_DIR moves the build.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium, ensurePdfTools } from './lib/chromium.mjs';
import { pdfFileName, PRINT_COLLECTIONS } from '../src/lib/print/print-document.ts';
import { parseDestinations, samePages } from '../src/lib/print/page-numbers.ts';

const client = resolve(process.env.DIST_DIR ?? 'dist', 'client');
const out = resolve(process.env.PRINT_DIR ?? 'editions-pdf');
if (!existsSync(join(client, 'print', 'handbook', 'index.html'))) {
	console.error(`edition:pdf: no printable edition in ${client}; run \`npm run build\` first.`);
	process.exit(1);
}
const pdfinfo = join(dirname(ensurePdfTools()), 'pdfinfo');
// The pages are read straight from the build (no server, no database): a made-up origin routed to dist/client.
const ORIGIN = 'http://print.invalid';
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json' };
const MAX_PRINTINGS = 4;

const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const work = mkdtempSync(join(tmpdir(), 'edition-pdf-'));
mkdirSync(out, { recursive: true });
try {
	const context = await browser.newContext();
	await context.route(`${ORIGIN}/**`, async (route) => {
		const path = decodeURIComponent(new URL(route.request().url()).pathname);
		let file = join(client, path);
		if (!file.startsWith(client)) return route.fulfill({ status: 400 });
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
		return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
	});
	const page = await context.newPage();
	for (const collection of PRINT_COLLECTIONS) {
		await page.goto(`${ORIGIN}/print/${collection}/`, { waitUntil: 'load' });
		const edition = await page.locator('body').getAttribute('data-edition');
		if (!edition) throw new Error(`/print/${collection}/ names no edition`);
		const draft = join(work, `${collection}.pdf`);
		let pages = new Map<string, number>();
		let printings = 0;
		for (;;) {
			printings += 1;
			writeFileSync(draft, await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));
			const found = parseDestinations(execFileSync(pdfinfo, ['-dests', draft], { encoding: 'utf8' }));
			if (printings > 1 && samePages(found, pages)) break;
			if (printings === MAX_PRINTINGS) throw new Error(`${collection}: the page numbers did not settle after ${MAX_PRINTINGS} printings`);
			pages = found;
			const numbers = Object.fromEntries(pages);
			const missing = await page.evaluate((n) => {
				let lost = 0;
				for (const span of document.querySelectorAll<HTMLElement>('.toc-page')) {
					const p = n[span.dataset.anchor ?? ''];
					if (p === undefined) lost += 1;
					else span.textContent = String(p);
				}
				return lost;
			}, numbers);
			if (missing > 0) throw new Error(`${collection}: ${missing} sections have no page in the printed PDF`);
		}
		const target = join(out, pdfFileName(collection, edition));
		copyFileSync(draft, target);
		console.log(`${target}: ${pages.size} sections, ${printings} printings`);
	}
} finally {
	await browser.close();
	rmSync(work, { recursive: true, force: true });
}
