import type { Citation } from '../result';

/**
 * The record for the file of a pre-disciplinary meeting, as plain data: each discipline rule builds
 * it from its own result, the calculator page prints it on one page and the JSON API returns it.
 * It never holds the employee's name: the page prints a name typed for the printout only.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** One occurrence or offense day as the record lists it. */
export interface RecordOccurrence {
	date: string;
	/** How it was counted ("occurrence 2", "offenses 5 and 6, no call-in"). */
	countedAs: string;
	step: number;
	action: string;
	/** When it stops counting toward a later step, in words. */
	stopsCounting: string;
}

/** The decision and its penalty. */
export interface RecordDecision {
	/** The step reached, or null when nothing counts in the current progression. */
	step: number | null;
	action: string;
	/** Suspension days served without pay. */
	unpaidDays: number;
	/** Suspension days noticed but not served ("paper"). */
	paperDays: number;
	/** Whether and how benefit time may replace unpaid days, in the agreement's terms. */
	benefitTime: string;
}

/** One page for the file. */
export interface DisciplineRecord {
	/** "Court attendance discipline". */
	title: string;
	/** The governing text, e.g. "Handbook 3.3 and the Court Attendance Memorandum of Understanding". */
	policy: string;
	/** Site path of the handbook section. */
	href: string;
	asOf: string;
	decision: RecordDecision;
	/** What the next occurrence would bring. */
	next: string;
	occurrences: RecordOccurrence[];
	/** Excused days, days awaiting management, the standing entered, a discharge run. */
	notes: string[];
	/** The paragraphs applied, quoted, with their labels. */
	quotes: { label: string; quote: string }[];
}

/** The quoted paragraphs of a result's citations, each once, in citation order. */
export function recordQuotes(citations: readonly Citation[]): DisciplineRecord['quotes'] {
	const seen = new Set<string>();
	return citations.flatMap((c) => {
		const key = `${c.section}\n${c.quote}`;
		if (seen.has(key)) return [];
		seen.add(key);
		return [{ label: c.section, quote: c.quote }];
	});
}
