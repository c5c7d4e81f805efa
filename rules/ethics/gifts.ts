import { z } from '../zod-mini';
import { fail, parseInput } from '../errors';
import { addDays, compareDates, IsoDateSchema } from '../dates';
import { fiscalYearOf } from '../calendar/fiscal-year';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';
import {
	agencyRule,
	BOARD_REPORT_THRESHOLD_CENTS,
	rule437Layer,
	TOKEN_NOTICE_DAYS,
	TOKEN_NOTICE_THRESHOLD_CENTS,
} from './gift-agency-rules';
import {
	checkExceptions,
	ExceptionFactsSchema,
	PROHIBITED_SOURCE_QUESTIONS,
	ProhibitedSourceAnswersSchema,
	type ExceptionCheck,
} from './gift-exceptions';

/**
 * Is a gift allowed? Two layers, both applied: the Ethics Act gift ban (Art. 10: 10-10, 10-15, 10-30;
 * gift-exceptions.ts) and the stricter DCFS Rule 437.40 (f)–(j) (gift-agency-rules.ts), which 10-40
 * and the Code of Personal Conduct (3.1 B) let control. This file owns the input, the register totals
 * and the verdict. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const CONTEXT = 'gifts';

/** The Ethics Act texts of the ban and the disposition of a prohibited gift. */
export const ACT_RULES = [
	{
		key: 'ban',
		section: 'Ethics Act 10-10',
		quote:
			'no … State employee shall intentionally solicit or accept any gift from any prohibited source … This ban applies to and includes the spouse of and immediate family living with the … State employee.',
	},
	{
		key: 'source',
		section: 'Ethics Act 1-5',
		quote:
			'"Prohibited source" means any person or entity who: (1) is seeking official action … (6) is an agent of, a spouse of, or an immediate family member who is living with a "prohibited source".',
	},
	{
		key: 'disposition',
		section: 'Ethics Act 10-30',
		quote:
			'does not violate this Act if the … employee promptly takes reasonable action to return the prohibited gift to its source or gives the gift or an amount equal to its value to an appropriate charity that is exempt from income taxation under Section 501(c)(3)',
	},
] as const;

type ActKey = (typeof ACT_RULES)[number]['key'];
const act = (key: ActKey) => ACT_RULES.find((r) => r.key === key)!;
const citeRow = (row: { section: string; quote: string }): Citation =>
	cite(row.section as Parameters<typeof cite>[0], row.quote);

/** What the gift is: the kinds Rule 437.40 and Ethics Act 10-15(8) treat differently. */
export const GIFT_KINDS = [
	'event-token',
	'public-service-award',
	'honorarium',
	'food-or-refreshments',
	'board-travel-reimbursement',
	'other',
] as const;
const GiftKindSchema = z.enum(GIFT_KINDS, {
	error: (i) => `expected one of ${GIFT_KINDS.join(', ')}, got ${JSON.stringify(i.input)}`,
});
const CentsSchema = z
	.int({
		error: (i) =>
			`expected a whole number of cents, got ${i.input === undefined ? 'nothing' : JSON.stringify(i.input)}`,
	})
	.check(z.gte(0, { error: (i) => `expected 0 or more cents, got ${String(i.input)}` }));
const SourceNameSchema = z
	.string({ error: 'expected the name of the giver' })
	.check(
		z.trim(),
		z.minLength(1, { error: 'expected the name of the giver, got an empty text' }),
		z.maxLength(200),
	);
const yesNo = z.boolean({
	error: (i) =>
		`expected true or false, got ${i.input === undefined ? 'nothing' : JSON.stringify(i.input)}`,
});

