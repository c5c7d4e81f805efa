import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { createWorkdayCalendar, shiftWorkdays } from '@rules/calendar/workday-calendar';
import { axeViolations, baseUrl, databaseUrl, setupUrl, useBrowser } from './harness';
import { PASSWORD, submit } from './signed-in';

/**
 * The signed-in area end to end (Issue 4 §11), in one browser, in order: first-run setup, roster
 * import, invitations, an employee certifying, a disclosure reviewed by the supervisor and decided by
 * the ethics officer, the dashboard's numbers, a CSV export's content, sign-out, and the audit
 * chain verified, then shown broken after tampering with the database file.
 */

const browser = useBrowser();
const DAY_MS = 86_400_000;
const isoDaysAgo = (days: number) =>
	new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
// The campaign closed two days ago (UTC), so everyone who has not certified is overdue by one or
// two days, depending on which side of the Illinois/UTC date line the test runs.
const CAMPAIGN = {
	id: 'ethics-e2e',
	title: 'Ethics training E2E',
	opensOn: isoDaysAgo(90),
	deadlineOn: isoDaysAgo(2),
};
const ROSTER = [
	'employee_id,name,email,work_unit,supervisor_id,hire_date,bargaining_unit,flags',
	'E100,Olive Officer,olive@illinois.gov,Ethics Office,,2010-01-04,,ethics-officer',
	'E200,Sam Supervisor,sam@illinois.gov,Cook North,,2011-02-01,RC-062,sei',
	'E300,Emma Employee,emma@illinois.gov,Cook North,E200,2012-03-05,RC-062,',
	'E400,Lee Late,lee@illinois.gov,Springfield,E200,2013-04-08,RC-014,',
].join('\n');

const contexts: BrowserContext[] = [];
afterAll(async () => {
	for (const c of contexts) await c.close();
});

/** A fresh browser profile (its own cookies) at a path. */
async function visit(b: Browser, path: string): Promise<Page> {
	const context = await b.newContext({ baseURL: baseUrl() });
	contexts.push(context);
	const page = await context.newPage();
	await page.goto(path);
	return page;
}


let admin: Page;
let olive: Page;
let emma: Page;
let sam: Page;
const links = new Map<string, string>();

/** Follows an invitation link and chooses a password; the person lands signed in. */
async function acceptInvitation(email: string): Promise<Page> {
	const link = links.get(email);
	expect(link, `invitation link for ${email}`).toBeTruthy();
	const page = await visit(browser(), new URL(link!).pathname);
	await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('New password again').fill(PASSWORD);
	await submit(page, 'Save password and sign in');
	expect(new URL(page.url()).pathname).toBe('/account/');
	return page;
}

