import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { baseUrl, useBrowser } from './harness';

const browser = useBrowser();
const pdftotext = process.env.PDFTOTEXT_PATH ?? '/usr/bin/pdftotext';
const pdfinfo = join(dirname(pdftotext), 'pdfinfo');
const dir = mkdtempSync(join(tmpdir(), 'record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A name to find in the printout, and nowhere else. */
const NAME = 'Jordan Q. Testperson';

/** Opens a discipline result, types the name, prints the record to a Letter PDF and reads it back. */
async function printRecord(path: string) {
	const context = await browser().newContext({ baseURL: baseUrl() });
	// There is no print dialog to drive: count the calls, then print the page as Chromium would.
	await context.addInitScript('window.print = () => { window.__printed = (window.__printed || 0) + 1; };');
	const page = await context.newPage();
	await page.goto(path);
	await page.locator('.calc-answer').waitFor();
	await page.fill('[data-record-name]', NAME);
	await page.click('[data-print-record]');
	const printed = await page.evaluate(() => (window as unknown as { __printed?: number }).__printed);
	// Read before printing: Chromium fires afterprint once the PDF is made, which empties the record.
	const rows = await page.locator('#print-record tbody tr').evaluateAll((trs) =>
		trs.map((tr) => [...tr.children].map((td) => td.textContent)),
	);
	const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
	// A browser's usual print margins, so "one page" holds on paper, not only edge to edge.
	writeFileSync(file, await page.pdf({ format: 'Letter', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } }));
	const info = execFileSync(pdfinfo, [file], { encoding: 'utf8' });
	const text = execFileSync(pdftotext, [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	const kept = await page.evaluate(() => ({
		url: location.href,
		storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
	}));
	const afterPrint = await page.evaluate(() => ({
		holder: document.getElementById('print-record')?.textContent ?? '',
		mode: document.documentElement.dataset.print ?? null,
	}));
	await context.close();
	return { printed, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text, rows, kept, afterPrint };
}

describe('a discipline result prints as a one-page record for the file (issue 13 §5)', () => {
	test.each([
		{
			name: '§3.3 MOU (5)(c) court: the third unexcused occurrence in 24 months, one day excused under (6)(c)',
			path: '/tools/court-discipline/?asOf=2025-06-01&missedHearings.0.date=2024-09-03&missedHearings.1.date=2025-01-06&missedHearings.2.date=2025-05-12&missedHearings.3.date=2025-05-20&missedHearings.3.facts.excusedBySignedOrder=yes',
			expected: [
				/Court attendance discipline: record for the file/,
				/Step 3: 7-day suspension/,
				/3 day\(s\) served without pay; 4 day\(s\) on paper/,
				/never sick leave\) may replace up to 2 of the 3 unpaid day/,
				/2025-05-20: excused under MOU \(6\)\(c\)/,
				/3\.3 MOU \(5\)\(c\): “?"?a seven \(7\) days suspension/,
				/Supervisor: _+ Date/,
			],
			rows: [
				['2024-09-03', 'occurrence 1 in 24 months', '1', 'Written reprimand', 'on 2026-09-03'],
				['2025-01-06', 'occurrence 2 in 24 months', '2', '3-day suspension', 'on 2027-01-06'],
				['2025-05-12', 'occurrence 3 in 24 months', '3', '7-day suspension', 'on 2027-05-12'],
			],
		},
		{
			name: '§3.4 MOA 8.C, 9 attendance: step 4 since 2025-10-01, missed 2026-03-02 without calling in',
			path: '/tools/attendance-discipline/?asOf=2026-03-31&_standing=on&standing.step=4&standing.lastActionOn=2025-10-01&unauthorizedAbsences.0.date=2026-03-02',
			expected: [
				/Attendance discipline: record for the file/,
				/Step 6: 3-day suspension/,
				/0 day\(s\) served without pay; 3 day\(s\) on paper/,
				/no wages lost/,
				/Standing entered: step 4 \(2nd written reprimand\) since the disciplinary action of 2025-10-01/,
				/3\.4 MOA 9:/,
			],
			rows: [
				[
					'2026-03-02',
					'offenses 5 and 6, no call-in',
					'6',
					'3-day suspension',
					'when the progression starts over: after 2028-03-02, unless another action comes first',
				],
			],
		},
		{
			name: '§3.3 MOU (5)(f) court: a long history (six occurrences, excused and pending days) still fits one page',
			path: `/tools/court-discipline/?asOf=2025-12-31&${[
				'2024-01-10', '2024-03-11', '2024-05-13', '2024-07-15', '2024-09-16', '2024-11-18', '2025-02-03', '2025-04-07',
			]
				.map((d, i) => `missedHearings.${i}.date=${d}`)
				.join('&')}&missedHearings.6.otherReasonAccepted=Courthouse%20closed&missedHearings.7.emergency=yes&missedHearings.7.toldSupervisorBeforeCase=yes`,
			expected: [/Step 6: Discharge/, /another reason accepted by management/, /management's decision, not counted/],
			rows: [1, 2, 3, 4, 5, 6].map((step) => [expect.any(String), expect.stringMatching(/^occurrence /), String(step), expect.any(String), expect.stringMatching(/^on 2026-/)]),
		},
	])('$name', async ({ path, expected, rows }) => {
		const r = await printRecord(path);
		expect(r.printed).toBe(1);
		expect(r.pages).toBe(1);
		expect(r.text).toContain(`Employee: ${NAME}`);
		for (const pattern of expected) expect(r.text).toMatch(pattern);
		expect(r.rows).toEqual(rows);
		// Only the record prints: no site header, no form.
		expect(r.text).not.toMatch(/Skip to content|Date missed|Calculate/);
		// The name is printed only: not in the link, not stored, and gone from the page after printing.
		expect(r.kept.url).not.toContain('Testperson');
		expect(r.kept.storage).not.toContain('Testperson');
		expect(r.afterPrint).toEqual({ holder: '', mode: null });
	});

	test('§3.3 a result that is not a discipline (nothing counts) offers no record', async () => {
		const context = await browser().newContext({ baseURL: baseUrl() });
		const page = await context.newPage();
		await page.goto('/tools/court-discipline/?asOf=2025-06-01&missedHearings.0.date=2025-05-12&missedHearings.0.facts.excusedBySignedOrder=yes');
		await page.locator('.calc-answer').waitFor();
		expect(await page.locator('[data-record-controls]').isVisible()).toBe(false);
		await context.close();
	});
});
