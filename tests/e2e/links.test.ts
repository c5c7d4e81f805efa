import { describe, expect, test } from 'vitest';
import { baseUrl } from './harness';
import { builtPages, isBuilt } from './built-site';

// Every link inside the site resolves: a built page (and its #anchor), a public file, or an on-demand route.
describe('links inside the site all resolve', () => {
	const pages = builtPages();
	const ids = new Map(pages.map(([path, html]) => [path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
	const links = new Map<string, string>();
	for (const [path, html] of pages) {
		for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
			if (!href || /^(https?:|mailto:|tel:|javascript:)/.test(href)) continue;
			const absolute = new URL(href.replace(/&amp;/g, '&'), `http://site${path}`);
			const key = `${absolute.pathname}${absolute.hash}`;
			if (!links.has(key)) links.set(key, path);
		}
	}

	test('the site has links to check', () => expect(links.size).toBeGreaterThan(100));

	test('every internal link points to a page that exists, and every #anchor to an element on it', async () => {
		const broken: string[] = [];
		for (const [target, from] of links) {
			const [pathname, anchor] = target.split('#') as [string, string | undefined];
			const normalized = ids.has(pathname) ? pathname : pathname.endsWith('/') ? pathname.replace(/\/$/, '') : `${pathname}/`;
			if (isBuilt(pathname)) {
				if (anchor && !ids.get(normalized)?.has(decodeURIComponent(anchor))) broken.push(`${target} (anchor missing) ← ${from}`);
				continue;
			}
			// Not prerendered: an on-demand route must answer (a redirect to sign-in counts).
			const res = await fetch(`${baseUrl()}${pathname}`, { redirect: 'manual' });
			if (res.status >= 400) broken.push(`${target} (${res.status}) ← ${from}`);
		}
		expect(broken).toEqual([]);
	});
});
