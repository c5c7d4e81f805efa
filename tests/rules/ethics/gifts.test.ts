import { describe, expect, test } from 'vitest';
import { assessGift } from '@rules/ethics/gifts';

/** A gift from a prohibited source (it does business with DCFS) that Rule 437 does not cover. */
const base = {
	asOf: '2025-03-20',
	receivedOn: '2025-03-10',
	sourceName: 'Acme Consulting',
	kind: 'other',
	prohibitedSource: { doesBusiness: true },
} as const;
/** A kept gift already in the register from the same source this year, worth $100: (12) no longer applies. */
const hundredAlready = [
	{ receivedOn: '2025-01-15', valueCents: 10_000, sourceName: 'Acme Consulting', kind: 'other' },
] as const;

describe('Ethics Act 10-10 and 1-5: the ban applies only to a prohibited source', () => {
	test('Ethics Act 1-5 no "yes" answer → not a prohibited source, the gift may be kept', () => {
		const r = assessGift({ ...base, valueCents: 50_000, prohibitedSource: {} });
		expect(r).toMatchObject({
			allowed: true,
			layers: { ethicsAct: { kind: 'not-applicable' }, rule437: { kind: 'not-applicable' } },
			action: { kind: 'keep' },
		});
	});
	test.each([
		'seeksOfficialAction',
		'doesBusiness',
		'regulated',
		'interestsAffected',
		'registeredLobbyist',
		'agentOrFamilyOfProhibitedSource',
	])(
		'Ethics Act 1-5 "%s" alone makes a prohibited source: $500 with no exception → not allowed',
		(key) => {
			const r = assessGift({ ...base, valueCents: 50_000, prohibitedSource: { [key]: true } });
			expect(r).toMatchObject({
				allowed: false,
				decidedBy: 'Ethics Act 10-10',
				decidingLayer: 'ethics-act',
			});
		},
	);
	test('Ethics Act 10-30 a prohibited gift: return it or donate it to a 501(c)(3), promptly', () => {
		const r = assessGift({ ...base, valueCents: 50_000 });
		expect(r.action).toMatchObject({ kind: 'return-or-donate', by: null });
		expect(r.action.text).toContain('501(c)(3)');
		expect(r.citations.map((c) => c.section)).toContain('Ethics Act 10-30');
	});
	test('Ethics Act 10-10 the ban covers the spouse and family living with the employee', () => {
		const r = assessGift({ ...base, valueCents: 50_000, recipient: 'spouse' });
		expect(r.allowed).toBe(false);
		expect(r.steps.join(' ')).toContain("employee's spouse");
	});
});

describe('Ethics Act 10-15 exceptions without a limit (a $500 gift)', () => {
	test.each([
		{
			name: 'Ethics Act 10-15(1) available to the general public on the same conditions',
			exceptions: { availableToPublic: true },
			code: '(1)',
		},
		{
			name: 'Ethics Act 10-15(3) a lawful political contribution',
			exceptions: { politicalContribution: true },
			code: '(3)',
		},
		{
			name: 'Ethics Act 10-15(4) educational materials and missions',
			exceptions: { educationalMaterialsOrMission: true },
			code: '(4)',
		},
		{
			name: 'Ethics Act 10-15(5) travel expenses for a meeting on State business',
			exceptions: { stateBusinessTravel: true },
			code: '(5)',
		},
		{
			name: 'Ethics Act 10-15(6) a first cousin',
			exceptions: { relative: 'first cousin' },
			code: '(6)',
		},
		{
			name: "Ethics Act 10-15(6) the spouse's grandmother",
			exceptions: { relative: "spouse's grandmother" },
			code: '(6)',
		},
		{
			name: 'Ethics Act 10-15(6) a fiancé(e)',
			exceptions: { relative: 'fiancé or fiancée' },
			code: '(6)',
		},
		{
			name: 'Ethics Act 10-15(6) a half sister',
			exceptions: { relative: 'half sister' },
			code: '(6)',
		},
		{
			name: 'Ethics Act 10-15(9) a customary benefit of outside employment',
			exceptions: { outsideEmployment: true },
			code: '(9)',
		},
		{
			name: 'Ethics Act 10-15(10) an intra-governmental gift',
			exceptions: { governmental: 'intra' },
			code: '(10)',
		},
		{
			name: 'Ethics Act 10-15(10) an inter-governmental gift',
			exceptions: { governmental: 'inter' },
			code: '(10)',
		},
		{ name: 'Ethics Act 10-15(11) a bequest', exceptions: { bequest: true }, code: '(11)' },
	])('$name → allowed', ({ exceptions, code }) => {
		const r = assessGift({ ...base, valueCents: 50_000, exceptions });
		expect(r).toMatchObject({
			allowed: true,
			decidedBy: `Ethics Act 10-15${code}`,
			action: { kind: 'keep' },
		});
		expect(r.citations.map((c) => c.section)).toContain(`Ethics Act 10-15${code}`);
	});
});

