import type { APIRoute } from 'astro';
import { allPages } from '../../lib/content';
import { buildVocabulary } from '../../lib/search/vocabulary';

/** The search page's small index: titles and aliases of every page, calculator and reporting event. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildVocabulary(await allPages())), { headers: { 'content-type': 'application/json' } });
