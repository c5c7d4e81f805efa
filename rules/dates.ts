import { z } from 'zod';

/**
 * ISO calendar-date arithmetic on `YYYY-MM-DD` strings. Dates never become local-time `Date` objects,
 * so no result drifts with the time zone of the browser or server: internally a date is a day number
 * (days since 1970-01-01) computed with Date.UTC. date-fns and friends work on local `Date` values,
 * which is the drift this module exists to avoid, and Temporal's polyfill weighs ~50 kB for the
 * dozen functions needed here.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Date.UTC with a month 0–11; Date.UTC alone maps years 0–99 to 1900–1999, so the year is set apart. */
function utcMs(year: number, month0: number, day: number): number {
	const d = new Date(0);
	d.setUTCFullYear(year, month0, day);
	return d.getTime();
}

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** zod schema for a calendar date as `YYYY-MM-DD`, with an "expected …, got …" message. */
export const IsoDateSchema = z.string({ error: 'expected a date as YYYY-MM-DD' }).refine(isIsoDate, {
	error: (issue) => `expected a date as YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});

/** zod schema for a time of day as `HH:MM` (24-hour clock). */
export const IsoTimeSchema = z
	.string({ error: 'expected a time as HH:MM' })
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: (issue) => `expected a time as HH:MM (24-hour), got ${JSON.stringify(issue.input)}` });

/** Days in a month (1–12) of a year, leap years included. @example daysInMonth(2024, 2) //=> 29 */
export function daysInMonth(year: number, month: number): number {
	return new Date(utcMs(year, month, 0)).getUTCDate();
}

/** The day number (days since 1970-01-01) of an ISO date. @example toDayNumber('1970-01-02') //=> 1 */
export function toDayNumber(iso: string): number {
	const m = ISO_DATE.exec(iso);
	if (!m || !isIsoDate(iso)) throw new RangeError(`Invalid ISO date: ${JSON.stringify(iso)}`);
	return utcMs(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** The ISO date of a day number. @example fromDayNumber(0) //=> '1970-01-01' */
export function fromDayNumber(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Builds an ISO date from parts (month 1–12). @example isoDate(2025, 7, 4) //=> '2025-07-04' */
export function isoDate(year: number, month: number, day: number): string {
	return fromDayNumber(utcMs(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month (1–12) and day of an ISO date. */
export function dateParts(iso: string): { year: number; month: number; day: number } {
	toDayNumber(iso);
	return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
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

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A date for people to read. @example formatDate('2025-11-27') //=> 'Thursday, November 27, 2025' */
export function formatDate(iso: string): string {
	const { year, month, day } = dateParts(iso);
	return `${WEEKDAY_NAMES[dayOfWeek(iso)]}, ${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}
