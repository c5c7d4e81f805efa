import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calculateVacation } from '@rules/leave/vacation';
import { holidaysDuringVacation } from '@rules/leave/vacation-holidays';
import { vacationLumpSum } from '@rules/leave/vacation-lump-sum';
import { vacationMonth } from '@rules/leave/vacation-month';
import { addDays, addYears, fromDayNumber, toDayNumber } from '@rules/dates';

const START = '2000-06-15';
const annualDays = (asOf: string, serviceStart = START) =>
	calculateVacation({ serviceStart, asOf }).annual.days;

describe('§2.3 A vacation tiers at, below and above each boundary', () => {
	describe.each([
		{ section: '2.3 A 2)', years: 5, below: 10, at: 15 },
		{ section: '2.3 A 3)', years: 9, below: 15, at: 17 },
		{ section: '2.3 A 4)', years: 14, below: 17, at: 20 },
		{ section: '2.3 A 5)', years: 19, below: 20, at: 22 },
		{ section: '2.3 A 6)', years: 25, below: 22, at: 25 },
	])('§$section the $years-year boundary', ({ years, below, at }) => {
		const anniversary = addYears(START, years);
		test(`§2.3 tier boundary: the day before the ${years}th anniversary → ${below} days`, () => {
			expect(annualDays(addDays(anniversary, -1))).toBe(below);
		});
		test(`§2.3 tier boundary: ${years}th anniversary itself → ${at} days`, () => {
			expect(annualDays(anniversary)).toBe(at);
		});
		test(`§2.3 tier boundary: the day after the ${years}th anniversary → ${at} days`, () => {
			expect(annualDays(addDays(anniversary, 1))).toBe(at);
		});
	});

	test('§2.3 A 1) from the day of hire → 10 days', () => {
		expect(calculateVacation({ serviceStart: START, asOf: START })).toMatchObject({
			yearsOfService: 0,
			annual: { days: 10 },
		});
	});

	test('§2.3 A a February 29 service date reaches its anniversary on February 28 in a common year', () => {
		expect(annualDays('2009-02-27', '2004-02-29')).toBe(10);
		expect(annualDays('2009-02-28', '2004-02-29')).toBe(15);
	});
});

describe('§2.3 A annual and monthly accrual on the 7.5-hour day (§2.1 A)', () => {
	test.each([
		{ yearsServed: 1, days: 10, hoursPerYear: 75, hoursPerMonth: 6.25 },
		{ yearsServed: 6, days: 15, hoursPerYear: 112.5, hoursPerMonth: 9.375 },
		{ yearsServed: 10, days: 17, hoursPerYear: 127.5, hoursPerMonth: 10.625 },
		{ yearsServed: 15, days: 20, hoursPerYear: 150, hoursPerMonth: 12.5 },
		{ yearsServed: 20, days: 22, hoursPerYear: 165, hoursPerMonth: 13.75 },
		{ yearsServed: 30, days: 25, hoursPerYear: 187.5, hoursPerMonth: 15.625 },
	])(
		'§2.3 A after $yearsServed years: $days days = $hoursPerYear h a year, $hoursPerMonth h a month',
		({ yearsServed, days, hoursPerYear, hoursPerMonth }) => {
			const result = calculateVacation({ serviceStart: START, asOf: addYears(START, yearsServed) });
			expect(result.annual).toEqual({ days, hours: hoursPerYear });
			expect(result.monthly.hours).toBe(hoursPerMonth);
			expect(result.monthly.days).toBeCloseTo(days / 12, 4);
		},
	);

	test('§2.3 A the next tier and the first month at its rate', () => {
		expect(calculateVacation({ serviceStart: '2020-03-15', asOf: '2023-01-10' }).nextTier).toEqual({
			date: '2025-03-15',
			daysPerYear: 15,
			firstMonthAtNewRate: '2025-04-01',
		});
		expect(
			calculateVacation({ serviceStart: '2020-03-01', asOf: '2023-01-10' }).nextTier,
		).toMatchObject({ firstMonthAtNewRate: '2025-03-01' });
	});

	test('§2.3 A 6) the top tier has no next tier (explicit not-applicable)', () => {
		expect(
			calculateVacation({ serviceStart: '1990-01-02', asOf: '2025-01-02' }).nextTier,
		).toMatchObject({ kind: 'not-applicable' });
	});

	test('§2.3 A the month containing the anniversary earns at the old rate; the result says so', () => {
		const result = calculateVacation({ serviceStart: '2020-03-15', asOf: '2025-03-20' });
		expect(result.currentMonth).toEqual({
			month: '2025-03',
			hours: 6.25,
			usableFrom: '2025-04-01',
		});
		expect(result.anniversaryMonthReading).toContain('rate in effect on its first day');
		expect(result.projection[0]?.rates).toEqual([
			{ daysPerYear: 10, months: 3 },
			{ daysPerYear: 15, months: 9 },
		]);
	});
});