describe('Ethics Act 10-15(2) market value paid: at, below and above the value', () => {
	test.each([
		{
			name: 'Ethics Act 10-15(2) paid $499.99 for a $500 item → not excepted',
			paid: 49_999,
			allowed: false,
		},
		{
			name: 'Ethics Act 10-15(2) paid exactly the $500 market value → excepted',
			paid: 50_000,
			allowed: true,
		},
		{
			name: 'Ethics Act 10-15(2) paid $600 for a $500 item → excepted',
			paid: 60_000,
			allowed: true,
		},
	])('$name', ({ paid, allowed }) => {
		expect(
			assessGift({ ...base, valueCents: 50_000, exceptions: { amountPaidCents: paid } }).allowed,
		).toBe(allowed);
	});
});

describe('Ethics Act 10-15(7) personal friendship and its three factors', () => {
	const friend = {
		history: true,
		paidPersonally: true,
		sameGiftsToOtherEmployees: false,
		reasonToBelieveBecauseOfPosition: false,
	};
	test.each([
		{
			name: 'Ethics Act 10-15(7) history, paid personally, not given to others, no reason to suspect the position → excepted',
			friendship: friend,
			allowed: true,
		},
		{
			name: 'Ethics Act 10-15(7)(i) no history of the relationship → not excepted',
			friendship: { ...friend, history: false },
			allowed: false,
		},
		{
			name: 'Ethics Act 10-15(7)(ii) deducted or reimbursed, not paid personally → not excepted',
			friendship: { ...friend, paidPersonally: false },
			allowed: false,
		},
		{
			name: 'Ethics Act 10-15(7)(iii) the same gifts to other employees → not excepted',
			friendship: { ...friend, sameGiftsToOtherEmployees: true },
			allowed: false,
		},
		{
			name: 'Ethics Act 10-15(7) reason to believe it is because of the position → not excepted',
			friendship: { ...friend, reasonToBelieveBecauseOfPosition: true },
			allowed: false,
		},
	])('$name', ({ friendship, allowed }) => {
		expect(assessGift({ ...base, valueCents: 50_000, exceptions: { friendship } }).allowed).toBe(
			allowed,
		);
	});
});

