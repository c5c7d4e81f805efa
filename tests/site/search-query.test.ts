import { describe, expect, test } from 'vitest';
import { exactMatches, normalizeFormNumber, queryVariants, type SectionRow } from '../../src/lib/search-query';

const row = (section: string, href: string, extra: Partial<SectionRow> = {}): SectionRow => ({ section, title: href, summary: '', href, collection: 'Employee Handbook', forms: [], historical: false, ...extra });
const rows = [
	row('2.3', '/handbook/2-3-vacation/'),
	row('331.70', '/procedures/331/331-70/', { collection: 'Procedures' }),
	row('331.70 (2001)', '/procedures/331-2001/331-70/', { historical: true }),
	row('Appendix B', '/procedures/331-2001/appendix-b/', { forms: ['CFS 119'], historical: true }),
	row('2.1', '/handbook/2-1-daily-time/', { title: 'Daily Time', forms: ['CFS 725A', 'CFS 728'] }),
	row('2.1b', '/handbook/2-1-daily-time/attachment-2-1b/', { title: 'Employee Request Form for Use of Benefit Time', forms: ['CFS 728'] }),
	row('2.4', '/handbook/2-4-sick-time/', { title: 'Sick Time', forms: ['CFS 728'] }),
];

describe('section and form numbers go straight to their page', () => {
	test.each([
		['2.3', ['/handbook/2-3-vacation/']],
		// The form itself first, then pages that mention it (fewer forms listed first).
		['CFS-728', ['/handbook/2-1-daily-time/attachment-2-1b/', '/handbook/2-4-sick-time/', '/handbook/2-1-daily-time/']],
		['§2.3', ['/handbook/2-3-vacation/']],
		['Section 2.3', ['/handbook/2-3-vacation/']],
		['Procedures 331.70', ['/procedures/331/331-70/']],
		['CFS-119', ['/procedures/331-2001/appendix-b/']],
		['cfs 119', ['/procedures/331-2001/appendix-b/']],
		['vacation', []],
	])('%s', (q, hrefs) => expect(exactMatches(q, rows).map((r) => r.href)).toEqual(hrefs));

	test('form numbers normalise', () => expect(['CFS-728', 'cfs 728', 'CFS728'].map(normalizeFormNumber)).toEqual(['cfs728', 'cfs728', 'cfs728']));
	test.each([
		['CFS-728 form', ['CFS-728 form', 'CFS 728 form']],
		['food $75', ['food 75']],
		['gifts over $1,000', ['gifts over 1000']],
		['vacation', ['vacation']],
	])('query variants of %s', (q, variants) => expect(queryVariants(q)).toEqual(variants));
});
