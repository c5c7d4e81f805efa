import type { APIRoute } from 'astro';
import { allPages } from '../../lib/content';
import { buildVocabulary } from '../../lib/search/vocabulary';

/** The search page's small index: titles and aliases of every page, calculator and reporting event, and the glossaries' terms. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildVocabulary((await allPages()).map((p) => ({ ...p, body: p.entry.body })))), { headers: { 'content-type': 'application/json' } });
