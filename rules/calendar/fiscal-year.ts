import { dateParts, isoDate } from '../dates';

/** The State fiscal year: the one year that comp time (§2.6) and the gift ban's annual totals count in. */

/** The State fiscal year starts July 1 (month 7) and ends June 30; it is named by the year it ends in. */
export const FISCAL_YEAR_START_MONTH = 7;

/** The fiscal year containing a date, named by the calendar year it ends in.
 * @example fiscalYearOf('2025-09-10') //=> { name: 'FY2026', start: '2025-07-01', end: '2026-06-30', endYear: 2026 } */
export function fiscalYearOf(iso: string): {
	name: string;
	start: string;
	end: string;
	endYear: number;
} {
	const { year, month } = dateParts(iso);
	const endYear = month >= FISCAL_YEAR_START_MONTH ? year + 1 : year;
	return {
		name: `FY${endYear}`,
		start: isoDate(endYear - 1, FISCAL_YEAR_START_MONTH, 1),
		end: isoDate(endYear, 6, 30),
		endYear,
	};
}
