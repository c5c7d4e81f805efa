import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

/** dist/_headers.json as @astrojs/node writes it with `staticHeaders`: one entry per prerendered route. */
const StaticHeadersSchema = z.array(
	z.object({
		pathname: z.string(),
		headers: z.array(z.object({ key: z.string(), value: z.string() })),
	}),
);

/** The CSP of each prerendered page by its path ("/", "/handbook/2-3-vacation"), read once at start. */
export function readPageCsp(headersFile: string): Map<string, string> {
	const byPath = new Map<string, string>();
	if (!existsSync(headersFile)) return byPath;
	for (const route of StaticHeadersSchema.parse(JSON.parse(readFileSync(headersFile, 'utf8')))) {
		const csp = route.headers.find((h) => h.key.toLowerCase() === 'content-security-policy');
		if (csp) byPath.set(route.pathname, csp.value);
	}
	return byPath;
}

/** The route path of a request path as the headers file keys it: no trailing slash, no index.html. */
export function routePath(requestPath: string): string {
	const path = requestPath.replace(/(?:\/index)?\.html$/, '').replace(/\/+$/, '');
	return path === '' ? '/' : path;
}
