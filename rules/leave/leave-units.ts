import { z } from '../zod-mini';
import { cite, type Citation, type NotApplicable } from '../result';

/**
 * Units shared by the leave rules (vacation, sick, personal, time use, comp time): the 7.5-hour
 * workday, day ↔ hour conversion, and the explicit "not applicable" result.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §2.1 A: a full-time workday is 7.5 hours. */
export const HOURS_PER_WORKDAY = 7.5;
/** §2.1 A: the decisive words for the 7.5-hour day. */
export const WORKDAY_HOURS_CITATION = cite(
	'2.1',
	'Each full-time employee is accountable for a 37.5 hour work week, and … a 7.5 hour workday.',
);

/** Days to hours on the 7.5-hour day. @example daysToHours(3) //=> 22.5 */
export function daysToHours(days: number): number {
	return days * HOURS_PER_WORKDAY;
}

/** Hours to days on the 7.5-hour day, rounded to 4 decimals for display. @example hoursToDays(6.25) //=> 0.8333 */
export function hoursToDays(hours: number): number {
	return Math.round((hours / HOURS_PER_WORKDAY) * 10_000) / 10_000;
}

/** Rounds hours to 4 decimals so sums of monthly rates print cleanly. @example roundHours(0.1 + 0.2) //=> 0.3 */
export function roundHours(hours: number): number {
	return Math.round(hours * 10_000) / 10_000;
}

/** A whole-cents amount: integer, 0 or more. */
export const CentsSchema = z.number({ error: 'expected an amount in cents' }).check(
	z.int({ error: (issue) => `expected a whole number of cents, got ${String(issue.input)}` }),
	z.gte(0, { error: (issue) => `expected 0 or more cents, got ${String(issue.input)}` }),
	z.lte(100_000_000_00, {
		error: (issue) => `expected at most 10,000,000,000 cents, got ${String(issue.input)}`,
	}),
);

/** A number of hours, 0 or more, at most `max`. @example hoursSchema(30).parse(7.5) //=> 7.5 */
export function hoursSchema(max: number) {
	return z
		.number({ error: 'expected a number of hours' })
		.check(
			z.refine(Number.isFinite, { error: 'expected a finite number of hours' }),
			z.gte(0, { error: (issue) => `expected 0 or more hours, got ${String(issue.input)}` }),
			z.lte(max, { error: (issue) => `expected at most ${max} hours, got ${String(issue.input)}` }),
		);
}

/** Builds the explicit "this rule does not apply" result.
 * @example notApplicable('Top tier.', 'No next tier after 25 years.', [], []).kind //=> 'not-applicable' */
export function notApplicable(
	reason: string,
	rule: string,
	steps: string[],
	citations: Citation[],
): NotApplicable {
	return { kind: 'not-applicable', reason, rule, steps, citations };
}

/** A bargaining-unit code as "RC-" and digits ("RC-23", "RC-62"); absent when none or unknown. */
export const BargainingUnitSchema = z
	.string({ error: 'expected a bargaining unit such as "RC-23"' })
	.check(
		z.trim(),
		z.toUpperCase(),
		z.regex(/^RC-\d{1,3}$/, {
			error: (issue) =>
				`expected a bargaining unit such as "RC-23", got ${JSON.stringify(issue.input)}`,
		}),
	);
