import { z } from '../zod-mini';
import { formatCents } from '../money';
import { addMonths, formatDate } from '../dates';
import { fail, parseInput } from '../errors';
import { CentsSchema, daysToHours, notApplicable } from './leave-units';
import { checkSeparation, SeparationFieldsSchema } from './leave-separation';
import { cite, type Explanation, type NotApplicable } from '../result';

/**
 * The sick-leave lump sum on separation (§2.4 C): one-half of the sick days earned on or after
 * January 1, 1984 and before January 1, 1998 and not taken. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §2.4 C: the payout rule. */
const PAYOUT_CITATION = cite(
	'2.4',
	"… a lump sum payment for the equivalent value of one-half of the sick days earned but not taken on or after January 1, 1984, and prior to January 1, 1998, provided the employee has at least six (6) months of continuous service. Upon the death of a state employee, the lump sum is paid to the employee's estate …",
	'2.4 C',
);

/** §2.4 C: the window in which paid-out sick days were earned (from inclusive, before exclusive). */
export const SICK_PAYOUT_WINDOW = { from: '1984-01-01', before: '1998-01-01' } as const;
/** §2.4 C: the share of those days paid. */
export const SICK_PAYOUT_SHARE = 0.5;

/** Input of {@link sickPayout}. */
export const SickPayoutInputSchema = z.extend(SeparationFieldsSchema, {
	/** Sick days earned from 1984-01-01 through 1997-12-31 and not taken (from the leave record). */
	unusedDaysEarned1984To1997: z
		.number({ error: 'expected a number of days' })
		.check(
			z.refine(Number.isFinite, { error: 'expected a finite number of days' }),
			z.gte(0, { error: (issue) => `expected 0 or more days, got ${String(issue.input)}` }),
		),
	/** Daily pay in cents at separation (for the amount; optional). */
	dailyPayCents: z.optional(CentsSchema),
});
export type SickPayoutInput = z.infer<typeof SickPayoutInputSchema>;

/** The sick-leave lump sum: whether due, how many days, and the amount. */
export interface SickPayoutResult extends Explanation {
	kind: 'sick-payout';
	eligible: boolean;
	reasons: string[];
	payee: 'employee' | 'estate';
	/** Days paid: one-half of the unused 1984–1997 days; not applicable when not eligible or no service in the window. */
	payout:
		{ days: number; hours: number; amount: { cents: number } | NotApplicable } | NotApplicable;
}

/** Months of service that fall in the window: the most sick days (one a month) that could be earned in it. */
function monthsInWindow(serviceStart: string): number {
	const from = serviceStart > SICK_PAYOUT_WINDOW.from ? serviceStart : SICK_PAYOUT_WINDOW.from;
	let months = 0;
	while (addMonths(from, months + 1) <= SICK_PAYOUT_WINDOW.before) months += 1;
	return months;
}

/**
 * The sick-leave lump sum on separation (§2.4 C), in days and cents.
 * @example sickPayout({ serviceStart: '1990-01-02', separationDate: '2025-06-30', reason: 'termination', unusedDaysEarned1984To1997: 40, dailyPayCents: 25000 }).payout
 * //=> { days: 20, hours: 150, amount: { cents: 500000 } }
 */
export function sickPayout(raw: unknown): SickPayoutResult {
	const input = parseInput(SickPayoutInputSchema, raw, 'sick payout');
	const check = checkSeparation('sick payout', input);
	const steps = [...check.steps];
	const payee = input.reason === 'death' ? 'estate' : 'employee';
	const base = {
		kind: 'sick-payout' as const,
		eligible: check.eligible,
		reasons: check.reasons,
		payee: payee as SickPayoutResult['payee'],
	};
	const rule =
		'On separation, one-half of the sick days earned from January 1, 1984 to December 31, 1997 and not taken is paid as a lump sum, given six months of continuous service and no State re-employment within four calendar days; on death it is paid to the estate.';
	if (input.serviceStart >= SICK_PAYOUT_WINDOW.before) {
		steps.push(
			`Service began ${formatDate(input.serviceStart)}, after the 1984–1997 window: no sick days qualify.`,
		);
		return {
			...base,
			payout: notApplicable(
				'No sick days were earned between January 1, 1984 and December 31, 1997.',
				rule,
				steps,
				[PAYOUT_CITATION],
			),
			rule,
			steps,
			citations: [PAYOUT_CITATION],
		};
	}
	const maxDays = monthsInWindow(input.serviceStart);
	if (input.unusedDaysEarned1984To1997 > maxDays)
		fail(
			'sick payout',
			'unusedDaysEarned1984To1997',
			`expected at most ${maxDays} days (one a month of service in the window), got ${input.unusedDaysEarned1984To1997}`,
		);
	if (!check.eligible)
		return {
			...base,
			payout: notApplicable('No lump sum is due.', rule, check.reasons, [PAYOUT_CITATION]),
			rule,
			steps,
			citations: [PAYOUT_CITATION],
		};
	const days = input.unusedDaysEarned1984To1997 * SICK_PAYOUT_SHARE;
	steps.push(
		`One-half of ${input.unusedDaysEarned1984To1997} unused day(s) earned in 1984–1997 = ${days} day(s) (${daysToHours(days)} hours).`,
	);
	let amount: { cents: number } | NotApplicable;
	if (input.dailyPayCents === undefined)
		amount = notApplicable(
			'The daily pay is needed to compute the amount.',
			'Amount = days paid × daily pay.',
			['Give dailyPayCents for an amount.'],
			[PAYOUT_CITATION],
		);
	else {
		amount = { cents: Math.round(days * input.dailyPayCents) };
		steps.push(`Amount: ${days} day(s) × ${formatCents(input.dailyPayCents)} = ${formatCents(amount.cents)}.`);
	}
	return {
		...base,
		payout: { days, hours: daysToHours(days), amount },
		rule,
		steps,
		citations: [PAYOUT_CITATION],
	};
}
