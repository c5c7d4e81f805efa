import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CollectionName } from '../../../src/lib/nav';
import type { PageWithBody } from '../../../src/lib/search/vocabulary';
import type { PageFrontmatter } from '../../../src/lib/content-schema';

/** Every content page as plain navigation data, read from content/ (title, section, status and the Markdown body). */
export function contentPages(): PageWithBody[] {
	const pages: PageWithBody[] = [];
	for (const collection of ['handbook', 'ethics', 'procedures'] as CollectionName[]) {
		const root = join('content', collection);
		for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
			const text = readFileSync(join(root, file), 'utf8');
			const field = (name: string) => text.match(new RegExp(`^${name}:\\s*['"]?(.*?)['"]?\\s*$`, 'm'))?.[1];
			const id = relative('.', file).replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
			pages.push({ collection, id, data: { title: field('title') ?? id, section: field('section'), status: field('status') } as PageFrontmatter, body: text.slice(text.indexOf('---', 3) + 3) });
		}
	}
	return pages;
}
