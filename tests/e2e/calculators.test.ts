import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { citationHref, type SectionKey } from '@rules/citations';
import { CALCULATORS } from '../../src/lib/calculators';
import { SECTION_TOOLS } from '../../src/lib/section-tools';
import { axeViolations, baseUrl, openPage, useBrowser } from './harness';

const browser = useBrowser();

/** Field values by name ("missedHearings.1.date"); true/false set a checkbox; rows are added as needed. */
type Fill = Record<string, string | boolean>;

async function fillCalculator(page: Page, name: string, values: Fill): Promise<void> {
	const container = page.locator(`[data-calculator="${name}"]`);
	await page.waitForSelector(`[data-calculator="${name}"][data-ready="true"]`);
	for (const [field, value] of Object.entries(values)) {
		const row = /^([^.]+(?:\.[^.\d][^.]*)*)\.(\d+)\./.exec(field);
		if (row) {
			const group = container.locator(`[data-rows="${row[1]}"]`);
			while ((await group.locator('[data-row-list] > [data-row]').count()) <= Number(row[2]))
				await group.locator('[data-add-row]').click();
		}
		const control = container.locator(`[name="${field}"]`);
		if (typeof value === 'boolean') await control.setChecked(value);
		else if ((await control.count()) > 1)
			await container.locator(`[name="${field}"][value="${value}"]`).check();
		else if ((await control.evaluate((el) => el.tagName)) === 'SELECT')
			await control.selectOption(value);
		else await control.fill(value);
	}
}

async function calculate(page: Page, name: string, values: Fill): Promise<string> {
	await fillCalculator(page, name, values);
	await page.locator(`[data-calculator="${name}"] button[type="submit"]`).click();
	const answer = page.locator(`[data-calculator="${name}"] .calc-answer`);
	await answer.waitFor();
	return (await page.locator(`[data-calculator="${name}"] [data-result]`).innerText()).replace(
		/\s+/g,
		' ',
	);
}

