import { z } from '../zod-mini';
import { addMonths, daysInMonth, isoDate } from '../dates';
import { fail, parseInput } from '../errors';
import { FIRST_YEAR, HolidayOptionsSchema, LAST_YEAR } from '../calendar/holidays';
import { hoursToDays, roundHours, WORKDAY_HOURS_CITATION } from './leave-units';
import type { Explanation } from '../result';
import { MONTH_EARNING_CITATION, monthWorkdays } from './vacation-projection';
import {
	ANNIVERSARY_MONTH_READING,
	monthlyHours,
	tierCitation,
	tierForMonth,
} from './vacation-rates';
import { CalendarDateSchema, createWorkdayCalendar, workdayCitations } from '../calendar/workday-calendar';

/**
 * Does one month earn vacation (§2.3 A: in pay status at least one-half of its workdays), how much,
 * and from when it can be used. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** A calendar month as YYYY-MM within the supported years. */
export const IsoMonthSchema = z.string({ error: 'expected a month as YYYY-MM' }).check(
	z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
		error: (issue) => `expected a month as YYYY-MM, got ${JSON.stringify(issue.input)}`,
	}),
	z.refine((m) => Number(m.slice(0, 4)) >= FIRST_YEAR && Number(m.slice(0, 4)) <= LAST_YEAR, {
		error: (issue) =>
			`expected a month from ${FIRST_YEAR}-01 to ${LAST_YEAR}-12, got ${JSON.stringify(issue.input)}`,
	}),
);

/** Input of {@link vacationMonth}. */
export const VacationMonthInputSchema = z.object({
	/** The calendar month, YYYY-MM. */
	month: IsoMonthSchema,
	/** Continuous-service date (sets the rate). */
	serviceStart: CalendarDateSchema,
	/** Workdays of the month the employee was in pay status (worked or on paid leave). */
	workdaysInPayStatus: z
		.number({ error: 'expected a number of workdays' })
		.check(
			z.int({
				error: (issue) => `expected a whole number of workdays, got ${String(issue.input)}`,
			}),
			z.gte(0, { error: (issue) => `expected 0 or more workdays, got ${String(issue.input)}` }),
		),
	/** Election and proclaimed days (they change the month's workdays). */
	holidays: z.optional(HolidayOptionsSchema),
});
export type VacationMonthInput = z.infer<typeof VacationMonthInputSchema>;

/** Whether a month earns vacation, and what. */
export interface VacationMonthResult extends Explanation {
	kind: 'vacation-month';
	month: string;
	earns: boolean;
	/** State workdays of the month (Monday–Friday less observed holidays). */
	workdaysInMonth: number;
	/** Pay-status workdays needed: at least half of the month's workdays. */
	workdaysNeeded: number;
	/** Earned this month (0 when the month does not earn), full-time rate. */
	hoursEarned: number;
	daysEarned: number;
	/** The rate the month earns at, in days per year. */
	daysPerYear: number;
	/** The first day the month's vacation can be used (the first of the next month). */
	usableFrom: string;
}

/**
 * Whether a month earns vacation: in pay status at least one-half of its workdays (§2.3 A).
 * @example vacationMonth({ month: '2025-06', serviceStart: '2015-01-05', workdaysInPayStatus: 11 })
 * //=> { earns: true, workdaysInMonth: 21, workdaysNeeded: 10.5, hoursEarned: 9.375, usableFrom: '2025-07-01', … }
 */
export function vacationMonth(raw: unknown): VacationMonthResult {
	const input = parseInput(VacationMonthInputSchema, raw, 'vacation month');
	const [year, month] = [Number(input.month.slice(0, 4)), Number(input.month.slice(5, 7))];
	const monthStart = isoDate(year, month, 1);
	if (isoDate(year, month, daysInMonth(year, month)) < input.serviceStart)
		fail(
			'vacation month',
			'month',
			`expected a month on or after the service date ${input.serviceStart}, got "${input.month}"`,
		);
	const calendar = createWorkdayCalendar(input.holidays);
	const { total } = monthWorkdays(year, month, monthStart, calendar);
	if (input.workdaysInPayStatus > total)
		fail(
			'vacation month',
			'workdaysInPayStatus',
			`expected at most the ${total} workdays of ${input.month}, got ${input.workdaysInPayStatus}`,
		);
	const earns = input.workdaysInPayStatus * 2 >= total;
	const tier = tierForMonth(input.serviceStart, monthStart);
	const hoursEarned = earns ? roundHours(monthlyHours(tier)) : 0;
	const usableFrom = addMonths(monthStart, 1);
	return {
		kind: 'vacation-month',
		month: input.month,
		earns,
		workdaysInMonth: total,
		workdaysNeeded: total / 2,
		hoursEarned,
		daysEarned: hoursToDays(hoursEarned),
		daysPerYear: tier.daysPerYear,
		usableFrom,
		rule: 'A month earns one twelfth of the yearly rate when the employee is in pay status at least one-half of its workdays; it can be used from the first day of the next month.',
		steps: [
			`${input.month} has ${total} State workdays (Monday–Friday, less observed holidays); half is ${total / 2}.`,
			`In pay status ${input.workdaysInPayStatus} workday(s): ${earns ? `at least ${total / 2}, so the month earns` : `less than ${total / 2}, so the month earns nothing`}.`,
			`Rate: ${tier.daysPerYear} days per year, the rate in effect on the month's first day → ${roundHours(monthlyHours(tier))} hours a month. ${ANNIVERSARY_MONTH_READING}`,
			earns
				? `Earned ${hoursEarned} hours (${hoursToDays(hoursEarned)} days), usable from ${usableFrom}.`
				: 'Nothing is earned for this month.',
		],
		citations: [
			MONTH_EARNING_CITATION,
			tierCitation(tier),
			WORKDAY_HOURS_CITATION,
			...workdayCitations(input.holidays),
		],
	};
}
