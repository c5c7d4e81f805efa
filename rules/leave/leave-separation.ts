import { z } from '../zod-mini';
import { addMonths, daysBetween, formatDate } from '../dates';
import { fail } from '../errors';
import { CalendarDateSchema } from '../calendar/workday-calendar';

/**
 * The separation conditions shared by the vacation (§2.3 D) and sick (§2.4 C) lump sums: at least six
 * months of continuous service, and not employed in another State position within four calendar days.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §2.3 D / §2.4 C: the minimum continuous service for a lump sum. */
export const MIN_SERVICE_MONTHS = 6;
/** §2.3 D / §2.4 C: re-employment within this many calendar days means no lump sum. */
export const REEMPLOYMENT_WINDOW_DAYS = 4;

/** Why employment ended: death sends the payment to the estate. */
export const SeparationReasonSchema = z.enum(['termination', 'death'], {
	error: (issue) => `expected "termination" or "death", got ${JSON.stringify(issue.input)}`,
});

/** The separation fields both lump-sum inputs share. */
export const SeparationFieldsSchema = z.object({
	/** Continuous-service date. */
	serviceStart: CalendarDateSchema,
	/** The last day of employment. */
	separationDate: CalendarDateSchema,
	/** "termination" (any ending other than death) or "death". */
	reason: SeparationReasonSchema,
	/** The start date of another State position, if the employee took one. */
	reemployedOn: z.optional(CalendarDateSchema),
});
export type SeparationFields = z.infer<typeof SeparationFieldsSchema>;

/** The outcome of the separation checks, with one step per check. */
export interface SeparationCheck {
	eligible: boolean;
	/** Why not, when not eligible (one sentence per failed condition). */
	reasons: string[];
	steps: string[];
}

/**
 * Applies the six-month and four-calendar-day conditions. Reading: re-employment on the separation date
 * or any of the 4 calendar days after it blocks the lump sum; on death the re-employment test cannot
 * apply, but the six-month condition is read as applying to "the lump sum" paid to the estate too.
 * @example checkSeparation('vacation lump sum', { serviceStart: '2025-01-15', separationDate: '2025-07-14', reason: 'termination' }).eligible //=> false
 */
export function checkSeparation(context: string, input: SeparationFields): SeparationCheck {
	if (input.separationDate < input.serviceStart)
		fail(
			context,
			'separationDate',
			`expected a date on or after serviceStart (${input.serviceStart}), got "${input.separationDate}"`,
		);
	if (input.reemployedOn !== undefined && input.reemployedOn < input.separationDate)
		fail(
			context,
			'reemployedOn',
			`expected a date on or after separationDate (${input.separationDate}), got "${input.reemployedOn}"`,
		);
	const steps: string[] = [];
	const reasons: string[] = [];
	const sixMonths = addMonths(input.serviceStart, MIN_SERVICE_MONTHS);
	if (input.separationDate >= sixMonths)
		steps.push(
			`Six months of continuous service were completed on ${formatDate(sixMonths)}, on or before the separation date ${formatDate(input.separationDate)}.`,
		);
	else {
		reasons.push(
			`Less than ${MIN_SERVICE_MONTHS} months of continuous service: six months would be completed on ${formatDate(sixMonths)}.`,
		);
		steps.push(reasons.at(-1) as string);
	}
	if (input.reason === 'death') {
		steps.push(
			'On death the lump sum is paid to the estate or other person entitled under the Probate Act; the re-employment condition does not apply.',
		);
	} else if (input.reemployedOn === undefined) {
		steps.push('No re-employment in State service is recorded.');
	} else {
		const gap = daysBetween(input.separationDate, input.reemployedOn);
		if (gap <= REEMPLOYMENT_WINDOW_DAYS) {
			reasons.push(
				`Employed in another State position ${gap} calendar day(s) after separation, within ${REEMPLOYMENT_WINDOW_DAYS}: no lump sum is paid.`,
			);
			steps.push(reasons.at(-1) as string);
		} else
			steps.push(
				`Re-employed ${gap} calendar days after separation, more than ${REEMPLOYMENT_WINDOW_DAYS}: the lump sum is still due.`,
			);
	}
	return { eligible: reasons.length === 0, reasons, steps };
}
