import { describe, expect, test } from 'vitest';
import { calculatePersonal, PERSONAL_PRORATION_ROWS } from '@rules/leave/personal';
import { personalPayout } from '@rules/leave/personal-payout';

const allowance = (startDate: string, year = 2025) => {
	const result = calculatePersonal({
		year,
		startDate,
		status: 'regular',
		sickHoursUsedPreviousYear: 0,
		asOf: startDate > `${year}-01-01` ? startDate : `${year}-01-01`,
	});
	if ('kind' in result.allowance) throw new Error('regular status must have an allowance');
	return result.allowance.hours;
};

describe('§2.5 proration table: every row at its first and last start date', () => {
	test.each([
		{ row: 'January 1 through February 1', first: '2025-01-01', last: '2025-02-01', hours: 22.5 },
		{ row: 'February 2 through April 1', first: '2025-02-02', last: '2025-04-01', hours: 18.75 },
		{ row: 'April 2 through June 1', first: '2025-04-02', last: '2025-06-01', hours: 15 },
		{ row: 'June 2 through August 1', first: '2025-06-02', last: '2025-08-01', hours: 11.25 },
		{ row: 'August 2 through October 1', first: '2025-08-02', last: '2025-10-01', hours: 7.5 },
		{ row: 'October 2 through December 1', first: '2025-10-02', last: '2025-12-01', hours: 3.75 },
		{ row: 'December 2 through December 31', first: '2025-12-02', last: '2025-12-31', hours: 0 },
	])('§2.5 started $row → $hours hours', ({ first, last, hours }) => {
		expect(allowance(first)).toBe(hours);
		expect(allowance(last)).toBe(hours);
	});

	test('§2.5 the table in the module has the seven rows of the handbook, in order, without gaps', () => {
		expect(PERSONAL_PRORATION_ROWS).toHaveLength(7);
		expect(PERSONAL_PRORATION_ROWS.map((r) => r.hours)).toEqual([
			22.5, 18.75, 15, 11.25, 7.5, 3.75, 0,
		]);
	});

	test('§2.5 leap year: February 29 falls in "February 2 through April 1"', () => {
		expect(allowance('2024-02-29', 2024)).toBe(18.75);
	});

	test('§2.5 employed before the year → the full three days (22.5 hours)', () => {
		expect(allowance('2019-08-20')).toBe(22.5);
	});
});

describe('§2.5 the fourth day', () => {
	test.each([
		{ startDate: '2020-03-01', sick: 0, awarded: true, total: 30, label: 'no sick time last year' },
		{
			startDate: '2020-03-01',
			sick: 0.5,
			awarded: false,
			total: 22.5,
			label: 'half an hour of sick time last year',
		},
		{
			startDate: '2025-01-01',
			sick: 0,
			awarded: false,
			total: 22.5,
			label: 'hired this year (not employed last year)',
		},
	])(
		'§2.5 fourth day: $label → awarded $awarded, $total hours in all',
		({ startDate, sick, awarded, total }) => {
			const result = calculatePersonal({
				year: 2025,
				startDate,
				status: 'regular',
				sickHoursUsedPreviousYear: sick,
				asOf: '2025-03-01',
			});
			expect(result.fourthDay.awarded).toBe(awarded);
			expect(result.total.hours).toBe(total);
		},
	);
});

describe('§2.5 excluded statuses', () => {
	test.each([
		{ status: 'emergency', excluded: true },
		{ status: 'per-diem', excluded: true },
		{ status: 'temporary', excluded: true },
		{ status: 'intermittent', excluded: false },
		{ status: 'regular', excluded: false },
	] as const)('§2.5 $status → excluded $excluded', ({ status, excluded }) => {
		const result = calculatePersonal({
			year: 2025,
			startDate: '2020-03-01',
			status,
			sickHoursUsedPreviousYear: 0,
			asOf: '2025-03-01',
		});
		expect('kind' in result.allowance && result.allowance.kind === 'not-applicable').toBe(excluded);
		expect(result.total.hours).toBe(excluded ? 0 : 30);
	});
});