/** A gift already in the register: it counts toward this year's totals when it was kept. */
export const PriorGiftSchema = z.object({
	/** The day it was received. */
	receivedOn: IsoDateSchema,
	/** Its value in cents. */
	valueCents: CentsSchema,
	/** The giver, as named in the register (compared ignoring case and spaces at the ends). */
	sourceName: SourceNameSchema,
	/** What it was. */
	kind: GiftKindSchema,
	/** False when it was returned or donated: then it counts toward no total. */
	kept: z._default(yesNo, true),
});
/** One entry of {@link PriorGiftSchema}. */
export type PriorGift = z.infer<typeof PriorGiftSchema>;

/** Input of the gift calculator. */
export const GiftInputSchema = z.object({
	/** The day of the question (the caller passes it; no clock reads). */
	asOf: IsoDateSchema,
	/** The day the gift was received or offered. */
	receivedOn: IsoDateSchema,
	/** Its value per person, in cents. */
	valueCents: CentsSchema,
	/** The giver. */
	sourceName: SourceNameSchema,
	/** What it is. */
	kind: GiftKindSchema,
	/** Who received it: the ban covers the spouse and immediate family living with the employee too (10-10). */
	recipient: z._default(
		z.enum(['employee', 'spouse', 'family-living-with-employee'], {
			error: (i) =>
				`expected employee, spouse or family-living-with-employee, got ${JSON.stringify(i.input)}`,
		}),
		'employee',
	),
	/** For food: consumed on the premises where bought or prepared, or catered (10-15(8)). */
	onPremisesOrCatered: z._default(yesNo, false),
	/** The Ethics Act 1-5 questions about the giver. */
	prohibitedSource: z.prefault(ProhibitedSourceAnswersSchema, {}),
	/** The facts the Ethics Act 10-15 exceptions turn on. */
	exceptions: z.prefault(ExceptionFactsSchema, {}),
	/** The Rule 437 questions about the giver and the circumstances. */
	agency: z.prefault(
		z.object({
			/** The giver is licensed or regulated by DCFS, has a DCFS grant, contract or POS agreement, or an adoption assistance agreement (437.10). */
			sourceInRule437Scope: z._default(yesNo, false),
			/** The employee has decision-making authority over the giver (437.40(g)). */
			underDecisionMakingAuthority: z._default(yesNo, false),
			/** The circumstances might reasonably be construed to influence official duties (437.40(f)). */
			mightInfluenceDuties: z._default(yesNo, false),
		}),
		{},
	),
	/** For an honorarium: the three conditions of 437.40(h). */
	honorarium: z.prefault(
		z.object({
			/** Speaking or writing as a representative of the Department. */
			speakingForDepartment: z._default(yesNo, false),
			/** During scheduled work time without using earned benefit time. */
			duringWorkTimeWithoutBenefitTime: z._default(yesNo, false),
			/** Travel and related expenses paid by the State. */
			stateTravelPaid: z._default(yesNo, false),
		}),
		{},
	),
	/** Gifts already received (from the register), for the calendar- and fiscal-year totals. */
	priorGifts: z._default(
		z
			.array(PriorGiftSchema, { error: 'expected a list of prior gifts' })
			.check(z.maxLength(5_000, { error: 'expected at most 5000 prior gifts' })),
		[],
	),
});
/** Input of {@link assessGift}. */
export type GiftInput = z.infer<typeof GiftInputSchema>;

/** One layer's verdict. */
export interface GiftLayer {
	kind: 'result';
	allowed: boolean;
	/** The section that decided this layer. */
	decidedBy: string;
	detail: string;
}

/** Totals from the register including this gift, in cents. */
export interface GiftTotals {
	sourceCalendarYearCents: number;
	sourceFoodSameDayCents: number;
	sourceTokensCalendarYearCents: number;
	/** Board or advisory-committee travel reimbursements from this board this calendar year (437.40(d)). */
	sourceBoardReimbursementsCalendarYearCents: number;
	tokensFiscalYearCents: number;
	fiscalYear: { start: string; end: string };
}

