import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addHoursExcludingWeekendsAndHolidays } from '@rules/calendar/workday-hours';
import { addWorkdays, isWorkday, subtractWorkdays } from '@rules/calendar/workdays';
import { createWorkdayCalendar } from '@rules/calendar/workday-calendar';
import { holidayPay } from '@rules/calendar/holiday-pay';
import { stateHolidays } from '@rules/calendar/holidays';
import {
	addDays,
	completedYears,
	dayOfWeek,
	fromDayNumber,
	isoDate,
	toDayNumber,
} from '@rules/dates';

const holidayOf = (year: number, name: string) => {
	const found = stateHolidays({ year }).holidays.find((h) => h.name === name);
	if (!found) throw new Error(`no ${name} in ${year}`);
	return found;
};

describe('§2.7 weekend holidays in real years', () => {
	test.each([
		// Saturday → the preceding Friday
		{
			year: 2021,
			name: 'Christmas Day',
			actual: '2021-12-25',
			observed: '2021-12-24',
			shift: 'saturday-to-friday',
		},
		{
			year: 2022,
			name: "New Year's Day",
			actual: '2022-01-01',
			observed: '2021-12-31',
			shift: 'saturday-to-friday',
		},
		{
			year: 2023,
			name: "Veteran's Day",
			actual: '2023-11-11',
			observed: '2023-11-10',
			shift: 'saturday-to-friday',
		},
		{
			year: 2026,
			name: 'Independence Day',
			actual: '2026-07-04',
			observed: '2026-07-03',
			shift: 'saturday-to-friday',
		},
		{
			year: 2022,
			name: "Lincoln's Birthday",
			actual: '2022-02-12',
			observed: '2022-02-11',
			shift: 'saturday-to-friday',
		},
		// Sunday → the following Monday
		{
			year: 2021,
			name: 'Independence Day',
			actual: '2021-07-04',
			observed: '2021-07-05',
			shift: 'sunday-to-monday',
		},
		{
			year: 2022,
			name: 'Christmas Day',
			actual: '2022-12-25',
			observed: '2022-12-26',
			shift: 'sunday-to-monday',
		},
		{
			year: 2023,
			name: "New Year's Day",
			actual: '2023-01-01',
			observed: '2023-01-02',
			shift: 'sunday-to-monday',
		},
		{
			year: 2023,
			name: "Lincoln's Birthday",
			actual: '2023-02-12',
			observed: '2023-02-13',
			shift: 'sunday-to-monday',
		},
		// A weekday holiday stays put
		{
			year: 2025,
			name: 'Christmas Day',
			actual: '2025-12-25',
			observed: '2025-12-25',
			shift: 'none',
		},
	])(
		'§2.7 $name $actual ($shift) → observed $observed',
		({ year, name, actual, observed, shift }) => {
			expect(holidayOf(year, name)).toMatchObject({
				actualDate: actual,
				observedDate: observed,
				shift,
			});
			expect(isWorkday({ date: observed })).toMatchObject({ isWorkday: false, reason: 'holiday' });
		},
	);
});

