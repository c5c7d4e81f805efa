import type { APIRoute } from 'astro';
import { RuleInputError, type FieldIssue } from '@rules/errors';
import { findCalculator } from '../../../lib/calculators';
import { currentEdition } from '../../../lib/editions/site';

/**
 * POST /api/rules/<name>: the calculators for other HR systems. The JSON body is the rule's input,
 * validated by the same schema as the browser form (through the registry); the answer is the same
 * result the page shows. Bad JSON or bad input → 400 { error, issues }; unknown name → 404.
 */

/** Served on demand by the node adapter (the rest of the site is static). */
export const prerender = false;

/** The largest body accepted: far above any real input (the gift register allows 5,000 rows). */
const MAX_BODY_BYTES = 1_000_000;

const JSON_HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'cache-control': 'no-store',
} as const;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

function badRequest(error: string, issues: readonly FieldIssue[]): Response {
	return json(400, { error, issues });
}

function tooLarge(bytes: number): Response {
	return json(413, {
		error: `The body is over ${MAX_BODY_BYTES} bytes.`,
		issues: [{ field: '', message: `expected at most ${MAX_BODY_BYTES} bytes, got ${bytes}` }],
	});
}

/** Computes a calculator's result from a JSON body. */
export const POST: APIRoute = async ({ params, request }) => {
	const calculator = findCalculator(params.name ?? '');
	if (!calculator)
		return json(404, { error: `No calculator is named "${params.name ?? ''}".`, issues: [] });
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\b/i.test(type)) {
		return badRequest(
			`Expected content-type application/json, got ${type ? JSON.stringify(type) : 'none'}.`,
			[{ field: '', message: 'expected a JSON body with content-type: application/json' }],
		);
	}
	// A declared length over the limit is refused before the body is read.
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > MAX_BODY_BYTES) return tooLarge(declared);
	const text = await request.text();
	if (text.length > MAX_BODY_BYTES) return tooLarge(text.length);
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch (error) {
		return badRequest('The body is not valid JSON.', [
			{
				field: '',
				message: `expected JSON, got a parse error: ${error instanceof Error ? error.message : String(error)}`,
			},
		]);
	}
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		return badRequest('The body must be a JSON object.', [
			{
				field: '',
				message: `expected a JSON object, got ${Array.isArray(body) ? 'an array' : JSON.stringify(body)}`,
			},
		]);
	}
	try {
		return json(200, withEdition(calculator.compute(body)));
	} catch (error) {
		if (error instanceof RuleInputError)
			return badRequest(`Invalid input for ${calculator.name}.`, error.issues);
		throw error;
	}
};

/** The answer names the edition of the policy text it applied (issue 11 §5), in the result and in each citation. */
function withEdition(result: object): object {
	const edition = { id: currentEdition.id, date: currentEdition.date, title: currentEdition.title };
	const citations = (result as { citations?: unknown }).citations;
	return {
		...result,
		...(Array.isArray(citations) ? { citations: citations.map((c: object) => ({ ...c, edition: edition.id })) } : {}),
		edition,
	};
}

/** Any other method: 405 with the allowed one. */
export const ALL: APIRoute = ({ request }) =>
	json(
		405,
		{ error: `Method ${request.method} is not allowed; use POST with a JSON body.`, issues: [] },
		{ allow: 'POST' },
	);
