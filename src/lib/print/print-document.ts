import type { Edition } from '../editions/edition-file';
import { COLLECTIONS, type CollectionName } from '../nav';

/**
 * The dated printable edition (issue 11 §6): one document per collection, its PDF's file name,
 * and the print style sheet that gives every section its running header and every page the
 * edition and its date. Pure: the print page and `npm run edition:pdf` share it.
 */

export const PRINT_COLLECTIONS = Object.keys(COLLECTIONS) as CollectionName[];

/** A printed section: its anchor (also its named @page) and the label in its running header. */
export interface PrintedSection {
	anchor: string;
	label: string;
}

/** The anchor of a page in its collection's print document: "p-2-3-vacation". */
export const printAnchor = (id: string): string => `p-${id.replace(/[^a-z0-9]+/gi, '-')}`;

/** Where the print document of a collection is. */
export const printHref = (collection: CollectionName): string => `/print/${collection}/`;

/** "dcfs-employee-handbook-2026-12.pdf" */
export function pdfFileName(collection: CollectionName, editionId: string): string {
	const slug = COLLECTIONS[collection].label.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-');
	return `dcfs-${slug}-${editionId}.pdf`;
}

/** Longest running header that shares the line with the edition (US Letter, 8.5 pt). */
const RUNNING_LABEL_MAX = 72;
/** A section's label as its running header shows it: whole, or cut at a word with "…" (the number always stays). */
export function runningLabel(label: string): string {
	if (label.length <= RUNNING_LABEL_MAX) return label;
	const cut = label.slice(0, RUNNING_LABEL_MAX - 1);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:/-]+$/, '')}…`;
}

/** A CSS string literal (quotes, backslashes and line breaks escaped). */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\A ')}"`;

/**
 * The print style sheet of one document: US Letter; the footer of every page names the document,
 * the edition and its date, and numbers the page; each section is a named page whose header
 * carries its section number and title and the edition, so every section starts on a new page.
 */
export function printCss(collection: CollectionName, edition: Pick<Edition, 'id'>, dateText: string, sections: readonly PrintedSection[]): string {
	const footer = `${COLLECTIONS[collection].label} · Edition ${edition.id}, ${dateText}`;
	const rules = [
		`@page { size: Letter; margin: 22mm 18mm 20mm; @bottom-left { content: ${cssString(footer)}; font: 8.5pt sans-serif; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt sans-serif; } }`,
		`@page title { @top-left { content: none; } }`,
		...sections.map(
			(s) =>
				`@page ${s.anchor} { @top-left { content: ${cssString(runningLabel(s.label))}; font: 8.5pt sans-serif; } @top-right { content: ${cssString(`Edition ${edition.id}`)}; font: 8.5pt sans-serif; } }\n#${s.anchor} { page: ${s.anchor}; }`,
		),
	];
	return `${rules.join('\n')}\n`;
}

/** A content page as a cross-reference sees it. */
export interface RefPage {
	collection: CollectionName;
	id: string;
	section?: string | undefined;
	label: string;
}

/** Where a link of a printed section leads, and the section number printed after it. */
export interface CrossRef {
	href: string;
	/** "§ 2.3", or the page's label when it has no section number; undefined for links that are not to a policy page. */
	printed?: string | undefined;
}

/**
 * A link in a printed section: to a page of the same document, its anchor there; to another
 * collection's page, its address on the site; either way printed with its section number.
 * Other links are kept as they are.
 */
export function crossRef(href: string, collection: CollectionName, pages: ReadonlyMap<string, RefPage>, site: URL): CrossRef {
	// A link within its own page ("#b-mandatory-reporting") stays one: the heading is in the printed section.
	if (href.startsWith('#')) return { href };
	const url = new URL(href, site);
	if (url.origin !== site.origin) return { href };
	const key = url.pathname.replace(/^\/|\/$/g, '');
	const page = pages.get(key);
	if (!page) return { href: url.href };
	// "§ 2.3" for a numbered section; a page numbered otherwise ("Administrative Procedure 16") by its label.
	const printed = page.section && /^\d/.test(page.section) ? `§ ${page.section}` : page.label;
	return page.collection === collection ? { href: `#${printAnchor(page.id)}`, printed } : { href: new URL(`/${key}/`, site).href, printed };
}
