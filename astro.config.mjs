// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import node from '@astrojs/node';
import { fileURLToPath } from 'node:url';
import { remarkCrossRefs } from './src/lib/build/remark-cross-refs.ts';
import { remarkLastModified } from './src/lib/build/remark-last-modified.ts';
import { rehypeJsxHeadings } from './src/lib/build/rehype-jsx-headings.ts';
import { rehypeScrollableTables } from './src/lib/build/rehype-scrollable-tables.ts';
import { editionsPlugin } from './src/lib/build/vite-plugin-editions.ts';
import { CONTENT_DIR } from './src/lib/build/content-dir.ts';

const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:4321');
const contentDir = CONTENT_DIR;

/** Static-first: every page is prerendered unless it opts out with `export const prerender = false`
 * (the signed-in area and the JSON API). The node adapter builds in middleware mode: `http-server/main.ts`
 * is the HTTP server (static files precompressed, security headers, compression, health, shutdown)
 * and hands the on-demand routes to it. */
export default defineConfig({
	site: siteUrl.href,
	output: 'static',
	outDir: process.env.DIST_DIR ?? './dist',
	// staticHeaders: the CSP of each prerendered page goes to dist/server/_headers.json (served as a
	// header by http-server/main.ts) instead of a <meta> element, which cannot carry frame-ancestors.
	adapter: node({ mode: 'middleware', staticHeaders: true, bodySizeLimit: 2 * 1024 * 1024 }),
	integrations: [mdx()],
	// The unified (remark) processor rather than Astro 7's default Sätteri: our two build-time plugins
	// (cross-reference links, last-updated dates) are remark plugins, and statutes' JSX headings
	// become real headings for the table of contents.
	markdown: {
		processor: unified({
			remarkPlugins: [remarkCrossRefs({ contentDir }), remarkLastModified],
			rehypePlugins: [rehypeJsxHeadings, rehypeScrollableTables],
		}),
	},
	trailingSlash: 'ignore',
	build: { format: 'directory', inlineStylesheets: 'never' },
	security: {
		// Origin check on every state-changing request of the on-demand routes (house style §8).
		checkOrigin: true,
		// The Host names a request's URL may carry (any port), so the origin check compares the
		// browser's Origin with the address it really used: the public site, and loopback for
		// `npm start` and the tests. Any other Host falls back to localhost and fails the check.
		allowedDomains: [...new Set([siteUrl.hostname, 'localhost', '127.0.0.1'])].map((hostname) => ({ hostname })),
		// Astro hashes every script and style it emits into script-src/style-src; the rest is ours.
		// 'wasm-unsafe-eval' is Pagefind's WebAssembly search (it runs no string eval).
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'none'",
				"form-action 'self'",
				"frame-ancestors 'none'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
	vite: {
		plugins: [editionsPlugin(contentDir)],
		resolve: {
			alias: {
				'@rules': fileURLToPath(new URL('./rules', import.meta.url)),
				'@db': fileURLToPath(new URL('./db', import.meta.url)),
				'@lib': fileURLToPath(new URL('./src/lib', import.meta.url)),
				'@components': fileURLToPath(new URL('./src/components', import.meta.url)),
			},
		},
	},
});