describe('Ethics Act 10-15(8) food or refreshments: ≤ $75 per person per day, on the premises or catered', () => {
	// $100 already kept from the source this year, so 10-15(12) cannot apply and (8) decides.
	test.each([
		{
			name: 'Ethics Act 10-15(8) $74.99 on the premises → excepted',
			value: 7_499,
			sameDay: 0,
			onPremisesOrCatered: true,
			allowed: true,
		},
		{
			name: 'Ethics Act 10-15(8) $75.00 on the premises (at the limit) → excepted',
			value: 7_500,
			sameDay: 0,
			onPremisesOrCatered: true,
			allowed: true,
		},
		{
			name: 'Ethics Act 10-15(8) $75.01 on the premises → not excepted',
			value: 7_501,
			sameDay: 0,
			onPremisesOrCatered: true,
			allowed: false,
		},
		{
			name: 'Ethics Act 10-15(8) $50 earlier the same day + $25 = $75 → excepted',
			value: 2_500,
			sameDay: 5_000,
			onPremisesOrCatered: true,
			allowed: true,
		},
		{
			name: 'Ethics Act 10-15(8) $50 earlier the same day + $25.01 → not excepted',
			value: 2_501,
			sameDay: 5_000,
			onPremisesOrCatered: true,
			allowed: false,
		},
		{
			name: 'Ethics Act 10-15(8) $20 of food taken away, not catered → not excepted',
			value: 2_000,
			sameDay: 0,
			onPremisesOrCatered: false,
			allowed: false,
		},
	])('$name', ({ value, sameDay, onPremisesOrCatered, allowed }) => {
		const priorGifts = [
			...hundredAlready,
			...(sameDay
				? [
						{
							receivedOn: base.receivedOn,
							valueCents: sameDay,
							sourceName: 'Acme Consulting',
							kind: 'food-or-refreshments',
						},
					]
				: []),
		];
		const r = assessGift({
			...base,
			kind: 'food-or-refreshments',
			valueCents: value,
			onPremisesOrCatered,
			priorGifts,
		});
		expect(r.allowed).toBe(allowed);
		expect(r.decidedBy).toBe(allowed ? 'Ethics Act 10-15(8)' : 'Ethics Act 10-10');
		expect(r.totals.sourceFoodSameDayCents).toBe(value + sameDay);
	});
	test('Ethics Act 10-15(8) food on another day does not count toward today', () => {
		const priorGifts = [
			...hundredAlready,
			{
				receivedOn: '2025-03-09',
				valueCents: 7_000,
				sourceName: 'Acme Consulting',
				kind: 'food-or-refreshments',
			},
		];
		expect(
			assessGift({
				...base,
				kind: 'food-or-refreshments',
				valueCents: 7_000,
				onPremisesOrCatered: true,
				priorGifts,
			}).allowed,
		).toBe(true);
	});
});

describe('Ethics Act 10-15(12) less than $100 from one source in a calendar year', () => {
	test.each([
		{ name: 'Ethics Act 10-15(12) $99.99 → excepted', value: 9_999, prior: [], allowed: true },
		{
			name: 'Ethics Act 10-15(12) exactly $100.00 → not excepted ("less than")',
			value: 10_000,
			prior: [],
			allowed: false,
		},
		{
			name: 'Ethics Act 10-15(12) $100.01 → not excepted',
			value: 10_001,
			prior: [],
			allowed: false,
		},
		{
			name: 'Ethics Act 10-15(12) $60 earlier this year + $39.99 → excepted',
			value: 3_999,
			prior: [
				{
					receivedOn: '2025-02-01',
					valueCents: 6_000,
					sourceName: 'acme consulting ',
					kind: 'other',
				},
			],
			allowed: true,
		},
		{
			name: 'Ethics Act 10-15(12) $60 earlier this year + $40 → not excepted',
			value: 4_000,
			prior: [
				{
					receivedOn: '2025-02-01',
					valueCents: 6_000,
					sourceName: 'Acme Consulting',
					kind: 'other',
				},
			],
			allowed: false,
		},
		{
			name: 'Ethics Act 10-15(12) $90 from another source does not count',
			value: 5_000,
			prior: [
				{ receivedOn: '2025-02-01', valueCents: 9_000, sourceName: 'Other Vendor', kind: 'other' },
			],
			allowed: true,
		},
		{
			name: 'Ethics Act 10-15(12) $90 returned earlier does not count',
			value: 5_000,
			prior: [
				{
					receivedOn: '2025-02-01',
					valueCents: 9_000,
					sourceName: 'Acme Consulting',
					kind: 'other',
					kept: false,
				},
			],
			allowed: true,
		},
		{
			name: 'Ethics Act 10-15(12) $90 last calendar year does not count',
			value: 5_000,
			prior: [
				{
					receivedOn: '2024-12-31',
					valueCents: 9_000,
					sourceName: 'Acme Consulting',
					kind: 'other',
				},
			],
			allowed: true,
		},
	])('$name', ({ value, prior, allowed }) => {
		const r = assessGift({ ...base, valueCents: value, priorGifts: prior });
		expect(r).toMatchObject({
			allowed,
			decidedBy: allowed ? 'Ethics Act 10-15(12)' : 'Ethics Act 10-10',
		});
	});
});

