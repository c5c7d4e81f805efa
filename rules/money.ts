/**
 * Money as people read it. Rules compute in whole cents; steps and answers print dollars with the
 * same function, so an amount reads the same in the headline and in the reasoning.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** Whole cents as dollars. @example formatCents(189000) //=> '$1,890.00' */
export function formatCents(cents: number): string {
	return `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
