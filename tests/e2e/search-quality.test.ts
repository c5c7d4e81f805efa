import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';

const browser = useBrowser();

const VACATION = '/handbook/2-3-vacation/';
const SICK = '/handbook/2-4-sick-time/';
const PERSONAL = '/handbook/2-5-personal-business-time/';
const HARASSMENT = '/handbook/3-13-sexual-harassment/';
const ETHICS_ACT = '/ethics/ethics-act/';
const ATTENDANCE = '/handbook/3-4-daily-attendance/';
const RAN_AWAY = '/report/event/whereabouts-unknown/';
const CHILD_DEATH = '/report/event/death-dcfs-child-or-youth-in-care-served-by-the-department/';

/**
 * Search quality (issue 12 §5): queries written the way employees type them — questions, their own
 * words, misspellings, section and form numbers — each with the page that should come first, drawn
 * from the documents. A result below a page's path (an attachment) counts as the page. Typed into the
 * real search box of the built site in Chromium; the suite fails below 90% top-1 or 98% top-5.
 */
const QUERIES: readonly (readonly [query: string, expected: string, why: string])[] = [
	// The employees' own words for a section
	['PTO', VACATION, '§2.3 Vacation'],
	['paid time off', VACATION, '§2.3 Vacation'],
	['vacation forfeited', VACATION, '§2.3 forfeiture'],
	['dress code', '/handbook/3-17-appropriate-attire/', '§3.17 Appropriate Attire'],
	['what should I wear to work', '/handbook/3-17-appropriate-attire/', '§3.17 Appropriate Attire'],
	['sick days', SICK, '§2.4 Sick Time'],
	['call in sick', SICK, '§2.4 Sick Time'],
	['bereavement', SICK, '§2.4 B funerals'],
	['jury duty', '/handbook/4-1-leaves-of-absence/', '§4.1 Leaves of Absence'],
	['FMLA', '/handbook/4-13-family-and-medical-leave-act/', '§4.13 FMLA'],
	['maternity leave', '/handbook/4-1-leaves-of-absence/', '§4.1 Leaves of Absence'],
	['personal business time', PERSONAL, '§2.5'],
	['personal day', PERSONAL, '§2.5'],
	['holidays', '/handbook/2-7-holidays/', '§2.7 Holidays'],
	['overtime', '/handbook/2-6-overtime/', '§2.6 Overtime'],
	['time and a half', '/handbook/2-6-overtime/', '§2.6 Overtime'],
	['flextime', '/handbook/2-2-work-schedules/', '§2.2 Work Schedules'],
	['snow day', '/handbook/2-8-inclement-weather/', '§2.8 Inclement Weather'],
	['lunch break', '/handbook/2-1-daily-time/', '§2.1 Daily Time'],
	['timesheet', '/handbook/2-1-daily-time/', '§2.1 Daily Time'],
	['harassment', HARASSMENT, '§3.13'],
	['sexual harassment', HARASSMENT, '§3.13'],
	['side job', '/handbook/3-9-conflict-of-interest/', '§3.9 Conflict of Interest'],
	['late to work', ATTENDANCE, '§3.4 Daily Attendance'],
	['no call no show', ATTENDANCE, '§3.4 Daily Attendance'],
	['court written reprimand', '/handbook/3-3-court-attendance-policy/', '§3.3 Court Attendance'],
	['smoking', '/handbook/3-20-smoking-policy/', '§3.20'],
	['lost my badge', '/handbook/3-21-photo-identification-cards/', '§3.21 Photo ID'],
	['confidentiality', '/handbook/3-14-confidentiality/', '§3.14'],
	['nepotism', '/handbook/3-15-nepotism-policy/', '§3.15'],
	['weapons', '/handbook/3-5-weapons/', '§3.5'],
	['drug test', '/handbook/3-7-use-of-intoxicants-or-narcotics/', '§3.7'],
	['personal calls at work', '/handbook/3-18-use-of-state-telephones/', '§3.18'],
	['hatch act', '/ethics/hatch-act-modernization-act/', 'Hatch Act Modernization Act'],
	['when is payday', '/handbook/4-7-payroll-periods-pay-dates/', '§4.7'],
	['health insurance', '/handbook/4-10-employee-health-dental-life-insurance/', '§4.10'],
	['open enrollment', '/handbook/4-10-employee-health-dental-life-insurance/', '§4.10'],
	['retirement', '/handbook/4-12-state-employees-retirement-system/', '§4.12 SERS'],
	['union', '/handbook/5-1-collective-bargaining-agreements/', '§5.1'],
	['performance review', '/handbook/5-4-employee-evaluations/', '§5.4'],
	['tuition reimbursement', '/handbook/4-2-tuition-reimbursement/', '§4.2'],
	['workers comp', '/handbook/4-6-workers-compensation/', '§4.6'],
	['hurt at work', '/handbook/4-6-workers-compensation/', '§4.6'],
	['parking', '/handbook/5-6-traffic-and-parking-regulations/', '§5.6'],
	['EAP', '/handbook/4-5-employee-assistance-programs/', '§4.5'],
	['ADA accommodation', '/handbook/4-4-americans-with-disabilities-act-ada/', '§4.4'],
	['sick leave bank', '/handbook/4-9-sick-leave-bank/', '§4.9'],
	['donate sick days', '/handbook/4-9-sick-leave-bank/', '§4.9'],
	['what is a mandated reporter', '/handbook/1-4-mandated-reporters/', '§1.4'],
	['gift', ETHICS_ACT, 'Ethics Act gift ban'],
	['gratuity', ETHICS_ACT, 'Ethics Act gift ban'],
	['freebie', ETHICS_ACT, 'Ethics Act gift ban'],
	['food $75', ETHICS_ACT, 'Ethics Act §10-15 food and refreshments'],
	['revolving door', ETHICS_ACT, 'Ethics Act revolving door'],
	['how to report an incident', '/procedures/331/331-110-how-to-report-child-events/', '331.110'],
	['CIRU', '/procedures/331/331-120-child-critical-event-notifications/', '331.120'],
		// Questions a calculator answers: the calculator first
	['how much vacation will I have', '/tools/vacation/', 'vacation calculator'],
	['how many sick days do I get', '/tools/sick/', 'sick leave calculator'],
	['my 4th personal day', '/tools/personal/', 'personal business time calculator'],
	['what happens if I miss court twice', '/tools/court-discipline/', 'court attendance discipline'],
	['late twice this month', '/tools/attendance-discipline/', 'attendance discipline'],
	['can I accept a gift from a vendor', '/tools/gifts/', 'gift check'],
	['comp time', '/tools/comp-time/', 'compensatory time'],
	['holiday pay', '/tools/holiday-pay/', 'holiday pay'],
	['when is my ethics training due', '/tools/training/', 'training deadlines'],
	['working days deadline', '/tools/workdays/', 'workday deadlines'],
	['do I have to file a statement of economic interests', '/tools/economic-interests/', 'SEI'],
	// Reporting events: the event's checklist first
	['child ran away', RAN_AWAY, '331.60 whereabouts unknown'],
	['missing from placement', RAN_AWAY, '331.60 whereabouts unknown'],
	['foster child ran away', RAN_AWAY, '331.60 whereabouts unknown'],
	['runaway', RAN_AWAY, '331.60 whereabouts unknown'],
	['AWOL', RAN_AWAY, '331.60 whereabouts unknown'],
	['child died', CHILD_DEATH, '331.50 death'],
	['child death on my caseload', CHILD_DEATH, '331.50 death'],
	['youth arrested', '/report/event/child-or-youth-arrested/', '331.70 arrest'],
	['foster parent arrested', '/report/event/dcfs-foster-parent-arrested-charged-with-convicted-of-a-crime/', '331.140 caregiver crime'],
	['suicide attempt', '/report/event/incidents-of-suicidal-threats-or-attempts/', '331.70 suicidal threats'],
	['pregnant youth', '/report/event/pregnant-youth/', '331.70 pregnancy'],
	['medication error', '/report/event/medication-dispensing-error/', '331.70 medication'],
	['human trafficking', '/report/event/confirmed-or-suspected-victim-of-human-trafficking/', '331.50 trafficking'],
	['caseworker threatened on home visit', '/report/event/dcfs-personnel-victim-of-workplace-violence-or-threat-of-violence/', '331.140 workplace violence'],
	// Misspellings
	['vacaton', VACATION, '§2.3'],
	['persnal business time', PERSONAL, '§2.5'],
	['persnal day', PERSONAL, '§2.5'],
	['harrassment', HARASSMENT, '§3.13'],
	['sexual harrasment', HARASSMENT, '§3.13'],
	['mandatory reporter', '/handbook/1-4-mandated-reporters/', '§1.4'],
	['overtim', '/handbook/2-6-overtime/', '§2.6'],
	['confidentiallity', '/handbook/3-14-confidentiality/', '§3.14'],
	['retirment', '/handbook/4-12-state-employees-retirement-system/', '§4.12'],
	// Section and form numbers go straight to their page
	['2.3', VACATION, '§2.3'],
	['§ 3.4', ATTENDANCE, '§3.4'],
	['section 4.13', '/handbook/4-13-family-and-medical-leave-act/', '§4.13'],
	['331.70', '/procedures/331/331-70-child-and-youth-incidents/', '331.70'],
	['Procedures 331.60', '/procedures/331/331-60-missing-or-abducted/', '331.60'],
	['CFS-728', '/handbook/2-1-daily-time/attachment-2-1b/', 'CFS 728 on attachment 2.1b'],
];

