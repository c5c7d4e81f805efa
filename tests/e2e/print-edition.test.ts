import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseEditionsFile } from '@lib/editions/edition-file';
import { parseDestinations } from '@lib/print/page-numbers';
import { pdfFileName, printAnchor, PRINT_COLLECTIONS } from '@lib/print/print-document';
import { formatDate } from '@rules/dates';
import { axeViolations, openPage, printDir, useBrowser } from './harness';

/**
 * Issue 11 §6, the dated printable edition: the site without PDFs, then `npm run edition:pdf` (the
 * real command, on this build) and the PDFs' text read back with poppler: every section title in
 * reading order, the edition and its date on every page, the contents' page numbers right, each
 * section's running header. Then the site offers the PDFs. Tests run in order.
 */
const browser = useBrowser();
const pdftotext = process.env.PDFTOTEXT_PATH ?? '/usr/bin/pdftotext';
const pdfinfo = join(dirname(pdftotext), 'pdfinfo');
const edition = parseEditionsFile(readFileSync('content/editions.yaml', 'utf8')).at(-1)!;
const DATE = formatDate(edition.date);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const contentFiles = (collection: string): number =>
	readdirSync(join('content', collection), { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).length;

/** The sections of a print document as its contents list them: anchor and label. */
async function tableOfContents(collection: string): Promise<{ anchor: string; label: string }[]> {
	const p = await openPage(browser(), `/print/${collection}/`);
	const toc = await p.locator('.toc li a').evaluateAll((as) => as.map((a) => ({ anchor: a.getAttribute('href')!.slice(1), label: a.querySelector('.toc-label')!.textContent!.replace(/\s+/g, ' ').trim() })));
	await p.context().close();
	return toc;
}

describe('issue 11 §6 the dated printable edition', () => {
	test('without PDFs the site says so and still offers the print documents', async () => {
		const p = await openPage(browser(), '/print/');
		expect(await p.locator('#no-pdfs').innerText()).toContain('npm run edition:pdf');
		expect(await p.locator('.print-documents a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(PRINT_COLLECTIONS.map((c) => `/print/${c}/`));
		expect(await axeViolations(p)).toEqual([]);
		await p.context().close();
	});

	test('the print document has no site chrome, a title page with the edition date, and cross-references kept as links with their section numbers', async () => {
		const p = await openPage(browser(), '/print/handbook/');
		expect(await p.locator('.site-header, .page-sidebar, .site-footer').count()).toBe(0);
		expect(await p.locator('.title-page .edition-date').innerText()).toBe(`Edition ${edition.id} of ${DATE}`);
		// 2.3 refers to the request form, attachment 2.1b, which is in the same document.
		const ref = p.locator(`#${printAnchor('2-3-vacation')} a[href="#${printAnchor('2-1-daily-time/attachment-2-1b')}"]`);
		expect(await ref.count()).toBeGreaterThan(0);
		const numbered = await p.locator('.printed-section .xref').allTextContents();
		expect(numbered.length).toBeGreaterThan(0);
		for (const x of numbered) expect(x).toMatch(/^ \((§ \d[\w.-]*|[^)]+)\)$/);
		await p.context().close();
	});

	test('npm run edition:pdf makes the three PDFs', { timeout: 300_000 }, () => {
		const out = execFileSync('tsx', ['scripts/edition-pdf.ts'], { env: { ...process.env, PRINT_DIR: printDir() }, encoding: 'utf8' });
		for (const c of PRINT_COLLECTIONS) expect(out).toContain(pdfFileName(c, edition.id));
		expect(readdirSync(printDir()).sort()).toEqual(PRINT_COLLECTIONS.map((c) => pdfFileName(c, edition.id)).sort());
	});

	describe.each(PRINT_COLLECTIONS)('the %s PDF', (collection) => {
		const pdf = () => join(printDir(), pdfFileName(collection, edition.id));
		const pages = () => execFileSync(pdftotext, [pdf(), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f').slice(0, -1);

		test('holds every section of the collection, its title in reading order', async () => {
			const toc = await tableOfContents(collection);
			expect(toc).toHaveLength(contentFiles(collection));
			const starts = parseDestinations(execFileSync(pdfinfo, ['-dests', pdf()], { encoding: 'utf8' }));
			const text = pages();
			// From the first section's page on: the body, past the title page and the contents.
			const body = squash(text.slice(starts.get(toc[0]!.anchor)! - 1).join('\n'));
			let at = 0;
			for (const { label } of toc) {
				const found = body.indexOf(label, at);
				expect(found, `${label} after position ${at}`).toBeGreaterThanOrEqual(0);
				at = found + label.length;
			}
		});

		test('names the edition and its date on every page', () => {
			const text = pages();
			expect(text.length).toBeGreaterThan(3);
			text.forEach((page, i) => expect(squash(page), `page ${i + 1}`).toContain(`Edition ${edition.id}, ${DATE}`));
		});

		test('the contents give each section the page it starts on, and that page is headed with its section and the edition', async () => {
			const toc = await tableOfContents(collection);
			const starts = parseDestinations(execFileSync(pdfinfo, ['-dests', pdf()], { encoding: 'utf8' }));
			const layout = execFileSync(pdftotext, ['-layout', pdf(), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f');
			const first = Math.min(...toc.map((s) => starts.get(s.anchor)!));
			// The contents' lines that end in a page number (a long title wraps; its number is on its first line).
			const lines = layout.slice(1, first - 1).join('\n').split('\n').map((l) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(l)).filter((m) => m !== null);
			expect(lines.length).toBe(toc.length);
			lines.forEach((m, i) => {
				expect(toc[i]!.label.startsWith(squash(m[1]!)), `${m[1]} is ${toc[i]!.label}`).toBe(true);
				expect(Number(m[2]), toc[i]!.label).toBe(starts.get(toc[i]!.anchor));
			});
			for (const s of toc) {
				const header = squash(layout[starts.get(s.anchor)! - 1]!.split('\n').find((l) => l.trim())!);
				expect(header, s.label).toContain(`Edition ${edition.id}`);
				expect(s.label.startsWith(header.replace(/\s*Edition \S+$/, '').replace(/…$/, '').trim()), `${header} heads ${s.label}`).toBe(true);
			}
		});
	});

	test('the site then offers the PDFs for download, the bytes the command wrote', async () => {
		const p = await openPage(browser(), '/print/');
		expect(await p.locator('#no-pdfs').count()).toBe(0);
		const hrefs = await p.locator('.pdf-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(hrefs).toEqual(PRINT_COLLECTIONS.map((c) => `/print/pdf/${pdfFileName(c, edition.id)}`));
		for (const href of hrefs) {
			const response = await p.request.get(href);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toBe('application/pdf');
			expect(Buffer.compare(await response.body(), readFileSync(join(printDir(), href.split('/').pop()!)))).toBe(0);
		}
		expect((await p.request.get('/print/pdf/package.json')).status()).toBe(404);
		expect(await axeViolations(p)).toEqual([]);
		await p.context().close();
	});
});