describe('§2.7 floating holidays follow the federal rules', () => {
	test.each([
		{ year: 2024, name: 'Martin Luther King, Jr., Day', date: '2024-01-15' },
		{ year: 2025, name: 'Martin Luther King, Jr., Day', date: '2025-01-20' },
		{ year: 2024, name: "Washington's Birthday", date: '2024-02-19' },
		{ year: 2025, name: "Washington's Birthday", date: '2025-02-17' },
		{ year: 2024, name: 'Memorial Day', date: '2024-05-27' },
		{ year: 2021, name: 'Memorial Day', date: '2021-05-31' },
		{ year: 2025, name: 'Labor Day', date: '2025-09-01' },
		{ year: 2024, name: 'Columbus Day', date: '2024-10-14' },
		{ year: 2025, name: 'Thanksgiving Day', date: '2025-11-27' },
		{ year: 2024, name: 'Day after Thanksgiving', date: '2024-11-29' },
		{ year: 2018, name: 'Thanksgiving Day', date: '2018-11-22' },
	])('§2.7 $name $year is $date', ({ year, name, date }) => {
		expect(holidayOf(year, name).actualDate).toBe(date);
	});

	test('§2.7 every year lists the twelve named days, in date order, each observed on a weekday', () => {
		for (let year = 1990; year <= 2060; year += 1) {
			const { holidays } = stateHolidays({ year });
			expect(holidays).toHaveLength(12);
			expect(holidays.map((h) => h.actualDate)).toEqual(
				[...holidays.map((h) => h.actualDate)].sort(),
			);
			for (const h of holidays) expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(h.observedDate));
		}
	});

	test('§2.7 the result explains the federal date rule and cites the weekend rule', () => {
		const result = stateHolidays({ year: 2022 });
		expect(result.steps.join(' ')).toContain('5 U.S.C. 6103(a)');
		expect(result.citations.map((c) => c.quote).join(' ')).toContain(
			'the preceding Friday will be observed',
		);
	});
});

describe('§2.7 election and proclaimed days are configurable', () => {
	const holidays = {
		extraDays: [
			{ date: '2026-11-03', name: 'General Election', kind: 'election' as const },
			{ date: '2026-03-14', name: 'Proclaimed day', kind: 'proclaimed' as const },
		],
	};
	test('§2.7 an election day is listed and is not a workday', () => {
		expect(
			stateHolidays({ year: 2026, holidays }).holidays.find((h) => h.source === 'election'),
		).toMatchObject({ observedDate: '2026-11-03' });
		expect(isWorkday({ date: '2026-11-03', holidays }).isWorkday).toBe(false);
		expect(isWorkday({ date: '2026-11-03' }).isWorkday).toBe(true);
	});
	test('§2.7 a proclaimed Saturday is observed the Friday before', () => {
		expect(isWorkday({ date: '2026-03-13', holidays })).toMatchObject({
			isWorkday: false,
			reason: 'holiday',
		});
		expect(
			stateHolidays({ year: 2026, holidays })
				.citations.map((c) => c.quote)
				.join(' '),
		).toContain('election days');
	});
});

describe('§2.2 and §2.7 workdays', () => {
	test.each([
		{
			date: '2025-11-26',
			isWorkday: true,
			reason: 'weekday',
			label: 'Wednesday before Thanksgiving',
		},
		{ date: '2025-11-28', isWorkday: false, reason: 'holiday', label: 'day after Thanksgiving' },
		{ date: '2025-11-29', isWorkday: false, reason: 'weekend', label: 'Saturday' },
		{ date: '2025-11-30', isWorkday: false, reason: 'weekend', label: 'Sunday' },
		{
			date: '2021-12-31',
			isWorkday: false,
			reason: 'holiday',
			label: "New Year's Day 2022 observed in 2021",
		},
		{
			date: '2026-07-03',
			isWorkday: false,
			reason: 'holiday',
			label: 'Independence Day 2026 observed',
		},
		{
			date: '2021-07-05',
			isWorkday: false,
			reason: 'holiday',
			label: 'Independence Day 2021 observed on Monday',
		},
	])('§2.7 $date ($label) → workday $isWorkday', ({ date, isWorkday: expected, reason }) => {
		expect(isWorkday({ date })).toMatchObject({ isWorkday: expected, reason });
	});
});

