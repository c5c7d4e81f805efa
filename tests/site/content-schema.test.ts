import { describe, expect, test } from 'vitest';
import { PageFrontmatterSchema } from '../../src/lib/content-schema';

const valid = {
	title: 'Vacation',
	section: '2.3',
	part: 'Chapter 2 — Hours and Work Schedules',
	order: 2.03,
	source: 'employee-handbook',
	summary: 'How vacation is earned and used.',
};

/** The field and message of each problem zod reports, as the build prints them. */
function problems(data: unknown): string[] {
	const r = PageFrontmatterSchema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('content frontmatter schema', () => {
	test('accepts a complete handbook section and fills the defaults', () => {
		expect(PageFrontmatterSchema.parse(valid)).toMatchObject({ status: 'current', related: [], forms: [], tools: [] });
	});

	test.each([
		['missing title', { ...valid, title: undefined }, 'title'],
		['empty title', { ...valid, title: '' }, 'title: title must not be empty'],
		['order as text', { ...valid, order: 'two' }, 'order: order must be a number'],
		['unknown source document', { ...valid, source: 'handbook-2030' }, 'source: source must be one of employee-handbook, procedures-331, procedures-331-2001, epic-customer-incident'],
		['superseded without its replacement', { ...valid, status: 'superseded' }, 'supersededBy: a superseded page must name supersededBy'],
		['supersededBy not a site path', { ...valid, status: 'superseded', supersededBy: 'procedures/331' }, 'supersededBy'],
		['unknown status', { ...valid, status: 'draft' }, 'status'],
		['summary over 300 characters', { ...valid, summary: 'x'.repeat(301) }, 'summary'],
	])('rejects %s with a message naming the field', (_label, data, expected) => {
		const found = problems(data);
		expect(found.length).toBeGreaterThan(0);
		expect(found.join('\n')).toContain(expected);
	});
});
