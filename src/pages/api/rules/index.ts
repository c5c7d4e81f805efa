import type { APIRoute } from 'astro';
import { rulesIndex } from '../../../lib/rules-index';

/**
 * GET /api/rules/: every rule the API computes, with its input as JSON Schema, its sections and an
 * example request with its answer. Served on demand beside POST /api/rules/<name>; the index is built
 * once per process (it depends only on the code).
 */
export const prerender = false;

let body: string | undefined;

export const GET: APIRoute = () => {
	body ??= JSON.stringify({
		about: 'POST a JSON body matching inputSchema to endpoint; the answer is the result the calculator page shows. Bad input → 400 { error, issues: [{ field, message }] }.',
		rules: rulesIndex(),
	});
	return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
};