describe('§2.7 adding and subtracting workdays', () => {
	test.each([
		{
			date: '2025-11-26',
			workdays: 1,
			expected: '2025-12-01',
			label: 'over Thanksgiving, the day after and the weekend',
		},
		{
			date: '2021-12-23',
			workdays: 1,
			expected: '2021-12-27',
			label: 'over Christmas observed Friday and the weekend',
		},
		{
			date: '2021-12-23',
			workdays: 5,
			expected: '2022-01-03',
			label: "over New Year's Day observed Friday Dec 31",
		},
		{ date: '2025-05-23', workdays: 1, expected: '2025-05-27', label: 'over Memorial Day' },
		{ date: '2025-06-02', workdays: 5, expected: '2025-06-09', label: 'a plain week' },
		{
			date: '2025-06-07',
			workdays: 0,
			expected: '2025-06-07',
			label: 'zero returns the start date',
		},
	])(
		'§2.7 add $workdays workday(s) to $date ($label) → $expected',
		({ date, workdays, expected }) => {
			expect(addWorkdays({ date, workdays }).date).toBe(expected);
		},
	);

	test.each([
		{ date: '2025-12-01', workdays: 1, expected: '2025-11-26', label: 'back over Thanksgiving' },
		{
			date: '2022-01-03',
			workdays: 1,
			expected: '2021-12-30',
			label: "back over New Year's Day observed Dec 31",
		},
		{ date: '2025-06-09', workdays: 5, expected: '2025-06-02', label: 'a plain week' },
	])(
		'§2.7 subtract $workdays workday(s) from $date ($label) → $expected',
		({ date, workdays, expected }) => {
			expect(subtractWorkdays({ date, workdays }).date).toBe(expected);
		},
	);

	test('§2.7 the steps name each holiday skipped', () => {
		const result = addWorkdays({ date: '2025-11-26', workdays: 1 });
		expect(result).toMatchObject({ weekendDaysSkipped: 2 });
		expect(result.holidaysSkipped.map((h) => h.name)).toEqual([
			'Thanksgiving Day',
			'Day after Thanksgiving',
		]);
		expect(result.steps.join(' ')).toContain('Thanksgiving Day observed 2025-11-27');
	});

	const calendar = createWorkdayCalendar();
	const workdayArb = fc
		.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2090-12-31') })
		.map(fromDayNumber)
		.filter((iso) => calendar.isWorkday(iso));

	test('§2.7 property: adding then subtracting N workdays returns the start workday', () => {
		fc.assert(
			fc.property(workdayArb, fc.integer({ min: 0, max: 400 }), (date, workdays) => {
				const there = addWorkdays({ date, workdays }).date;
				expect(subtractWorkdays({ date: there, workdays }).date).toBe(date);
			}),
		);
	});

	test('§2.7 property: N ≥ 1 workdays from any date lands on a workday after it', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2090-12-31') })
					.map(fromDayNumber),
				fc.integer({ min: 1, max: 60 }),
				(date, workdays) => {
					const there = addWorkdays({ date, workdays }).date;
					expect(calendar.isWorkday(there)).toBe(true);
					expect(there > date).toBe(true);
				},
			),
		);
	});
});

