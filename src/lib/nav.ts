import type { PageFrontmatter } from './content-schema';

/** The three collections, with their labels and landing paths. */
export const COLLECTIONS = {
	handbook: { label: 'Employee Handbook', path: '/handbook/' },
	ethics: { label: 'Ethics & Conduct', path: '/ethics/' },
	procedures: { label: 'Procedures', path: '/procedures/' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** A content page as navigation sees it: plain data, so this module is testable without Astro. */
export interface NavPage {
	collection: CollectionName;
	id: string;
	data: PageFrontmatter;
}

/** A link with its label, for breadcrumbs, sidebars and previous/next. */
export interface NavLink {
	href: string;
	label: string;
}

/** The site path of a page. @example pageHref({ collection: 'handbook', id: '2-3-vacation' }) //=> '/handbook/2-3-vacation/' */
export function pageHref(page: Pick<NavPage, 'collection' | 'id'>): string {
	return `/${page.collection}/${page.id}/`;
}

/** "2.3 Vacation", or the bare title for unnumbered pages. */
export function pageLabel(page: NavPage): string {
	const { section, title } = page.data;
	return section && !title.startsWith(section) ? `${section} ${title}` : title;
}

/** Which document a page belongs to: each procedures folder is its own document; handbook and ethics are one each. */
export function documentKey(page: Pick<NavPage, 'collection' | 'id'>): string {
	if (page.collection !== 'procedures') return page.collection;
	return page.id.split('/')[0] ?? page.id;
}

/** The id of a page's parent (child pages live in their section's folder), or undefined at top level. */
export function parentId(page: Pick<NavPage, 'collection' | 'id'>): string | undefined {
	const parts = page.id.split('/');
	const depth = page.collection === 'procedures' ? 2 : 1;
	return parts.length > depth ? parts.slice(0, -1).join('/') : undefined;
}

/** Pages in reading order: by `order`, then id. */
export function sortPages<T extends NavPage>(pages: readonly T[]): T[] {
	return [...pages].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** One part (chapter, subpart) of a document with its top-level pages. */
export interface NavPart {
	part: string;
	pages: NavPage[];
}

/** The parts of one document, in reading order, each with its top-level pages (children excluded). */
export function documentParts(pages: readonly NavPage[], docKey: string): NavPart[] {
	const parts = new Map<string, NavPage[]>();
	for (const page of sortPages(pages)) {
		if (documentKey(page) !== docKey || parentId(page) !== undefined) continue;
		const list = parts.get(page.data.part) ?? [];
		list.push(page);
		parts.set(page.data.part, list);
	}
	return [...parts].map(([part, list]) => ({ part, pages: list }));
}

/** The child pages (attachments, policy guides) of a page, in order. */
export function childPages(pages: readonly NavPage[], page: NavPage): NavPage[] {
	return sortPages(pages.filter((p) => p.collection === page.collection && parentId(p) === page.id));
}

/** Previous and next page of the same document in reading order (children included, after their parent). */
export function prevNext(pages: readonly NavPage[], page: NavPage): { prev?: NavLink; next?: NavLink } {
	const doc = sortPages(pages.filter((p) => p.collection === page.collection && documentKey(p) === documentKey(page)));
	const i = doc.findIndex((p) => p.id === page.id);
	const link = (p: NavPage | undefined): NavLink | undefined =>
		p ? { href: pageHref(p), label: pageLabel(p) } : undefined;
	const result: { prev?: NavLink; next?: NavLink } = {};
	const prev = link(doc[i - 1]);
	const next = link(doc[i + 1]);
	if (prev) result.prev = prev;
	if (next) result.next = next;
	return result;
}

/** Home › collection › document › parent section: the trail above a page (the page itself excluded). */
export function breadcrumbs(pages: readonly NavPage[], page: NavPage): NavLink[] {
	const trail: NavLink[] = [{ href: '/', label: 'Home' }];
	const col = COLLECTIONS[page.collection];
	trail.push({ href: col.path, label: col.label });
	const byId = new Map(pages.filter((p) => p.collection === page.collection).map((p) => [p.id, p]));
	const ancestors: NavLink[] = [];
	let id = parentId(page);
	while (id) {
		const parent = byId.get(id);
		if (parent) ancestors.unshift({ href: pageHref(parent), label: pageLabel(parent) });
		id = parent ? parentId(parent) : undefined;
	}
	if (page.collection === 'procedures' && page.id.includes('/')) {
		const docIndex = byId.get(documentKey(page));
		if (docIndex && docIndex.id !== page.id && !ancestors.some((a) => a.href === pageHref(docIndex))) {
			ancestors.unshift({ href: pageHref(docIndex), label: docIndex.data.title });
		}
	}
	return [...trail, ...ancestors];
}

/**
 * Every page of a collection in reading order, as one printed document has them: document by
 * document (current documents first, as the landing page lists them), each in `order`, with its
 * attachments after their section.
 */
export function readingOrder<T extends NavPage>(pages: readonly T[], collection: CollectionName): T[] {
	const mine = pages.filter((p) => p.collection === collection);
	const current = (key: string) => (mine.find((p) => documentKey(p) === key)?.data.status ?? 'current') === 'current';
	const docs = [...new Set(mine.map(documentKey))].sort((a, b) => Number(current(b)) - Number(current(a)));
	return docs.flatMap((key) => sortPages(mine.filter((p) => documentKey(p) === key)));
}
