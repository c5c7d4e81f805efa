import type { APIRoute } from 'astro';
import { allPages } from '../../../lib/content';
import { currentEdition } from '../../../lib/editions/site';
import { pageLabel, readingOrder, type CollectionName } from '../../../lib/nav';
import { printAnchor, printCss, PRINT_COLLECTIONS } from '../../../lib/print/print-document';
import { formatDate } from '../../../../rules/dates';

/** The print document's page rules (a file, not inline: the CSP allows only the site's own style sheets). */
export function getStaticPaths() {
	return PRINT_COLLECTIONS.map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params }) => {
	const collection = params.collection as CollectionName;
	const sections = readingOrder(await allPages(), collection).map((p) => ({ anchor: printAnchor(p.id), label: pageLabel(p) }));
	return new Response(printCss(collection, currentEdition, formatDate(currentEdition.date), sections), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
