/**
 * Pure helpers of the search page: recognising section and form numbers in a query, so "2.3",
 * "§ 331.70" or "CFS-728" go straight to their page whatever the full-text index makes of the punctuation.
 */

/** A page as listed in /search/sections.json. */
export interface SectionRow {
	section: string;
	title: string;
	summary: string;
	href: string;
	collection: string;
	forms: string[];
	historical: boolean;
}

/** Normalizes a form number for comparison: "CFS-728", "cfs 728" and "CFS728" → "cfs728". */
export function normalizeFormNumber(value: string): string {
	return value.toLowerCase().replace(/[\s\-–.]+/g, '');
}

/** Normalizes a section query: "§2.3", "Section 2.3" → "2.3"; "Procedures 331.70" → "331.70". */
export function normalizeSectionQuery(query: string): string {
	return query
		.trim()
		.toLowerCase()
		.replace(/^(§+|section|sec\.|procedures|rule|policy guide)\s*/, '')
		.trim();
}

/**
 * The pages whose section or form number the query names exactly: section matches first, then the
 * pages that carry the form, the form itself before pages that only mention it (a title with "form" in
 * it, fewer forms listed), current pages before historical ones.
 * @example exactMatches('331.70', rows) //=> [{ section: '331.70', … }]
 */
export function exactMatches(query: string, rows: readonly SectionRow[]): SectionRow[] {
	const q = normalizeSectionQuery(query);
	if (!q || !/\d/.test(q)) return [];
	const form = normalizeFormNumber(query);
	const bySection = rows.filter((r) => r.section.toLowerCase() === q || r.section.toLowerCase().replace(/^section\s+/, '') === q);
	const byForm = rows.filter((r) => !bySection.includes(r) && r.forms.some((f) => normalizeFormNumber(f) === form));
	const rank = (r: SectionRow) => [Number(r.historical), Number(!/\bform\b/i.test(r.title)), r.forms.length];
	const compare = (a: SectionRow, b: SectionRow) => {
		const [ra, rb] = [rank(a), rank(b)];
		return ra.reduce((d, x, i) => d || x - rb[i]!, 0);
	};
	return [...bySection.sort(compare), ...byForm.sort(compare)];
}

/**
 * Variants of a query for the full-text index, best first: amounts lose their currency sign and
 * thousands separators ("$1,000" → "1000", which is how the index holds them), and form numbers
 * are also tried with a space ("CFS-728" → "CFS 728").
 * @example queryVariants('food $75') //=> ['food 75']
 */
export function queryVariants(query: string): string[] {
	const plain = query.replace(/\$\s?(\d[\d,]*)/g, (_m, n: string) => n.replace(/,/g, ''));
	const spaced = plain.replace(/\b([A-Za-z]{2,5})[-–]?(\d{2,5})\b/g, '$1 $2');
	return [...new Set([plain, spaced])];
}
