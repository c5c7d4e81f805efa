import { addYears, completedYears } from '../dates';
import { HOURS_PER_WORKDAY } from './leave-units';
import { cite, type Citation } from '../result';

/**
 * The §2.3 A vacation schedule as data, and the lookups the vacation rules walk: the tier on a date,
 * the next tier's date, and the rate a calendar month earns at. No input validation: callers parse.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §2.3 A: workdays earned per year by completed years of continuous service (`toYears` null = no upper bound). */
export const VACATION_TIERS = [
	{
		fromYears: 0,
		toYears: 5,
		daysPerYear: 10,
		cite: '2.3 A 1)',
		quote:
			'From the day of hire until the completion of 5 years of continuous service: 10 workdays per year.',
	},
	{
		fromYears: 5,
		toYears: 9,
		daysPerYear: 15,
		cite: '2.3 A 2)',
		quote:
			'From the completion of 5 years of continuous service until the completion of 9 years of continuous service: 15 workdays per year.',
	},
	{
		fromYears: 9,
		toYears: 14,
		daysPerYear: 17,
		cite: '2.3 A 3)',
		quote:
			'From the completion of 9 years of continuous service until the completion of 14 years of continuous service: 17 workdays per year.',
	},
	{
		fromYears: 14,
		toYears: 19,
		daysPerYear: 20,
		cite: '2.3 A 4)',
		quote:
			'From the completion of 14 years of continuous service until the completion of 19 years of continuous service: 20 workdays per year.',
	},
	{
		fromYears: 19,
		toYears: 25,
		daysPerYear: 22,
		cite: '2.3 A 5)',
		quote:
			'From the completion of 19 years of continuous service until the completion of 25 years of continuous service: 22 workdays per year.',
	},
	{
		fromYears: 25,
		toYears: null,
		daysPerYear: 25,
		cite: '2.3 A 6)',
		quote: 'Upon the completion of 25 years of continuous service: 25 workdays per year.',
	},
] as const;

/** One row of {@link VACATION_TIERS}. */
export type VacationTier = (typeof VACATION_TIERS)[number];

/** Months in a year: a year's rate is earned in twelve equal monthly parts. */
export const MONTHS_PER_YEAR = 12;

/**
 * How the month containing an anniversary earns (the handbook is silent; this is the reading chosen):
 * a month earns at the rate in effect on its first day, so the new rate starts with the month after the
 * anniversary, or with the anniversary month itself when the anniversary is the 1st.
 */
export const ANNIVERSARY_MONTH_READING =
	'A month earns at the rate in effect on its first day (for the month of hire, on the service date): the month containing an anniversary still earns at the old rate unless the anniversary is the 1st, and the new rate starts with the following month.';

/** The tier a number of completed years falls in. @example tierForYears(5).daysPerYear //=> 15 */
export function tierForYears(years: number): VacationTier {
	let found: VacationTier = VACATION_TIERS[0];
	for (const tier of VACATION_TIERS) if (years >= tier.fromYears) found = tier;
	return found;
}

/** The tier in effect on a date for a continuous-service date (the anniversary itself completes the year).
 * @example tierOn('2020-03-15', '2025-03-15') //=> { years: 5, tier: { daysPerYear: 15, … } } */
export function tierOn(serviceStart: string, on: string): { years: number; tier: VacationTier } {
	const years = completedYears(serviceStart, on);
	return { years, tier: tierForYears(years) };
}

/** The next tier and the anniversary it starts on, or null at the top tier.
 * @example nextTierAfter('2020-03-15', tierForYears(0))?.date //=> '2025-03-15' */
export function nextTierAfter(
	serviceStart: string,
	tier: VacationTier,
): { tier: VacationTier; date: string } | null {
	const next = VACATION_TIERS.find((t) => t.fromYears > tier.fromYears);
	return next ? { tier: next, date: addYears(serviceStart, next.fromYears) } : null;
}

/** Hours earned per full month at a tier: days per year × 7.5 ÷ 12 (exact in binary: days × 0.625).
 * @example monthlyHours(tierForYears(0)) //=> 6.25 */
export function monthlyHours(tier: VacationTier): number {
	return (tier.daysPerYear * HOURS_PER_WORKDAY) / MONTHS_PER_YEAR;
}

/** The tier a calendar month (first day `monthStart`) earns at, under {@link ANNIVERSARY_MONTH_READING}.
 * @example tierForMonth('2020-03-15', '2025-03-01').daysPerYear //=> 10 (the anniversary month earns the old rate) */
export function tierForMonth(serviceStart: string, monthStart: string): VacationTier {
	return tierOn(serviceStart, monthStart > serviceStart ? monthStart : serviceStart).tier;
}

/** The citation of one tier row. @example tierCitation(tierForYears(25)).section //=> '2.3 A 6)' */
export function tierCitation(tier: VacationTier): Citation {
	return cite('2.3', tier.quote, tier.cite);
}

/** §2.3 A: the rate depends on continuous service, counted across breaks on written request. */
export const CONTINUOUS_SERVICE_CITATION = cite(
	'2.3',
	"Full-time employees earn vacation days at a rate based upon their length of continuous service. … previous service is counted as continuous with current service upon the employee's documented, written request.",
	'2.3 A',
);
