import { describe, expect, test } from 'vitest';
import { axeViolations, baseUrl, useBrowser } from './harness';
import { builtPages } from './built-site';

const browser = useBrowser();

// Every prerendered page, not only one of each kind: the content itself (tables, headings, forms
// rendered as tables) is where violations hide.
describe('axe-core finds no WCAG 2.2 AA violations on any built page', () => {
	test('every prerendered page', { timeout: 600_000 }, async () => {
		const paths = builtPages().map(([path]) => path).filter((p) => p.endsWith('/'));
		const context = await browser().newContext({ baseURL: baseUrl() });
		const page = await context.newPage();
		const failures: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			for (const v of await axeViolations(page)) failures.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(', ')}`);
		}
		await context.close();
		expect(paths.length).toBeGreaterThan(150);
		expect(failures).toEqual([]);
	});
});
