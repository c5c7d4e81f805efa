import { describe, expect, test } from 'vitest';
import { axeViolations, openPage, useBrowser } from '../harness';
import { ADDED, EDITS, REMOVED, SECOND_EDITION } from '../../fixtures/editions/second-edition';

/** Issue 11 on the site built from the fixture: edition 2026-12 (the repository's) then 2027-01. */
const browser = useBrowser();
const FIRST = '2026-12';
const RANGE = `/changes/${FIRST}...${SECOND_EDITION.id}/`;
const page = (path: string) => `/${path.replace(/\.mdx?$/, '').replace(/\/index$/, '')}/`;

describe('issue 11 §2 what changed between editions', () => {
	test('the redline page lists exactly the added, removed and changed pages, with ins/del labelled for screen readers', async () => {
		const p = await openPage(browser(), RANGE);
		expect(await p.locator('.added-pages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([page(ADDED.path)]);
		expect(await p.locator('.removed-pages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/editions/${FIRST}${page(REMOVED)}`]);
		const changed = await p.locator('.page-change').count();
		expect(changed).toBe(new Set(EDITS.map((e) => e.path)).size);
		const vacation = EDITS[0]!;
		const ins = await p.locator('.redline ins').allTextContents();
		const del = await p.locator('.redline del').allTextContents();
		expect(ins.join(' ')).toContain('[added: 36]');
		expect(del.join(' ')).toContain('[removed: 24]');
		expect(vacation.with).toContain('36 months');
		expect(await axeViolations(p)).toEqual([]);
		await p.context().close();
	});

	test('/changes/ lists both editions, newest first, and links the redline', async () => {
		const p = await openPage(browser(), '/changes/');
		const headings = await p.locator('h2').allTextContents();
		expect(headings[0]).toContain(`Edition ${SECOND_EDITION.id}`);
		expect(headings[0]).toContain('(current)');
		expect(headings[1]).toContain(`Edition ${FIRST}`);
		expect(await p.locator(`a[href="${RANGE}"]`).count()).toBeGreaterThan(0);
		expect(await axeViolations(p)).toEqual([]);
		await p.context().close();
	});

	test('a redline URL with an unknown edition is a 404 page listing the editions', async () => {
		const p = await openPage(browser(), '/changes/');
		const response = await p.goto(`/changes/1999-01...${SECOND_EDITION.id}/`);
		expect(response?.status()).toBe(404);
		const list = await p.locator('.edition-list li').allTextContents();
		expect(list.map((t) => t.split(':')[0])).toEqual([`Edition ${SECOND_EDITION.id}`, `Edition ${FIRST}`]);
		await p.context().close();
	});
});

describe('issue 11 §3 an earlier edition is readable and marked', () => {
	test('the old text of a changed page, marked not current, links the current text and its history', async () => {
		const p = await openPage(browser(), `/editions/${FIRST}/handbook/2-3-vacation/`);
		const note = await p.locator('#not-current').textContent();
		expect(note).toContain('Not the current text');
		expect(note).toContain('changed since');
		expect(await p.locator('article').textContent()).toContain(EDITS[0]!.replace);
		expect(await p.locator('#not-current a[href="/handbook/2-3-vacation/"]').count()).toBe(1);
		expect(await p.locator('[data-pagefind-body]').count()).toBe(0);
		expect(await axeViolations(p)).toEqual([]);
		await p.goto('/handbook/2-3-vacation/');
		expect(await p.locator('article').textContent()).toContain(EDITS[0]!.with);
		await p.locator('.edition-line a', { hasText: 'History of this page' }).click();
		await p.waitForURL('**/history/handbook/2-3-vacation/');
		expect(await p.locator('.history h2').allTextContents()).toEqual([`2.3 Vacation: edition ${SECOND_EDITION.id}`, `2.3 Vacation: edition ${FIRST}`]);
		expect(await p.locator(`a[href="${RANGE}"]`).count()).toBe(1);
		expect(await axeViolations(p)).toEqual([]);
		await p.context().close();
	});

	test('a removed page stays readable in its edition and says it is not in the current one', async () => {
		const p = await openPage(browser(), `/editions/${FIRST}${page(REMOVED)}`);
		expect(await p.locator('#not-current').textContent()).toContain(`not in the current edition ${SECOND_EDITION.id}`);
		const live = await p.goto(page(REMOVED));
		expect(live?.status()).toBe(404);
		await p.context().close();
	});

	test('search says it covers the current edition only', async () => {
		const p = await openPage(browser(), '/search/');
		expect(await p.locator('#search-edition').textContent()).toContain(`current edition, ${SECOND_EDITION.id}`);
		await p.context().close();
	});
});

describe('issue 11 §5 calculator results name their edition', () => {
	test('§2.3 the vacation result cites its section as of the current edition', async () => {
		const p = await openPage(browser(), '/tools/vacation/?serviceStart=2020-03-15&asOf=2025-03-15');
		const sources = p.locator('[data-result] .calc-sources li').first();
		await sources.waitFor();
		expect(await sources.textContent()).toContain(`as of edition ${SECOND_EDITION.id}`);
		expect(await p.locator('[data-result] .calc-printed').textContent()).toContain(`under edition ${SECOND_EDITION.id} of the policies`);
		await p.context().close();
	});
});
