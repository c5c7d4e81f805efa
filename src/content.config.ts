import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PageFrontmatterSchema } from './lib/content-schema';

/** The id is the file's path below its collection folder, without extension, so URLs are stable
 * and readable: content/handbook/2-3-vacation.mdx → /handbook/2-3-vacation/. */
function collection(folder: 'handbook' | 'ethics' | 'procedures') {
	return defineCollection({
		loader: glob({
			pattern: '**/[^_]*.{md,mdx}',
			base: `./content/${folder}`,
			generateId: ({ entry }) => entry.replace(/\.mdx?$/, '').replace(/\/index$/, ''),
		}),
		schema: PageFrontmatterSchema,
	});
}

export const collections = {
	handbook: collection('handbook'),
	ethics: collection('ethics'),
	procedures: collection('procedures'),
};