describe('§2.3 A part-time proration by hours worked', () => {
	test.each([
		{ hoursWorked: 975, workingHoursInYear: 1950, annualHours: 37.5, label: 'half time' },
		{ hoursWorked: 1462.5, workingHoursInYear: 1950, annualHours: 56.25, label: 'three quarters' },
		{ hoursWorked: 1950, workingHoursInYear: 1950, annualHours: 75, label: 'all the hours' },
		{ hoursWorked: 0, workingHoursInYear: 1950, annualHours: 0, label: 'no hours' },
	])(
		'§2.3 A part-time $label: $hoursWorked ÷ $workingHoursInYear of 10 days → $annualHours h',
		({ hoursWorked, workingHoursInYear, annualHours }) => {
			expect(
				calculateVacation({
					serviceStart: '2023-01-03',
					asOf: '2025-06-01',
					partTime: { hoursWorked, workingHoursInYear },
				}).annual.hours,
			).toBe(annualHours);
		},
	);

	test('§2.3 A part-time default working hours: Monday–Friday days of the year × 7.5', () => {
		const result = calculateVacation({
			serviceStart: '2023-01-03',
			asOf: '2025-06-01',
			partTime: { hoursWorked: 978.75 },
		});
		expect(result.fraction).toBe(0.5); // 2025 has 261 weekdays: 1957.5 hours
		expect(result.steps.join(' ')).toContain('261 Monday–Friday days');
	});
});

describe('§2.3 A months that earn nothing: pay status under half the workdays', () => {
	test.each([
		{
			month: '2025-06',
			workdaysInPayStatus: 10,
			earns: false,
			workdays: 21,
			label: '21 workdays, 10 in pay status',
		},
		{
			month: '2025-06',
			workdaysInPayStatus: 11,
			earns: true,
			workdays: 21,
			label: '21 workdays, 11 in pay status',
		},
		{
			month: '2025-11',
			workdaysInPayStatus: 8,
			earns: false,
			workdays: 17,
			label: "17 workdays (Veteran's Day, Thanksgiving, the day after), 8",
		},
		{
			month: '2025-11',
			workdaysInPayStatus: 9,
			earns: true,
			workdays: 17,
			label: '17 workdays, 9',
		},
		{
			month: '2026-02',
			workdaysInPayStatus: 9,
			earns: true,
			workdays: 18,
			label: "18 workdays (Lincoln's, Washington's Birthdays), exactly half",
		},
	])('§2.3 A $month $label → earns $earns', ({ month, workdaysInPayStatus, earns, workdays }) => {
		const result = vacationMonth({ month, serviceStart: '2022-01-03', workdaysInPayStatus });
		expect(result).toMatchObject({
			earns,
			workdaysInMonth: workdays,
			hoursEarned: earns ? 6.25 : 0,
		});
	});

	test.each([
		{
			serviceStart: '2025-06-16',
			hours: 6.25,
			label: '11 of 21 workdays from the service date: earns',
		},
		{
			serviceStart: '2025-06-17',
			hours: 0,
			label: '10 of 21 workdays from the service date: earns nothing',
		},
	])('§2.3 A the current month of hire, $label', ({ serviceStart, hours }) => {
		expect(calculateVacation({ serviceStart, asOf: '2025-06-20' }).currentMonth).toEqual({
			month: '2025-06',
			hours,
			usableFrom: '2025-07-01',
		});
	});

	test('§2.3 A vacation earned in December is usable from January 1', () => {
		expect(
			vacationMonth({ month: '2025-12', serviceStart: '2022-01-03', workdaysInPayStatus: 20 })
				.usableFrom,
		).toBe('2026-01-01');
	});

	test.each([
		{
			serviceStart: '2025-06-16',
			months: 7,
			hours: 43.75,
			label: 'hired June 16: 11 of 21 workdays, June earns',
		},
		{
			serviceStart: '2025-06-17',
			months: 6,
			hours: 37.5,
			label: 'hired June 17: 10 of 21 workdays, June earns nothing',
		},
	])('§2.3 A projection of the year of hire, $label', ({ serviceStart, months, hours }) => {
		expect(
			calculateVacation({ serviceStart, asOf: serviceStart, projectionYears: 1 }).projection[0],
		).toMatchObject({ monthsEarning: months, hoursEarned: hours });
	});
});