// Each row: the calculator, what a person types, and words the handbook's own tables give.
const CASES: [string, string, Fill, RegExp[]][] = [
	[
		'§2.3 vacation: the 5th anniversary itself is in the 15-day tier',
		'vacation',
		{ serviceStart: '2020-03-15', asOf: '2025-03-15' },
		[/5 completed years/, /15 days \(112\.50 hours\)/, /Next tier/],
	],
	[
		'§2.3 vacation: the day before the 5th anniversary is still 10 days',
		'vacation',
		{ serviceStart: '2020-03-15', asOf: '2025-03-14' },
		[/10 days \(75\.00 hours\)/],
	],
	[
		'§2.3 lump sum: 60 unused hours at $31.50 an hour is $1,890.00',
		'vacation-lump-sum',
		{
			serviceStart: '2024-01-02',
			separationDate: '2025-03-31',
			reason: 'termination',
			unusedHours: '60',
			hourlyRateCents: '31.50',
		},
		[/\$1,890\.00 for 60\.00 hours/],
	],
	[
		'§2.7 Christmas and New Year’s Day inside a December 22 – January 2 vacation add 2 days',
		'holidays-in-vacation',
		{ vacationStart: '2025-12-22', vacationEnd: '2026-01-02' },
		[/2 holidays fall on scheduled workdays/, /2 days \(15\.00 hours\)/],
	],
	[
		'§2.7 holiday pay: Thanksgiving 2025 turns on Wednesday, November 26 and Monday, December 1',
		'holiday-pay',
		{ holidayDate: '2025-11-27' },
		[/Work Wednesday, November 26, 2025 and Monday, December 1, 2025/],
	],
	[
		'§2.7 holiday pay: not working the day after means no holiday pay',
		'holiday-pay',
		{ holidayDate: '2025-11-27', workedDayBefore: 'yes', workedDayAfter: 'no' },
		[/^Result Not paid for Thanksgiving Day/],
	],
	[
		'§2.4 B sick time for my grandmother’s funeral: yes, funerals widen the family to grandrelations',
		'sick-use',
		{ purpose: 'family-death', relationship: 'grandparent', livesInHousehold: 'no', hours: '7.5' },
		[/^Result Yes: sick time may be used; 8 hours charged\./, /For attendance at funerals, the term "immediate family" also includes grandrelations/],
	],
	[
		'§2.4 B sick time for my mother-in-law’s illness, not living with me: no',
		'sick-use',
		{ purpose: 'family-illness', relationship: 'parent-in-law', livesInHousehold: 'no', hours: '4' },
		[/^Result No: sick time may not be used for this\./, /in-law' individuals when residing in the employee's household/],
	],
	[
		'§2.5 RC-23 personal time on November 16: forfeited unless requested by November 15',
		'personal',
		{ year: '2025', startDate: '2020-01-02', sickHoursUsedPreviousYear: '8', bargainingUnit: 'RC-23', asOf: '2025-11-16' },
		[/^Result You have 22\.50 hours .* On the as-of date: forfeited unless requested by November 15 \(RC-23\)/],
	],
	[
		'§2.7 holiday pay: the day before was approved vacation — paid only if the supervisor approves the exception',
		'holiday-pay',
		{ holidayDate: '2025-11-27', workedDayBefore: 'no', workedDayAfter: 'yes', dayNotWorkedWasApprovedLeave: true },
		[/^Result Paid for Thanksgiving Day only if the supervisor approves the exception/, /unless an exception has been approved by his\/her supervisor/],
	],
	[
		'§2.4 payout: half of 40 unused days earned 1984–1997 is 20 days',
		'sick-payout',
		{
			serviceStart: '1985-06-03',
			separationDate: '2025-06-30',
			reason: 'termination',
			unusedDaysEarned1984To1997: '40',
			dailyPayCents: '300',
		},
		[/20 days \(150\.00 hours\) are paid to the employee: \$6,000\.00/],
	],
	[
		'§4.9 Sick Leave Bank: full time, 6 months of service and 5 sick days may enroll',
		'sick-leave-bank',
		{ serviceStart: '2024-01-02', asOf: '2025-03-01', accumulatedSickDays: '8', donationDays: '1' },
		[/^Result You may enroll\./],
	],
	[
		'§4.9 Sick Leave Bank: 4 sick days on the books is under the 5 needed',
		'sick-leave-bank',
		{ serviceStart: '2024-01-02', asOf: '2025-03-01', accumulatedSickDays: '4' },
		[/You may not enroll/],
	],
	[
		'§2.5 payout on retirement: 15 unused hours (2 days) at half of $300 daily pay is $300.00',
		'personal-payout',
		{ reason: 'retirement', unusedHours: '15', dailyPayCents: '300' },
		[/\$300\.00 is paid for 2 days/],
	],
	[
		'§2.5 personal: an April 15 start gets 15.00 hours',
		'personal',
		{ year: '2025', startDate: '2025-04-15', sickHoursUsedPreviousYear: '0', asOf: '2025-04-15' },
		[/15\.00 hours/, /April 2 through June 1/],
	],
	[
		'Attachment 2.1b time use: a vacation half day of 3:45 is allowed',
		'time-use',
		{ kind: 'vacation', 'amount.unit': 'half-day', 'amount.halfDay': '3:45' },
		[/^Result Allowed: 3:45 is whole days and\/or a half day/],
	],
	[
		'§2.4 B time use: a day of sick time is never plainly “Allowed” without a purpose',
		'time-use',
		{ kind: 'sick', 'amount.unit': 'days', 'amount.days': '1' },
		[/^Result The amount is allowed; sick time also needs a purpose that qualifies \(§2\.4 B\)/, /sick-time use calculator/],
	],
	[
		'Attachment 2.1b time use: 15 minutes of comp time is under the 30-minute minimum',
		'time-use',
		{ kind: 'compensatory', 'amount.unit': 'hours', 'amount.hours': '0.25' },
		[/^Result Not allowed/, /no less than 30 minutes/],
	],
	[
		'§2.6 comp time: RC-62 time scheduled by June 1 may be used through August 1',
		'comp-time',
		{
			earnedOn: '2025-03-10',
			asOf: '2025-05-20',
			bargainingUnit: 'RC-62',
			scheduledOn: '2025-05-30',
		},
		[/Use it by Friday, August 1, 2025/],
	],
	[
		'§2.6 comp time: without the extension it is used by June 30 of the fiscal year',
		'comp-time',
		{ earnedOn: '2025-03-10', asOf: '2025-03-20' },
		[/Use it by Monday, June 30, 2025 \(FY2025\)/],
	],
	[
		'§2.4 sick: one day (7.5 hours) a month of service',
		'sick',
		{ serviceStart: '2022-03-01', asOf: '2025-03-01', status: 'regular' },
		[/1 day \(7\.50 hours\)/, /36 completed months/],
	],
	[
		'§2.7 holidays: Christmas 2022 (a Sunday) is observed Monday, December 26',
		'holidays',
		{ year: '2022' },
		[/Christmas Day Sunday, December 25, 2022 Monday, December 26, 2022/],
	],
	[
		'§2.7 workdays: 1 workday after the Wednesday before Thanksgiving 2025 is Monday, December 1',
		'workdays',
		{ date: '2025-11-26', workdays: '1', direction: 'add' },
		[/Monday, December 1, 2025/],
	],
	[
		'§2.7 hours excluding weekends and holidays: 24 hours from Wednesday 15:00 before Thanksgiving',
		'hours-deadline',
		{ date: '2025-11-26', time: '15:00', hours: '24' },
		[/Monday, December 1, 2025 at 15:00/],
	],
	[
		'§3.3 court: the second occurrence in 24 months is a 3-day suspension, 1 unpaid',
		'court-discipline',
		{
			asOf: '2025-06-01',
			'missedHearings.0.date': '2024-09-03',
			'missedHearings.1.date': '2025-05-12',
		},
		[
			/step 2: 3-day suspension: 1 unpaid, 2 on paper/,
			/step 3: 7-day suspension: 3 unpaid, 4 on paper/,
		],
	],
	[
		'§3.3 MOU (6)(c) court: a missed date the judge excused in a signed order is not an occurrence',
		'court-discipline',
		{
			asOf: '2025-06-01',
			'missedHearings.0.date': '2025-05-12',
			'missedHearings.0.facts.excusedBySignedOrder': 'yes',
		},
		[/No unexcused missed court day/, /excused under MOU \(6\)\(c\)/],
	],
	[
		'§3.3 MOU (6)(b) court: approved time off without written notice to the supervisor counts',
		'court-discipline',
		{
			asOf: '2025-06-01',
			'missedHearings.0.date': '2025-05-12',
			'missedHearings.0.facts.onApprovedTimeOff': 'yes',
			'missedHearings.0.facts.toldSupervisorInWriting': 'no',
		},
		[/^Result 1 occurrence in the last 24 months/, /MOU \(6\)\(b\) does not apply/],
	],
	[
		'§3.3 MOU (8) court: a reported emergency is management\'s decision, not a step',
		'court-discipline',
		{
			asOf: '2025-06-01',
			'missedHearings.0.date': '2024-09-03',
			'missedHearings.1.date': '2025-05-12',
			'missedHearings.1.emergency': 'yes',
			'missedHearings.1.toldSupervisorBeforeCase': 'yes',
		},
		[/1 missed day \(2025-05-12\) awaits management's decision \(MOU \(8\)\)/, /if counted, step 2/],
	],
	[
		'§3.4 MOA 9 attendance from the current standing: step 4 since 2025-10-01, a no-call-in absence',
		'attendance-discipline',
		{
			asOf: '2026-03-31',
			_standing: true,
			'standing.step': '4',
			'standing.lastActionOn': '2025-10-01',
			'unauthorizedAbsences.0.date': '2026-03-02',
		},
		[/^Result 6 offenses in the current progression: step 6, 3-day suspension\./],
	],
	[
		'§3.4 attendance: a UA without call-in counts twice (offenses 2 and 3: written reprimand)',
		'attendance-discipline',
		{
			asOf: '2025-03-31',
			'unauthorizedAbsences.0.date': '2025-03-03',
			'unauthorizedAbsences.0.calledIn': true,
			'unauthorizedAbsences.1.date': '2025-03-10',
		},
		[/3 offenses/, /step 3, Written reprimand/],
	],
	[
		'§3.4 attendance: arriving one hour late is an unauthorized absence',
		'attendance-discipline',
		{
			asOf: '2025-03-31',
			'lateArrivals.0.date': '2025-03-05',
			'lateArrivals.0.startTime': '08:30',
			'lateArrivals.0.arrivalTime': '09:30',
			'lateArrivals.0.calledIn': true,
		},
		[/unauthorized absence/, /step 1, Counseling/],
	],
	[
		'Rule 437.40(i) gifts: a $50 event token from a covered source may be kept',
		'gifts',
		{
			asOf: '2025-03-10',
			receivedOn: '2025-03-07',
			valueCents: '50',
			sourceName: 'Acme Youth Services',
			kind: 'event-token',
			'prohibitedSource.doesBusiness': true,
			'agency.sourceInRule437Scope': true,
		},
		[/^Result Allowed under Rule 437\.40\(i\)/],
	],
	[
		'Rule 437.40(i) gifts: a $50.01 event token is over the limit',
		'gifts',
		{
			asOf: '2025-03-10',
			receivedOn: '2025-03-07',
			valueCents: '50.01',
			sourceName: 'Acme Youth Services',
			kind: 'event-token',
			'prohibitedSource.doesBusiness': true,
			'agency.sourceInRule437Scope': true,
		},
		[/Not allowed/, /Return it to Acme Youth Services immediately/],
	],
	[
		'Rule 437.60(b) economic interests: filed May 18 costs $15 plus 3 days at $100',
		'economic-interests',
		{
			asOf: '2025-06-01',
			filingYear: '2025',
			'criteria.supervisesTwentyOrMore': true,
			filedOn: '2025-05-18',
		},
		[/\$315\.00/, /late fee \$15\.00/, /penalty \$300\.00/],
	],
	[
		'Ethics Act 5-10(c) training: a new employee trains within 30 days of starting',
		'training',
		{
			asOf: '2025-02-10',
			startDate: '2025-02-03',
			'trainingPeriods.0.start': '2025-01-01',
			'trainingPeriods.0.end': '2025-12-31',
		},
		[/Ethics training: due by Wednesday, March 5, 2025/],
	],
];

describe('each calculator computes in the browser from what a person types', () => {
	test.each(CASES)('%s', async (_label, name, values, expected) => {
		const page = await openPage(browser(), `/tools/${name}/`);
		const text = await calculate(page, name, values);
		for (const pattern of expected) expect(text).toMatch(pattern);
		// The result explains itself: rule, steps and at least one source link to a section page.
		expect(text).toMatch(/Rule applied .+ Steps .+ Sources/);
		const source = page.locator(`[data-calculator="${name}"] .calc-sources a`).first();
		expect(await source.getAttribute('href')).toMatch(/^\/(handbook|ethics|procedures)\//);
		expect(await page.locator(`[data-calculator="${name}"] [data-print]`).isVisible()).toBe(true);
		// The input is now in the URL, so the result can be shared and bookmarked.
		expect(new URL(page.url()).searchParams.size).toBeGreaterThan(0);
		await page.context().close();
	});

	test('every calculator in the registry has a case above', () => {
		expect(new Set(CASES.map((c) => c[1]))).toEqual(new Set(CALCULATORS.map((c) => c.name)));
	});
});

describe('shared links and field errors', () => {
	test('§2.3 a shared /tools/vacation/ link shows its result on load', async () => {
		const page = await openPage(
			browser(),
			'/tools/vacation/?serviceStart=2020-03-15&asOf=2025-03-15',
		);
		await page.locator('.calc-answer').waitFor();
		expect(await page.locator('.calc-answer').innerText()).toMatch(/15 days \(112\.50 hours\)/);
		expect(await page.inputValue('[name="serviceStart"]')).toBe('2020-03-15');
		await page.context().close();
	});

	test('§3.3 a shared link with rows fills the rows and computes', async () => {
		const page = await openPage(
			browser(),
			'/tools/court-discipline/?asOf=2025-06-01&missedHearings.0.date=2024-09-03&missedHearings.1.date=2025-05-12&missedHearings.1.facts.excusedBySignedOrder=yes',
		);
		await page.locator('.calc-answer').waitFor();
		expect(await page.locator('[data-rows="missedHearings"] [data-row]').count()).toBe(2);
		expect(await page.inputValue('[name="missedHearings.1.facts.excusedBySignedOrder"]')).toBe('yes');
		expect(await page.locator('.calc-answer').innerText()).toMatch(
			/1 occurrence in the last 24 months/,
		);
		await page.context().close();
	});

	test('§2.3 a missing date is reported beside its field and in the summary, which takes focus', async () => {
		const page = await openPage(browser(), '/tools/vacation/');
		await page.waitForSelector('[data-calculator="vacation"][data-ready="true"]');
		await page.fill('[name="asOf"]', '2025-03-15');
		await page.click('[data-calculator] button[type="submit"]');
		const field = page.locator('[name="serviceStart"]');
		await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
		const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
		const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'))!;
		expect(await page.locator(`#${errorId}`).innerText()).toMatch(
			/Continuous-service date: expected a date as YYYY-MM-DD/,
		);
		expect(
			await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary')),
		).toBe(true);
		const link = page.locator('[data-error-summary] a').first();
		expect(await link.getAttribute('href')).toBe(`#${await field.getAttribute('id')}`);
		await link.click();
		expect(
			await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
		).toBe('serviceStart');
		await page.context().close();
	});

	test('§3.3 an error in a row names that row’s field', async () => {
		const page = await openPage(browser(), '/tools/court-discipline/');
		await page.waitForSelector('[data-calculator="court-discipline"][data-ready="true"]');
		await page.fill('[name="asOf"]', '2025-06-01');
		await page.fill('[name="missedHearings.0.date"]', '2025-07-01');
		await page.click('[data-calculator] button[type="submit"]');
		const field = page.locator('[name="missedHearings.0.date"]');
		await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('[data-error-summary]').innerText()).toMatch(
			/Date missed: expected a date on or before asOf/,
		);
		await page.context().close();
	});

	test('§3.4 rows can be added and removed by keyboard, and stay numbered', async () => {
		const page = await openPage(browser(), '/tools/attendance-discipline/');
		await page.waitForSelector('[data-calculator="attendance-discipline"][data-ready="true"]');
		const group = page.locator('[data-rows="unauthorizedAbsences"]');
		await group.locator('[data-add-row]').focus();
		await page.keyboard.press('Enter');
		expect(await group.locator('[data-row]').count()).toBe(2);
		expect(
			await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
		).toBe('unauthorizedAbsences.1.date');
		await group.locator('[data-remove-row]').first().click();
		expect(await group.locator('[data-row]').count()).toBe(1);
		expect(await group.locator('[data-row] input[type="date"]').getAttribute('name')).toBe(
			'unauthorizedAbsences.0.date',
		);
		expect(await group.locator('[data-row-number]').innerText()).toBe('Absence 1');
		await page.context().close();
	});

	test('§2.3 printing shows the inputs, the result, its sources and the date, without the site chrome', async () => {
		const page = await openPage(browser(), '/tools/vacation/');
		await page.waitForSelector('[data-calculator="vacation"][data-ready="true"]');
		expect(await page.locator('[data-print]').isVisible()).toBe(false);
		await calculate(page, 'vacation', { serviceStart: '2020-03-15', asOf: '2025-03-15' });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('[data-calculator] button[type="submit"]').isVisible()).toBe(false);
		for (const selector of [
			'[name="serviceStart"]',
			'.calc-answer',
			'.calc-sources',
			'.calc-printed',
		])
			expect(await page.locator(selector).isVisible(), selector).toBe(true);
		expect(await page.locator('.calc-printed').innerText()).toMatch(/Computed \w+ \d+, \d{4}/);
		await page.context().close();
	});

	test('Attachment 2.1b the time-use form shows only the amount field of the chosen unit', async () => {
		const page = await openPage(browser(), '/tools/time-use/');
		await page.waitForSelector('[data-calculator="time-use"][data-ready="true"]');
		expect(await page.locator('[name="amount.hours"]').isVisible()).toBe(true);
		expect(await page.locator('[name="amount.days"]').isVisible()).toBe(false);
		await page.check('[name="amount.unit"][value="days"]');
		expect(await page.locator('[name="amount.hours"]').isVisible()).toBe(false);
		expect(await page.locator('[name="amount.days"]').isVisible()).toBe(true);
		await page.context().close();
	});

	test('a calculator page fits a phone screen without sideways scrolling', async () => {
		const page = await openPage(
			browser(),
			'/tools/gifts/?asOf=2025-03-10&receivedOn=2025-03-07&valueCents=40&sourceName=Acme&kind=event-token',
			{ width: 360 },
		);
		await page.locator('.calc-answer').waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360,
		);
		await page.context().close();
	});
});

