import { describe, expect, test } from 'vitest';
import { openPage, useBrowser } from './harness';

const browser = useBrowser();

/** The first result's link for a query typed on the search page. */
async function firstResult(query: string): Promise<string> {
	const page = await openPage(browser(), `/search/?q=${encodeURIComponent(query)}`);
	await page.waitForSelector('#search-results li a', { timeout: 20_000 });
	const href = await page.locator('#search-results li a').first().getAttribute('href');
	await page.context().close();
	return new URL(href ?? '', 'http://x').pathname;
}

// The queries employees actually type, and the section that must come first (issue #2, Search);
// a section's attachments (child pages below its path) count as the section.
const QUERIES = [
	['vacation forfeited', '/handbook/2-3-vacation/'],
	['court written reprimand', '/handbook/3-3-court-attendance-policy/'],
	['food $75', '/ethics/ethics-act/'],
	['missing from placement', '/procedures/331/331-60-missing-or-abducted/'],
	['flextime', '/handbook/2-2-work-schedules/'],
	['2.3', '/handbook/2-3-vacation/'],
	['331.70', '/procedures/331/331-70-child-and-youth-incidents/'],
	['CFS-728', '/handbook/2-1-daily-time/attachment-2-1b/'],
	['personal business time', '/handbook/2-5-personal-business-time/'],
	['sick leave bank', '/handbook/4-9-sick-leave-bank/'],
	['holidays', '/handbook/2-7-holidays/'],
] as const;

describe('search puts the right section first', () => {
	test.each(QUERIES)('“%s” → %s', async (query, expected) => {
		const first = await firstResult(query);
		expect(first.startsWith(expected), `first result ${first}`).toBe(true);
	});

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
		await page.waitForSelector('#search-results li', { timeout: 20_000 });
		expect(await page.locator('#search-results li').count()).toBe(8);
		await page.locator('#search-more').click();
		await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 8);
		expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[8])).toBe(true);
		await page.context().close();
	});

	test('excerpts highlight the matched words', async () => {
		const page = await openPage(browser(), '/search/?q=flextime');
		await page.waitForSelector('#search-results li mark', { timeout: 20_000 });
		expect(await page.locator('#search-results li mark').count()).toBeGreaterThan(0);
		await page.context().close();
	});
});
