/** Refusals and failures of the signed-in area's routes, and the one response for each. */

/** A refusal with its HTTP status; caught once, in runForm / runPage (http.ts). */
export class HttpError extends Error {
	override readonly name = 'HttpError';
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 429,
		message: string,
	) {
		super(message);
	}
}

/** A minimal error page for a refusal. */
export function errorResponse(status: number, message: string): Response {
	const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${status}</title><main><h1>${status === 404 ? 'Not found' : status === 403 ? 'Not allowed' : status === 401 ? 'Please sign in' : 'Something went wrong'}</h1><p>${escapeHtml(message)}</p><p><a href="/account/">Back to your account</a></p></main></html>`;
	return new Response(body, {
		status,
		headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
	});
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Turns a thrown error into the one response for it (the single catch of the route layer). */
export function responseForError(error: unknown): Response {
	if (error instanceof HttpError) return errorResponse(error.status, error.message);
	console.error('[signed-in area] request failed:', error);
	return errorResponse(
		500,
		'The server could not complete this request. Nothing was saved; please try again.',
	);
}
