import type { APIRoute } from 'astro';
import { allPages } from '../../lib/content';
import { COLLECTIONS, pageHref } from '../../lib/nav';

/** Every numbered page and form number, so the search page can answer "2.3", "331.70" or "CFS 119" exactly. */
export const GET: APIRoute = async () => {
	const rows = (await allPages()).map((p) => ({
		section: p.data.section ?? '',
		title: p.data.title,
		summary: p.data.summary,
		href: pageHref(p),
		collection: COLLECTIONS[p.collection].label,
		forms: p.data.forms,
		historical: p.data.status === 'superseded',
	}));
	return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json' } });
};
