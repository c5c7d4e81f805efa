/** Cache-Control of each kind of static file, first match wins. */
const STATIC_CACHE_RULES: readonly { test: RegExp; value: string; why: string }[] = [
	{ test: /^\/_astro\//, value: 'public, max-age=31536000, immutable', why: 'file names carry a content hash' },
	{
		test: /^\/pagefind\/(fragment|index|filter)\//,
		value: 'public, max-age=31536000, immutable',
		why: 'Pagefind names its fragments by content hash',
	},
	{ test: /./, value: 'no-cache', why: 'HTML and unhashed files: revalidate (ETag) on every use' },
];

/** The Cache-Control of a static file at this request path. */
export function staticCacheControl(pathname: string): string {
	return STATIC_CACHE_RULES.find((r) => r.test.test(pathname))!.value;
}

/** On-demand responses that set none: never stored (signed-in pages, forms, the API). */
export const ON_DEMAND_CACHE_CONTROL = 'no-store';
