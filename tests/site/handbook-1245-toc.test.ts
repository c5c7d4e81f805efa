import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { citationHref, type SectionKey } from '@rules/citations';
import { PageFrontmatterSchema } from '../../src/lib/content-schema';

/**
 * The Employee Handbook's table of contents for chapters 1, 2, 4 and 5 (seed 003, lines 36–107, and the
 * chapter 5 contents, which add 5.8) and every attachment those chapters cite: each must have its page.
 */
const handbookDir = fileURLToPath(new URL('../../content/handbook', import.meta.url));

/** [section, title as printed in the table of contents] */
const TOC: readonly (readonly [string, string])[] = [
	['1.1', 'DCFS Mission Statement'],
	['1.2', 'A History of Child Welfare in Illinois'],
	['1.3', 'Delivery of Services'],
	['1.4', 'Mandated Reporters'],
	['1.5', 'The Role of Juvenile Court'],
	['1.6', 'Geographic/Administrative/LANs Boundaries'],
	['2.1', 'Daily Time'],
	['2.2', 'Work Schedules'],
	['2.3', 'Vacation'],
	['2.4', 'Sick Time'],
	['2.5', 'Personal Business Time'],
	['2.6', 'Overtime'],
	['2.7', 'Holidays'],
	['2.8', 'Inclement Weather'],
	['4.1', 'Leaves of Absence'],
	['4.2', 'Tuition Reimbursement'],
	['4.3', 'Prohibition Against Discrimination'],
	['4.4', 'Americans with Disabilities Act (ADA)'],
	['4.5', 'Employee Assistance Programs'],
	['4.6', 'Workers Compensation'],
	['4.7', 'Payroll Periods/Pay Dates'],
	['4.8', 'Payroll Deductions'],
	['4.9', 'Sick Leave Bank'],
	['4.10', 'Employee Health/Dental/Life Insurance'],
	['4.11', 'Deferred Compensation'],
	['4.12', 'State Employees Retirement System'],
	['4.13', 'Family and Medical Leave Act'],
	['5.1', 'Collective Bargaining Agreements'],
	['5.2', 'Personnel Files'],
	['5.3', 'Job Descriptions'],
	['5.4', 'Employee Evaluations'],
	['5.5', 'Safety Rules'],
	['5.6', 'Traffic and Parking Regulations'],
	['5.7', 'Unusual Incident Report'],
	['5.8', 'Definitions/Terms/Abbreviations'],
];

/** [attachment as cited in the text, the `section` of the page that holds it] */
const ATTACHMENTS: readonly (readonly [string, string])[] = [
	['2.1a', '2.1a'],
	['2.1b', '2.1b'],
	['2.2a', '2.2a'],
	['2.6a', '2.6a'],
	['2.8a', 'Policy Guide 87.3'],
	['4.1a', '4.1a'],
	['4.1b', '4.1b'],
	['4.2a', '4.2a'],
	['4.3a', '4.3a'],
	['4.4a', '4.4a'],
	['4.8a', '4.8a'],
	['4.9a', '4.9a'],
	['4.10a', '4.10a'],
	['4.10b', '4.10b'],
	['4.10c', '4.10c'],
	['4.13a', '4.13a'],
	['5.3a', '5.3a'],
	['5.4a', '5.4a'],
	['5.4b', '5.4b'],
	['5.5a', 'Administrative Procedure 16'],
	['5.5b', 'Administrative Procedure 8'],
	['5.6a', 'Policy Guide 96.3'],
	['5.7a', '5.7a'],
];

type Page = { path: string; url: string; data: Record<string, unknown>; body: string };

function* walk(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full);
		else if (entry.name.endsWith('.mdx')) yield full;
	}
}

/** Just enough YAML for our frontmatter: `key: 'value'`, numbers and `['a', 'b']` lists. */
function parseFrontmatter(block: string): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	for (const line of block.split('\n')) {
		const m = /^(\w+):\s*(.*)$/.exec(line);
		if (!m) continue;
		const [, key, raw] = m as unknown as [string, string, string];
		const unquote = (s: string) => s.trim().replace(/^'(.*)'$/, '$1').replace(/''/g, "'").replace(/^"(.*)"$/, '$1');
		if (raw.startsWith('[')) data[key] = raw.slice(1, -1).split(/,\s*/).filter(Boolean).map(unquote);
		else if (/^-?\d+(\.\d+)?$/.test(raw)) data[key] = Number(raw);
		else data[key] = unquote(raw);
	}
	return data;
}

const pages: Page[] = [...walk(handbookDir)]
	.filter((file) => !/^3-/.test(relative(handbookDir, file)))
	.map((file) => {
		const source = readFileSync(file, 'utf8');
		const [, block = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
		const rel = relative(handbookDir, file).replace(/\\/g, '/');
		return { path: rel, url: `/handbook/${rel.replace(/\.mdx$/, '').replace(/\/index$/, '')}/`, data: parseFrontmatter(block), body };
	});

const bySection = (section: string) => pages.filter((p) => p.data.section === section);

describe('handbook chapters 1, 2, 4, 5: every table-of-contents section has its page', () => {
	test.each(TOC)('§%s %s has exactly one page, at the path rules/citations.ts cites', (section) => {
		const found = bySection(section);
		expect(found.map((p) => p.url)).toEqual([citationHref(section as SectionKey)]);
	});

	test.each(ATTACHMENTS)('attachment %s has a page (section "%s") under its section', (attachment, section) => {
		const found = bySection(section);
		expect(found).toHaveLength(1);
		const parent = citationHref(attachment.replace(/[a-z]$/, '') as SectionKey);
		expect(found[0]!.url.startsWith(parent)).toBe(true);
	});
});

describe('handbook chapters 1, 2, 4, 5: page structure', () => {
	test.each(pages.map((p) => [p.path, p] as const))('%s has valid frontmatter', (_path, page) => {
		expect(PageFrontmatterSchema.safeParse(page.data).success).toBe(true);
	});

	test.each(pages.map((p) => [p.path, p] as const))('%s: headings start at h2 and never skip a level', (_path, page) => {
		const levels = [...page.body.matchAll(/^(#{1,6}) |^<h([1-6])[ >]/gm)].map((m) => (m[1] ? m[1].length : Number(m[2])));
		let previous = 1;
		for (const level of levels) {
			expect(level).toBeGreaterThanOrEqual(2);
			expect(level).toBeLessThanOrEqual(previous + 1);
			previous = level;
		}
	});

	test.each(pages.filter((p) => p.path.includes('/') && !p.path.endsWith('index.mdx')).map((p) => [p.path, p] as const))(
		'%s sorts after its section and before the next one',
		(path, page) => {
			const parent = pages.find((p) => p.path === `${path.split('/')[0]}/index.mdx`)!;
			const order = page.data.order as number;
			expect(order).toBeGreaterThan(parent.data.order as number);
			expect(order).toBeLessThan((parent.data.order as number) + 0.01);
		},
	);
});