describe('§2.7 N hours excluding weekends and holidays', () => {
	test.each([
		{
			date: '2025-05-23',
			time: '15:00',
			hours: 24,
			expected: { date: '2025-05-27', time: '15:00' },
			label: 'Friday before Memorial Day → Tuesday',
		},
		{
			date: '2025-11-26',
			time: '10:00',
			hours: 24,
			expected: { date: '2025-12-01', time: '10:00' },
			label: 'Wednesday before Thanksgiving → Monday',
		},
		{
			date: '2025-06-03',
			time: '09:30',
			hours: 24,
			expected: { date: '2025-06-04', time: '09:30' },
			label: 'a plain Tuesday → Wednesday',
		},
		{
			date: '2025-06-06',
			time: '23:59',
			hours: 1,
			expected: { date: '2025-06-09', time: '00:59' },
			label: 'the last minute of Friday → Monday',
		},
		{
			date: '2025-06-07',
			time: '15:00',
			hours: 24,
			expected: { date: '2025-06-10', time: '00:00' },
			label: 'a Saturday start waits for Monday 00:00',
		},
		{
			date: '2021-12-23',
			time: '12:00',
			hours: 48,
			expected: { date: '2021-12-28', time: '12:00' },
			label: 'over Christmas observed Friday',
		},
	])('§2.7 $date $time + $hours h ($label)', ({ date, time, hours, expected }) => {
		expect(addHoursExcludingWeekendsAndHolidays({ date, time, hours }).deadline).toEqual(expected);
	});

	test('§2.7 a clock that ends at midnight says so', () => {
		const result = addHoursExcludingWeekendsAndHolidays({
			date: '2025-06-06',
			time: '00:00',
			hours: 24,
		});
		expect(result).toMatchObject({
			endsAtMidnight: true,
			deadline: { date: '2025-06-07', time: '00:00' },
		});
		expect(result.steps.at(-1)).toContain('end of Friday, June 6, 2025');
	});

	test('§2.7 the steps show each counted span and the skipped days', () => {
		const result = addHoursExcludingWeekendsAndHolidays({
			date: '2025-05-23',
			time: '15:00',
			hours: 24,
		});
		expect(result.daysSkipped.map((d) => d.why)).toEqual([
			'weekend',
			'weekend',
			'Memorial Day observed',
		]);
		expect(result.steps.some((s) => s.includes('counted 15:00–24:00, 9 hour(s)'))).toBe(true);
	});

	test('§2.7 property: counted hours equal the hours asked', () => {
		const calendar = createWorkdayCalendar();
		fc.assert(
			fc.property(
				fc
					.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2060-12-31') })
					.map(fromDayNumber),
				fc.integer({ min: 0, max: 1439 }),
				fc.integer({ min: 1, max: 200 }),
				(date, startMinute, hours) => {
					const time = `${String(Math.floor(startMinute / 60)).padStart(2, '0')}:${String(startMinute % 60).padStart(2, '0')}`;
					const { deadline } = addHoursExcludingWeekendsAndHolidays({ date, time, hours });
					// Recount independently, minute by day: workday minutes from start to deadline.
					let minutes = 0;
					for (let d = date; d <= deadline.date; d = addDays(d, 1)) {
						if (!calendar.isWorkday(d)) continue;
						const from = d === date ? startMinute : 0;
						const to =
							d === deadline.date
								? Number(deadline.time.slice(0, 2)) * 60 + Number(deadline.time.slice(3))
								: 1440;
						minutes += Math.max(0, to - from);
					}
					expect(minutes).toBe(hours * 60);
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe('the ISO date arithmetic the calendar stands on (rules/dates.ts)', () => {
	test('property: day numbers agree with the UTC clock for years 100–9999', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: toDayNumber('0100-01-01'), max: toDayNumber('9999-12-31') }),
				(day) => {
					const iso = fromDayNumber(day);
					expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
					expect(toDayNumber(iso)).toBe(day);
					expect(dayOfWeek(iso)).toBe(new Date(day * 86_400_000).getUTCDay());
				},
			),
			{ numRuns: 2000 },
		);
	});
	test.each([
		{ parts: [50, 1, 1], iso: '0050-01-01', label: 'a year below 100 is not read as 19xx' },
		{ parts: [2025, 13, 1], iso: '2026-01-01', label: 'month 13 rolls into the next year' },
		{ parts: [2025, 3, 0], iso: '2025-02-28', label: 'day 0 is the last day of the month before' },
	] as const)('isoDate $parts → $iso ($label)', ({ parts, iso }) => {
		expect(isoDate(parts[0], parts[1], parts[2])).toBe(iso);
	});
	test('§2.3 a February 29 start completes its year on February 28 in a common year', () => {
		expect(completedYears('2024-02-29', '2025-02-27')).toBe(0);
		expect(completedYears('2024-02-29', '2025-02-28')).toBe(1);
	});
});

describe('calendar input errors name the field', () => {
	test('a bad date and a negative count', () => {
		expect(() =>
			addWorkdays({ date: '2025-13-01', workdays: -1 }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: add workdays: date: expected a date as YYYY-MM-DD, got "2025-13-01"; workdays: expected 0 or more workdays, got -1]`,
		);
	});
	test('a year out of range', () => {
		expect(() => stateHolidays({ year: 1899 })).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: holidays: year: expected a year from 1900, got 1899]`,
		);
	});
	test('a bad time and fractional hours', () => {
		expect(() =>
			addHoursExcludingWeekendsAndHolidays({ date: '2025-06-02', time: '24:00', hours: 1.5 }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: hours excluding weekends and holidays: time: expected a time as HH:MM (24-hour), got "24:00"; hours: expected a whole number of hours, got 1.5]`,
		);
	});
	test('an extra day without a kind', () => {
		expect(() =>
			isWorkday({
				date: '2025-06-02',
				holidays: { extraDays: [{ date: '2025-06-02', name: 'X' }] },
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: workday: holidays.extraDays.0.kind: expected "election" or "proclaimed", got undefined]`,
		);
	});
});

describe('§2.7 holiday pay: work the last scheduled workday before and the first after', () => {
	test.each([
		{
			holidayDate: '2025-11-27',
			before: '2025-11-26',
			after: '2025-12-01',
			label: 'Thanksgiving (the day after is a holiday too)',
		},
		{
			holidayDate: '2021-12-24',
			before: '2021-12-23',
			after: '2021-12-27',
			label: 'Christmas 2021 observed Friday',
		},
		{ holidayDate: '2025-05-26', before: '2025-05-23', after: '2025-05-27', label: 'Memorial Day' },
	])('§2.7 $label: $before and $after', ({ holidayDate, before, after }) => {
		expect(holidayPay({ holidayDate })).toMatchObject({
			lastWorkdayBefore: before,
			firstWorkdayAfter: after,
			eligible: { kind: 'not-applicable' },
		});
	});

	test.each([
		{ workedDayBefore: true, workedDayAfter: true, exceptionApproved: undefined, eligible: true },
		{ workedDayBefore: false, workedDayAfter: true, exceptionApproved: undefined, eligible: false },
		{ workedDayBefore: true, workedDayAfter: false, exceptionApproved: undefined, eligible: false },
		{ workedDayBefore: false, workedDayAfter: false, exceptionApproved: true, eligible: true },
	])(
		'§2.7 worked before $workedDayBefore, after $workedDayAfter, exception $exceptionApproved → $eligible',
		({ eligible, ...answers }) => {
			expect(holidayPay({ holidayDate: '2025-07-04', ...answers }).eligible).toBe(eligible);
		},
	);

	test.each([
		{ workedDayBefore: false, workedDayAfter: true, dayNotWorkedWasApprovedLeave: true, exceptionApproved: undefined, eligible: false, exceptionNeeded: true },
		{ workedDayBefore: false, workedDayAfter: true, dayNotWorkedWasApprovedLeave: false, exceptionApproved: undefined, eligible: false, exceptionNeeded: false },
		{ workedDayBefore: false, workedDayAfter: true, dayNotWorkedWasApprovedLeave: true, exceptionApproved: true, eligible: true, exceptionNeeded: false },
		{ workedDayBefore: true, workedDayAfter: true, dayNotWorkedWasApprovedLeave: true, exceptionApproved: undefined, eligible: true, exceptionNeeded: false },
	])(
		'§2.7 approved leave around the holiday ($dayNotWorkedWasApprovedLeave), exception $exceptionApproved → eligible $eligible, exception needed $exceptionNeeded',
		({ eligible, exceptionNeeded, ...answers }) => {
			const r = holidayPay({ holidayDate: '2025-07-04', ...answers });
			expect(r).toMatchObject({ eligible, exceptionNeeded });
			// The step says the same as the status.
			expect(r.steps.some((s) => s.startsWith('Paid only if the supervisor approves the exception'))).toBe(exceptionNeeded);
		},
	);

	test('§2.7 a four-day schedule (Monday–Thursday) looks past Friday', () => {
		expect(
			holidayPay({ holidayDate: '2025-09-01', scheduledWeekdays: [1, 2, 3, 4] }),
		).toMatchObject({ lastWorkdayBefore: '2025-08-28', firstWorkdayAfter: '2025-09-02' });
	});

	test('§2.7 a date that is not a holiday is refused', () => {
		expect(() => holidayPay({ holidayDate: '2025-07-07' })).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: holiday pay: holidayDate: expected the observed date of a State holiday, got "2025-07-07"]`,
		);
	});
});
