import { z } from '../zod-mini';
import { formatCents } from '../money';
import { parseInput } from '../errors';
import { CentsSchema, hoursSchema, hoursToDays, notApplicable } from './leave-units';
import { checkSeparation, SeparationFieldsSchema } from './leave-separation';
import { cite, type Explanation, type NotApplicable } from '../result';

/**
 * The vacation lump sum on separation (§2.3 D). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §2.3 D: the lump sum and its two conditions. */
const LUMP_SUM_CITATION = cite(
	'2.3',
	"provided the worker is not employed in another position in state service within four (4) calendar days, the worker is entitled to receive a lump sum payment for the equivalent value of vacation time earned but not taken, provided the employee has at least six (6) months of continuous service with the Department. Upon the death of a state employee, the lump sum is paid to the employee's estate …",
	'2.3 D',
);

/** Input of {@link vacationLumpSum}. */
export const VacationLumpSumInputSchema = z.extend(SeparationFieldsSchema, {
	/** Vacation earned and not taken, in hours (for the amount; optional). */
	unusedHours: z.optional(hoursSchema(10_000)),
	/** Pay per hour in cents (for the amount; optional). */
	hourlyRateCents: z.optional(CentsSchema),
});
export type VacationLumpSumInput = z.infer<typeof VacationLumpSumInputSchema>;

/** Whether a vacation lump sum is due, to whom, and how much when the hours and rate are given. */
export interface VacationLumpSumResult extends Explanation {
	kind: 'vacation-lump-sum';
	eligible: boolean;
	/** Why not, when not eligible. */
	reasons: string[];
	payee: 'employee' | 'estate';
	/** The amount: unused hours × hourly rate, rounded to the cent; not applicable without both figures or when not eligible. */
	amount: { cents: number; hours: number; days: number } | NotApplicable;
}

/**
 * Whether a lump sum for unused vacation is due on separation (§2.3 D), and its amount in cents.
 * @example vacationLumpSum({ serviceStart: '2024-01-02', separationDate: '2025-03-31', reason: 'termination', unusedHours: 60, hourlyRateCents: 3150 })
 * //=> { eligible: true, payee: 'employee', amount: { cents: 189000, hours: 60, days: 8 }, … }
 */
export function vacationLumpSum(raw: unknown): VacationLumpSumResult {
	const input = parseInput(VacationLumpSumInputSchema, raw, 'vacation lump sum');
	const check = checkSeparation('vacation lump sum', input);
	const steps = [...check.steps];
	let amount: VacationLumpSumResult['amount'];
	if (!check.eligible)
		amount = notApplicable(
			'No lump sum is due.',
			'The lump sum is paid only when both conditions of §2.3 D are met.',
			check.reasons,
			[LUMP_SUM_CITATION],
		);
	else if (input.unusedHours === undefined || input.hourlyRateCents === undefined) {
		amount = notApplicable(
			'The unused hours and the hourly rate are needed to compute the amount.',
			'Amount = unused vacation hours × hourly rate.',
			['Give unusedHours and hourlyRateCents for an amount.'],
			[LUMP_SUM_CITATION],
		);
	} else {
		const cents = Math.round(input.unusedHours * input.hourlyRateCents);
		amount = { cents, hours: input.unusedHours, days: hoursToDays(input.unusedHours) };
		steps.push(
			`Amount: ${input.unusedHours} unused hours × ${formatCents(input.hourlyRateCents)} per hour = ${formatCents(cents)}.`,
		);
	}
	return {
		kind: 'vacation-lump-sum',
		eligible: check.eligible,
		reasons: check.reasons,
		payee: input.reason === 'death' ? 'estate' : 'employee',
		amount,
		rule: 'On separation, earned and unused vacation is paid as a lump sum if the employee has at least six months of continuous service and is not employed in another State position within four calendar days; on death it is paid to the estate.',
		steps,
		citations: [LUMP_SUM_CITATION],
	};
}
