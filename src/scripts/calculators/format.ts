import { formatDate } from '@rules/dates';
import { formatCents } from '@rules/money';

/**
 * Number and date wording shared by the calculators' plain-words answers.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** Whole cents as dollars (the rules' own wording). @example dollars(7500) //=> '$75.00' */
export const dollars = formatCents;

/** Hours with two decimals, as the handbook's tables print them. @example hours(15) //=> '15.00 hours' */
export function hours(value: number): string {
	return `${value.toFixed(2)} hours`;
}

/** Days without trailing zeros. @example days(1.25) //=> '1.25 days' */
export function days(value: number): string {
	return `${Number(value.toFixed(4))} ${value === 1 ? 'day' : 'days'}`;
}

/** A count with its noun. @example count(2, 'occurrence') //=> '2 occurrences' */
export function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** An ISO date for people. @example day('2025-11-27') //=> 'Thursday, November 27, 2025' */
export function day(iso: string): string {
	return formatDate(iso);
}
