import { describe, expect, test } from 'vitest';
import { validateTimeUse, type TimeUseInput } from '@rules/leave/time-use';

const hours = (h: number) => ({ unit: 'hours', hours: h }) as const;

describe('benefit-time increments, source by source (attachment 2.1b, §2.3 B, §2.4 B, §2.5, §2.6, §2.8 PG 87.3)', () => {
	test.each<{ label: string; input: TimeUseInput; verdict: string }>([
		// Personal: §2.5 says 2 hours; attachment 2.1b says 1 hour.
		{
			label: '§2.5 vs 2.1b personal 1 hour',
			input: { kind: 'personal', amount: hours(1) },
			verdict: 'sources-disagree',
		},
		{
			label: '§2.5 personal 1 hour with the supervisor grant',
			input: { kind: 'personal', amount: hours(1), supervisorGrantsHalfHours: true },
			verdict: 'allowed',
		},
		{
			label: '§2.5 personal 2 hours',
			input: { kind: 'personal', amount: hours(2) },
			verdict: 'allowed',
		},
		{
			label: '§2.5 personal 2.5 hours without the grant',
			input: { kind: 'personal', amount: hours(2.5) },
			verdict: 'sources-disagree',
		},
		{
			label: '§2.5 personal 2.5 hours with the grant',
			input: { kind: 'personal', amount: hours(2.5), supervisorGrantsHalfHours: true },
			verdict: 'allowed',
		},
		{
			label: '2.1b personal half day 3:45',
			input: { kind: 'personal', amount: { unit: 'half-day', halfDay: '3:45' } },
			verdict: 'allowed',
		},
		// Vacation: §2.3 B says ½ day; 2.1b says 1 hour.
		{
			label: '§2.3 B vs 2.1b vacation 1 hour',
			input: { kind: 'vacation', amount: hours(1) },
			verdict: 'sources-disagree',
		},
		{
			label: '§2.3 B vacation 1 hour with the grant',
			input: { kind: 'vacation', amount: hours(1), supervisorGrantsHalfHours: true },
			verdict: 'allowed',
		},
		{
			label: '§2.3 B vacation half day 3:30',
			input: { kind: 'vacation', amount: { unit: 'half-day', halfDay: '3:30' } },
			verdict: 'allowed',
		},
		{
			label: '§2.3 B vacation 5 hours',
			input: { kind: 'vacation', amount: hours(5) },
			verdict: 'allowed',
		},
		{
			label: '§2.3 B vacation 3 whole days',
			input: { kind: 'vacation', amount: { unit: 'days', days: 3 } },
			verdict: 'allowed',
		},
		{
			label: '§2.3 B vacation half an hour',
			input: { kind: 'vacation', amount: hours(0.5), supervisorGrantsHalfHours: true },
			verdict: 'not-allowed',
		},
		// Sick: §2.4 B 1 hour, half hours with the grant.
		{ label: '§2.4 B sick 1 hour, own illness', input: { kind: 'sick', amount: hours(1), sickPurpose: { purpose: 'own-illness' } }, verdict: 'allowed' },
		// §2.4 B: an allowed amount is not permission; the purpose decides.
		{ label: '§2.4 B sick 1 hour, no purpose given', input: { kind: 'sick', amount: hours(1) }, verdict: 'allowed-if-purpose-qualifies' },
		{ label: '§2.4 B sick 1 day for something else', input: { kind: 'sick', amount: { unit: 'days', days: 1 }, sickPurpose: { purpose: 'other' } }, verdict: 'not-allowed' },
		{ label: '§2.4 B sick 1 day for a mother-in-law’s illness, not in the household', input: { kind: 'sick', amount: { unit: 'days', days: 1 }, sickPurpose: { purpose: 'family-illness', relationship: 'parent-in-law', livesInHousehold: false } }, verdict: 'not-allowed' },
		{ label: '§2.4 B sick 1 day for a grandmother’s funeral', input: { kind: 'sick', amount: { unit: 'days', days: 1 }, sickPurpose: { purpose: 'family-death', relationship: 'grandparent' } }, verdict: 'allowed' },
		{ label: '§2.4 B sick 45 minutes for an appointment: the amount still refuses it', input: { kind: 'sick', amount: hours(0.75), sickPurpose: { purpose: 'medical-appointment' } }, verdict: 'not-allowed' },
		{
			label: '§2.4 B sick 1.5 hours without the grant',
			input: { kind: 'sick', amount: hours(1.5) },
			verdict: 'sources-disagree',
		},
		{
			label: '§2.4 B sick 1.5 hours with the grant',
			input: { kind: 'sick', amount: hours(1.5), supervisorGrantsHalfHours: true, sickPurpose: { purpose: 'medical-appointment' } },
			verdict: 'allowed',
		},
		{
			label: '§2.4 B sick 45 minutes',
			input: { kind: 'sick', amount: hours(0.75) },
			verdict: 'not-allowed',
		},
		// Inclement weather: PG 87.3 and §2.8.
		{
			label: '§2.8 PG 87.3 sick for inclement weather, a whole day',
			input: { kind: 'sick', amount: { unit: 'days', days: 1 }, context: 'inclement-weather' },
			verdict: 'not-allowed',
		},
		{
			label: 'PG 87.3 vacation 2 hours for weather, with the grant',
			input: {
				kind: 'vacation',
				amount: hours(2),
				context: 'inclement-weather',
				supervisorGrantsHalfHours: true,
			},
			verdict: 'allowed',
		},
		{
			label: 'PG 87.3 vs §2.3 B vacation 2 hours for weather, no grant',
			input: { kind: 'vacation', amount: hours(2), context: 'inclement-weather' },
			verdict: 'sources-disagree',
		},
		{
			label: 'PG 87.3 vs §2.5 personal 1 hour for weather',
			input: { kind: 'personal', amount: hours(1), context: 'inclement-weather' },
			verdict: 'sources-disagree',
		},
		// Comp time: 2.1b, no less than 30 minutes, in increments earned.
		{
			label: '2.1b comp 30 minutes',
			input: { kind: 'compensatory', amount: hours(0.5) },
			verdict: 'allowed',
		},
		{
			label: '2.1b comp 45 minutes',
			input: { kind: 'compensatory', amount: hours(0.75) },
			verdict: 'allowed',
		},
		{
			label: '2.1b comp 20 minutes',
			input: { kind: 'compensatory', amount: hours(1 / 3) },
			verdict: 'not-allowed',
		},
		// Holiday time: 2.1b only.
		{
			label: '2.1b holiday 1 hour',
			input: { kind: 'holiday', amount: hours(1) },
			verdict: 'allowed',
		},
		{
			label: '2.1b holiday 1 hour 15 minutes',
			input: { kind: 'holiday', amount: hours(1.25) },
			verdict: 'not-allowed',
		},
	])('$label → $verdict', ({ input, verdict }) => {
		expect(validateTimeUse(input).verdict).toBe(verdict);
	});

	test('§2.5 and 2.1b: the personal-time disagreement names and cites both sources', () => {
		const result = validateTimeUse({ kind: 'personal', amount: hours(1) });
		expect(result.checks.map((c) => [c.source, c.allowed])).toEqual([
			['Attachment 2.1b', true],
			['§2.5', false],
		]);
		expect(result.citations.map((c) => c.section)).toEqual(['2.1 attachment 2.1b', '2.5']);
		expect(result.steps.join(' ')).toContain('The sources disagree');
	});

	test('§2.8 PG 87.3: in weather the personal-time rule cites all three sources', () => {
		const result = validateTimeUse({
			kind: 'personal',
			amount: hours(1),
			context: 'inclement-weather',
		});
		expect(result.citations.map((c) => c.section)).toEqual([
			'2.1 attachment 2.1b',
			'2.5',
			'2.8 Policy Guide 87.3 V.A',
		]);
	});

	test.each([
		{ halfDay: '3:30', minutes: 210 },
		{ halfDay: '3:45', minutes: 225 },
		{ halfDay: '4:00', minutes: 240 },
	] as const)(
		'2.1b half day $halfDay = $minutes minutes, allowed for every kind',
		({ halfDay, minutes }) => {
			for (const kind of ['vacation', 'sick', 'personal', 'holiday', 'compensatory'] as const) {
				const result = validateTimeUse({ kind, amount: { unit: 'half-day', halfDay }, ...(kind === 'sick' ? { sickPurpose: { purpose: 'own-illness' } } : {}) });
				expect(result.minutes).toBe(minutes);
				expect(result.verdict).toBe('allowed');
			}
		},
	);
});

describe('time-use input errors name the field', () => {
	test('a sick purpose without its person names sickPurpose.relationship (§2.4 B)', () => {
		expect(() => validateTimeUse({ kind: 'sick', amount: hours(8), sickPurpose: { purpose: 'family-illness' } })).toThrow(/sickPurpose\.relationship: required/);
	});

	test('an unknown kind and a bad half day', () => {
		expect(() =>
			validateTimeUse({ kind: 'floating', amount: { unit: 'half-day', halfDay: '3:00' } }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: time use: kind: expected one of "vacation", "sick", "personal", "compensatory", "holiday", got "floating"; amount.halfDay: expected a half day of "3:30", "3:45" or "4:00", got "3:00"]`,
		);
	});
	test('hours that are not whole minutes', () => {
		expect(() =>
			validateTimeUse({ kind: 'vacation', amount: { unit: 'hours', hours: 1.001 } }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: time use: amount.hours: expected hours in whole minutes, got 1.001]`,
		);
	});
	test('an unknown unit', () => {
		expect(() =>
			validateTimeUse({ kind: 'vacation', amount: { unit: 'weeks', weeks: 1 } }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: time use: amount.unit: expected unit "hours", "half-day" or "days", got "weeks"]`,
		);
	});
});