describe('Rule 437.40(i) nominal event tokens from an entity Rule 437 covers: ≤ $50 per source per calendar year', () => {
	const inScope = { ...base, kind: 'event-token', agency: { sourceInRule437Scope: true } } as const;
	test.each([
		{ name: 'Rule 437.40(i) a $49.99 token → allowed', value: 4_999, prior: 0, allowed: true },
		{
			name: 'Rule 437.40(i) a $50.00 token (at the limit) → allowed',
			value: 5_000,
			prior: 0,
			allowed: true,
		},
		{
			name: 'Rule 437.40(i) a $50.01 token → returned immediately (j)',
			value: 5_001,
			prior: 0,
			allowed: false,
		},
		{
			name: 'Rule 437.40(i) $30 of tokens earlier this year + $20 → allowed',
			value: 2_000,
			prior: 3_000,
			allowed: true,
		},
		{
			name: 'Rule 437.40(i) $30 of tokens earlier this year + $20.01 → returned immediately (j)',
			value: 2_001,
			prior: 3_000,
			allowed: false,
		},
	])('$name', ({ value, prior, allowed }) => {
		const priorGifts = prior
			? [
					{
						receivedOn: '2025-02-01',
						valueCents: prior,
						sourceName: 'Acme Consulting',
						kind: 'event-token',
					},
				]
			: [];
		const r = assessGift({ ...inScope, valueCents: value, priorGifts });
		expect(r).toMatchObject({
			allowed,
			decidingLayer: 'rule-437',
			decidedBy: allowed ? 'Rule 437.40(i)' : 'Rule 437.40(j)',
		});
		expect(r.action).toEqual(
			allowed
				? { kind: 'keep', text: 'It may be kept.', by: null }
				: {
						kind: 'return-immediately',
						text: 'Return it to Acme Consulting immediately (Rule 437.40(j)).',
						by: '2025-03-10',
					},
		);
	});
	test('Rule 437.40(i) a public-service award publicly presented is excluded from the $50 limit', () => {
		const r = assessGift({
			...inScope,
			kind: 'public-service-award',
			valueCents: 15_000,
			prohibitedSource: {},
		});
		expect(r).toMatchObject({ allowed: true, decidedBy: 'Rule 437.40(i)' });
	});
	test('Rule 437.40(i) and Ethics Act 10-10 both apply: a $150 award from a prohibited source fails the Act', () => {
		const r = assessGift({ ...inScope, kind: 'public-service-award', valueCents: 15_000 });
		expect(r).toMatchObject({
			allowed: false,
			decidedBy: 'Ethics Act 10-10',
			layers: { rule437: { allowed: true } },
			action: { kind: 'return-or-donate' },
		});
	});
});

