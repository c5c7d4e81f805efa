import { describe, expect, test } from 'vitest';
import { coverage, normalizeText } from '../../scripts/lib/text-coverage.mjs';

const page = (html: string) => normalizeText(html);

describe('text coverage measure (used by the ≥ 99% coverage test)', () => {
	test('a sentence on the page counts whole, a sentence not on it counts nothing', () => {
		const source = 'Vacation earned in one month cannot be used until the first day of the following month.\nEmployees must be in pay status at least one-half of the work days.';
		const r = coverage(source, page('<p>Vacation earned in one month cannot be used until the first day of the following month.</p>'));
		expect(r.missing).toEqual(['Employees must be in pay status at least one-half of the work days.']);
		expect(r.ratio).toBeGreaterThan(0.5);
		expect(r.ratio).toBeLessThan(0.6);
	});

	test('a table row whose cells the page lays out differently still counts', () => {
		const source = 'Child or Youth in Care Missing from Placement\tContact CIRU Permanency Worker notifies the Guardian Ad Litem';
		const html = '<table><tr><td>Child or Youth in Care Missing from Placement</td><td>Contact CIRU</td></tr><tr><td>Permanency Worker notifies the Guardian Ad Litem</td></tr></table>';
		expect(coverage(source, page(html)).ratio).toBeGreaterThan(0.7);
	});

	test('fractions, escaped dollars, links and running footers are normalised or skipped', () => {
		const source = 'Use vacation in ($\\frac{1}{2}$) day increments of \\$75 or less, see <http://example.org/x>.\nAugust 30, 2002 – P.T. 2002.23\nThis page intentionally left blank.';
		const r = coverage(source, page('<p>Use vacation in (½) day increments of $75 or less, see <a href="x">http://example.org/x</a>.</p>'));
		expect(r).toMatchObject({ ratio: 1, missing: [], passages: 1 });
	});
});