describe('§2.3 A forfeiture: earned in Y, usable through December 31 of Y + 2', () => {
	test.each([
		{ asOf: '2025-03-01', oldestUsableYear: 2023, lastDayToUse: '2025-12-31' },
		{ asOf: '2026-01-01', oldestUsableYear: 2024, lastDayToUse: '2026-12-31' },
	])(
		'§2.3 A on $asOf the oldest usable accrual is $oldestUsableYear, until $lastDayToUse',
		({ asOf, oldestUsableYear, lastDayToUse }) => {
			expect(calculateVacation({ serviceStart: '2010-01-04', asOf }).forfeiture).toMatchObject({
				oldestUsableYear,
				lastDayToUse,
			});
		},
	);

	test('§2.3 A each projected year carries its last day to use', () => {
		const { projection } = calculateVacation({
			serviceStart: '2010-01-04',
			asOf: '2025-03-01',
			projectionYears: 3,
		});
		expect(projection.map((row) => [row.year, row.lastDayToUse])).toEqual([
			[2025, '2027-12-31'],
			[2026, '2028-12-31'],
			[2027, '2029-12-31'],
		]);
	});
});

describe('§2.3 D lump sum on separation', () => {
	test.each([
		{
			separationDate: '2025-07-14',
			reemployedOn: undefined,
			eligible: false,
			label: 'one day short of six months',
		},
		{
			separationDate: '2025-07-15',
			reemployedOn: undefined,
			eligible: true,
			label: 'six months to the day',
		},
		{
			separationDate: '2025-09-30',
			reemployedOn: '2025-10-04',
			eligible: false,
			label: 're-employed 4 calendar days later',
		},
		{
			separationDate: '2025-09-30',
			reemployedOn: '2025-10-05',
			eligible: true,
			label: 're-employed 5 calendar days later',
		},
		{
			separationDate: '2025-09-30',
			reemployedOn: '2025-09-30',
			eligible: false,
			label: 're-employed the same day',
		},
	])('§2.3 D $label → eligible $eligible', ({ separationDate, reemployedOn, eligible }) => {
		expect(
			vacationLumpSum({
				serviceStart: '2025-01-15',
				separationDate,
				reason: 'termination',
				reemployedOn,
			}).eligible,
		).toBe(eligible);
	});

	test('§2.3 D on death the lump sum goes to the estate, in cents', () => {
		const result = vacationLumpSum({
			serviceStart: '2015-01-15',
			separationDate: '2025-09-30',
			reason: 'death',
			unusedHours: 60,
			hourlyRateCents: 3150,
		});
		expect(result).toMatchObject({
			eligible: true,
			payee: 'estate',
			amount: { cents: 189_000, hours: 60, days: 8 },
		});
	});

	test('§2.3 D without the hours and rate the amount is explicitly not applicable', () => {
		expect(
			vacationLumpSum({
				serviceStart: '2015-01-15',
				separationDate: '2025-09-30',
				reason: 'termination',
			}).amount,
		).toMatchObject({ kind: 'not-applicable' });
	});
});

describe('§2.7 a holiday on a scheduled workday during vacation adds a day', () => {
	test.each([
		{
			vacationStart: '2025-12-22',
			vacationEnd: '2026-01-02',
			scheduledWeekdays: undefined,
			extraDays: 2,
			label: 'Christmas and New Year',
		},
		{
			vacationStart: '2021-12-20',
			vacationEnd: '2021-12-31',
			scheduledWeekdays: undefined,
			extraDays: 2,
			label: 'Christmas 2021 observed Friday Dec 24, New Year 2022 observed Dec 31',
		},
		{
			vacationStart: '2025-06-02',
			vacationEnd: '2025-06-13',
			scheduledWeekdays: undefined,
			extraDays: 0,
			label: 'no holiday',
		},
		{
			vacationStart: '2025-11-24',
			vacationEnd: '2025-11-28',
			scheduledWeekdays: [1, 2, 3],
			extraDays: 0,
			label: 'Thanksgiving on an unscheduled Thursday',
		},
		{
			vacationStart: '2025-11-24',
			vacationEnd: '2025-11-28',
			scheduledWeekdays: [1, 2, 3, 4, 5],
			extraDays: 2,
			label: 'Thanksgiving and the day after on scheduled days',
		},
	])(
		'§2.7 $label → $extraDays extra day(s)',
		({ vacationStart, vacationEnd, scheduledWeekdays, extraDays }) => {
			const result = holidaysDuringVacation({ vacationStart, vacationEnd, scheduledWeekdays });
			expect(result.extraDays).toBe(extraDays);
			expect(result.extraHours).toBe(extraDays * 7.5);
		},
	);
});