describe('Rule 437.40(i) tokens over $200 in a fiscal year, any source → written notice to Internal Audits within 30 days', () => {
	const token = {
		...base,
		kind: 'event-token',
		prohibitedSource: {},
		agency: { sourceInRule437Scope: true },
	} as const;
	const others = (cents: number, receivedOn = '2024-09-01') => [
		{ receivedOn, valueCents: cents, sourceName: 'Various', kind: 'event-token' },
	];
	test.each([
		{
			name: 'Rule 437.40(i) $180 + $20 = $200 in FY 2025 (at the threshold) → no notice',
			prior: others(18_000),
			value: 2_000,
			notice: false,
		},
		{
			name: 'Rule 437.40(i) $180 + $20.01 = $200.01 in FY 2025 → notice by 2025-04-09',
			prior: others(18_000),
			value: 2_001,
			notice: true,
		},
		{
			name: 'Rule 437.40(i) $190 before July 1 is last fiscal year → no notice',
			prior: others(19_000, '2024-06-30'),
			value: 2_000,
			notice: false,
		},
	])('$name', ({ prior, value, notice }) => {
		const r = assessGift({ ...token, valueCents: value, priorGifts: prior });
		expect(r.allowed).toBe(true);
		expect(r.notices).toEqual(
			notice
				? [
						expect.objectContaining({
							to: "the Department's Office of Internal Audits",
							by: '2025-04-09',
							overdue: false,
						}),
					]
				: [],
		);
		expect(r.totals.fiscalYear).toEqual({ start: '2024-07-01', end: '2025-06-30' });
	});
	test('Rule 437.40(i) a notice not yet sent 31 days later is overdue', () => {
		const r = assessGift({
			...token,
			asOf: '2025-04-10',
			valueCents: 2_001,
			priorGifts: others(18_000),
		});
		expect(r.notices[0]).toMatchObject({ by: '2025-04-09', overdue: true });
	});
});

describe('Rule 437.40(d) board travel reimbursements over $200 a calendar year for one board → report to Internal Audits', () => {
	const board = {
		...base,
		sourceName: 'Acme Youth Services Board',
		kind: 'board-travel-reimbursement',
		prohibitedSource: {},
		agency: { sourceInRule437Scope: true },
	} as const;
	const earlier = (cents: number) => [
		{
			receivedOn: '2025-02-01',
			valueCents: cents,
			sourceName: 'Acme Youth Services Board',
			kind: 'board-travel-reimbursement',
		},
	];
	test.each([
		{
			name: 'Rule 437.40(d) $150 + $50 = $200 (at the threshold) → kept, no report',
			value: 5_000,
			notice: false,
		},
		{
			name: 'Rule 437.40(d) $150 + $50.01 → kept, report to Internal Audits (no deadline stated)',
			value: 5_001,
			notice: true,
		},
	])('$name', ({ value, notice }) => {
		const r = assessGift({ ...board, valueCents: value, priorGifts: earlier(15_000) });
		expect(r).toMatchObject({ allowed: true, decidedBy: 'Rule 437.40(d)' });
		expect(r.notices).toEqual(
			notice
				? [expect.objectContaining({ to: "the Department's Office of Internal Audits", by: null })]
				: [],
		);
	});
});

