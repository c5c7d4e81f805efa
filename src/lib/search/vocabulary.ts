import { REPORTING_CATALOG } from '@rules/reporting/catalog';
import { CALCULATORS } from '../calculators';
import { COLLECTIONS, pageHref, pageLabel, type NavPage } from '../nav';
import { SEARCH_ALIASES } from './aliases';
import type { VocabularyEntry } from './match';

/** A content page with its Markdown body, which the glossaries' terms are read from. */
export type PageWithBody = NavPage & { body?: string | undefined };

/**
 * The terms a definitions page defines, in either of the documents' styles: "**AFSCME** - …" (§5.8)
 * or "\"Abducted\" means …" (331.30). Parentheses go: "Compensatory Time Off (i.e., comp time)" →
 * "Compensatory Time Off" and "comp time" separately.
 */
export function glossaryTerms(body: string): string[] {
	const raw = [...body.matchAll(/^\*\*([^*]+)\*\*/gm), ...body.matchAll(/^"([^"]+)" (?:means|is|refers)/gm)].map((m) => m[1]!);
	return [...new Set(raw.flatMap((term) => {
		const inner = term.match(/\((?:i\.e\.,?|or|also)?\s*"?([^)"]+)"?\)/)?.[1];
		return [term.replace(/\(.*?\)/g, '').replace(/[:\s]+$/, '').trim(), ...(inner ? [inner.trim()] : [])].filter(Boolean);
	}))];
}

/**
 * The search vocabulary (build time): every page by its title, every calculator, every reporting
 * event by its name and the catalog's other names, then the employees' aliases merged onto their
 * targets, then the terms the definitions pages (§5.8, 331.30) define. An alias whose target is not among them throws, so a typo in aliases.ts fails the build.
 */
export function buildVocabulary(pages: readonly PageWithBody[]): VocabularyEntry[] {
	const entries: VocabularyEntry[] = [
		...pages.map((p) => ({ href: pageHref(p), title: pageLabel(p), kind: 'section' as const, label: COLLECTIONS[p.collection].label, phrases: [p.data.title], titles: 1, otherNames: 0, glossary: 0 })),
		// A calculator's title is also its section's ("Vacation"): only "… calculator" and the aliases name it.
		...CALCULATORS.map((c) => ({ href: `/tools/${c.name}/`, title: `${c.title} calculator`, kind: 'calculator' as const, label: 'Calculator', phrases: [`${c.title} calculator`], titles: 1, otherNames: 0, glossary: 0 })),
		...REPORTING_CATALOG.map((e) => ({ href: `/report/event/${e.id}/`, title: e.name, kind: 'event' as const, label: 'Reporting checklist', phrases: [e.name, ...e.aliases], titles: 1, otherNames: e.aliases.length, glossary: 0 })),
	];
	const byHref = new Map(entries.map((e) => [e.href, e]));
	for (const { href, aliases } of SEARCH_ALIASES) {
		const entry = byHref.get(href);
		if (!entry) throw new Error(`Search alias target ${href} is not a page, calculator or reporting event (src/lib/search/aliases.ts)`);
		entry.phrases.push(...aliases);
	}
	// The glossaries last: a term they define finds its definition, after any page that is about it.
	for (const page of pages) {
		if (!page.body || page.data.status === 'superseded' || !/definitions/i.test(page.data.title)) continue;
		const entry = byHref.get(pageHref(page))!;
		const terms = glossaryTerms(page.body);
		entry.phrases.push(...terms);
		entry.glossary = terms.length;
	}
	return entries;
}
