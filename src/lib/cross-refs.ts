/**
 * Finds references to other sections in running text ("See Section 3.4", "attachment 2.1b",
 * "Procedures 331.70", "Rule 437", "Section 437.40", "Policy Guide 96.7", "Administrative Procedures #16")
 * and resolves each to a site path. Pure: the caller supplies the index of known sections.
 */

/** Section index: normalized key → site path. Keys are lower-case ("2.3", "policy guide 96.7", "ap 16"). */
export type SectionIndex = ReadonlyMap<string, string>;

/** A run of text, or a reference that became a link. */
export type Segment = { text: string; href?: string };

// One alternation per way the documents write a reference; the number group is resolved below.
const REFERENCE =
	/\b(?:(Sections?|Procedures|Attachments?|Policy Guides?|Administrative Procedures?|Rule|Part)\s+(#?\s?\d+(?:[.-]\d+)*[a-z]?)(?![\w.]*\d)|(Sec\.)\s+(\d+-\d+(?:\.\d+)?))/gi;

/** Normalizes what the documents call a section to an index key. @example sectionKey('Policy Guide', '96.7') //=> 'policy guide 96.7' */
export function sectionKey(kind: string, number: string): string[] {
	const k = kind.toLowerCase().replace(/s$/, '');
	const n = number.replace(/^#\s?/, '').toLowerCase();
	switch (k) {
		case 'policy guide':
			return [`policy guide ${n}`];
		case 'administrative procedure':
			return [`administrative procedure ${n}`];
		case 'rule':
		case 'part':
			return n.includes('.') ? [`section ${n}`] : [`rule ${n}`];
		case 'attachment':
			// An attachment without a page of its own links to the section it belongs to ("2.1b" → "2.1").
			return [`section ${n}`, `section ${n.replace(/[a-z]$/, '')}`];
		case 'sec.':
			return [`section ${n}`];
		default:
			return [`section ${n}`];
	}
}

/**
 * Splits text into plain runs and resolved references; references with no known page stay text.
 * @example findCrossRefs('See Section 2.3.', new Map([['section 2.3', '/handbook/2-3-vacation/']]))
 * //=> [{ text: 'See ' }, { text: 'Section 2.3', href: '/handbook/2-3-vacation/' }, { text: '.' }]
 */
export function findCrossRefs(text: string, index: SectionIndex, selfPath?: string, scope?: string): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(REFERENCE)) {
		const kind = match[1] ?? match[3] ?? '';
		const number = match[2] ?? match[4] ?? '';
		// "Rule Section 331.20", "Rules 331, Section 331.20": the administrative rule, not the procedures page.
		if (/^sections?$/i.test(kind) && /\bRules?\s+(\d+,\s*)?$/i.test(text.slice(Math.max(0, match.index - 14), match.index))) continue;
		// Inside a document, its own sections come first (the 2001 procedure's "Section 331.30" is its own).
		const href = sectionKey(kind, number)
			.flatMap((key) => (scope ? [`${scope}|${key}`, key] : [key]))
			.map((key) => index.get(key))
			.find((h): h is string => h !== undefined);
		if (!href || href === selfPath) continue;
		const start = match.index;
		if (start > last) segments.push({ text: text.slice(last, start) });
		segments.push({ text: match[0], href });
		last = start + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}

/** A document's scope for its own references: the historical 2001 procedure keeps its section numbers to itself. */
export function scopeOfPath(path: string): string | undefined {
	return /^\/procedures\/(331-2001)\//.exec(path)?.[1];
}

/** The index keys a page answers to, from its frontmatter `section` value (scoped keys for a scoped document). */
export function keysForSection(section: string, scope?: string): string[] {
	if (scope) return keysForSection(section.replace(/\s*\(\d{4}\)$/, '')).map((k) => `${scope}|${k}`);
	const s = section.trim().toLowerCase().replace(/^section\s+/, '');
	const keys = [`section ${s}`];
	const pg = /^policy guide\s+(.+)$/.exec(s);
	if (pg) keys.push(`policy guide ${pg[1]}`);
	const ap = /^(?:administrative procedures?|ap)\s*#?\s*(\d+)$/.exec(s);
	if (ap) keys.push(`administrative procedure ${ap[1]}`);
	const rule = /^rule\s+(\d+)$/.exec(s);
	if (rule) keys.push(`rule ${rule[1]}`);
	const procedures = /^procedures\s+(\d+)$/.exec(s);
	if (procedures) keys.push(`section ${procedures[1]}`);
	return keys;
}
