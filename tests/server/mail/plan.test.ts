import { describe, expect, test } from 'vitest';
import { addDays, compareDates } from '@rules/dates';
import { createWorkdayCalendar } from '@rules/calendar/workday-calendar';
import { DEFAULT_SCHEDULE, planMail, REVIEW_WAIT_WORKDAYS, type PlanCampaign, type PlanInput, type Recipient } from '@lib/server/mail/plan';

const calendar = createWorkdayCalendar();
const sam: Recipient = { id: 'u-sam', name: 'Sam Supervisor', email: 'sam@illinois.gov' };
const olive: Recipient = { id: 'u-olive', name: 'Olive Officer', email: 'olive@illinois.gov' };

/** Three people on one campaign that opens Monday 2026-11-30 and is due Monday 2026-12-14. */
const PEOPLE = [
	{ id: 'u-emma', name: 'Emma Employee', email: 'emma@illinois.gov', dueOn: '2026-12-14', certifiesOn: null },
	{ id: 'u-lee', name: 'Lee Early', email: 'lee@illinois.gov', dueOn: '2026-12-14', certifiesOn: '2026-12-10' },
	// Starts 2026-12-02: due 30 days later (Ethics Act 5-10(c)), on New Year's Day.
	{ id: 'u-nia', name: 'Nia New', email: 'nia@illinois.gov', dueOn: '2027-01-01', certifiesOn: null, startsOn: '2026-12-02' },
];

/** The campaign as it stands on `day`: who has certified, who is due or overdue. */
function campaignOn(day: string): PlanCampaign {
	return {
		id: 'ethics-2026',
		title: 'Ethics training 2026',
		opensOn: '2026-11-30',
		deadlineOn: '2026-12-14',
		schedule: DEFAULT_SCHEDULE,
		people: PEOPLE.filter((p) => !p.startsOn || compareDates(p.startsOn, day) <= 0).map((p) => ({
			id: p.id,
			name: p.name,
			email: p.email,
			supervisorEmployeeId: 'E200',
			dueOn: p.dueOn,
			status: p.certifiesOn && compareDates(p.certifiesOn, day) <= 0 ? 'done' : compareDates(day, p.dueOn) > 0 ? 'overdue' : 'due',
		})),
	};
}
const inputOn = (day: string): PlanInput => ({
	today: day,
	calendar,
	baseUrl: 'https://portal.example',
	sendAtMs: 0,
	campaigns: [campaignOn(day)],
	supervisors: new Map([['E200', sam]]),
	officers: [olive],
});

/** Every message of the simulated weeks as "day to kind", digests aside. */
function simulate(from: string, to: string) {
	const sent: string[] = [];
	for (let day = from; compareDates(day, to) <= 0; day = addDays(day, 1))
		for (const m of planMail(inputOn(day)))
			if (!m.dedupeKey!.startsWith('digest:')) sent.push(`${day} ${m.toEmail} ${m.dedupeKey!.split(':')[0]}`);
	return sent;
}

describe('issue 9 §3 the schedule over a simulated month with holidays (§2.2 work week, §2.7 holidays)', () => {
	test('opening, reminders 14/7/1 days before and on the day, overdue, escalation after 3 and 10 workdays: each on the expected workday', () => {
		expect(simulate('2026-11-30', '2027-01-08')).toEqual([
			// Opening day: the 14-days-before point is the opening itself, so one message each.
			'2026-11-30 emma@illinois.gov campaign-open',
			'2026-11-30 lee@illinois.gov campaign-open',
			// A new employee's first day: her 30-day deadline.
			'2026-12-02 nia@illinois.gov campaign-open',
			'2026-12-07 emma@illinois.gov reminders',
			'2026-12-07 lee@illinois.gov reminders',
			// 1 day before is Sunday the 13th: sent on Monday with the due-day reminder, as one message.
			'2026-12-14 emma@illinois.gov reminders',
			'2026-12-15 emma@illinois.gov reminders',
			// 3 workdays after the due date.
			'2026-12-17 sam@illinois.gov escalations',
			// Nia: 14 days before her January 1 deadline.
			'2026-12-18 nia@illinois.gov reminders',
			// 7 days before is Christmas (Friday): sent the next workday.
			'2026-12-28 nia@illinois.gov reminders',
			// 10 workdays after December 14, Christmas not counted.
			'2026-12-29 olive@illinois.gov escalations',
			'2026-12-31 nia@illinois.gov reminders',
			// Due on New Year's Day (a holiday), overdue from January 2 (Saturday): told on Monday.
			'2027-01-04 nia@illinois.gov reminders',
			'2027-01-06 sam@illinois.gov escalations',
		]);
	});

	test('§2.2, §2.7 nothing is sent on a weekend or a holiday', () => {
		for (const day of ['2026-12-05', '2026-12-06', '2026-12-25', '2027-01-01', '2026-11-26'])
			expect(planMail(inputOn(day)), day).toEqual([]);
	});

	test('the weekly digest goes on the first workday of each week, to the supervisor and the officers', () => {
		const digestDays = new Set<string>();
		for (let day = '2026-11-30'; compareDates(day, '2027-01-08') <= 0; day = addDays(day, 1))
			for (const m of planMail(inputOn(day))) if (m.dedupeKey!.startsWith('digest:')) digestDays.add(`${day} ${m.toEmail}`);
		const mondays = ['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04'];
		expect([...digestDays].sort()).toEqual(mondays.flatMap((d) => [`${d} olive@illinois.gov`, `${d} sam@illinois.gov`]).sort());
		const officerDigest = planMail(inputOn('2026-12-14')).find((m) => m.dedupeKey === 'digest:u-olive:2026-12-14')!;
		expect(officerDigest.text).toContain('Ethics training 2026: 1 of 3 done, 0 overdue (due Monday, December 14, 2026).');
		const withQueue = planMail({ ...inputOn('2026-12-14'), reviewQueue: { awaitingSupervisor: 2, awaitingDetermination: 1 } });
		expect(withQueue.find((m) => m.dedupeKey === 'digest:u-olive:2026-12-14')!.text).toContain(
			"Disclosures: 2 waiting for a supervisor's review, 1 waiting for your determination.",
		);
	});

	test('a reminder bundles, carries its link and the due date as an all-day .ics event, and never a disclosure', () => {
		const [mail] = planMail(inputOn('2026-12-07')).filter((m) => m.toEmail === 'emma@illinois.gov');
		expect(mail).toMatchObject({ subject: 'Reminder: Ethics training 2026', dedupeKey: 'reminders:u-emma:2026-12-07', notBeforeMs: 0 });
		expect(mail!.text).toContain('Ethics training 2026: due Monday, December 14, 2026 (in 7 days).');
		expect(mail!.text).toContain('https://portal.example/account/attest/ethics-2026/');
		expect(mail!.html).toContain('href="https://portal.example/account/attest/ethics-2026/"');
		const ics = mail!.attachments![0]!;
		expect(ics.filename).toBe('due-2026-12-14.ics');
		expect(ics.content).toMatch(/DTSTART;VALUE=DATE:20261214/);
		expect(ics.content).toMatch(/UID:ethics-2026\.u-emma@handbook-portal/);
	});

	test('the same day planned twice gives the same dedupe keys (queued once)', () => {
		const keys = (day: string) => planMail(inputOn(day)).map((m) => m.dedupeKey);
		expect(keys('2026-12-14')).toEqual(keys('2026-12-14'));
		expect(new Set(keys('2026-12-14')).size).toBe(keys('2026-12-14').length);
	});
});