describe('Rule 437.40 (f), (g), (h), (j): the stricter agency layer', () => {
	test('Rule 437.40(g) nothing from an entity under the employee’s decision-making authority, even a $10 token', () => {
		const r = assessGift({
			...base,
			kind: 'event-token',
			valueCents: 1_000,
			agency: { underDecisionMakingAuthority: true },
		});
		expect(r).toMatchObject({
			allowed: false,
			decidedBy: 'Rule 437.40(g)',
			action: { kind: 'return-immediately', by: '2025-03-10' },
		});
	});
	test('Rule 437.40(f) a gift that might reasonably be construed to influence duties, from anyone', () => {
		const r = assessGift({
			...base,
			valueCents: 1_000,
			prohibitedSource: {},
			agency: { mightInfluenceDuties: true },
		});
		expect(r).toMatchObject({ allowed: false, decidedBy: 'Rule 437.40(f)' });
	});
	test.each([
		{
			name: 'Rule 437.40(h)(1) speaking as the Department’s representative',
			honorarium: { speakingForDepartment: true },
		},
		{
			name: 'Rule 437.40(h)(2) during work time without benefit time',
			honorarium: { duringWorkTimeWithoutBenefitTime: true },
		},
		{ name: 'Rule 437.40(h)(3) travel paid by the State', honorarium: { stateTravelPaid: true } },
	])('$name → honorarium not allowed', ({ honorarium }) => {
		const r = assessGift({
			...base,
			kind: 'honorarium',
			valueCents: 20_000,
			prohibitedSource: {},
			honorarium,
		});
		expect(r).toMatchObject({ allowed: false, decidedBy: 'Rule 437.40(h)' });
	});
	test('Rule 437.40(h) an honorarium on own time, own capacity, from an unrelated giver → allowed', () => {
		expect(
			assessGift({ ...base, kind: 'honorarium', valueCents: 20_000, prohibitedSource: {} }),
		).toMatchObject({ allowed: true, layers: { rule437: { kind: 'not-applicable' } } });
	});
	test('Rule 437.40(j) from an entity Rule 437 covers, a $20 gift the Act would allow under 10-15(12) is returned immediately', () => {
		const r = assessGift({ ...base, valueCents: 2_000, agency: { sourceInRule437Scope: true } });
		expect(r).toMatchObject({
			allowed: false,
			decidedBy: 'Rule 437.40(j)',
			layers: {
				ethicsAct: { allowed: true, decidedBy: 'Ethics Act 10-15(12)' },
				rule437: { allowed: false },
			},
		});
		expect(r.citations.map((c) => c.section)).toEqual(
			expect.arrayContaining(['Rule 437.10', 'Rule 437.40(j)', 'Ethics Act 10-40', '3.1']),
		);
	});
	test('Rule 437.40(j) even a relative’s gift is returned when the relative is an entity Rule 437 covers (strict reading)', () => {
		const r = assessGift({
			...base,
			valueCents: 2_000,
			exceptions: { relative: 'mother' },
			agency: { sourceInRule437Scope: true },
		});
		expect(r).toMatchObject({ allowed: false, decidedBy: 'Rule 437.40(j)' });
	});
});

describe('gifts: bad input names the field', () => {
	test('gifts: value not in whole cents', () => {
		expect(() => assessGift({ ...base, valueCents: 12.5 })).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: gifts: valueCents: expected a whole number of cents, got 12.5]`,
		);
	});
	test('gifts: a relative not in the list of 10-15(6)', () => {
		expect(() =>
			assessGift({ ...base, valueCents: 100, exceptions: { relative: 'second cousin' } }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: gifts: exceptions.relative: expected a relative listed in Ethics Act 10-15(6), got "second cousin"]`,
		);
	});
	test('gifts: an unknown kind of gift', () => {
		expect(() =>
			assessGift({ ...base, valueCents: 100, kind: 'cash' }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: gifts: kind: expected one of event-token, public-service-award, honorarium, food-or-refreshments, board-travel-reimbursement, other, got "cash"]`,
		);
	});
	test('gifts: received after asOf', () => {
		expect(() =>
			assessGift({ ...base, valueCents: 100, receivedOn: '2025-03-21' }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: gifts: receivedOn: expected a date on or before asOf (2025-03-20), got "2025-03-21"]`,
		);
	});
	test('gifts: a prior gift after this one', () => {
		expect(() =>
			assessGift({
				...base,
				valueCents: 100,
				priorGifts: [{ receivedOn: '2025-03-11', valueCents: 100, sourceName: 'X', kind: 'other' }],
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: gifts: priorGifts.0.receivedOn: expected a date on or before receivedOn (2025-03-10), got "2025-03-11"]`,
		);
	});
	test('gifts: a yes/no answer that is not a boolean', () => {
		expect(() =>
			assessGift({ ...base, valueCents: 100, prohibitedSource: { regulated: 'yes' } }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: gifts: prohibitedSource.regulated: expected true or false, got "yes"]`,
		);
	});
});
