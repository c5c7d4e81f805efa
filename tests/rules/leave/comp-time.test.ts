import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fiscalYearOf } from '@rules/calendar/fiscal-year';
import { calculateCompTime } from '@rules/leave/comp-time';
import { fromDayNumber, toDayNumber } from '@rules/dates';

describe('§2.6 the fiscal year runs July 1 to June 30', () => {
	test.each([
		{ earnedOn: '2025-06-30', name: 'FY2025', start: '2024-07-01', end: '2025-06-30' },
		{ earnedOn: '2025-07-01', name: 'FY2026', start: '2025-07-01', end: '2026-06-30' },
		{ earnedOn: '2025-12-31', name: 'FY2026', start: '2025-07-01', end: '2026-06-30' },
		{ earnedOn: '2026-01-01', name: 'FY2026', start: '2025-07-01', end: '2026-06-30' },
	])(
		'§2.6 earned $earnedOn → $name ($start to $end), June 1 target in its last June',
		({ earnedOn, name, start, end }) => {
			const result = calculateCompTime({ earnedOn, asOf: earnedOn });
			expect(result.fiscalYear).toEqual({ name, start, end });
			expect(result.june1Target).toBe(`${end.slice(0, 4)}-06-01`);
			expect(result.cashOut.date).toBe(end);
		},
	);

	test('§2.6 property: every date lies inside its fiscal year', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') })
					.map(fromDayNumber),
				(iso) => {
					const fy = fiscalYearOf(iso);
					expect(fy.start <= iso && iso <= fy.end).toBe(true);
				},
			),
		);
	});
});

describe('§2.6 the RC-10/14/28/62/63 extension to August 1', () => {
	test.each([
		{
			unit: 'RC-10',
			scheduledOn: '2026-06-01',
			granted: true,
			useThrough: '2026-08-01',
			label: 'scheduled on June 1 itself',
		},
		{
			unit: 'RC-14',
			scheduledOn: '2026-05-15',
			granted: true,
			useThrough: '2026-08-01',
			label: 'scheduled before June 1',
		},
		{
			unit: 'RC-28',
			scheduledOn: '2026-06-02',
			granted: false,
			useThrough: '2026-06-30',
			label: 'scheduled June 2',
		},
		{
			unit: 'RC-62',
			scheduledOn: undefined,
			granted: false,
			useThrough: '2026-06-30',
			label: 'not scheduled',
		},
		{
			unit: 'RC-63',
			scheduledOn: '2026-03-01',
			granted: true,
			useThrough: '2026-08-01',
			label: 'scheduled in March',
		},
	])(
		'§2.6 $unit $label → extension $granted, use through $useThrough',
		({ unit, scheduledOn, granted, useThrough }) => {
			const result = calculateCompTime({
				earnedOn: '2025-09-10',
				asOf: '2026-05-01',
				bargainingUnit: unit,
				scheduledOn,
			});
			expect(result.extension).toMatchObject({ granted, useThrough: '2026-08-01' });
			expect(result.useThrough).toBe(useThrough);
		},
	);

	test.each([{ unit: 'RC-23' }, { unit: 'RC-9' }, { unit: undefined }])(
		'§2.6 unit $unit → the extension is explicitly not applicable',
		({ unit }) => {
			const result = calculateCompTime({
				earnedOn: '2025-09-10',
				asOf: '2026-05-01',
				bargainingUnit: unit,
				scheduledOn: '2026-05-01',
			});
			expect(result.extension).toMatchObject({ kind: 'not-applicable' });
			expect(result.useThrough).toBe('2026-06-30');
		},
	);

	test.each([
		{ asOf: '2026-06-30', onAsOf: 'usable' },
		{ asOf: '2026-07-15', onAsOf: 'usable-under-extension' },
		{ asOf: '2026-08-01', onAsOf: 'usable-under-extension' },
		{ asOf: '2026-08-02', onAsOf: 'fiscal-year-ended' },
	])('§2.6 RC-62 scheduled by June 1, on $asOf → $onAsOf', ({ asOf, onAsOf }) => {
		expect(
			calculateCompTime({
				earnedOn: '2025-09-10',
				asOf,
				bargainingUnit: 'RC-62',
				scheduledOn: '2026-05-20',
			}).onAsOf,
		).toBe(onAsOf);
	});
});

describe('§2.6 cash-out at fiscal year end', () => {
	test.each([
		{ unusedHours: 10, hourlyRateCents: 4_500, amountCents: 45_000 },
		{ unusedHours: 2.5, hourlyRateCents: 3_333, amountCents: 8_333 },
	])(
		'§2.6 $unusedHours unused hours at $hourlyRateCents cents → $amountCents cents',
		({ unusedHours, hourlyRateCents, amountCents }) => {
			const result = calculateCompTime({
				earnedOn: '2025-09-10',
				asOf: '2026-07-01',
				unusedHours,
				hourlyRateCents,
			});
			expect(result.cashOut).toEqual({ date: '2026-06-30', amountCents, hours: unusedHours });
			expect(result.onAsOf).toBe('fiscal-year-ended');
		},
	);
});

describe('2.1b comp time is used in increments of no less than 30 minutes', () => {
	test.each([
		{ useHours: 0.25, allowed: false },
		{ useHours: 0.5, allowed: true },
		{ useHours: 0.75, allowed: true },
		{ useHours: 7.5, allowed: true },
	])('2.1b comp use of $useHours h → allowed $allowed', ({ useHours, allowed }) => {
		expect(
			calculateCompTime({ earnedOn: '2025-09-10', asOf: '2025-10-01', useHours }).use,
		).toMatchObject({ allowed });
	});
	test('2.1b with no planned use the check is explicitly not applicable', () => {
		expect(calculateCompTime({ earnedOn: '2025-09-10', asOf: '2025-10-01' }).use).toMatchObject({
			kind: 'not-applicable',
		});
	});
});

describe('comp-time input errors name the field', () => {
	test('asOf before the earning date', () => {
		expect(() =>
			calculateCompTime({ earnedOn: '2025-09-10', asOf: '2025-09-01' }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: comp time: asOf: expected a date on or after earnedOn (2025-09-10), got "2025-09-01"]`,
		);
	});
	test('a bad unit and negative hours', () => {
		expect(() =>
			calculateCompTime({
				earnedOn: '2025-09-10',
				asOf: '2025-10-01',
				bargainingUnit: 'AFSCME',
				unusedHours: -2,
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: comp time: bargainingUnit: expected a bargaining unit such as "RC-23", got "AFSCME"; unusedHours: expected 0 or more hours, got -2]`,
		);
	});
});
