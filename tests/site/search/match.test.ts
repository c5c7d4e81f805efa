import { describe, expect, test } from 'vitest';
import { closestEntries, contentWords, matchVocabulary, sameWord, spellingSuggestion, stem, withOneWordDropped, words } from '../../../src/lib/search/match';
import { buildVocabulary, glossaryTerms } from '../../../src/lib/search/vocabulary';
import { contentPages } from './content-pages';

const vocabulary = buildVocabulary(contentPages());
const first = (q: string) => matchVocabulary(q, vocabulary)[0];

describe('query words', () => {
	test.each([
		['What’s my PTO?', ['what', 'my', 'pto']],
		['Employee\'s  badge', ['employee', 'badge']],
		['CFS-728', ['cfs', '728']],
	])('words(%j)', (q, expected) => expect(words(q)).toEqual(expected));

	test.each([
		['hearings', 'hearing'.replace(/ing$/, '')],
		['missed', 'miss'],
		['missing', 'miss'],
		['holidays', 'holiday'],
		['policies', 'policy'],
		['class', 'class'],
		['status', 'status'],
		['need', 'need'],
	])('stem(%s) = %s, the same on both sides of a match', (w, expected) => expect(stem(w)).toBe(expected));

	test.each([
		['vacaton', 'vacation', true],
		['persnal', 'personal', true],
		['harrasment', 'harassment', true],
		['late', 'lake', false],
		['leave', 'lease', true],
		['sick', 'sock', false],
		['2.3', '2.4', false],
	])('sameWord(%s, %s) = %s: one edit from five letters, two from eight', (a, b, expected) => expect(sameWord(a, b)).toBe(expected));

	test.each([
		['what happens if I miss court twice', ['miss', 'court', 'twice']],
		['how many sick days do I get', ['sick', 'days']],
		['how many', ['how', 'many']],
	])('contentWords(%j): question words and filler do not exclude pages', (q, expected) => expect(contentWords(q)).toEqual(expected));
});

describe('the vocabulary names the answer first (issue 12 §1, §4)', () => {
	test.each([
		['PTO', '/handbook/2-3-vacation/', 'section', 'alias of §2.3'],
		['dress code', '/handbook/3-17-appropriate-attire/', 'section', 'alias of §3.17'],
		['sexual harassment', '/handbook/3-13-sexual-harassment/', 'section', 'the title beats the reporting catalog’s other name'],
		['harassment', '/handbook/3-13-sexual-harassment/', 'section', 'an employees’ alias beats the catalog’s other name'],
		['how much vacation will I have', '/tools/vacation/', 'calculator', 'a question the calculator answers'],
		['my 4th personal day', '/tools/personal/', 'calculator', 'a question the calculator answers'],
		['what happens if I miss court twice', '/tools/court-discipline/', 'calculator', 'the longer phrase wins over §3.3’s “miss court”'],
		['child ran away', '/report/event/whereabouts-unknown/', 'event', 'the checklist before 331.60'],
		['youth arrested', '/report/event/child-or-youth-arrested/', 'event', 'the checklist before 331.70'],
		['vacaton', '/handbook/2-3-vacation/', 'section', 'a typing error of the title'],
		['harrassment', '/handbook/3-13-sexual-harassment/', 'section', 'a typing error of an alias'],
	])('“%s” → %s (%s: %s)', (q, href, kind) => {
		expect(first(q)?.entry.href).toBe(href);
		expect(first(q)?.entry.kind).toBe(kind);
	});

	test('a title of three or more words matches on two thirds of its words', () => {
		expect(first('youth suspended from school')).toMatchObject({ phrase: 'Child or Youth Suspended from School', source: 0 });
		expect(matchVocabulary('leave', vocabulary).some((h) => h.entry.href === '/handbook/4-1-leaves-of-absence/')).toBe(false);
	});

	test('numbers in titles do not have to be typed, and words alone never match a number', () => {
		expect(first('holidays')?.entry.href).toBe('/handbook/2-7-holidays/');
		expect(matchVocabulary('4th', vocabulary).map((h) => h.entry.href)).not.toContain('/handbook/4-1-leaves-of-absence/');
	});

	test('a query of filler only names nothing', () => expect(matchVocabulary('the of my', vocabulary)).toEqual([]));
});

describe('spelling, relaxing and the closest pages (issue 12 §2, §3)', () => {
	test.each([
		['vacaton', 'vacation'],
		['persnal day', 'personal day'],
		['harrassment policy', 'harassment policy'],
		['vacation', undefined],
		['flextime', undefined],
	])('spellingSuggestion(%j) = %j', (q, expected) => expect(spellingSuggestion(q, vocabulary)).toBe(expected));

	test('relaxing drops each word in turn', () =>
		expect(withOneWordDropped(['child', 'death', 'caseload'])).toEqual([
			['death', 'caseload'],
			['child', 'caseload'],
			['child', 'death'],
		]));
	test('a single word cannot be relaxed', () => expect(withOneWordDropped(['vacation'])).toEqual([]));

	test('the closest entries share a word with the query, most shared first', () => {
		const closest = closestEntries('vacation xylophone', vocabulary).map((e) => e.href);
		expect(closest[0]).toBe('/handbook/2-3-vacation/');
		expect(closestEntries('xylophone qwerty', vocabulary)).toEqual([]);
	});
});

describe('the glossaries’ terms (§5.8, 331.30) are in the vocabulary', () => {
	test.each([
		['**AFSCME** - American Federation of State, County and Municipal Employees.', ['AFSCME']],
		['**Compensatory Time Off (i.e., comp time)** - Time off allowed', ['Compensatory Time Off', 'comp time']],
		['**CANTS**: Child Abuse and Neglect Tracking System', ['CANTS']],
		['"Abducted" means a child or youth\'s whereabouts are unknown', ['Abducted']],
	])('glossaryTerms(%j)', (body, expected) => expect(glossaryTerms(body)).toEqual(expected));

	test.each([
		['CANTS', '/handbook/5-8-definitions-terms-abbreviations/', 'only the glossary defines it'],
		['AFSCME', '/handbook/5-1-collective-bargaining-agreements/', 'the page about the union before its definition'],
		['comp time', '/tools/comp-time/', 'the calculator before the glossary'],
		['continuous service date', '/handbook/5-8-definitions-terms-abbreviations/', 'a defined term'],
	])('“%s” → %s (%s)', (q, href) => expect(first(q)?.entry.href).toBe(href));
});