/** The page of a section key of SECTION_TOOLS ("2.3", "Ethics Act"). */
const sectionPath = (key: string) =>
	citationHref((key === 'Ethics Act' ? 'Ethics Act 10-15' : key) as SectionKey).replace(/#.*$/, '');

describe('calculators embedded in their handbook sections', () => {
	test.each(Object.entries(SECTION_TOOLS).filter(([, names]) => names.length > 0))(
		'section %s embeds %s',
		async (key, names) => {
			const page = await openPage(browser(), sectionPath(key));
			for (const name of names)
				expect(
					await page
						.locator(
							`[data-calculator="${name}"][data-lazy] form[action="/tools/${name}/"][method="get"]`,
						)
						.count(),
				).toBe(1);
			await page.context().close();
		},
	);

	test('§2.3 the section ships only the small loader until the form is used, then computes in place', async () => {
		const context = await browser().newContext({ baseURL: baseUrl() });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto('/handbook/2-3-vacation/');
		await page.waitForLoadState('networkidle');
		expect(await page.locator('.embedded-calculator p.muted').first().innerText()).toMatch(
			/\w\. Open it on its own page\.$/,
		);
		const atLoad = [...scripts];
		expect(atLoad.some((s) => /\/(runtime|vacation|dates)\.[\w-]+\.js$/.test(s))).toBe(false);
		await page.focus('[data-calculator="vacation"] [name="serviceStart"]');
		await page.waitForSelector('[data-calculator="vacation"][data-ready="true"]');
		expect(scripts.some((s) => /\/runtime\.[\w-]+\.js$/.test(s))).toBe(true);
		const text = await calculate(page, 'vacation', {
			serviceStart: '2020-03-15',
			asOf: '2025-03-15',
		});
		expect(text).toMatch(/15 days \(112\.50 hours\)/);
		// The section's own URL is left alone; the result links to the calculator's page instead.
		expect(new URL(page.url()).search).toBe('');
		expect(
			await page.locator('[data-calculator="vacation"] .calc-printed a').getAttribute('href'),
		).toMatch(/\/tools\/vacation\/\?serviceStart=2020-03-15&asOf=2025-03-15/);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(
			'calc-vacation-result-heading',
		);
		await context.close();
	});

	test('§3.3 a row added before the code has loaded is not lost', async () => {
		const page = await openPage(browser(), '/handbook/3-3-court-attendance-policy/');
		await page.click('[data-calculator="court-discipline"] [data-add-row]');
		await expect
			.poll(() => page.locator('[data-calculator="court-discipline"] [data-row]').count())
			.toBe(2);
		await page.context().close();
	});

	test('§2.3 without JavaScript the embedded form submits to /tools/vacation/ with the query, which computes there', async () => {
		const context = await browser().newContext({ baseURL: baseUrl(), javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/handbook/2-3-vacation/');
		await page.fill('[data-calculator="vacation"] [name="serviceStart"]', '2020-03-15');
		await page.fill('[data-calculator="vacation"] [name="asOf"]', '2025-03-15');
		await page.click('[data-calculator="vacation"] button[type="submit"]');
		await page.waitForURL(/\/tools\/vacation\/\?/);
		const target = page.url();
		await context.close();
		const withJs = await openPage(browser(), target.replace(/^https?:\/\/[^/]+/, ''));
		await withJs.locator('.calc-answer').waitFor();
		expect(await withJs.locator('.calc-answer').innerText()).toMatch(/15 days \(112\.50 hours\)/);
		await withJs.context().close();
	});
});

describe('axe-core finds no WCAG 2.2 AA violations on calculator pages', () => {
	const pages: [string, string][] = [
		['the index', '/tools/'],
		...CALCULATORS.map((c): [string, string] => [c.name, `/tools/${c.name}/`]),
	];
	test.each(pages)('%s (%s) as loaded', async (_name, path) => {
		const page = await openPage(browser(), path);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
	test.each(CASES.filter((c, i) => CASES.findIndex((d) => d[1] === c[1]) === i))(
		'%s: with its result shown',
		async (_label, name, values) => {
			const page = await openPage(browser(), `/tools/${name}/`, { colorScheme: 'dark' });
			await calculate(page, name, values);
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		},
	);
	test('§2.3 with field errors shown', async () => {
		const page = await openPage(browser(), '/tools/vacation/');
		await page.waitForSelector('[data-calculator="vacation"][data-ready="true"]');
		await page.click('[data-calculator] button[type="submit"]');
		await page.locator('[data-error-summary]:not([hidden])').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

describe('JSON API over HTTP', () => {
	const post = (
		name: string,
		body: string,
		headers: Record<string, string> = { 'content-type': 'application/json' },
	) => fetch(`${baseUrl()}/api/rules/${name}`, { method: 'POST', body, headers });

	test('§2.3 POST /api/rules/vacation answers with the result the page shows', async () => {
		const response = await post(
			'vacation',
			JSON.stringify({ serviceStart: '2020-03-15', asOf: '2025-03-15' }),
		);
		expect(response.status).toBe(200);
		const body = (await response.json()) as {
			annual: { days: number; hours: number };
			citations: unknown[];
		};
		expect(body.annual).toEqual({ days: 15, hours: 112.5 });
		expect(body.citations.length).toBeGreaterThan(0);
	});

	test('a JSON post from another system (another Origin) is accepted', async () => {
		const response = await post(
			'personal',
			JSON.stringify({
				year: 2025,
				startDate: '2025-04-15',
				status: 'regular',
				sickHoursUsedPreviousYear: 0,
				asOf: '2025-04-15',
			}),
			{ 'content-type': 'application/json', origin: 'https://hr.example.org' },
		);
		expect(response.status).toBe(200);
		expect(((await response.json()) as { allowance: { hours: number } }).allowance.hours).toBe(15);
	});

	test.each([
		[
			'bad input names the field',
			'vacation',
			'{"serviceStart":"2020-13-01","asOf":"2025-03-15"}',
			400,
			'serviceStart',
		],
		['bad JSON', 'vacation', '{not json', 400, ''],
		['an unknown calculator', 'no-such-rule', '{}', 404, undefined],
	] as const)('%s → %i', async (_label, name, body, status, field) => {
		const response = await post(name, body);
		expect(response.status).toBe(status);
		const json = (await response.json()) as {
			error: string;
			issues: { field: string; message: string }[];
		};
		expect(json.error).toEqual(expect.any(String));
		if (field !== undefined) expect(json.issues.map((i) => i.field)).toContain(field);
	});

	test('GET is not allowed (405)', async () => {
		const response = await fetch(`${baseUrl()}/api/rules/vacation`);
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('POST');
	});

	test('a cross-site form post is refused by the origin check (security.checkOrigin)', async () => {
		const response = await post('vacation', 'serviceStart=2020-03-15', {
			'content-type': 'application/x-www-form-urlencoded',
			origin: 'https://evil.example',
		});
		expect(response.status).toBe(403);
	});
});