/** What to do now. */
export interface GiftAction {
	kind: 'keep' | 'return-or-donate' | 'return-immediately';
	text: string;
	/** "Immediately" is read as the day received; "promptly" has no fixed date (null). */
	by: string | null;
}

/** A written notice that is due. */
export interface GiftNotice {
	to: string;
	/** The deadline; null where the rule sets none (437.40(d)). */
	by: string | null;
	overdue: boolean;
	contents: string;
}

/** The verdict: allowed or not, under which rule, both layers, and what to do now. */
export interface GiftResult extends Explanation {
	kind: 'result';
	allowed: boolean;
	/** The section that decided the overall answer. */
	decidedBy: string;
	/** Which layer decided: the stricter one when both speak (10-40, 3.1 B). */
	decidingLayer: 'ethics-act' | 'rule-437';
	layers: { ethicsAct: GiftLayer | NotApplicable; rule437: GiftLayer | NotApplicable };
	exceptionChecks: ExceptionCheck[];
	totals: GiftTotals;
	action: GiftAction;
	notices: GiftNotice[];
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const isToken = (kind: string) => kind === 'event-token' || kind === 'public-service-award';

function totalsFor(input: GiftInput): GiftTotals {
	const kept = input.priorGifts.filter((g) => g.kept);
	const year = input.receivedOn.slice(0, 4);
	const { start, end } = fiscalYearOf(input.receivedOn);
	const fiscalYear = { start, end };
	const fromSource = kept.filter((g) => sameName(g.sourceName, input.sourceName));
	const sum = (gifts: PriorGift[]) => gifts.reduce((total, g) => total + g.valueCents, 0);
	const food = input.kind === 'food-or-refreshments' ? input.valueCents : 0;
	const token = input.kind === 'event-token' ? input.valueCents : 0;
	return {
		sourceCalendarYearCents:
			sum(fromSource.filter((g) => g.receivedOn.slice(0, 4) === year)) + input.valueCents,
		sourceFoodSameDayCents:
			sum(
				fromSource.filter(
					(g) => g.kind === 'food-or-refreshments' && g.receivedOn === input.receivedOn,
				),
			) + food,
		sourceTokensCalendarYearCents:
			sum(fromSource.filter((g) => g.kind === 'event-token' && g.receivedOn.slice(0, 4) === year)) +
			token,
		sourceBoardReimbursementsCalendarYearCents:
			sum(
				fromSource.filter(
					(g) => g.kind === 'board-travel-reimbursement' && g.receivedOn.slice(0, 4) === year,
				),
			) + (input.kind === 'board-travel-reimbursement' ? input.valueCents : 0),
		// Reading: public-service awards are excluded from the $50 limit only; they still count toward the $200 aggregate.
		tokensFiscalYearCents:
			sum(
				kept.filter(
					(g) =>
						isToken(g.kind) &&
						compareDates(g.receivedOn, fiscalYear.start) >= 0 &&
						compareDates(g.receivedOn, fiscalYear.end) <= 0,
				),
			) + (isToken(input.kind) ? input.valueCents : 0),
		fiscalYear,
	};
}

function ethicsActLayer(
	input: GiftInput,
	totals: GiftTotals,
	steps: string[],
	citations: Citation[],
): { layer: GiftLayer | NotApplicable; checks: ExceptionCheck[] } {
	const yes = PROHIBITED_SOURCE_QUESTIONS.filter((q) => input.prohibitedSource[q.key]);
	citations.push(citeRow(act('ban')), citeRow(act('source')));
	if (input.recipient !== 'employee')
		steps.push(
			`The gift went to the employee's ${input.recipient === 'spouse' ? 'spouse' : 'immediate family living with the employee'}: the ban covers them as it covers the employee.`,
		);
	if (yes.length === 0) {
		steps.push(
			`Ethics Act: ${input.sourceName} is not a prohibited source (no to all six questions), so the gift ban does not apply.`,
		);
		return {
			layer: {
				kind: 'not-applicable',
				reason: `${input.sourceName} is not a prohibited source.`,
				rule: 'The Ethics Act gift ban (10-10) applies only to gifts from a prohibited source (1-5).',
				steps: [],
				citations: [citeRow(act('source'))],
			},
			checks: [],
		};
	}
	steps.push(
		`Ethics Act: ${input.sourceName} is a prohibited source: ${yes.map((q) => q.quote.slice(0, 3)).join(', ')} of the definition.`,
	);
	const checks = checkExceptions(input.exceptions, {
		valueCents: input.valueCents,
		isFood: input.kind === 'food-or-refreshments',
		onPremisesOrCatered: input.onPremisesOrCatered,
		sameDayFoodCents:
			totals.sourceFoodSameDayCents -
			(input.kind === 'food-or-refreshments' ? input.valueCents : 0),
		sourceCalendarYearCents: totals.sourceCalendarYearCents - input.valueCents,
	});
	const applying = checks.find((c) => c.applies);
	for (const c of checks)
		steps.push(
			`10-15${c.code} ${c.title}: ${c.applies ? 'applies' : 'does not apply'} (${c.detail}).`,
		);
	if (applying) {
		citations.push(cite(`Ethics Act 10-15${applying.code}`, applying.quote));
		return {
			layer: {
				kind: 'result',
				allowed: true,
				decidedBy: `Ethics Act 10-15${applying.code}`,
				detail: `Excepted from the ban: ${applying.title}.`,
			},
			checks,
		};
	}
	const limits = checks.filter(
		(c) =>
			['(8)', '(12)'].includes(c.code) &&
			(c.code === '(12)' || input.kind === 'food-or-refreshments'),
	);
	for (const c of limits) citations.push(cite(`Ethics Act 10-15${c.code}`, c.quote));
	return {
		layer: {
			kind: 'result',
			allowed: false,
			decidedBy: 'Ethics Act 10-10',
			detail: 'From a prohibited source and no 10-15 exception applies.',
		},
		checks,
	};
}

/**
 * Whether an employee may keep a gift, under the Ethics Act and the stricter Rule 437.40, with what
 * to do now (keep; return or donate promptly; return immediately) and any notice due, with its date.
 * @example
 * assessGift({ asOf: '2025-03-10', receivedOn: '2025-03-07', valueCents: 4_000, sourceName: 'Acme Youth Services',
 *   kind: 'event-token', prohibitedSource: { doesBusiness: true }, agency: { sourceInRule437Scope: true } })
 * //=> { kind: 'result', allowed: true, decidedBy: 'Rule 437.40(i)', action: { kind: 'keep', … }, notices: [], … }
 */
export function assessGift(raw: unknown): GiftResult {
	const input = parseInput(GiftInputSchema, raw, CONTEXT);
	if (compareDates(input.receivedOn, input.asOf) > 0)
		fail(
			CONTEXT,
			'receivedOn',
			`expected a date on or before asOf (${input.asOf}), got "${input.receivedOn}"`,
		);
	input.priorGifts.forEach((g, i) => {
		if (compareDates(g.receivedOn, input.receivedOn) > 0)
			fail(
				CONTEXT,
				`priorGifts.${i}.receivedOn`,
				`expected a date on or before receivedOn (${input.receivedOn}), got "${g.receivedOn}"`,
			);
	});

	const steps: string[] = [];
	const citations: Citation[] = [];
	const totals = totalsFor(input);
	const { layer: ethicsAct, checks } = ethicsActLayer(input, totals, steps, citations);
	const rule437 = rule437Layer(
		{ ...input, sourceTokensCalendarYearCents: totals.sourceTokensCalendarYearCents },
		steps,
		citations,
	);
	const actAllowed = ethicsAct.kind === 'not-applicable' || ethicsAct.allowed;
	const ruleAllowed = rule437.kind === 'not-applicable' || rule437.allowed;
	const allowed = actAllowed && ruleAllowed;
	const decidingLayer =
		!ruleAllowed || (rule437.kind === 'result' && actAllowed) ? 'rule-437' : 'ethics-act';
	if (rule437.kind === 'result')
		citations.push(citeRow(agencyRule('stricter')), citeRow(agencyRule('code')));

	const decidedBy =
		decidingLayer === 'rule-437' && rule437.kind === 'result'
			? rule437.decidedBy
			: ethicsAct.kind === 'result'
				? ethicsAct.decidedBy
				: 'Ethics Act 10-10';
	let action: GiftAction;
	if (!ruleAllowed) {
		action = {
			kind: 'return-immediately',
			text: `Return it to ${input.sourceName} immediately (Rule 437.40(j)).`,
			by: input.receivedOn,
		};
	} else if (!actAllowed) {
		action = {
			kind: 'return-or-donate',
			text: `Promptly return it to ${input.sourceName}, or give it (or an amount equal to its value, ${dollars(input.valueCents)}) to a 501(c)(3) charity (Ethics Act 10-30).`,
			by: null,
		};
		citations.push(citeRow(act('disposition')));
	} else {
		action = { kind: 'keep', text: 'It may be kept.', by: null };
	}
	steps.push(`Result: ${allowed ? 'allowed' : 'not allowed'} under ${decidedBy}. ${action.text}`);

	const notices: GiftNotice[] = [];
	// Reading: every token received while the fiscal-year aggregate is over $200 is notified, so Internal Audits' list stays complete.
	if (
		allowed &&
		isToken(input.kind) &&
		totals.tokensFiscalYearCents > TOKEN_NOTICE_THRESHOLD_CENTS
	) {
		const by = addDays(input.receivedOn, TOKEN_NOTICE_DAYS);
		notices.push({
			to: "the Department's Office of Internal Audits",
			by,
			overdue: compareDates(input.asOf, by) > 0,
			contents:
				'In writing: the items received, the dates received, and the names of the donor organizations or individuals.',
		});
		steps.push(
			`Tokens this fiscal year (${totals.fiscalYear.start} to ${totals.fiscalYear.end}), all sources: ${dollars(totals.tokensFiscalYearCents)}, over ${dollars(TOKEN_NOTICE_THRESHOLD_CENTS)}: notify the Office of Internal Audits in writing by ${by}.`,
		);
		if (!citations.some((c) => c.section === 'Rule 437.40(i)'))
			citations.push(citeRow(agencyRule('i')));
	}
	if (
		allowed &&
		input.kind === 'board-travel-reimbursement' &&
		totals.sourceBoardReimbursementsCalendarYearCents > BOARD_REPORT_THRESHOLD_CENTS
	) {
		notices.push({
			to: "the Department's Office of Internal Audits",
			by: null,
			overdue: false,
			contents: `The travel payments or reimbursements from ${input.sourceName} this calendar year (${dollars(totals.sourceBoardReimbursementsCalendarYearCents)}); the Rule sets no deadline.`,
		});
		steps.push(
			`Travel reimbursements from ${input.sourceName} this calendar year: ${dollars(totals.sourceBoardReimbursementsCalendarYearCents)}, over ${dollars(BOARD_REPORT_THRESHOLD_CENTS)}: report them to the Office of Internal Audits.`,
		);
	}

	return {
		kind: 'result',
		rule: allowed
			? `Allowed under ${decidedBy}; the stricter of the Ethics Act and Rule 437.40 controls.`
			: `Not allowed under ${decidedBy}; the stricter of the Ethics Act and Rule 437.40 controls.`,
		steps,
		citations: citations.filter(
			(c, i) => citations.findIndex((d) => d.section === c.section && d.quote === c.quote) === i,
		),
		allowed,
		decidedBy,
		decidingLayer,
		layers: { ethicsAct, rule437 },
		exceptionChecks: checks,
		totals,
		action,
		notices,
	};
}
