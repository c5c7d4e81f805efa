import { describe, expect, test } from 'vitest';
import { staticCacheControl } from '../../http-server/cache-policy.ts';
import { routePath } from '../../http-server/page-csp.ts';

describe('the cache policy of each kind of static file', () => {
	test.each([
		['/_astro/Base.BPGbxmx-.css', 'public, max-age=31536000, immutable'],
		['/pagefind/fragment/en_1a2b3c.pf_fragment', 'public, max-age=31536000, immutable'],
		['/pagefind/index/en_1a2b3c.pf_index', 'public, max-age=31536000, immutable'],
		['/pagefind/pagefind.js', 'no-cache'],
		['/pagefind/pagefind-entry.json', 'no-cache'],
		['/handbook/2-3-vacation/', 'no-cache'],
		['/', 'no-cache'],
	])('%s → %s', (path, expected) => expect(staticCacheControl(path)).toBe(expected));
});

describe('a request path as the adapter keys its static headers', () => {
	test.each([
		['/', '/'],
		['/index.html', '/'],
		['/handbook/', '/handbook'],
		['/handbook/2-3-vacation/', '/handbook/2-3-vacation'],
		['/handbook/2-3-vacation/index.html', '/handbook/2-3-vacation'],
		['/handbook/2-3-vacation', '/handbook/2-3-vacation'],
		['/404.html', '/404'],
	])('%s → %s', (path, expected) => expect(routePath(path)).toBe(expected));
});
