import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useBrowser } from '../harness';
import { acceptInvitation, setUpRoster, submit, useProfiles } from '../signed-in';
import { ADDED, EDITS, SECOND_EDITION } from '../../fixtures/editions/second-edition';

/**
 * Issue 11 §4 on the site built from the second-edition fixture: an acknowledgement campaign bound
 * to edition 2026-12 covering the handbook and the ethics code; the employee signs it; edition
 * 2027-01 changes covered sections; the officer starts a round for exactly those; the employee
 * re-acknowledges them after their redline, and the receipt shows both hashes. Tests run in order.
 */
const browser = useBrowser();
const visit = useProfiles(browser);
const FIRST = '2026-12';
const SECOND = SECOND_EDITION.id;
const key = (path: string) => path.replace(/\.mdx?$/, '');
const EDITED = [...new Set(EDITS.map((e) => key(e.path)))];
// Handbook order: the handbook's sections by number, then the ethics code.
const ROUND_KEYS = [...EDITED.filter((k) => k.startsWith('handbook/')), key(ADDED.path), ...EDITED.filter((k) => k.startsWith('ethics/'))];
const DAY_MS = 86_400_000;
const isoDaysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const CAMPAIGN = { id: 'handbook-ack-2026-12', title: 'Handbook acknowledgement 2026' };
const ROUND = `${CAMPAIGN.id}-${SECOND}`;
const ROSTER = [
	'employee_id,name,email,work_unit,supervisor_id,hire_date,bargaining_unit,flags',
	'E100,Olive Officer,olive@illinois.gov,Ethics Office,,2010-01-04,,ethics-officer',
	'E300,Emma Employee,emma@illinois.gov,Cook North,,2012-03-05,RC-062,',
	'E500,Nate Newcomer,nate@illinois.gov,Cook North,,2012-03-05,RC-062,',
].join('\n');

let links: Map<string, string>;
let olive: Page;
let emma: Page;
const receiptRows = (p: Page) =>
	p.locator('table.sections-signed tbody tr').evaluateAll((rows) =>
		rows.map((r) => ({ page: r.getAttribute('data-page'), cells: [...r.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()) })),
	);
const sectionsShown = (p: Page) =>
	p.locator('.section-to-sign').evaluateAll((items) => items.map((li) => [li.getAttribute('data-page'), li.className.replace(/.*section-(redline|whole|unchanged).*/, '$1')]));

async function certify(p: Page, name: string): Promise<void> {
	await p.getByLabel('I certify the statement above').check();
	await p.getByLabel('Signature: type your full name').fill(name);
	await submit(p, 'Sign and certify');
	expect(new URL(p.url()).pathname).toMatch(/^\/account\/receipts\/[a-z2-7]+\/$/);
}

