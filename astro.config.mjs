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

const contentDir = fileURLToPath(new URL('./content', import.meta.url));

/** Static-first: every page is prerendered unless it opts out with `export const prerender = false`
 * (the signed-in area and the JSON API); the node adapter serves those on demand. */
export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	output: 'static',
	outDir: process.env.DIST_DIR ?? './dist',
	adapter: node({ mode: 'standalone' }),
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
	// Origin check on every state-changing request of the on-demand routes (house style §8).
	security: { checkOrigin: true },
	server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4321) },
	vite: {
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
