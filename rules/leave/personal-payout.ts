import { z } from '../zod-mini';
import { formatCents } from '../money';
import { parseInput } from '../errors';
import {
	CentsSchema,
	HOURS_PER_WORKDAY,
	hoursSchema,
	hoursToDays,
	notApplicable,
} from './leave-units';
import { cite, type Explanation, type NotApplicable } from '../result';

/**
 * Payment for unused personal business time on separation (§2.5): only on death, disability or
 * retirement, one-half of daily pay × unused days. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const PAYOUT_CITATION = cite(
	'2.5',
	"An employee terminating his/her employment with the state does not receive payment for unused personal business time, unless the termination is due to death, disability or retirement. In these cases, the payment is equal to one-half (½) the employee's daily pay times the number of unused days.",
);

/** §2.5: the separations that pay, and the share of daily pay. */
export const PERSONAL_PAYOUT_REASONS = ['death', 'disability', 'retirement'] as const;
export const PERSONAL_PAYOUT_SHARE = 0.5;

/** Input of {@link personalPayout}. */
export const PersonalPayoutInputSchema = z.object({
	/** Why employment ended. */
	reason: z.enum(['death', 'disability', 'retirement', 'other'], {
		error: (issue) =>
			`expected "death", "disability", "retirement" or "other", got ${JSON.stringify(issue.input)}`,
	}),
	/** Unused personal business time, in hours (at most four days, 30 hours: it does not carry over). */
	unusedHours: hoursSchema(4 * HOURS_PER_WORKDAY),
	/** Daily pay in cents. */
	dailyPayCents: CentsSchema,
});
export type PersonalPayoutInput = z.infer<typeof PersonalPayoutInputSchema>;

/** The personal-time payment on separation, or why there is none. */
export interface PersonalPayoutResult extends Explanation {
	kind: 'personal-payout';
	payment: { cents: number; unusedDays: number } | NotApplicable;
}

/**
 * Payment for unused personal business time (§2.5): ½ daily pay × unused days, on death, disability or retirement only.
 * @example personalPayout({ reason: 'retirement', unusedHours: 15, dailyPayCents: 30000 }).payment //=> { cents: 30000, unusedDays: 2 }
 */
export function personalPayout(raw: unknown): PersonalPayoutResult {
	const input = parseInput(PersonalPayoutInputSchema, raw, 'personal payout');
	const rule =
		'Unused personal business time is paid only when employment ends by death, disability or retirement: one-half of daily pay times the unused days.';
	const days = hoursToDays(input.unusedHours);
	const pays = (PERSONAL_PAYOUT_REASONS as readonly string[]).includes(input.reason);
	if (!pays) {
		const steps = [
			'Employment ended other than by death, disability or retirement: no payment for unused personal business time on this separation.',
		];
		return {
			kind: 'personal-payout',
			payment: notApplicable(
				'No payment for unused personal business time on this separation.',
				rule,
				steps,
				[PAYOUT_CITATION],
			),
			rule,
			steps,
			citations: [PAYOUT_CITATION],
		};
	}
	const cents = Math.round(
		PERSONAL_PAYOUT_SHARE * input.dailyPayCents * (input.unusedHours / HOURS_PER_WORKDAY),
	);
	return {
		kind: 'personal-payout',
		payment: { cents, unusedDays: days },
		rule,
		steps: [
			`Employment ended by ${input.reason}: unused time is paid.`,
			`${input.unusedHours} unused hours ÷ ${HOURS_PER_WORKDAY} = ${days} day(s).`,
			`½ × ${formatCents(input.dailyPayCents)} daily pay × ${days} day(s) = ${formatCents(cents)}.`,
		],
		citations: [PAYOUT_CITATION],
	};
}