/** Runs the audit verification command against the e2e database. */
function verifyCommand(): { status: number | null; out: string } {
	const run = spawnSync('tsx', ['scripts/db-verify-audit.ts'], {
		env: { ...process.env, DATABASE_URL: databaseUrl() },
		encoding: 'utf8',
	});
	return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('signed-in area, end to end (tests in a file run in order)', () => {
	test('first run: the setup link printed by npm start creates the first administrator, once', async () => {
		expect(setupUrl(), 'db-prepare printed a setup link').toMatch(/\/setup\/[a-z2-7]{32}$/);
		admin = await visit(browser(), new URL(setupUrl()).pathname);
		await admin.getByLabel('Your name').fill('Ada Admin');
		await admin.getByLabel('E-mail address').fill('not an address');
		await admin.getByLabel('Password', { exact: true }).fill('short');
		await admin.getByLabel('Password again').fill('short');
		await submit(admin, 'Create administrator');
		// Each error beside its field; the typed name is kept.
		await expect(admin.locator('#f-email-error').innerText()).resolves.toContain(
			'expected an e-mail address',
		);
		await expect(admin.locator('#f-password-error').innerText()).resolves.toContain(
			'expected at least 12 characters, got 5',
		);
		expect(await admin.getByLabel('Your name').inputValue()).toBe('Ada Admin');

		await admin.getByLabel('E-mail address').fill('ada@illinois.gov');
		await admin.getByLabel('Password', { exact: true }).fill(PASSWORD);
		await admin.getByLabel('Password again').fill(PASSWORD);
		await submit(admin, 'Create administrator');
		expect(new URL(admin.url()).pathname).toBe('/admin/');

		const again = await visit(browser(), new URL(setupUrl()).pathname);
		await expect(again.locator('.notice').innerText()).resolves.toContain(
			'used, expired or unknown',
		);
	});

	test('a roster with bad rows is refused whole, each problem named by line and column', async () => {
		await admin.goto('/admin/roster/');
		const bad = ROSTER.replace('emma@illinois.gov', 'emma-at-illinois').replace(
			'2013-04-08',
			'2013-13-08',
		);
		await admin.getByLabel('…or paste the CSV here').fill(bad);
		await submit(admin, 'Import');
		const problems = await admin.getByTestId('roster-problems').innerText();
		expect(problems).toContain('line 4, email: expected an e-mail address');
		expect(problems).toContain(
			'line 5, hire_date: expected a date as YYYY-MM-DD, got "2013-13-08"',
		);
		expect(await admin.getByLabel('…or paste the CSV here').inputValue()).toBe(bad);
	});

	test('roster import creates the accounts and their invitation links', async () => {
		await admin.goto('/admin/roster/');
		await admin.getByLabel('…or paste the CSV here').fill(ROSTER);
		await submit(admin, 'Import');
		await expect(admin.getByTestId('import-summary').innerText()).resolves.toContain(
			'4 created, 0 updated',
		);
		expect(await axeViolations(admin)).toEqual([]);
		for (const cell of await admin.locator('td.link-box').all()) {
			links.set((await cell.getAttribute('data-to'))!, await cell.innerText());
		}
		expect([...links.keys()].sort()).toEqual([
			'emma@illinois.gov',
			'lee@illinois.gov',
			'olive@illinois.gov',
			'sam@illinois.gov',
		]);
	});

	test('a re-import of the same file duplicates nothing', async () => {
		await admin.goto('/admin/roster/');
		await admin.getByLabel('…or paste the CSV here').fill(ROSTER);
		await submit(admin, 'Import');
		await expect(admin.getByTestId('import-summary').innerText()).resolves.toContain(
			'0 created, 0 updated, 4 unchanged, 0 deactivated',
		);
	});

	test('the ethics officer accepts the invitation and opens a training period', async () => {
		olive = await acceptInvitation('olive@illinois.gov');
		await olive.goto('/officer/campaigns/');
		await olive.getByLabel('Short name').fill(CAMPAIGN.id);
		await olive.getByLabel('Kind').selectOption('ethics-training');
		await olive.getByLabel('Title').fill(CAMPAIGN.title);
		await olive.getByLabel('Opens on').fill(CAMPAIGN.opensOn);
		await olive.getByLabel('Deadline').fill(CAMPAIGN.deadlineOn);
		await olive.getByLabel('Text version').fill('E2E-1');
		await olive
			.getByLabel('Certification text')
			.fill('I certify that I completed the annual ethics training program.');
		await submit(olive, 'Open campaign');
		expect(new URL(olive.url()).pathname).toBe('/officer/');
	});

	test('an employee signs in by invitation and certifies; the receipt shows text, hash and signature', async () => {
		emma = await acceptInvitation('emma@illinois.gov');
		await expect(emma.locator('td.status-overdue').first().innerText()).resolves.toMatch(
			/Overdue by [12] days?/,
		);
		await emma.getByRole('link', { name: 'Certify now' }).click();
		await emma.waitForLoadState('load');
		await emma.getByLabel('Signature: type your full name').fill('Someone Else');
		await submit(emma, 'Sign and certify');
		await expect(emma.locator('#f-confirm-error').innerText()).resolves.toContain('ticked');
		expect(await emma.getByLabel('Signature: type your full name').inputValue()).toBe(
			'Someone Else',
		);
		await emma.getByLabel('I certify the statement above').check();
		await submit(emma, 'Sign and certify');
		await expect(emma.locator('#f-signature-error').innerText()).resolves.toContain(
			'expected your name as on the roster (Emma Employee)',
		);
		await emma.getByLabel('I certify the statement above').check();
		await emma.getByLabel('Signature: type your full name').fill('Emma Employee');
		await submit(emma, 'Sign and certify');
		expect(new URL(emma.url()).pathname).toMatch(/^\/account\/receipts\/[a-z2-7]{16}\/$/);
		const receipt = await emma.locator('main').innerText();
		expect(receipt).toContain('Your certification is recorded');
		expect(receipt).toContain('Emma Employee');
		expect(receipt).toMatch(/E2E-1; [0-9a-f]{64}/);
		expect(await axeViolations(emma)).toEqual([]);
	});

	test('the employee discloses secondary employment', async () => {
		await emma.goto('/account/disclosures/');
		await emma.getByLabel('What are you disclosing?').selectOption('secondary-employment');
		await emma.getByLabel('Organization, employer, facility or court').fill('Acme Day Care');
		await emma.getByLabel('Describe it').fill('Weekend cook at a licensed day care center.');
		await submit(emma, 'Submit disclosure');
		await expect(emma.getByTestId('disclosure-stage').innerText()).resolves.toBe(
			'Awaiting the supervisor’s review',
		);
	});

	test('the employee records a gift; the rules decide and the register keeps the totals', async () => {
		await emma.goto('/account/gifts/');
		await emma.getByLabel('Who gave or offered it').fill('County Bar Association');
		await emma.getByLabel('Date received or offered').fill(isoDaysAgo(3));
		await emma.getByLabel('Value in dollars (per person)').fill('twenty');
		await emma.getByLabel('What it is').selectOption('event-token');
		await emma.getByLabel('What you did with it').selectOption('kept');
		await submit(emma, 'Record gift');
		await expect(emma.locator('#f-value-error').innerText()).resolves.toContain('got "twenty"');
		await emma.getByLabel('Value in dollars (per person)').fill('20');
		await submit(emma, 'Record gift');
		await expect(emma.getByRole('status').innerText()).resolves.toContain(
			'Recorded: gift from County Bar Association',
		);
		await expect(emma.getByTestId('gift-totals').innerText()).resolves.toContain('$20.00');
		expect(await axeViolations(emma)).toEqual([]);
	});

	test('the supervisor reviews it; the ethics officer decides it; the employee sees the decision', async () => {
		sam = await acceptInvitation('sam@illinois.gov');
		// Sam files a Statement of Economic Interests (roster flag sei): his page shows its deadlines.
		await expect(sam.locator('main').innerText()).resolves.toMatch(
			/Statement of Economic Interests \d{4}[\s\S]*by \d{4}-05-01/,
		);
		await sam.goto('/supervisor/');
		await sam.getByRole('link', { name: /Emma Employee: Secondary employment/ }).click();
		await sam.waitForLoadState('load');
		await sam
			.getByLabel('Notes for the ethics officer')
			.fill('Weekends only; no DCFS cases involve Acme.');
		await submit(sam, 'Reviewed — send to the ethics officer');
		expect(new URL(sam.url()).pathname).toBe('/supervisor/');

		await olive.goto('/officer/');
		await olive
			.locator('#queue')
			.locator('..')
			.getByRole('link', { name: 'Emma Employee' })
			.click();
		await olive.waitForLoadState('load');
		await olive
			.getByLabel('Determination', { exact: true })
			.selectOption('conflict-with-conditions');
		await olive.getByLabel(/^Notes/).fill('Recuse from any matter involving Acme Day Care.');
		await submit(olive, 'Record determination');
		await expect(olive.locator('main').innerText()).resolves.toContain('Determination recorded');

		await emma.goto('/account/disclosures/');
		await emma
			.getByRole('link')
			.filter({ hasText: /\d{4}-\d{2}-\d{2}/ })
			.first()
			.click();
		await emma.waitForLoadState('load');
		await expect(emma.getByTestId('disclosure-stage').innerText()).resolves.toBe('Decided');
		await expect(emma.locator('main').innerText()).resolves.toContain(
			'Recuse from any matter involving Acme Day Care.',
		);
	});

	test('an employee cannot open the officer dashboard, nor someone else’s receipt', async () => {
		const response = await emma.goto('/officer/');
		expect(response?.status()).toBe(403);
	});

	test('the dashboard counts: 1 of 4 certified, 3 overdue, bars per work unit', async () => {
		await olive.goto(`/officer/?campaign=${CAMPAIGN.id}`);
		await expect(olive.getByTestId('completion-total').innerText()).resolves.toBe(
			'1 of 4 certified; 3 overdue.',
		);
		await expect(olive.locator('.bar[data-unit="Cook North"]').innerText()).resolves.toContain(
			'1/2 (50%)',
		);
		await expect(olive.locator('.bar[data-unit="Springfield"]').innerText()).resolves.toContain(
			'0/1 (0%)',
		);
		const overdueNames = await olive
			.locator('#overdue ~ table tbody tr td:first-child')
			.allInnerTexts();
		expect(overdueNames.sort()).toEqual(['Lee Late', 'Olive Officer', 'Sam Supervisor']);
		expect(await axeViolations(olive)).toEqual([]);
	});

	test('issue 14 §1 §2 the charts: each with its data table, accessible; a bar opens the people behind it by keyboard, and back', async () => {
		await olive.goto(`/officer/charts/?campaign=${CAMPAIGN.id}`);
		expect(await olive.locator('svg.chart').count()).toBe(5);
		for (const id of ['chart-burn-up', 'chart-units', 'chart-ageing', 'chart-review', 'chart-gifts'])
			await expect(olive.locator(`#${id}-title`).textContent()).resolves.toBeTruthy();
		const rows = async (testId: string) =>
			(await olive.getByTestId(testId).locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()));
		expect(await rows('ageing-table')).toEqual([
			['Up to 7 days', '3'],
			['8 to 30 days', '0'],
			['31 days or more', '0'],
		]);
		expect(await rows('units-table')).toContainEqual(['Cook North', '1', '2', '50%', '1']);
		expect(await axeViolations(olive)).toEqual([]);
		const bar = olive.locator('svg.chart a[href*="age=0-7"]');
		await bar.focus();
		await Promise.all([olive.waitForNavigation({ waitUntil: 'load' }), olive.keyboard.press('Enter')]);
		expect(new URL(olive.url()).searchParams.get('age')).toBe('0-7');
		await expect(olive.getByTestId('overdue-band').innerText()).resolves.toMatch(/Showing the 3 overdue up to 7 days/);
		const names = await olive.locator('#overdue ~ table tbody tr td:first-child').allInnerTexts();
		expect(names.sort()).toEqual(['Lee Late', 'Olive Officer', 'Sam Supervisor']);
		await Promise.all([olive.waitForNavigation({ waitUntil: 'load' }), olive.getByRole('link', { name: 'Back to the chart' }).click()]);
		expect(new URL(olive.url()).pathname).toBe('/officer/charts/');
		// Today's burn-up point opens the one person certified so far.
		await olive.locator('svg.chart a[href*="by="]').last().focus();
		await Promise.all([olive.waitForNavigation({ waitUntil: 'load' }), olive.keyboard.press('Enter')]);
		await expect(olive.getByTestId('certified-by').locator('tbody tr').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^Emma Employee\tCook North\t/)]);
		await Promise.all([olive.waitForNavigation({ waitUntil: 'load' }), olive.getByRole('link', { name: 'Back to the chart' }).click()]);
		expect(new URL(olive.url()).hash).toBe('#burn-up');
		// The disclosure reviewed and decided above is behind both points of this month's review time.
		await olive.locator('svg.chart a[href*=":determination"]').first().focus();
		await Promise.all([olive.waitForNavigation({ waitUntil: 'load' }), olive.keyboard.press('Enter')]);
		await expect(olive.getByTestId('review-list').locator('tbody tr').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^Emma Employee\t/)]);
		expect(await axeViolations(olive)).toEqual([]);
		await Promise.all([olive.waitForNavigation({ waitUntil: 'load' }), olive.getByRole('link', { name: 'Back to the chart' }).click()]);
		expect(new URL(olive.url()).hash).toBe('#review');
	});

	test('issue 9 §4 the ethics officer sets a campaign’s reminders and previews a day’s mail', async () => {
		await olive.goto('/officer/campaigns/');
		await olive.getByRole('link', { name: 'Reminders, preview' }).first().click();
		await olive.waitForURL(`**/officer/campaigns/${CAMPAIGN.id}/mail/`);
		await olive.getByLabel('Reminders, days before the due date').fill('10, ten');
		await olive.getByLabel('Tell the ethics officers after this many workdays overdue').fill('2');
		await submit(olive, 'Save the schedule');
		await expect(olive.locator('#f-remindDaysBefore-error').innerText()).resolves.toContain('expected whole numbers of days from 1 to 90 separated by commas, got "ten"');
		expect(await olive.getByLabel('Reminders, days before the due date').inputValue()).toBe('10, ten');
		await olive.getByLabel('Reminders, days before the due date').fill('10, 3');
		await submit(olive, 'Save the schedule');
		await expect(olive.locator('#f-officerAfterWorkdays-error').innerText()).resolves.toContain('the ethics officer hears after the supervisor');
		await olive.getByLabel('Tell the ethics officers after this many workdays overdue').fill('12');
		await submit(olive, 'Save the schedule');
		await expect(olive.locator('.notice[role="status"]').innerText()).resolves.toContain('The schedule is saved');
		expect(await olive.getByLabel('Reminders, days before the due date').inputValue()).toBe('10, 3');
		// The supervisor's step: 3 workdays after the deadline (§2.7), Lee still overdue then.
		const day = shiftWorkdays(CAMPAIGN.deadlineOn, 3, 1, createWorkdayCalendar()).date;
		await olive.getByLabel('Day', { exact: true }).fill(day);
		await submit(olive, 'Preview');
		await expect(olive.getByTestId('preview-summary').innerText()).resolves.toBe(`1 message on ${day}, leaving from 08:00.`);
		await expect(olive.getByTestId('preview-text').innerText()).resolves.toMatch(/Hello Sam Supervisor,[\s\S]*Lee Late: Ethics training E2E, due .*not certified\. \(3 workdays late\)/);
		await expect(olive.getByTestId('campaign-mail-counts').innerText()).resolves.toMatch(/Queued\s+0\s+Sent\s+0/);
		expect(await axeViolations(olive)).toEqual([]);
	});

	test('the overdue CSV export holds exactly the overdue people', async () => {
		const response = await olive.request.get(`/officer/export/overdue/?campaign=${CAMPAIGN.id}`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('text/csv');
		const lines = (await response.text()).trim().split('\r\n');
		expect(lines[0]).toBe('campaign,employee_id,name,email,work_unit,due_on,days_overdue');
		const rows = lines.slice(1).map((l) => l.split(','));
		expect(rows.map((r) => r[1]).sort()).toEqual(['E100', 'E200', 'E400']);
		for (const r of rows) {
			expect(r[0]).toBe(CAMPAIGN.id);
			expect(r[5]).toBe(CAMPAIGN.deadlineOn);
			expect(Number(r[6])).toBeGreaterThanOrEqual(1);
		}
	});

	test('issue 14 §3 the annual compliance report: counts, a reason and action recorded, and the CSV reproduces the counts', async () => {
		const year = CAMPAIGN.deadlineOn.slice(0, 4);
		await olive.goto(`/officer/report/${year}/`);
		const summary = async () =>
			(await olive.getByTestId('report-summary').locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()));
		const row = (await summary()).find((r) => r[0] === CAMPAIGN.title)!;
		// Obligation, due, required, on time, late, not completed, on leave, separated, other, not recorded, …
		// Emma certified after the deadline (it was two days ago): late.
		expect(row.slice(2, 10)).toEqual(['4', '0', '1', '3', '0', '0', '0', '3']);
		expect(await axeViolations(olive)).toEqual([]);
		const form = olive.getByRole('form', { name: `Record the reason for Lee Late, ${CAMPAIGN.title}` });
		await form.getByLabel('Reason').selectOption('other');
		await form.getByLabel('Detail (for “other”)').fill('Training room closed');
		await form.getByLabel('Action taken').fill('Rescheduled for next week');
		await Promise.all([olive.waitForNavigation({ waitUntil: 'load' }), form.getByRole('button').click()]);
		await expect(olive.getByRole('status').first().innerText()).resolves.toMatch(/recorded/);
		expect((await summary()).find((r) => r[0] === CAMPAIGN.title)!.slice(8, 10)).toEqual(['1', '2']);
		await expect(olive.getByTestId('report-missing').innerText()).resolves.toMatch(/Other: Training room closed\s+Rescheduled for next week/);

		const response = await olive.request.get(`/officer/report/${year}/export/`);
		expect(response.headers()['content-type']).toContain('text/csv');
		const lines = (await response.text()).trim().split('\r\n').slice(1).filter((l) => l.startsWith(`${CAMPAIGN.title},`));
		expect(lines.length).toBe(4);
		expect(lines.filter((l) => l.includes(',not-completed,')).length).toBe(3);
		expect(lines.filter((l) => l.includes(',late,')).length).toBe(1);
		expect(lines.find((l) => l.includes('Lee Late'))).toMatch(/,Other,officer,Training room closed,Rescheduled for next week$/);

		// Printed: the summary and the reasons, without the forms or the site's chrome.
		await olive.goto(`/officer/report/${year}/`);
		const dir = mkdtempSync(join(tmpdir(), 'portal-report-'));
		const file = join(dir, 'report.pdf');
		writeFileSync(file, await olive.pdf({ format: 'Letter', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } }));
		const printed = execFileSync(process.env.PDFTOTEXT_PATH ?? '/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		rmSync(dir, { recursive: true, force: true });
		expect(printed).toContain(`Annual compliance report ${year}`);
		// Table cells wrap in print, so the reason and the action are checked by their first words.
		expect(printed).toContain('Other: Training');
		expect(printed).toContain('Rescheduled for');
		expect(printed).not.toMatch(/Record for|Export the report|Skip to|My compliance/);
	});

	test('sign-out ends the session: the account page asks to sign in again', async () => {
		await emma.goto('/account/');
		await submit(emma, 'Sign out');
		expect(new URL(emma.url()).pathname).toBe('/signin/');
		await emma.goto('/account/');
		expect(new URL(emma.url()).pathname).toBe('/signin/');
	});

	test('an administrator ends a user’s sessions and issues a password-reset link that works once', async () => {
		await admin.goto('/admin/?q=sam');
		await admin.getByRole('link', { name: 'Sam Supervisor' }).click();
		await admin.waitForLoadState('load');
		await submit(admin, 'End all sessions');
		await expect(admin.getByRole('status').innerText()).resolves.toContain('sessions are ended');
		await sam.goto('/supervisor/');
		expect(new URL(sam.url()).pathname).toBe('/signin/');

		await admin.goto('/admin/?q=emma');
		await admin.getByRole('link', { name: 'Emma Employee' }).click();
		await admin.waitForLoadState('load');
		await submit(admin, 'Create a password-reset link');
		const link = await admin.getByTestId('issued-link').innerText();
		expect(link).toMatch(/\/signin\/reset\/[a-z2-7]{32}$/);
		const page = await visit(browser(), new URL(link).pathname);
		await page.getByLabel('New password', { exact: true }).fill(`${PASSWORD} 2`);
		await page.getByLabel('New password again').fill(`${PASSWORD} 2`);
		await submit(page, 'Save password and sign in');
		expect(new URL(page.url()).pathname).toBe('/account/');
		const again = await visit(browser(), new URL(link).pathname);
		await expect(again.locator('.notice').innerText()).resolves.toContain(
			'used, expired or unknown',
		);

		// Changing the password asks for the current one and signs out every other session.
		await page.goto('/account/password/');
		await page.getByLabel('Current password').fill('not my password');
		await page.getByLabel('New password', { exact: true }).fill(`${PASSWORD} 3`);
		await page.getByLabel('New password again').fill(`${PASSWORD} 3`);
		await submit(page, 'Change password');
		await expect(page.locator('#f-current-error').innerText()).resolves.toContain('not right');
		await page.getByLabel('Current password').fill(`${PASSWORD} 2`);
		await page.getByLabel('New password', { exact: true }).fill(`${PASSWORD} 3`);
		await page.getByLabel('New password again').fill(`${PASSWORD} 3`);
		await submit(page, 'Change password');
		await expect(page.getByRole('status').innerText()).resolves.toContain(
			'Your password is changed',
		);
	});

	test('the ethics officer opens one employee’s history and records an SEI filing', async () => {
		await olive.goto('/officer/');
		await olive.locator('#sei').locator('..').getByRole('link', { name: 'Sam Supervisor' }).click();
		await olive.waitForLoadState('load');
		const history = await olive.locator('main').innerText();
		expect(history).toContain('Files a statement (roster flag).');
		await olive.getByLabel('Filed with the Secretary of State on').fill(isoDaysAgo(1));
		await submit(olive, 'Record filing');
		await expect(olive.locator('main').innerText()).resolves.toMatch(
			/\d{4}: filed \d{4}-\d{2}-\d{2}/,
		);
	});

	test('sign-in gives one answer for an unknown account and a wrong password', async () => {
		const answers: string[] = [];
		for (const email of ['nobody@illinois.gov', 'emma@illinois.gov']) {
			const page = await visit(browser(), '/signin/');
			await page.getByLabel('E-mail address').fill(email);
			await page.getByLabel('Password').fill('wrong password here');
			await submit(page, 'Sign in');
			answers.push(await page.locator('.form-error').innerText());
		}
		expect(answers[0]).toBe(answers[1]);
	});

	test('the audit chain verifies after the flow, and is shown broken after tampering', async () => {
		const intact = verifyCommand();
		expect(intact.out).toMatch(/Audit chain intact: \d+ entries verified/);
		expect(intact.status).toBe(0);
		await olive.goto('/officer/audit/');
		await expect(olive.getByTestId('audit-status').innerText()).resolves.toMatch(/^Chain intact/);

		// An intruder with the database file: drop the append-only trigger and rewrite entry 3.
		const client = createClient({ url: databaseUrl() });
		await client.execute('DROP TRIGGER audit_log_no_update');
		await client.execute("UPDATE audit_log SET subject = 'user:someone-else' WHERE seq = 3");
		client.close();

		const broken = verifyCommand();
		expect(broken.status).toBe(2);
		expect(broken.out).toContain('Audit chain BROKEN at entry 3');
		await olive.goto('/officer/audit/');
		await expect(olive.getByTestId('audit-status').innerText()).resolves.toContain(
			'BROKEN at entry 3',
		);
	});
});
