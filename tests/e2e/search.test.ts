import { describe, expect, test } from 'vitest';
import { openPage, useBrowser } from './harness';

const browser = useBrowser();

// Which page comes first for which query is measured in search-quality.test.ts.
describe('the search page', () => {
	test('form numbers are searchable (CFS 119 → a page that holds the form)', async () => {
		const page = await openPage(browser(), '/search/?q=CFS-119');
		await page.waitForSelector('#search-results li', { timeout: 20_000 });
		const text = await page.locator('#search-results').innerText();
		await page.context().close();
		expect(text).toMatch(/119/);
	});

	test('filtering by collection keeps only that collection', async () => {
		const page = await openPage(browser(), '/search/?q=report&collection=Procedures');
		await page.waitForSelector('#search-results li', { timeout: 20_000 });
		const hrefs = await page.locator('#search-results li a.result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		await page.context().close();
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.filter((h) => !h.startsWith('/procedures/'))).toEqual([]);
	});

	test('results come eight at a time; “More results” adds the next ones and moves focus to them', async () => {
		const page = await openPage(browser(), '/search/?q=employee');
		await page.waitForSelector('#search-results li:not(.answer)', { timeout: 20_000 });
		// The vocabulary's answers come first; the full-text results page by eight.
		expect(await page.locator('#search-results li:not(.answer)').count()).toBe(8);
		await page.locator('#search-more').click();
		await page.waitForFunction(() => document.querySelectorAll('#search-results li:not(.answer)').length > 8);
		expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li:not(.answer)')[8])).toBe(true);
		await page.context().close();
	});

	test('excerpts highlight the matched words', async () => {
		const page = await openPage(browser(), '/search/?q=flextime');
		await page.waitForSelector('#search-results li mark', { timeout: 20_000 });
		expect(await page.locator('#search-results li mark').count()).toBeGreaterThan(0);
		await page.context().close();
	});

	/** The status line and the result titles once a query has been searched. */
	async function searched(query: string): Promise<{ status: string; titles: string[]; hrefs: string[] }> {
		const page = await openPage(browser(), `/search/?q=${encodeURIComponent(query)}`);
		await page.waitForFunction(() => /result|No results/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
		const status = await page.locator('#search-status').innerText();
		const links = page.locator('#search-results li a');
		const titles = await links.allInnerTexts();
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		await page.context().close();
		return { status, titles, hrefs };
	}

	test('a misspelt word gets “Did you mean” with a link to the corrected search (issue 12 §3)', async () => {
		const { status, hrefs } = await searched('vacaton');
		expect(status).toMatch(/Did you mean vacation\?/);
		expect(hrefs[0]).toBe('/handbook/2-3-vacation/');
	});

	test('when no page has every word, the search is relaxed and says so (issue 12 §2)', async () => {
		// Pagefind finds neither word exactly, and only the first loosely on its own.
		const { status, hrefs } = await searched('qwxz zzyq');
		expect(status).toMatch(/No page has all of “qwxz zzyq”; showing pages with “qwxz”/);
		expect(hrefs.length).toBeGreaterThan(0);
	});

	test('a query nothing matches still offers the calculators and the reporting guide (issue 12 §2)', async () => {
		const { status, hrefs } = await searched('???');
		expect(status).toMatch(/No results for “\?\?\?”/);
		expect(hrefs).toEqual(expect.arrayContaining(['/tools/', '/report/']));
	});

	test('a calculator’s question puts the calculator first, labelled as one (issue 12 §4)', async () => {
		const { titles, hrefs } = await searched('how much vacation will I have');
		expect(hrefs[0]).toBe('/tools/vacation/');
		expect(titles[0]).toMatch(/calculator/i);
		expect(hrefs).toContain('/handbook/2-3-vacation/');
	});
});
