import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './lib/build/content-dir';
import { PageFrontmatterSchema } from './lib/content-schema';

/** The id is the file's path below its collection folder, without extension, so URLs are stable
 * and readable: content/handbook/2-3-vacation.mdx → /handbook/2-3-vacation/. */
function collection(folder: 'handbook' | 'ethics' | 'procedures') {
	return defineCollection({
		loader: glob({
			pattern: '**/[^_]*.{md,mdx}',
			base: `${CONTENT_DIR}/${folder}`,
			generateId: ({ entry }) => entry.replace(/\.mdx?$/, '').replace(/\/index$/, ''),
		}),
		schema: PageFrontmatterSchema,
	});
}

export const collections = {
	handbook: collection('handbook'),
	ethics: collection('ethics'),
	procedures: collection('procedures'),
	/** Earlier editions' texts of pages that changed since (content/editions/<edition>/<collection>/…),
	 * id "<edition>/<collection>/<page id>"; src/lib/editions/store.ts checks each against its manifest. */
	frozen: defineCollection({
		loader: glob({
			pattern: '*/{handbook,ethics,procedures}/**/[^_]*.{md,mdx}',
			base: `${CONTENT_DIR}/editions`,
			generateId: ({ entry }) => entry.replace(/\.mdx?$/, '').replace(/\/index$/, ''),
		}),
		schema: PageFrontmatterSchema,
	}),
};
