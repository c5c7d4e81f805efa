import { z } from 'astro/zod';

/** Source documents in sources/ (files named `<seed>_<name>.txt`), by stable key. */
export const SOURCE_DOCUMENTS = {
	'employee-handbook': { seed: '003', title: 'DCFS Employee Handbook' },
	'procedures-331': { seed: '001', title: 'Procedures 331 — Significant Event Reporting' },
	'procedures-331-2001': {
		seed: '002',
		title: 'Procedures 331 — Unusual Incidents (October 1, 2001)',
	},
	'epic-customer-incident': {
		seed: '000',
		title: 'EPIC (SNAP E&T) Customer Incident Reporting Procedure',
	},
} as const;

export type SourceDocumentKey = keyof typeof SOURCE_DOCUMENTS;

const sourceKeys = Object.keys(SOURCE_DOCUMENTS) as [SourceDocumentKey, ...SourceDocumentKey[]];

/** Frontmatter of every page in content/handbook, content/ethics and content/procedures. */
export const PageFrontmatterSchema = z
	.object({
		/** Page title as printed, without the section number ("Vacation"). */
		title: z.string().min(1, 'title must not be empty'),
		/** Section number as printed ("2.3", "331.70", "437.40", "Appendix A"); omit for unnumbered pages. */
		section: z.string().min(1).optional(),
		/** Chapter or part this page belongs to, as shown in the sidebar ("Chapter 2 — Hours and Work Schedules"). */
		part: z.string().min(1, 'part must name the chapter or part'),
		/** Sort key inside the collection; pages sort by part order then by this. */
		order: z.number({ error: 'order must be a number' }),
		/** Which seed document the text comes from. */
		source: z.enum(sourceKeys, {
			error: `source must be one of ${sourceKeys.join(', ')}`,
		}),
		/** Effective or revision date as printed ("October 1, 2001", "2008-03-01"). */
		effective: z.string().optional(),
		/** Policy Transmittal number where printed ("P.T. 2001.30"). */
		pt: z.string().optional(),
		/** current, or superseded (then supersededBy names the page URL that replaces it). */
		status: z.enum(['current', 'superseded']).default('current'),
		/** URL path of the page or document that supersedes this one, e.g. "/procedures/331/". */
		supersededBy: z.string().startsWith('/').optional(),
		/** One-line summary shown in lists, search results and the page header. */
		summary: z.string().min(1, 'summary must be one line of text').max(300),
		/** Section numbers or URL paths of related pages. */
		related: z.array(z.string()).default([]),
		/** Form numbers that appear on the page ("CFS 119"), made searchable. */
		forms: z.array(z.string()).default([]),
		/** Calculator slugs (under /tools/) that belong to this section. */
		tools: z.array(z.string()).default([]),
	})
	.refine((d) => d.status !== 'superseded' || d.supersededBy !== undefined, {
		message: 'a superseded page must name supersededBy (the URL of the current page)',
		path: ['supersededBy'],
	});

export type PageFrontmatter = z.infer<typeof PageFrontmatterSchema>;