/** The first five result paths for a query typed into the search box and submitted. */
async function topFive(page: Page, query: string): Promise<string[]> {
	await page.fill('#q', query);
	await page.press('#q', 'Enter');
	await page.waitForFunction((q) => {
		const status = document.querySelector('#search-status')?.textContent ?? '';
		return status.includes(`“${q}”`) && !status.startsWith('Searching');
	}, query, { timeout: 20_000 });
	const hrefs = await page.locator('#search-results li a.result-title').evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href') ?? ''));
	return hrefs.map((h) => new URL(h, 'http://x').pathname);
}

describe('search quality: queries as employees type them (issue 12 §5)', () => {
	const outcomes: { query: string; expected: string; top: string[] }[] = [];
	let page: Page;
	beforeAll(async () => {
		page = await openPage(browser(), '/search/');
	});
	afterAll(async () => page?.context().close());

	test(`at least 80 queries, each naming its section (${QUERIES.length})`, () => {
		expect(QUERIES.length).toBeGreaterThanOrEqual(80);
		expect(new Set(QUERIES.map(([q]) => q.toLowerCase())).size).toBe(QUERIES.length);
	});

	test('top-1 ≥ 90%, top-5 ≥ 98%, and no query ends with no result', async () => {
		for (const [query, expected] of QUERIES) outcomes.push({ query, expected, top: await topFive(page, query) });
		const hit = (o: (typeof outcomes)[number], n: number) => o.top.slice(0, n).some((p) => p.startsWith(o.expected));
		const top1 = outcomes.filter((o) => hit(o, 1)).length / outcomes.length;
		const top5 = outcomes.filter((o) => hit(o, 5)).length / outcomes.length;
		const misses = outcomes.filter((o) => !hit(o, 1)).map((o) => `  “${o.query}” → ${o.top[0] ?? '(nothing)'}; expected ${o.expected}${hit(o, 5) ? ' (in top 5)' : ' (not in top 5)'}`);
		console.log(`Search quality over ${outcomes.length} queries: top-1 ${(top1 * 100).toFixed(1)}%, top-5 ${(top5 * 100).toFixed(1)}%${misses.length ? `\n${misses.join('\n')}` : ''}`);
		expect(outcomes.filter((o) => o.top.length === 0).map((o) => o.query)).toEqual([]);
		expect(top1, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
		expect(top5, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
	}, 600_000);
});