describe('issue 11 §4 re-acknowledgement of the changed sections (tests in order)', () => {
	test('the officer opens a handbook acknowledgement bound to edition 2026-12, covering the handbook and the ethics code', async () => {
		links = await setUpRoster(visit, ROSTER);
		olive = await acceptInvitation(visit, links.get('olive@illinois.gov'));
		await olive.goto('/officer/campaigns/');
		await olive.getByLabel('Short name').fill(CAMPAIGN.id);
		await olive.getByLabel('Kind').selectOption('handbook-acknowledgement');
		await olive.getByLabel('Title').fill(CAMPAIGN.title);
		await olive.getByLabel('Opens on').fill(isoDaysFromNow(-30));
		await olive.getByLabel('Deadline').fill(isoDaysFromNow(30));
		await olive.getByLabel('Text version').fill(FIRST);
		await olive.getByLabel('Certification text').fill('I have received the Employee Handbook and the Code of Ethics, read them, and agree to comply with them.');
		await olive.getByLabel('Edition of the policies').selectOption(FIRST);
		await olive.getByLabel('Employee Handbook: every section').check();
		await olive.getByLabel('Ethics & Conduct: every section').check();
		await submit(olive, 'Open campaign');
		expect(new URL(olive.url()).pathname).toBe('/officer/');
	});

	test('the employee who never acknowledged sees the whole text of every section of edition 2026-12, signs, and the receipt lists each', async () => {
		emma = await acceptInvitation(visit, links.get('emma@illinois.gov'));
		await emma.goto(`/account/attest/${CAMPAIGN.id}/`);
		const shown = await sectionsShown(emma);
		expect(shown.length).toBeGreaterThan(50);
		expect(new Set(shown.map(([, how]) => how))).toEqual(new Set(['whole']));
		expect(shown.map(([page]) => page)).not.toContain(key(ADDED.path));
		// The 2026-12 text of 2.3, not today's.
		const vacation = emma.locator(`.section-to-sign[data-page="${EDITED[0]}"]`);
		await vacation.locator('summary').click();
		expect(await vacation.locator('.redline').innerText()).toContain(EDITS[0]!.replace);
		expect(await axeViolations(emma)).toEqual([]);
		await certify(emma, 'Emma Employee');
		const rows = await receiptRows(emma);
		expect(rows).toHaveLength(shown.length);
		for (const r of rows) {
			expect(r.cells[0]).toMatch(new RegExp(`^${FIRST}; [0-9a-f]{64}$`));
			expect(r.cells[1]).toContain('Not before');
		}
	});

	test('edition 2027-01 changed covered sections: the officer sees exactly those and starts a round for them', async () => {
		await olive.goto('/officer/campaigns/');
		const listed = olive.locator(`#outdated .outdated-campaign[data-campaign="${CAMPAIGN.id}"]`);
		expect(await listed.locator('.changed-sections li').allTextContents()).toEqual(['2.3 Vacation', '2.5 Personal Business Days', '2.9 Telework', expect.stringContaining('Code of Ethics')]);
		expect(await listed.innerText()).toContain('No longer in the policies (nothing to acknowledge): 1.6');
		expect(await axeViolations(olive)).toEqual([]);
		await listed.getByRole('link', { name: /Start a re-acknowledgement round for these 4 sections/ }).click();
		await olive.waitForLoadState('load');
		expect(await olive.locator('.round-sections li').evaluateAll((li) => li.map((l) => l.getAttribute('data-page')))).toEqual(ROUND_KEYS);
		expect(await axeViolations(olive)).toEqual([]);
		await olive.getByLabel('Deadline').fill(isoDaysFromNow(-40));
		await submit(olive, 'Start round');
		expect(await olive.locator('#f-deadlineOn-error').innerText()).toContain('expected a deadline on or after the opening day');
		await olive.getByLabel('Deadline').fill(isoDaysFromNow(20));
		await submit(olive, 'Start round');
		expect(new URL(olive.url()).searchParams.get('campaign')).toBe(ROUND);
		await olive.goto('/officer/campaigns/');
		expect(await olive.locator('#outdated').count()).toBe(0);
		await olive.goto(`/officer/campaigns/${CAMPAIGN.id}/round/`);
		expect(await olive.locator('.notice[role="status"]').innerText()).toContain(`A round for edition ${SECOND} is already open`);
		expect(await olive.getByRole('button', { name: 'Start round' }).count()).toBe(0);
	});

	test('the employee who signed 2026-12 sees a redline for each edited section and the whole text of the added one, and re-acknowledges', async () => {
		await emma.goto('/account/');
		await emma.goto(`/account/attest/${ROUND}/`);
		expect(await sectionsShown(emma)).toEqual(ROUND_KEYS.map((k) => [k, k === key(ADDED.path) ? 'whole' : 'redline']));
		const vacation = emma.locator(`.section-to-sign[data-page="${EDITED[0]}"] .redline`);
		expect((await vacation.locator('ins').allTextContents()).join(' ')).toContain('[added: 36]');
		expect((await vacation.locator('del').allTextContents()).join(' ')).toContain('[removed: 24]');
		expect(await emma.locator(`.section-to-sign[data-page="${EDITED[1]}"]`).innerText()).toContain('as 2.5 Personal Business Time');
		expect(await axeViolations(emma)).toEqual([]);
		await certify(emma, 'Emma Employee');
		const rows = await receiptRows(emma);
		expect(rows.map((r) => r.page)).toEqual(ROUND_KEYS);
		for (const r of rows) {
			const [signed = '', before = ''] = r.cells;
			expect(signed).toMatch(new RegExp(`^${SECOND}; [0-9a-f]{64}$`));
			if (r.page === key(ADDED.path)) expect(before).toContain('Not before');
			else {
				expect(before).toMatch(new RegExp(`^${FIRST}; [0-9a-f]{64} \\(shown as a redline\\)$`));
				expect(before.slice(FIRST.length + 2, FIRST.length + 66)).not.toBe(signed.slice(SECOND.length + 2));
			}
		}
		expect(await emma.locator('dl').innerText()).toContain(SECOND);
		expect(await axeViolations(emma)).toEqual([]);
	});

	test('an employee who never signed gets the whole text of the round’s sections', async () => {
		const nate = await acceptInvitation(visit, links.get('nate@illinois.gov'));
		await nate.goto(`/account/attest/${ROUND}/`);
		expect(await sectionsShown(nate)).toEqual(ROUND_KEYS.map((k) => [k, 'whole']));
	});
});
