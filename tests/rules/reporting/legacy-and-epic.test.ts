import { describe, expect, test } from 'vitest';
import { findEvent, REPORTING_CATALOG } from '@rules/reporting/catalog';
import { EPIC_FOLLOW_UP_HOURS, EPIC_STEPS } from '@rules/reporting/epic';
import { LEGACY_UIR_CODES } from '@rules/reporting/legacy-uir';
import { searchEvents } from '@rules/reporting/search';

describe('331 (2001) Appendix A: the UIR codes', () => {
	test('331 (2001) Appendix A: codes A01–L12 as printed, each once', () => {
		const codes = LEGACY_UIR_CODES.map((c) => c.code);
		expect(new Set(codes).size).toBe(codes.length);
		expect(codes).toEqual([...codes].sort());
		const perLetter = Object.fromEntries([...'ABCDEFGHIJKL'].map((l) => [l, codes.filter((c) => c.startsWith(l)).length]));
		expect(perLetter).toEqual({ A: 3, B: 5, C: 2, D: 3, E: 3, F: 2, G: 2, H: 3, I: 3, J: 7, K: 4, L: 12 });
	});
	test.each(LEGACY_UIR_CODES.map((c) => [c.code, c.name, c] as const))('331 (2001) Appendix A: %s %s maps to current events or says why not', (_code, _name, row) => {
		if (row.mapsTo.length === 0) expect(row.note).toBeTruthy();
		for (const id of row.mapsTo) expect(findEvent(id), id).toBeDefined();
	});
});

describe('EPIC customer incident procedure (partner, seeds/000)', () => {
	test('EPIC steps 1–8 in order, with the 2151A, the incident form and the 48-hour follow-up', () => {
		expect(EPIC_STEPS.map((s) => s.step)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
		expect(EPIC_STEPS[2]?.title).toContain('2151A');
		expect(EPIC_STEPS[3]?.details.join(' ')).toMatch(/police report or the RD#/);
		expect(EPIC_FOLLOW_UP_HOURS).toBe(48);
	});
});

describe('event search', () => {
	test.each([
		['331.70(d): suspended', 'suspended', 'child-or-youth-suspended-from-school'],
		['331.60: runaway', 'runaway', 'whereabouts-unknown'],
		['331.140(a): injured at work', 'injured work', 'dcfs-personnel-work-related-injury-medical-emergency'],
		['331.70(f): the Appendix A typo "dispending"', 'dispending', 'medication-dispensing-error'],
		['331.140(c): bribe', 'bribe', 'bribery-or-attempted-bribery-of-dcfs-personnel'],
	])('%s', (_label, query, id) => {
		expect(searchEvents(query, REPORTING_CATALOG).map((e) => e.id)).toContain(id);
	});
	test('no words, no results; a word nothing contains, no results', () => {
		expect(searchEvents('  ', REPORTING_CATALOG)).toEqual([]);
		expect(searchEvents('zzzz', REPORTING_CATALOG)).toEqual([]);
	});
});
