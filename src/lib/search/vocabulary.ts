import { REPORTING_CATALOG } from '@rules/reporting/catalog';
import { CALCULATORS } from '../calculators';
import { COLLECTIONS, pageHref, pageLabel, type NavPage } from '../nav';
import { SEARCH_ALIASES } from './aliases';
import type { VocabularyEntry } from './match';

/**
 * The search vocabulary (build time): every page by its title, every calculator, every reporting
 * event by its name and the catalog's other names, then the employees' aliases merged onto their
 * targets. An alias whose target is not among them throws, so a typo in aliases.ts fails the build.
 */
export function buildVocabulary(pages: readonly NavPage[]): VocabularyEntry[] {
	const entries: VocabularyEntry[] = [
		...pages.map((p) => ({ href: pageHref(p), title: pageLabel(p), kind: 'section' as const, label: COLLECTIONS[p.collection].label, phrases: [p.data.title], titles: 1, otherNames: 0 })),
		// A calculator's title is also its section's ("Vacation"): only "… calculator" and the aliases name it.
		...CALCULATORS.map((c) => ({ href: `/tools/${c.name}/`, title: `${c.title} calculator`, kind: 'calculator' as const, label: 'Calculator', phrases: [`${c.title} calculator`], titles: 1, otherNames: 0 })),
		...REPORTING_CATALOG.map((e) => ({ href: `/report/event/${e.id}/`, title: e.name, kind: 'event' as const, label: 'Reporting checklist', phrases: [e.name, ...e.aliases], titles: 1, otherNames: e.aliases.length })),
	];
	const byHref = new Map(entries.map((e) => [e.href, e]));
	for (const { href, aliases } of SEARCH_ALIASES) {
		const entry = byHref.get(href);
		if (!entry) throw new Error(`Search alias target ${href} is not a page, calculator or reporting event (src/lib/search/aliases.ts)`);
		entry.phrases.push(...aliases);
	}
	return entries;
}
