import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calculateSick } from '@rules/leave/sick';
import { sickLeaveBank } from '@rules/leave/sick-leave-bank';
import { sickPayout } from '@rules/leave/sick-payout';
import { addDays, addYears, fromDayNumber, toDayNumber } from '@rules/dates';

describe('§2.4 A sick-leave accrual: one day per month of service', () => {
	test.each([
		{ status: 'regular', assignment: undefined, accrues: true, label: 'regular status' },
		{ status: 'emergency', assignment: undefined, accrues: false, label: 'emergency status' },
		{ status: 'intermittent', assignment: undefined, accrues: false, label: 'intermittent status' },
		{ status: 'per-diem', assignment: undefined, accrues: false, label: 'per diem status' },
		{ status: 'temporary', assignment: undefined, accrues: false, label: 'temporary status' },
		{
			status: 'temporary',
			assignment: true,
			accrues: true,
			label: 'temporary from a non-permanent assignment in another classification',
		},
	] as const)('§2.4 A $label → accrues $accrues', ({ status, assignment, accrues }) => {
		const { accrual } = calculateSick({
			serviceStart: '2020-01-02',
			asOf: '2025-01-02',
			status,
			nonPermanentAssignmentInAnotherClassification: assignment,
		});
		expect('kind' in accrual ? accrual.kind : 'accrues').toBe(
			accrues ? 'accrues' : 'not-applicable',
		);
	});

	test.each([
		{ serviceStart: '2025-01-15', asOf: '2025-02-14', months: 0 },
		{ serviceStart: '2025-01-15', asOf: '2025-02-15', months: 1 },
		{ serviceStart: '2024-01-31', asOf: '2024-02-29', months: 1 },
		{ serviceStart: '2020-01-02', asOf: '2025-01-02', months: 60 },
	])('§2.4 A $serviceStart to $asOf → $months day(s) earned', ({ serviceStart, asOf, months }) => {
		expect(calculateSick({ serviceStart, asOf, status: 'regular' }).accrual).toMatchObject({
			completedMonths: months,
			daysEarnedSinceStart: months,
			hoursPerMonth: 7.5,
			hoursPerYear: 90,
		});
	});
});

describe('§2.4 A advance: more than two years of continuous service, up to 10 working days', () => {
	const start = '2022-03-15';
	test.each([
		{
			asOf: addDays(addYears(start, 2), -1),
			eligible: false,
			label: 'the day before the 2nd anniversary',
		},
		{
			asOf: addYears(start, 2),
			eligible: false,
			label: 'the 2nd anniversary itself (exactly two years, not more)',
		},
		{
			asOf: addDays(addYears(start, 2), 1),
			eligible: true,
			label: 'the day after the 2nd anniversary',
		},
	])('§2.4 A advance on $label → eligible $eligible', ({ asOf, eligible }) => {
		expect(calculateSick({ serviceStart: start, asOf, status: 'regular' }).advance).toMatchObject({
			eligible,
			eligibleFrom: '2024-03-16',
			maxDays: 10,
			maxHours: 75,
		});
	});
	test('§2.4 A no advance for an excluded status', () => {
		expect(
			calculateSick({ serviceStart: '2010-01-04', asOf: '2025-01-02', status: 'per-diem' }).advance
				.eligible,
		).toBe(false);
	});
});

describe('§2.4 C payout: one-half of the days earned 1984-01-01 to 1997-12-31 not taken', () => {
	test.each([
		{ unused: 40, dailyPayCents: 25_000, days: 20, cents: 500_000 },
		{ unused: 7, dailyPayCents: 20_001, days: 3.5, cents: 70_004 },
		{ unused: 0, dailyPayCents: 25_000, days: 0, cents: 0 },
	])(
		'§2.4 C $unused unused days × ½ = $days days → $cents cents',
		({ unused, dailyPayCents, days, cents }) => {
			const result = sickPayout({
				serviceStart: '1983-06-01',
				separationDate: '2025-06-30',
				reason: 'termination',
				unusedDaysEarned1984To1997: unused,
				dailyPayCents,
			});
			expect(result.payout).toMatchObject({ days, amount: { cents } });
		},
	);
	test('§2.4 C service that began in 1998 has nothing to pay (explicit not-applicable)', () => {
		expect(
			sickPayout({
				serviceStart: '1998-01-01',
				separationDate: '2025-06-30',
				reason: 'termination',
				unusedDaysEarned1984To1997: 0,
			}).payout,
		).toMatchObject({ kind: 'not-applicable' });
	});
	test('§2.4 C re-employed within four calendar days → no payout', () => {
		expect(
			sickPayout({
				serviceStart: '1990-01-02',
				separationDate: '2025-06-30',
				reason: 'termination',
				reemployedOn: '2025-07-03',
				unusedDaysEarned1984To1997: 10,
			}),
		).toMatchObject({ eligible: false, payout: { kind: 'not-applicable' } });
	});
	test('§2.4 C on death the payout goes to the estate', () => {
		expect(
			sickPayout({
				serviceStart: '1990-01-02',
				separationDate: '2025-06-30',
				reason: 'death',
				unusedDaysEarned1984To1997: 10,
			}),
		).toMatchObject({
			eligible: true,
			payee: 'estate',
			payout: { days: 5, amount: { kind: 'not-applicable' } },
		});
	});
});

