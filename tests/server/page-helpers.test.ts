import { describe, expect, test } from 'vitest';
import { recordedDecision } from '@lib/server/gift-register';
import { exportHref } from '@lib/server/officer-lists';

// Form and link logic moved out of the largest pages (account/gifts.astro, officer/index.astro).
describe('officer dashboard: CSV export links keep the filter on screen', () => {
	test.each([
		['no filter', 'overdue', null, null, '/officer/export/overdue/'],
		['campaign only', 'completion', 'ethics-2026', null, '/officer/export/completion/?campaign=ethics-2026'],
		['work unit only', 'sei', null, 'Region 3', '/officer/export/sei/?unit=Region+3'],
		['both, escaped', 'gifts', 'a&b', 'x=y', '/officer/export/gifts/?campaign=a%26b&unit=x%3Dy'],
	] as const)('%s', (_, list, campaign, unit, href) => {
		expect(exportHref(list, campaign, unit)).toBe(href);
	});
});

describe('gift register: the decision shown after recording', () => {
	const decision = {
		allowed: false,
		decidedBy: 'Rule 437.40',
		rule: 'r',
		action: { text: 'Return it' },
		notices: [],
		totals: { sourceCalendarYearCents: 0, tokensFiscalYearCents: 0, fiscalYear: { start: '2026-07-01', end: '2027-06-30' } },
	};
	const rows = [{ id: 'g1', detailsJson: JSON.stringify({ form: {}, ...decision }) }];

	test('the recorded row and its decision', () => {
		expect(recordedDecision(rows, 'g1')).toEqual({ row: rows[0], decision });
	});
	test.each([
		['no ?recorded', null],
		['an id of someone else (not in my rows)', 'g2'],
	])('%s: nothing shown', (_, id) => {
		expect(recordedDecision(rows, id)).toBeNull();
	});
	test('a stored decision that does not parse is an error naming the field, never half shown', () => {
		const broken = [{ id: 'g1', detailsJson: JSON.stringify({ ...decision, allowed: 'yes' }) }];
		expect(() => recordedDecision(broken, 'g1')).toThrow(/allowed/);
	});
});
