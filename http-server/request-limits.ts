import type { IncomingMessage } from 'node:http';

/** Largest request body accepted, in bytes: the roster CSV of a few thousand people fits many times over. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Body types the on-demand routes read: forms, the roster upload, the rules API. */
const ACCEPTED_BODY_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'application/json'];

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', ...METHODS_WITH_BODY]);

/** Why a request is refused before any route sees it: a status and a sentence naming the header. */
export interface Refusal {
	status: number;
	message: string;
}

/** Checks the method, the URL and the body's headers; undefined when the request may go on. */
export function refuseRequest(req: IncomingMessage, maxBodyBytes = MAX_BODY_BYTES): Refusal | undefined {
	const method = req.method ?? '';
	if (!KNOWN_METHODS.has(method)) return { status: 501, message: `The method ${method} is not supported.` };
	try {
		decodeURI(req.url ?? '/');
	} catch {
		return { status: 400, message: 'The address is not valid: it has a malformed percent-encoding.' };
	}
	if (!METHODS_WITH_BODY.has(method)) return undefined;
	const length = req.headers['content-length'];
	if (length === undefined) {
		if (req.headers['transfer-encoding']) return { status: 411, message: 'A request body needs a Content-Length header.' };
		return undefined; // no body at all
	}
	if (!/^\d+$/.test(length)) return { status: 400, message: `The Content-Length header must be a number of bytes, got "${length}".` };
	const bytes = Number(length);
	if (bytes > maxBodyBytes)
		return { status: 413, message: `The request body is ${bytes} bytes; the limit is ${maxBodyBytes} bytes.` };
	if (bytes === 0) return undefined;
	const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
	if (!ACCEPTED_BODY_TYPES.includes(type))
		return {
			status: 415,
			message: `The Content-Type ${type ? `"${type}"` : '(none)'} is not accepted; send ${ACCEPTED_BODY_TYPES.join(', ')}.`,
		};
	return undefined;
}