describe('issue 9 §3 a disclosure waiting for the supervisor’s review is brought up, never its content', () => {
	test(`after ${REVIEW_WAIT_WORKDAYS.supervisor} workdays the supervisor, after ${REVIEW_WAIT_WORKDAYS.officer} the officers (Christmas not counted)`, () => {
		const withReview = (day: string): PlanInput => ({
			...inputOn(day),
			campaigns: [],
			reviews: [{ disclosureId: 'd1', ownerName: 'Emma Employee', submittedOn: '2026-12-16', supervisorEmployeeId: 'E200' }],
		});
		const sent: string[] = [];
		for (let day = '2026-12-16'; compareDates(day, '2027-01-08') <= 0; day = addDays(day, 1))
			for (const m of planMail(withReview(day))) if (!m.dedupeKey!.startsWith('digest:')) sent.push(`${day} ${m.toEmail}`);
		// 5 workdays from Wednesday the 16th: 17, 18, 21, 22, 23; 10: then 24, 28, 29, 30, 31.
		expect(sent).toEqual(['2026-12-23 sam@illinois.gov', '2026-12-31 olive@illinois.gov']);
		const [mail] = planMail(withReview('2026-12-23')).filter((m) => m.toEmail === 'sam@illinois.gov');
		expect(mail!.text).toContain('A disclosure by Emma Employee, submitted Wednesday, December 16, 2026, has waited 5 workdays');
		expect(mail!.text).toContain('https://portal.example/supervisor/disclosures/d1/');
	});
});

describe('issue 9 §3 gift notices and Statement of Economic Interests dates go to the people who owe them', () => {
	const base = (day: string): PlanInput => ({ ...inputOn(day), campaigns: [] });
	test('Rule 437.40 a gift notice due Friday 2027-01-15: reminders a week before and the day before, never what the gift was', () => {
		const withGift = (day: string): PlanInput => ({
			...base(day),
			giftNotices: [{ giftId: 'g1', owner: { id: 'u-emma', name: 'Emma Employee', email: 'emma@illinois.gov' }, receivedOn: '2026-12-16', noticeDueOn: '2027-01-15' }],
		});
		const days: string[] = [];
		for (let day = '2026-12-16'; compareDates(day, '2027-01-15') <= 0; day = addDays(day, 1))
			for (const m of planMail(withGift(day))) if (m.dedupeKey!.startsWith('reminders:')) days.push(day);
		expect(days).toEqual(['2027-01-08', '2027-01-14']);
		const [mail] = planMail(withGift('2027-01-08')).filter((m) => m.dedupeKey!.startsWith('reminders:'));
		expect(mail!.text).toContain('The written notice for the gift you recorded as received on Wednesday, December 16, 2026, is due Friday, January 15, 2027.');
		expect(mail!.attachments![0]!.content).toMatch(/DTSTART;VALUE=DATE:20270115/);
	});

	test('§3.11, Rule 437.60(b) SEI: a week before and on April 23, and the day before May 1 (moved off weekends)', () => {
		const withFilers = (day: string): PlanInput => ({ ...base(day), seiFilers: [sam] });
		const days: string[] = [];
		for (let day = '2027-04-01'; compareDates(day, '2027-05-05') <= 0; day = addDays(day, 1))
			for (const m of planMail(withFilers(day))) if (m.dedupeKey!.startsWith('reminders:')) days.push(day);
		// 2027: April 16 is a Friday, April 23 a Friday, April 30 a Friday.
		expect(days).toEqual(['2027-04-16', '2027-04-23', '2027-04-30']);
		const [mail] = planMail(withFilers('2027-04-16'));
		expect(mail!.text).toContain('Statement of Economic Interests 2027: return it to the DCFS Office of Inspector General by Friday, April 23, 2027 (§3.11); the filing deadline is Saturday, May 1, 2027 (Rule 437.60(b)).');
	});
});