describe('§2.5 forfeiture: December 31; RC-23 (INA) not requested by November 15', () => {
	test.each([
		{ bargainingUnit: undefined, asOf: '2025-12-31', onAsOf: 'usable', requestBy: null },
		{ bargainingUnit: undefined, asOf: '2026-01-01', onAsOf: 'forfeited', requestBy: null },
		{ bargainingUnit: 'RC-23', asOf: '2025-11-15', onAsOf: 'usable', requestBy: '2025-11-15' },
		{ bargainingUnit: 'RC-23', asOf: '2025-11-16', onAsOf: 'usable-only-if-requested', requestBy: '2025-11-15' },
		{ bargainingUnit: 'rc-23', asOf: '2025-06-01', onAsOf: 'usable', requestBy: '2025-11-15' },
		{ bargainingUnit: 'RC-62', asOf: '2025-11-16', onAsOf: 'usable', requestBy: null },
	])(
		'§2.5 unit $bargainingUnit on $asOf → $onAsOf, request by $requestBy',
		({ bargainingUnit, asOf, onAsOf, requestBy }) => {
			const result = calculatePersonal({
				year: 2025,
				startDate: '2020-03-01',
				status: 'regular',
				sickHoursUsedPreviousYear: 0,
				bargainingUnit,
				asOf,
			});
			expect(result.forfeiture).toEqual({ lastDayToUse: '2025-12-31', requestBy, onAsOf });
		},
	);
	test('§2.5 RC-23 after November 15 the steps say only requested time remains', () => {
		const result = calculatePersonal({
			year: 2025,
			startDate: '2020-03-01',
			status: 'regular',
			sickHoursUsedPreviousYear: 0,
			bargainingUnit: 'RC-23',
			asOf: '2025-11-16',
		});
		expect(result.steps.join(' ')).toContain('only time already requested remains usable');
	});
});

describe('§2.5 payout: ½ daily pay × unused days on death, disability or retirement', () => {
	test.each([
		{ reason: 'death', unusedHours: 22.5, dailyPayCents: 30_000, cents: 45_000 },
		{ reason: 'disability', unusedHours: 7.5, dailyPayCents: 30_001, cents: 15_001 },
		{ reason: 'retirement', unusedHours: 3.75, dailyPayCents: 30_000, cents: 7_500 },
	] as const)(
		'§2.5 $reason with $unusedHours h at $dailyPayCents cents a day → $cents cents',
		({ reason, unusedHours, dailyPayCents, cents }) => {
			expect(personalPayout({ reason, unusedHours, dailyPayCents }).payment).toMatchObject({
				cents,
			});
		},
	);
	test('§2.5 any other separation → no payment (explicit not-applicable)', () => {
		expect(
			personalPayout({ reason: 'other', unusedHours: 22.5, dailyPayCents: 30_000 }).payment,
		).toMatchObject({ kind: 'not-applicable' });
	});
});

describe('personal input errors name the field', () => {
	test('a start date after the year', () => {
		expect(() =>
			calculatePersonal({
				year: 2025,
				startDate: '2026-01-05',
				status: 'regular',
				sickHoursUsedPreviousYear: 0,
				asOf: '2025-03-01',
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: personal: startDate: expected a start date in or before 2025, got "2026-01-05"]`,
		);
	});
	test('a bad bargaining unit and negative sick hours', () => {
		expect(() =>
			calculatePersonal({
				year: 2025,
				startDate: '2020-01-05',
				status: 'regular',
				sickHoursUsedPreviousYear: -1,
				bargainingUnit: 'INA',
				asOf: '2025-03-01',
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: personal: sickHoursUsedPreviousYear: expected 0 or more hours, got -1; bargainingUnit: expected a bargaining unit such as "RC-23", got "INA"]`,
		);
	});
	test('more unused hours than four days', () => {
		expect(() =>
			personalPayout({ reason: 'death', unusedHours: 31, dailyPayCents: 30_000 }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: personal payout: unusedHours: expected at most 30 hours, got 31]`,
		);
	});
});
