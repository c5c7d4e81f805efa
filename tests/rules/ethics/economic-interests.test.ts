import { describe, expect, test } from 'vitest';
import { assessEconomicInterests, type EconomicInterestsResult } from '@rules/ethics/economic-interests';

const result = (raw: unknown): EconomicInterestsResult => {
	const r = assessEconomicInterests(raw);
	if (r.kind !== 'result') throw new Error(`expected a result, got ${r.kind}: ${r.reason}`);
	return r;
};
const filer = {
	asOf: '2025-07-01',
	filingYear: 2025,
	criteria: { supervisesTwentyOrMore: true },
} as const;

describe('Rule 437.60 a) 1)–7) who must file', () => {
	test.each([
		{
			name: 'Rule 437.60(a)(1) head of an administrative unit',
			key: 'headOfUnit',
			label: 'Rule 437.60(a)(1)',
		},
		{
			name: 'Rule 437.60(a)(2) contracts of $5,000 or more',
			key: 'contracts',
			label: 'Rule 437.60(a)(2)',
		},
		{
			name: 'Rule 437.60(a)(3) rulemaking authority',
			key: 'rulemaking',
			label: 'Rule 437.60(a)(3)',
		},
		{
			name: 'Rule 437.60(a)(4) approval of professional licenses',
			key: 'professionalLicenses',
			label: 'Rule 437.60(a)(4)',
		},
		{
			name: 'Rule 437.60(a)(5) financial inspection of regulated entities',
			key: 'financialInspection',
			label: 'Rule 437.60(a)(5)',
		},
		{
			name: 'Rule 437.60(a)(6) adjudication or its review',
			key: 'adjudication',
			label: 'Rule 437.60(a)(6)',
		},
		{
			name: 'Rule 437.60(a)(7) supervises 20 or more employees',
			key: 'supervisesTwentyOrMore',
			label: 'Rule 437.60(a)(7)',
		},
	])('$name → must file', ({ key, label }) => {
		const r = result({ asOf: '2025-03-01', filingYear: 2025, criteria: { [key]: true } });
		expect(r).toMatchObject({ mustFile: true, criteriaMet: [label] });
		expect(r.citations.map((c) => c.section)).toContain(label);
	});
	test('Rule 437.60 a) no criterion met and not under Executive Order #3 → not applicable', () => {
		expect(assessEconomicInterests({ asOf: '2025-03-01', filingYear: 2025 })).toMatchObject({
			kind: 'not-applicable',
		});
	});
	test('Rule 437.80(b) Executive Order #3 only → the State Board of Ethics by April 30, no Ethics Act filing', () => {
		const r = result({ asOf: '2025-03-01', filingYear: 2025, executiveOrder3: true });
		expect(r).toMatchObject({
			mustFile: false,
			deadlines: [{ date: '2025-04-30', section: 'Rule 437.80(b)' }],
			totalCents: 0,
		});
	});
});

describe('§3.11 and Rule 437.60(b) deadlines side by side', () => {
	test('§3.11 April 23 to the OIG; Rule 437.60 May 1 filing, May 15 and May 31', () => {
		expect(
			result({ ...filer, asOf: '2025-03-01' }).deadlines.map((d) => [d.date, d.section]),
		).toEqual([
			['2025-04-23', '3.11'],
			['2025-05-01', 'Rule 437.60(b)'],
			['2025-05-15', 'Rule 437.60(b)'],
			['2025-05-31', 'Rule 437.60(b)'],
		]);
	});
});

describe('Rule 437.60(b) late fee, daily penalty from May 16 (counted), forfeiture after May 31', () => {
	test.each([
		{
			name: '§3.11 filed April 23 with the OIG → nothing owed',
			filedOn: '2025-04-23',
			fee: 0,
			days: 0,
			exposed: false,
		},
		{
			name: 'Rule 437.60(b) filed May 1 → on time',
			filedOn: '2025-05-01',
			fee: 0,
			days: 0,
			exposed: false,
		},
		{
			name: 'Rule 437.60(b) filed May 2 → $15 late fee',
			filedOn: '2025-05-02',
			fee: 1_500,
			days: 0,
			exposed: false,
		},
		{
			name: 'Rule 437.60(b) filed May 15 → $15, no daily penalty yet',
			filedOn: '2025-05-15',
			fee: 1_500,
			days: 0,
			exposed: false,
		},
		{
			name: 'Rule 437.60(b) filed May 16 → $15 + 1 day × $100 (May 16 is charged)',
			filedOn: '2025-05-16',
			fee: 1_500,
			days: 1,
			exposed: false,
		},
		{
			name: 'Rule 437.60(b) filed May 20 → $15 + 5 days × $100',
			filedOn: '2025-05-20',
			fee: 1_500,
			days: 5,
			exposed: false,
		},
		{
			name: 'Rule 437.60(b) filed May 31 → $15 + 16 days, no forfeiture',
			filedOn: '2025-05-31',
			fee: 1_500,
			days: 16,
			exposed: false,
		},
		{
			name: 'Rule 437.60(b) filed June 1 → $15 + 17 days and forfeiture exposure',
			filedOn: '2025-06-01',
			fee: 1_500,
			days: 17,
			exposed: true,
		},
	])('$name', ({ filedOn, fee, days, exposed }) => {
		const r = result({ ...filer, filedOn });
		expect(r).toMatchObject({
			filed: true,
			lateFeeCents: fee,
			penaltyDays: days,
			penaltyCents: days * 10_000,
			totalCents: fee + days * 10_000,
		});
		expect(r.forfeiture).toEqual({
			exposed,
			from: '2025-06-01',
			rule437: 'shall',
			handbook311: 'may',
		});
	});
	test('Rule 437.60(b) not filed yet: the penalty runs to asOf', () => {
		const r = result({ ...filer, asOf: '2025-05-18' });
		expect(r).toMatchObject({
			filed: false,
			chargedThrough: '2025-05-18',
			lateFeeCents: 1_500,
			penaltyDays: 3,
			totalCents: 31_500,
		});
		expect(r.steps.join(' ')).toContain('growing by $100 a day');
	});
	test('§3.11 "may" and Rule 437.60 "shall" are both cited when forfeiture is in play', () => {
		const r = result({ ...filer, asOf: '2025-06-02' });
		expect(r.forfeiture.exposed).toBe(true);
		expect(r.citations.filter((c) => /forfeiture/.test(c.quote)).map((c) => c.section)).toEqual([
			'Rule 437.60(b)',
			'3.11',
		]);
	});
});

describe('economic interests: bad input names the field', () => {
	test('economic interests: filing year not a number', () => {
		expect(() =>
			assessEconomicInterests({ asOf: '2025-03-01', filingYear: '2025' }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: economic interests: filingYear: expected a year as a whole number]`,
		);
	});
	test('economic interests: filed after asOf', () => {
		expect(() =>
			assessEconomicInterests({ ...filer, asOf: '2025-05-01', filedOn: '2025-05-02' }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: economic interests: filedOn: expected a date on or before asOf (2025-05-01), got "2025-05-02"]`,
		);
	});
	test('economic interests: a criterion that is not yes/no', () => {
		expect(() =>
			assessEconomicInterests({
				asOf: '2025-03-01',
				filingYear: 2025,
				criteria: { contracts: 'yes' },
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: economic interests: criteria.contracts: expected true or false, got "yes"]`,
		);
	});
});