describe('§4.9 Sick Leave Bank', () => {
	const base = {
		schedule: 'full-time',
		serviceStart: '2024-07-01',
		asOf: '2025-01-01',
		accumulatedSickDays: 5,
		donationDays: 1,
	} as const;
	test.each([
		{ change: {}, eligible: true, label: 'full-time, six months to the day, 5 days, donating 1' },
		{ change: { schedule: 'part-time' }, eligible: false, label: 'part-time' },
		{ change: { asOf: '2024-12-31' }, eligible: false, label: 'one day short of six months' },
		{
			change: { accumulatedSickDays: 4.5, donationDays: 1 },
			eligible: false,
			label: '4.5 days on the books',
		},
		{ change: { donationDays: 0.5 }, eligible: false, label: 'donating half a day' },
	] as const)('§4.9 enrollment: $label → $eligible', ({ change, eligible }) => {
		expect(sickLeaveBank({ ...base, ...change }).enrollment.eligible).toBe(eligible);
	});
	test.each([
		{ asOf: '2025-03-02', usable: false, label: 'the 60th day after enrolling' },
		{ asOf: '2025-03-03', usable: true, label: 'the 61st day after enrolling' },
	])('§4.9 wait of 60 calendar days: $label → usable $usable', ({ asOf, usable }) => {
		const result = sickLeaveBank({
			...base,
			asOf,
			enrolledOn: '2025-01-01',
			workdaysReceivedThisYear: 10,
		});
		expect(result.use).toEqual({
			usableFrom: '2025-03-03',
			usableOnAsOf: usable,
			workdaysRequestableThisYear: 15,
		});
	});
	test('§4.9 donations are not sick time used (the fourth personal day is safe)', () => {
		expect(sickLeaveBank(base).steps.join(' ')).toContain('not "sick time used"');
	});
});

describe('§2.4 A properties', () => {
	test('§2.4 A property: days earned never decrease with more service', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: toDayNumber('1970-01-01'), max: toDayNumber('2060-12-31') })
					.map(fromDayNumber),
				fc.integer({ min: 0, max: 10_000 }),
				fc.integer({ min: 0, max: 2_000 }),
				(start, a, more) => {
					const earlier = calculateSick({
						serviceStart: start,
						asOf: addDays(start, a),
						status: 'regular',
					}).accrual;
					const later = calculateSick({
						serviceStart: start,
						asOf: addDays(start, a + more),
						status: 'regular',
					}).accrual;
					if ('kind' in earlier || 'kind' in later) throw new Error('regular status must accrue');
					expect(later.daysEarnedSinceStart).toBeGreaterThanOrEqual(earlier.daysEarnedSinceStart);
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe('sick input errors name the field', () => {
	test('an unknown status', () => {
		expect(() =>
			calculateSick({ serviceStart: '2020-01-02', asOf: '2025-01-02', status: 'seasonal' }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: sick: status: expected one of "regular", "emergency", "intermittent", "per-diem", "temporary", got "seasonal"]`,
		);
	});
	test('more 1984–1997 days than months of service in the window', () => {
		expect(() =>
			sickPayout({
				serviceStart: '1997-01-01',
				separationDate: '2025-06-30',
				reason: 'termination',
				unusedDaysEarned1984To1997: 13,
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: sick payout: unusedDaysEarned1984To1997: expected at most 12 days (one a month of service in the window), got 13]`,
		);
	});
	test('donating more than is on the books', () => {
		expect(() =>
			sickLeaveBank({
				schedule: 'full-time',
				serviceStart: '2020-01-02',
				asOf: '2025-01-02',
				accumulatedSickDays: 3,
				donationDays: 4,
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: sick leave bank: donationDays: expected at most the 3 days on the books, got 4]`,
		);
	});
});
