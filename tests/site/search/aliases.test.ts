import { describe, expect, test } from 'vitest';
import { SEARCH_ALIASES } from '../../../src/lib/search/aliases';
import { words } from '../../../src/lib/search/match';
import { buildVocabulary } from '../../../src/lib/search/vocabulary';
import { contentPages } from './content-pages';

const vocabulary = buildVocabulary(contentPages());
const targets = new Set(vocabulary.map((e) => e.href));

describe('the employees’ search vocabulary (src/lib/search/aliases.ts)', () => {
	test.each(SEARCH_ALIASES.map((row) => [row.href, row.aliases.length]))('%s exists (%i aliases)', (href) => {
		expect(targets.has(href), `${href} is not a page, calculator or reporting event`).toBe(true);
	});

	test('every alias has a word and no target lists an alias twice', () => {
		for (const { href, aliases } of SEARCH_ALIASES) {
			for (const alias of aliases) expect(words(alias).length, `${href}: “${alias}”`).toBeGreaterThan(0);
			expect(new Set(aliases.map((a) => a.toLowerCase())).size, href).toBe(aliases.length);
		}
	});

	test('the vocabulary holds every page, calculator and reporting event once', () => {
		expect(targets.size).toBe(vocabulary.length);
		expect(vocabulary.filter((e) => e.kind === 'section').length).toBe(contentPages().length);
		expect(vocabulary.filter((e) => e.kind === 'calculator').length).toBeGreaterThanOrEqual(19);
		expect(vocabulary.filter((e) => e.kind === 'event').length).toBeGreaterThan(100);
	});

	test('an alias pointing nowhere stops the build with its address', () => {
		expect(() => buildVocabulary([])).toThrow(/\/handbook\/2-1-daily-time\/ is not a page/);
	});
});
