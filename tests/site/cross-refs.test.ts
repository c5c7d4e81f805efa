import { describe, expect, test } from 'vitest';
import { findCrossRefs, keysForSection } from '../../src/lib/cross-refs';

const index = new Map([
	...keysForSection('2.1').map((k) => [k, '/handbook/2-1-daily-time/'] as const),
	...keysForSection('3.4').map((k) => [k, '/handbook/3-4-daily-attendance/'] as const),
	...keysForSection('331.70').map((k) => [k, '/procedures/331/331-70-child-and-youth-incidents/'] as const),
	...keysForSection('Policy Guide 96.7').map((k) => [k, '/handbook/3-3-court-attendance-policy/policy-guide-96-7/'] as const),
	...keysForSection('Administrative Procedure #16').map((k) => [k, '/handbook/5-5-safety-rules/administrative-procedure-16/'] as const),
	...keysForSection('Rule 437').map((k) => [k, '/ethics/rule-437/'] as const),
	['section 437.40', '/ethics/rule-437/#section-437-40'],
	['section 10-15', '/ethics/ethics-act/#section-10-15'],
]);

const links = (text: string, self?: string) => findCrossRefs(text, index, self).filter((s) => s.href).map((s) => [s.text, s.href]);

describe('cross-references in the text become links', () => {
	test.each([
		['See Section 3.4 for details.', [['Section 3.4', '/handbook/3-4-daily-attendance/']]],
		['as described in Procedures 331.70.', [['Procedures 331.70', '/procedures/331/331-70-child-and-youth-incidents/']]],
		['complete attachment 2.1b', [['attachment 2.1b', '/handbook/2-1-daily-time/']]],
		['Policy Guide 96.7, Court Attendance', [['Policy Guide 96.7', '/handbook/3-3-court-attendance-policy/policy-guide-96-7/']]],
		['Administrative Procedures #16 applies', [['Administrative Procedures #16', '/handbook/5-5-safety-rules/administrative-procedure-16/']]],
		['under Rule 437 the Department', [['Rule 437', '/ethics/rule-437/']]],
		['Section 437.40 prohibits', [['Section 437.40', '/ethics/rule-437/#section-437-40']]],
		['under Sec. 10-15 of the Act', [['Sec. 10-15', '/ethics/ethics-act/#section-10-15']]],
	])('%s', (text, expected) => expect(links(text)).toEqual(expected));

	test('"Rule Section 331.20" is the administrative rule, not a procedures page', () => {
		expect(links('as defined in Rule Section 331.20 means', undefined)).toEqual([]);
		expect(links('defined in Rules 331, Section 331.70, Definitions')).toEqual([]);
	});
	test('inside the 2001 procedure its own sections come first', () => {
		const scoped = new Map([...index, ...keysForSection('331.70 (2001)', '331-2001').map((k) => [k, '/procedures/331-2001/331-70/'] as const)]);
		expect(findCrossRefs('See Section 331.70.', scoped, undefined, '331-2001').filter((s) => s.href).map((s) => s.href)).toEqual(['/procedures/331-2001/331-70/']);
		expect(findCrossRefs('See Section 331.70.', scoped).filter((s) => s.href).map((s) => s.href)).toEqual(['/procedures/331/331-70-child-and-youth-incidents/']);
	});
	test('an unknown section stays plain text', () => expect(links('See Section 9.9.')).toEqual([]));
	test('a page does not link to itself', () => expect(links('See Section 3.4.', '/handbook/3-4-daily-attendance/')).toEqual([]));
	test('the text around a link is kept whole', () => {
		expect(findCrossRefs('A Section 2.1 B', index).map((s) => s.text).join('')).toBe('A Section 2.1 B');
	});
});