describe('§2.3 A properties', () => {
	const dateArb = (from: string, to: string) =>
		fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);

	test('§2.3 A property: accrual never decreases with more service', () => {
		fc.assert(
			fc.property(
				dateArb('1960-01-01', '2025-12-31'),
				fc.integer({ min: 0, max: 20_000 }),
				fc.integer({ min: 0, max: 5_000 }),
				(start, offset, more) => {
					const earlier = addDays(start, offset);
					const later = addDays(earlier, more);
					const a = calculateVacation({ serviceStart: start, asOf: earlier, projectionYears: 1 });
					const b = calculateVacation({ serviceStart: start, asOf: later, projectionYears: 1 });
					expect(b.annual.hours).toBeGreaterThanOrEqual(a.annual.hours);
					expect(b.monthly.hours).toBeGreaterThanOrEqual(a.monthly.hours);
				},
			),
			{ numRuns: 200 },
		);
	});

	test('§2.3 A property: a full projected year after the year of hire earns between 10 and 25 days', () => {
		fc.assert(
			fc.property(
				dateArb('1970-01-01', '2090-12-31'),
				fc.integer({ min: 1, max: 40 }),
				(start, after) => {
					const year = Number(start.slice(0, 4)) + after;
					const [row] = calculateVacation({
						serviceStart: start,
						asOf: `${year}-01-01`,
						projectionYears: 1,
					}).projection;
					expect(row?.monthsEarning).toBe(12);
					expect(row?.daysEarned).toBeGreaterThanOrEqual(10);
					expect(row?.daysEarned).toBeLessThanOrEqual(25);
				},
			),
			{ numRuns: 100 },
		);
	});
});

describe('vacation input errors name the field', () => {
	test('asOf before the service date', () => {
		expect(() =>
			calculateVacation({ serviceStart: '2025-06-01', asOf: '2025-05-31' }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: vacation: asOf: expected a date on or after serviceStart (2025-06-01), got "2025-05-31"]`,
		);
	});
	test('a bad date and a bad projection', () => {
		expect(() =>
			calculateVacation({ serviceStart: '2025-02-30', asOf: '2025-05-31', projectionYears: 0 }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: vacation: serviceStart: expected a date as YYYY-MM-DD, got "2025-02-30"; projectionYears: expected 1 to 40 years, got 0]`,
		);
	});
	test('part-time hours beyond the year', () => {
		expect(() =>
			calculateVacation({
				serviceStart: '2020-01-02',
				asOf: '2025-05-31',
				partTime: { hoursWorked: 2000, workingHoursInYear: 1950 },
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: vacation: partTime.hoursWorked: expected at most the working hours of the year (1950), got 2000]`,
		);
	});
	test('more pay-status workdays than the month has', () => {
		expect(() =>
			vacationMonth({ month: '2025-06', serviceStart: '2020-01-02', workdaysInPayStatus: 22 }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: vacation month: workdaysInPayStatus: expected at most the 21 workdays of 2025-06, got 22]`,
		);
	});
	test('re-employment before separation', () => {
		expect(() =>
			vacationLumpSum({
				serviceStart: '2020-01-02',
				separationDate: '2025-06-30',
				reason: 'termination',
				reemployedOn: '2025-06-01',
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: vacation lump sum: reemployedOn: expected a date on or after separationDate (2025-06-30), got "2025-06-01"]`,
		);
	});
	test('a vacation that ends before it starts', () => {
		expect(() =>
			holidaysDuringVacation({ vacationStart: '2025-06-30', vacationEnd: '2025-06-01' }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: holidays during vacation: vacationEnd: expected a date on or after vacationStart (2025-06-30), got "2025-06-01"]`,
		);
	});
});
