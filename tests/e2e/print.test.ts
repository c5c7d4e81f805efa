import { describe, expect, test } from 'vitest';
import { openPage, useBrowser } from './harness';

const browser = useBrowser();

describe('a section prints cleanly with its citation and date', () => {
	test('print media hides navigation and shows the source, status and address', async () => {
		const page = await openPage(browser(), '/handbook/2-7-holidays/');
		await page.emulateMedia({ media: 'print' });
		const visible = (selector: string) => page.locator(selector).first().isVisible();
		expect(await visible('.site-header')).toBe(false);
		expect(await visible('.page-sidebar')).toBe(false);
		expect(await visible('.prev-next')).toBe(false);
		expect(await visible('h1')).toBe(true);
		const meta = await page.locator('.doc-meta').innerText();
		await page.context().close();
		expect(meta).toMatch(/Source:?\s*DCFS Employee Handbook/);
		expect(meta).toMatch(/Status:?\s*Current/);
		expect(meta).toMatch(/Printed from:?\s*http:\/\/\S+\/handbook\/2-7-holidays\//);
	});
});
