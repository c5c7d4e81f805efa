import { daysInMonth, isoDate, toDayNumber } from '../dates';
import { roundHours, hoursToDays } from './leave-units';
import { cite } from '../result';
import { monthlyHours, tierForMonth, type VacationTier } from './vacation-rates';
import type { WorkdayCalendar } from '../calendar/workday-calendar';

/**
 * Year-by-year vacation accrual and the forfeiture date of each year's accrual (§2.3 A), for parsed
 * input. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §2.3 A: a year's accrual is forfeited 24 months after that calendar year. */
export const FORFEITURE_CITATION = cite(
	'2.3',
	'vacation time that is not used within 24 months of the calendar year in which it is earned will be forfeited.',
	'2.3 A',
);
/** The reading of "within 24 months of the calendar year": 24 months after the year ends. */
export const FORFEITURE_READING =
	'"Within 24 months of the calendar year in which it is earned" is read as 24 months after that year ends: vacation earned in year Y can be used through December 31 of Y + 2 and is forfeited after it.';

/** §2.3 A: the half-month pay-status rule and the first-of-next-month rule. */
export const MONTH_EARNING_CITATION = cite(
	'2.3',
	'Employees must be in pay status at least one-half of the work days in a month to earn vacation for that month. Vacation earned in one month cannot be used until the first day of the following month.',
	'2.3 A',
);

/** The last day vacation earned in `year` may be used. @example lastDayToUse(2025) //=> '2027-12-31' */
export function lastDayToUse(year: number): string {
	return isoDate(year + 2, 12, 31);
}

/** Workdays of a calendar month, and how many of them fall on or after `from`.
 * @example monthWorkdays(2025, 6, '2025-06-16', createWorkdayCalendar()) //=> { total: 21, fromDate: 11 } */
export function monthWorkdays(
	year: number,
	month: number,
	from: string,
	calendar: WorkdayCalendar,
): { total: number; fromDate: number } {
	const first = toDayNumber(isoDate(year, month, 1));
	const fromNumber = toDayNumber(from);
	let total = 0;
	let fromDate = 0;
	for (let day = first; day < first + daysInMonth(year, month); day += 1) {
		if (!calendar.isWorkdayNumber(day)) continue;
		total += 1;
		if (day >= fromNumber) fromDate += 1;
	}
	return { total, fromDate };
}

/** One calendar year of a projection. */
export interface VacationYearRow {
	year: number;
	/** Months that earn (in pay status at least half their workdays, counted from the service date). */
	monthsEarning: number;
	/** The rates applied and for how many months each. */
	rates: { daysPerYear: number; months: number }[];
	hoursEarned: number;
	daysEarned: number;
	/** The last day this year's accrual may be used. */
	lastDayToUse: string;
}

/**
 * Accrual of one calendar year, assuming pay status on every workday from the service date and the
 * same part-time fraction all year.
 * @example projectVacationYear('2010-01-04', 2025, 1, createWorkdayCalendar()).hoursEarned //=> 150 (20 days) */
export function projectVacationYear(
	serviceStart: string,
	year: number,
	fraction: number,
	calendar: WorkdayCalendar,
): VacationYearRow {
	const rates = new Map<VacationTier, number>();
	let hours = 0;
	let monthsEarning = 0;
	for (let month = 1; month <= 12; month += 1) {
		const monthStart = isoDate(year, month, 1);
		const monthEnd = isoDate(year, month, daysInMonth(year, month));
		if (monthEnd < serviceStart) continue;
		// Only the month of the service date can fall short of half its workdays (pay status assumed).
		if (monthStart < serviceStart) {
			const { total, fromDate } = monthWorkdays(year, month, serviceStart, calendar);
			if (fromDate * 2 < total) continue;
		}
		const tier = tierForMonth(serviceStart, monthStart);
		rates.set(tier, (rates.get(tier) ?? 0) + 1);
		hours += monthlyHours(tier) * fraction;
		monthsEarning += 1;
	}
	const hoursEarned = roundHours(hours);
	return {
		year,
		monthsEarning,
		rates: [...rates].map(([tier, months]) => ({ daysPerYear: tier.daysPerYear, months })),
		hoursEarned,
		daysEarned: hoursToDays(hoursEarned),
		lastDayToUse: lastDayToUse(year),
	};
}
