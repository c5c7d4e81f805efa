import type { Edition } from './edition-file';
import type { EditionsData, PageHistory, PageVersion } from './store';

/** What changed between two editions, per collection: pages added, removed and changed. Pure. */

export interface PageChange {
	page: PageHistory;
	from?: PageVersion | undefined;
	to?: PageVersion | undefined;
}
export interface CollectionChanges {
	collection: string;
	added: PageChange[];
	removed: PageChange[];
	changed: PageChange[];
}

/** The version of a page in an edition, or undefined where the edition does not have the page. */
export function versionIn(page: PageHistory, editionId: string): PageVersion | undefined {
	return page.versions.find((v) => v.editions.includes(editionId));
}

export function findEdition(data: Pick<EditionsData, 'editions'>, id: string): Edition | undefined {
	return data.editions.find((e) => e.id === id);
}

/** "2026-12...2027-01" → both editions, or undefined when either is unknown or the form is wrong. */
export function parseRange(data: Pick<EditionsData, 'editions'>, range: string): { from: Edition; to: Edition } | undefined {
	const [fromId, toId, extra] = range.split('...');
	if (!fromId || !toId || extra !== undefined) return undefined;
	const from = findEdition(data, fromId);
	const to = findEdition(data, toId);
	return from && to ? { from, to } : undefined;
}

export function rangeHref(fromId: string, toId: string): string {
	return `/changes/${fromId}...${toId}/`;
}

const COLLECTION_ORDER = ['handbook', 'ethics', 'procedures'];

export function compareEditions(data: Pick<EditionsData, 'pages'>, fromId: string, toId: string): CollectionChanges[] {
	const out = new Map<string, CollectionChanges>();
	const group = (collection: string) => {
		let g = out.get(collection);
		if (!g) out.set(collection, (g = { collection, added: [], removed: [], changed: [] }));
		return g;
	};
	for (const page of data.pages) {
		const from = versionIn(page, fromId);
		const to = versionIn(page, toId);
		if (!from && to) group(page.collection).added.push({ page, to });
		else if (from && !to) group(page.collection).removed.push({ page, from });
		else if (from && to && from.hash !== to.hash) group(page.collection).changed.push({ page, from, to });
	}
	return [...out.values()].sort((a, b) => COLLECTION_ORDER.indexOf(a.collection) - COLLECTION_ORDER.indexOf(b.collection));
}

/** "2.3 Vacation", or the title alone. */
export function versionLabel(v: Pick<PageVersion, 'title' | 'section'>): string {
	return v.section && !v.title.startsWith(v.section) ? `${v.section} ${v.title}` : v.title;
}
