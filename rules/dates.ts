import { z } from './zod-mini';

/**
 * ISO calendar-date arithmetic on `YYYY-MM-DD` strings. Dates never become local-time `Date` objects,
 * so no result drifts with the time zone of the browser or server: internally a date is a day number
 * (days since 1970-01-01) computed with integer arithmetic. date-fns and friends work on local `Date` values,
 * which is the drift this module exists to avoid, and Temporal's polyfill weighs ~50 kB for the
 * dozen functions needed here.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Gregorian leap year. */
function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Integer day-number conversions (H. Hinnant's days_from_civil / civil_from_days): no Date objects,
// so they are exact for every year (Date.UTC maps years 0–99 to 1900–1999) and ~20× faster, which
// matters for rules that walk every day of many months.
function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
	const z = Math.floor(dayNumber) + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const month = mp < 10 ? mp + 3 : mp - 9;
	return {
		year: yoe + era * 400 + (month <= 2 ? 1 : 0),
		month,
		day: doy - Math.floor((153 * mp + 2) / 5) + 1,
	};
}

/** Year, month, day of a real YYYY-MM-DD date, or null (a hand parser: rules parse dates in hot loops). */
function parseIso(value: string): [number, number, number] | null {
	if (typeof value !== 'string' || value.length !== 10 || !ISO_DATE.test(value)) return null;
	const y =
		(value.charCodeAt(0) - 48) * 1000 +
		(value.charCodeAt(1) - 48) * 100 +
		(value.charCodeAt(2) - 48) * 10 +
		(value.charCodeAt(3) - 48);
	const mo = (value.charCodeAt(5) - 48) * 10 + (value.charCodeAt(6) - 48);
	const d = (value.charCodeAt(8) - 48) * 10 + (value.charCodeAt(9) - 48);
	return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? [y, mo, d] : null;
}

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	return parseIso(value) !== null;
}

/** zod schema for a calendar date as `YYYY-MM-DD`, with an "expected …, got …" message. */
export const IsoDateSchema = z.string({ error: 'expected a date as YYYY-MM-DD' }).check(
	z.refine(isIsoDate, {
		error: (issue) => `expected a date as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
	}),
);

/** zod schema for a time of day as `HH:MM` (24-hour clock). */
export const IsoTimeSchema = z.string({ error: 'expected a time as HH:MM' }).check(
	z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
		error: (issue) => `expected a time as HH:MM (24-hour), got ${JSON.stringify(issue.input)}`,
	}),
);

/** Days in a month (1–12) of a year, leap years included. @example daysInMonth(2024, 2) //=> 29 */
export function daysInMonth(year: number, month: number): number {
	const normalized = ((((month - 1) % 12) + 12) % 12) + 1;
	const y = year + Math.floor((month - 1) / 12);
	return normalized === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[normalized - 1] as number);
}

/** The day number (days since 1970-01-01) of an ISO date. @example toDayNumber('1970-01-02') //=> 1 */
export function toDayNumber(iso: string): number {
	const parts = parseIso(iso);
	if (!parts) throw new RangeError(`Invalid ISO date: ${JSON.stringify(iso)}`);
	return daysFromCivil(parts[0], parts[1], parts[2]);
}

/** The ISO date of a day number. @example fromDayNumber(0) //=> '1970-01-01' */
export function fromDayNumber(day: number): string {
	const { year, month, day: d } = civilFromDays(day);
	// Outside 0000–9999 no YYYY-MM-DD exists; keep the old Date-based output rather than invent one.
	if (year < 0 || year > 9999) return new Date(day * 86_400_000).toISOString().slice(0, 10);
	return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${d < 10 ? '0' : ''}${d}`;
}

/** The day number of a date given by parts (month 1–12; out-of-range days and months roll over).
 * @example dayNumberOf(1970, 1, 2) //=> 1 */
export function dayNumberOf(year: number, month: number, day: number): number {
	const y = year + Math.floor((month - 1) / 12);
	const mo = ((((month - 1) % 12) + 12) % 12) + 1;
	return daysFromCivil(y, mo, 1) + day - 1;
}

/** Builds an ISO date from parts (month 1–12; a day or month out of range rolls over as in Date.UTC).
 * @example isoDate(2025, 7, 4) //=> '2025-07-04' */
export function isoDate(year: number, month: number, day: number): string {
	return fromDayNumber(dayNumberOf(year, month, day));
}

/** Year, month (1–12) and day of an ISO date. */
export function dateParts(iso: string): { year: number; month: number; day: number } {
	const parts = parseIso(iso);
	if (!parts) throw new RangeError(`Invalid ISO date: ${JSON.stringify(iso)}`);
	return { year: parts[0], month: parts[1], day: parts[2] };
}

/** Adds calendar days (negative to subtract). @example addDays('2024-02-28', 2) //=> '2024-03-01' */
export function addDays(iso: string, days: number): string {
	return fromDayNumber(toDayNumber(iso) + days);
}

/** Adds calendar months, clamping to the month's last day. @example addMonths('2024-01-31', 1) //=> '2024-02-29' */
export function addMonths(iso: string, months: number): string {
	const { year, month, day } = dateParts(iso);
	const index = year * 12 + (month - 1) + months;
	const y = Math.floor(index / 12);
	const mo = (index % 12) + 1;
	return isoDate(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** Adds whole years; Feb 29 becomes Feb 28 in a common year. @example addYears('2024-02-29', 1) //=> '2025-02-28' */
export function addYears(iso: string, years: number): string {
	return addMonths(iso, years * 12);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). @example daysBetween('2025-01-01', '2025-01-31') //=> 30 */
export function daysBetween(from: string, to: string): number {
	return toDayNumber(to) - toDayNumber(from);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. @example dayOfWeek('2025-11-27') //=> 4 */
export function dayOfWeek(iso: string): number {
	return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** Whether the date falls on a Saturday or Sunday. */
export function isWeekend(iso: string): boolean {
	const d = dayOfWeek(iso);
	return d === 0 || d === 6;
}

/** -1, 0 or 1 as `a` is before, equal to or after `b` (ISO strings compare as text). */
export function compareDates(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole years completed from `start` to `on` (an anniversary completes a year on the day itself; the
 * anniversary of February 29 in a common year is February 28, as in addYears, so the two agree).
 * @example completedYears('2020-03-15', '2025-03-15') //=> 5 */
export function completedYears(start: string, on: string): number {
	let years = dateParts(on).year - dateParts(start).year;
	if (addYears(start, years) > on) years -= 1;
	return years;
}

const WEEKDAY_NAMES = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
] as const;
const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** A date for people to read. @example formatDate('2025-11-27') //=> 'Thursday, November 27, 2025' */
export function formatDate(iso: string): string {
	const { year, month, day } = dateParts(iso);
	return `${WEEKDAY_NAMES[dayOfWeek(iso)]}, ${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}
