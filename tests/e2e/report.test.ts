import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useBrowser } from './harness';

const browser = useBrowser();

/** Waits until the guide's script has run (it marks its root). */
async function ready(page: Page): Promise<void> {
	await page.waitForSelector('[data-report-guide].is-ready', { timeout: 20_000 });
}
const checklistText = (page: Page) => page.locator('#checklist').innerText();
/** The text of the checklist item whose title contains `title`. */
const itemText = (page: Page, title: string) => page.locator('#checklist li.item', { hasText: title }).first().innerText();

describe('/report/: the significant event guide in Chromium', () => {
	test('331.70(d) child/youth incident found by search: suspension known the day before Thanksgiving', async () => {
		const page = await openPage(browser(), '/report/');
		await ready(page);
		await page.getByLabel('Search the events').fill('suspended');
		await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/1 event match/);
		await page.locator('#search-results a', { hasText: 'Child or Youth Suspended from School' }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('questions-heading');
		await page.getByLabel('DCFS or POS staff with SACWIS access', { exact: false }).check();
		await page.getByLabel('Date', { exact: true }).first().fill('2026-11-25');
		await page.getByLabel('Time', { exact: true }).first().fill('16:00');
		await page.locator('fieldset[data-question="intactFamilyCase"]').getByLabel('No', { exact: true }).check();
		await expect.poll(() => page.locator('#checklist-status').innerText()).toMatch(/Checklist ready/);
		expect(await itemText(page, 'Create Child/Youth Incident in SACWIS')).toContain('Monday, November 30, 2026, 4:00 p.m.');
		const guardian = await itemText(page, 'Notify the Office of the DCFS Guardian');
		expect(guardian).toContain('312-814-8600');
		expect(guardian).toContain('866-503-0184');
		expect(guardian).toContain('Wednesday, November 25, 2026, 5:00 p.m.');
		expect(await page.locator('#checklist a[href="/procedures/331/331-70-child-and-youth-incidents/"]').count()).toBeGreaterThan(0);
		const url = new URL(page.url());
		expect(Object.fromEntries(url.searchParams)).toEqual({ event: 'child-or-youth-suspended-from-school', role: 'worker', date: '2026-11-25', time: '16:00', intactFamilyCase: 'no' });
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('331.50(a) death reported by a foster parent, browsed by category: SCR at once, the worker, and the 24-hour calls', async () => {
		const page = await openPage(browser(), '/report/');
		await ready(page);
		await page.locator('summary', { hasText: '331.50(a) Death Reports' }).click();
		await page.getByRole('link', { name: 'Death, DCFS Child or Youth in Care/Served by the Department' }).click();
		await page.getByLabel('Foster parent, relative caregiver', { exact: false }).check();
		await page.getByLabel('Date', { exact: true }).first().fill('2026-09-04');
		await page.getByLabel('Time', { exact: true }).first().fill('15:00');
		await page.locator('#known-time').dispatchEvent('change');
		await expect.poll(() => page.locator('#checklist-status').innerText()).toMatch(/Checklist ready/);
		const scr = await itemText(page, 'Contact SCR');
		expect(scr).toContain('800-252-2873');
		expect(scr).toMatch(/Immediately/);
		expect(await checklistText(page)).toContain("Call the child's DCFS/POS worker");
		expect(await itemText(page, 'Notify the Office of the DCFS Guardian')).toContain('Saturday, September 5, 2026, 3:00 p.m.');
		expect(await checklistText(page)).toContain('Critical Event');
		await page.context().close();
	});

	test('331.140 personnel event opened from a shared link: DCFS employee injured, hospital admission', async () => {
		const page = await openPage(browser(), '/report/?event=dcfs-personnel-work-related-injury-medical-emergency&role=worker&date=2026-11-25&time=11:00&injuryOutcome=hospital-or-eye');
		await ready(page);
		await expect.poll(() => page.locator('#checklist-status').innerText()).toMatch(/Checklist ready/);
		expect(await page.locator('fieldset[data-question="injuryOutcome"] input[value="hospital-or-eye"]').isChecked()).toBe(true);
		expect(await page.locator('fieldset[data-question="intactFamilyCase"]').isHidden()).toBe(true);
		expect(await itemText(page, 'Create Personnel Incident in SACWIS')).toContain('Thursday, November 26, 2026, 11:00 a.m.');
		const tristar = await itemText(page, 'TriStar');
		expect(tristar).toContain('855-495-1554');
		expect(tristar).toContain('Thursday, November 26, 2026, 11:00 a.m.');
		expect(await itemText(page, 'Illinois OSHA')).toContain('800-782-7860');
		await page.context().close();
	});

	test('331.140(a)(5) facility event after hours: licensed facility staff call SCR, then record within 24 workday hours', async () => {
		const page = await openPage(browser(), '/report/?event=threat-made-against-pos-office-facility&role=facility-staff&date=2026-12-24&time=19:30');
		await ready(page);
		await expect.poll(() => page.locator('#checklist-status').innerText()).toMatch(/Checklist ready/);
		expect(await itemText(page, 'After hours: call SCR')).toContain('800-252-2873');
		expect(await itemText(page, 'Create Facility/Caregiver Incident in SACWIS')).toContain('Monday, December 28, 2026, 7:30 p.m.');
		await page.context().close();
	});

	test('331.80: an intact family case is told that a medication refusal is not reportable', async () => {
		const page = await openPage(browser(), '/report/?event=child-or-youth-refuses-medication&role=worker&date=2026-11-23&time=10:00&intactFamilyCase=yes');
		await ready(page);
		await expect.poll(() => page.locator('#checklist-status').innerText()).toMatch(/No report is required/);
		expect(await checklistText(page)).toContain('331.80');
		await page.context().close();
	});

	test('bad input is shown beside its field: an injury after it became known', async () => {
		const page = await openPage(browser(), '/report/?event=dcfs-personnel-work-related-injury-medical-emergency&role=worker&date=2026-11-25&time=11:00&od=2026-11-26&ot=09:00');
		await ready(page);
		await expect.poll(() => page.locator('#occurred-date-error').innerText()).toMatch(/no later than it became known/);
		expect(await page.locator('#occurred-date').getAttribute('aria-invalid')).toBe('true');
		await page.context().close();
	});

	test('Copy checklist puts the checklist text on the clipboard', async () => {
		const page = await openPage(browser(), '/report/?event=abducted-from-placement&role=worker&date=2026-11-28&time=22:00');
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
		await ready(page);
		await page.getByRole('button', { name: 'Copy checklist' }).click();
		await expect.poll(() => page.locator('#copy-status').innerText()).toMatch(/copied|blocked/);
		if ((await page.locator('#copy-status').innerText()).includes('copied')) {
			const text = await page.evaluate(() => navigator.clipboard.readText());
			expect(text).toContain('Contact CIRU');
			expect(text).toContain('866-503-0184');
			expect(text).toContain('Sunday, November 29, 2026, 2:00 a.m.'); // the 4-hour Critical Event e-mail
		}
		await page.context().close();
	});

	test('works on a phone: no horizontal scrolling at 375 px, keyboard can open a result', async () => {
		const page = await openPage(browser(), '/report/', { width: 375 });
		await ready(page);
		await page.locator('#event-search').focus();
		await page.keyboard.type('runaway');
		await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBeTruthy();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await page.context().close();
	});

	test('each event has a static page that works without JavaScript: 331.70(h) pregnant youth', async () => {
		const page = await openPage(browser(), '/report/event/pregnant-youth/');
		const text = await page.locator('main').innerText();
		expect(text).toContain('Create Child/Youth Incident');
		expect(text).toContain('773-239-9808');
		expect(text).toContain('when a medical exam confirms the pregnancy');
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('a full checklist in the dark colour scheme has no WCAG 2.2 AA violations', async () => {
		const page = await openPage(browser(), '/report/?event=alleged-physical-abuse-of-a-child-or-youth&role=worker&date=2026-11-25&time=16:00&licensedSetting=yes', { colorScheme: 'dark' });
		await ready(page);
		await expect.poll(() => page.locator('#checklist-status').innerText()).toMatch(/Checklist ready/);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test.each([['/report/historical-codes/'], ['/report/epic-customer-incident/']])('%s has no WCAG 2.2 AA violations', async (path) => {
		const page = await openPage(browser(), path);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
