import { describe, expect, test } from 'vitest';
import { axeViolations, openPage, useBrowser } from './harness';
import { sectionRows } from './built-site';

const browser = useBrowser();
const superseded = sectionRows().find((r) => r.historical)?.href ?? '/procedures/331-2001/';

// WCAG 2.2 AA: axe-core reports no violations on the page types a reader meets.
const PAGES = [
	['home page', '/'],
	['a handbook section page', '/handbook/2-3-vacation/'],
	['a procedures section page', '/procedures/331/331-70-child-and-youth-incidents/'],
	['a statute page', '/ethics/ethics-act/'],
	['the search page with results', '/search/?q=vacation'],
	['a superseded (historical) page', superseded],
	['a collection index', '/handbook/'],
] as const;

describe('axe-core finds no WCAG 2.2 AA violations', () => {
	describe.each(['light', 'dark'] as const)('%s colour scheme', (scheme) => {
		test.each(PAGES)('%s (%s)', async (_label, path) => {
			const page = await openPage(browser(), path, { colorScheme: scheme });
			if (path.startsWith('/search/')) await page.waitForSelector('#search-results li', { timeout: 15_000 });
			const violations = await axeViolations(page);
			await page.context().close();
			expect(violations).toEqual([]);
		});
	});
});

describe('keyboard and landmarks', () => {
	test('the skip link is the first focusable element and moves focus to main', async () => {
		const page = await openPage(browser(), '/handbook/2-3-vacation/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.context().close();
	});

	test('a content page loads no JavaScript until search is used', async () => {
		const page = await openPage(browser(), '/handbook/1-1-dcfs-mission-statement/');
		const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\.m?js(\?|$)/.test(r.name)).length);
		const inline = await page.locator('script').count();
		await page.context().close();
		expect({ scripts, inline }).toEqual({ scripts: 0, inline: 0 });
	});
});
