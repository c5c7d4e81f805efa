import { citationHref, type SectionKey } from './citations';

/** Where a rule comes from: the section, a short quote of the decisive words, and the page link. */
export interface Citation {
	/** Section key as printed: "2.3", "Rule 437.40(i)", "Ethics Act 10-15", "331.70". */
	section: string;
	/** The decisive words, quoted (shortened with … where needed). */
	quote: string;
	/** Site path of the section, with an anchor where the page has one. */
	href: string;
}

/** What every rule result carries besides its values: the rule applied, the steps taken and the sources. */
export interface Explanation {
	/** One sentence: the rule that decided the result. */
	rule: string;
	/** The steps taken, in order, each a plain sentence with the numbers used. */
	steps: string[];
	/** At least one citation. */
	citations: Citation[];
}

/** Builds a citation from a known section key; the href comes from the one table in citations.ts.
 * @example cite('2.3', 'Full-time employees earn vacation…') //=> { section: '2.3', quote: '…', href: '/handbook/2-3-vacation/' }
 */
export function cite(section: SectionKey, quote: string, label?: string): Citation {
	return { section: label ?? section, quote, href: citationHref(section) };
}

/** An explicit "this rule does not apply" result: never 0, NaN or undefined in its place. */
export interface NotApplicable extends Explanation {
	kind: 'not-applicable';
	reason: string;
}
