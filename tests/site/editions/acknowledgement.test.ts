import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { changesSinceCampaign, coveredSections, roundCovers, sectionsToSign, type EarlierAcknowledgement } from '@lib/editions/acknowledgement';
import { versionIn } from '@lib/editions/compare';
import { loadEditions, type EditionsData } from '@lib/editions/store';
import { makeSecondEdition } from '../../fixtures/editions/make-second-edition';
import { ADDED, EDITS, REMOVED, SECOND_EDITION } from '../../fixtures/editions/second-edition';

/** Issue 11 §4 on the second-edition fixture: what a round covers and what each signer is shown. */
const FIRST = '2026-12';
const SECOND = SECOND_EDITION.id;
const key = (path: string) => path.replace(/\.mdx?$/, '');
const EDITED = [...new Set(EDITS.map((e) => key(e.path)))];

let dir: string;
let data: EditionsData;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'acknowledgement-'));
	data = loadEditions(makeSecondEdition(dir));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a signer acknowledged: every page of `covers` as edition `editionId` had it. */
function signedAll(editionId: string, covers: string[]): Map<string, EarlierAcknowledgement> {
	return new Map(coveredSections(data, { editionId, covers }).map((s) => [s.page.key, { editionId, textSha256: s.version.hash, signedAtMs: 1 }]));
}

describe('issue 11 §4 the sections a campaign covers are read in its edition', () => {
	test('a whole-handbook campaign on the first edition has the removed section and not the added one', () => {
		const keys = coveredSections(data, { editionId: FIRST, covers: ['handbook'] }).map((s) => s.page.key);
		expect(keys).toContain(key(REMOVED));
		expect(keys).not.toContain(key(ADDED.path));
		expect(keys.every((k) => k.startsWith('handbook/'))).toBe(true);
	});
	test('the same campaign on the second edition has the added section and not the removed one', () => {
		const keys = coveredSections(data, { editionId: SECOND, covers: ['handbook'] }).map((s) => s.page.key);
		expect(keys).toContain(key(ADDED.path));
		expect(keys).not.toContain(key(REMOVED));
	});
	test('sections come in handbook order: 2.3 before 2.5 before 2.9, by number not by text', () => {
		const sections = coveredSections(data, { editionId: SECOND, covers: EDITED.concat(key(ADDED.path)).reverse() });
		expect(sections.map((s) => s.version.section ?? s.label)).toEqual(['2.3', '2.5', '2.9', sections[3]!.version.section ?? sections[3]!.label]);
		expect(sections[3]!.page.collection).toBe('ethics');
	});
	test('a single page can be covered by its key', () => {
		expect(coveredSections(data, { editionId: FIRST, covers: ['handbook/2-4-sick-time'] }).map((s) => s.label)).toEqual(['2.4 Sick Time']);
	});
	test('a campaign with no edition or no covered text covers nothing', () => {
		expect(coveredSections(data, { editionId: null, covers: ['handbook'] })).toEqual([]);
		expect(coveredSections(data, { editionId: FIRST, covers: null })).toEqual([]);
	});
});

describe('issue 11 §4 a new edition: the covered sections to re-acknowledge', () => {
	const cases: [string, string[], string[], string[]][] = [
		['the handbook and the ethics code', ['handbook', 'ethics'], [...EDITED, key(ADDED.path)], [key(REMOVED)]],
		['the handbook only', ['handbook'], [...EDITED.filter((k) => k.startsWith('handbook/')), key(ADDED.path)], [key(REMOVED)]],
		['the ethics code only', ['ethics'], EDITED.filter((k) => k.startsWith('ethics/')), []],
		['one unchanged page', ['handbook/2-4-sick-time'], [], []],
		['the procedures', ['procedures'], [], []],
	];
	test.each(cases)('a campaign covering %s', (_label, covers, toAcknowledge, removed) => {
		const changes = changesSinceCampaign(data, { editionId: FIRST, covers }, SECOND);
		expect(roundCovers(changes).sort()).toEqual([...toAcknowledge].sort());
		expect(changes.removed.map((s) => s.page.key)).toEqual(removed);
	});
	test('each section to re-acknowledge carries its text in the new edition', () => {
		const changes = changesSinceCampaign(data, { editionId: FIRST, covers: ['handbook'] }, SECOND);
		for (const s of changes.toAcknowledge) expect(s.version).toBe(versionIn(s.page, SECOND));
		expect(changes.toAcknowledge.find((s) => s.page.key === key(EDITS[1]!.path))!.label).toBe('2.5 Personal Business Days');
	});
	test('a campaign already on the new edition has nothing to re-acknowledge', () => {
		expect(changesSinceCampaign(data, { editionId: SECOND, covers: ['handbook'] }, SECOND)).toEqual({ toAcknowledge: [], removed: [] });
	});
});

describe('issue 11 §4 what each signer of a round sees, section by section', () => {
	const round = () => ({ editionId: SECOND, covers: roundCovers(changesSinceCampaign(data, { editionId: FIRST, covers: ['handbook', 'ethics'] }, SECOND)) });
	test('who signed the first edition: a redline for each edited section, the whole text of the added one', () => {
		const shown = sectionsToSign(data, round(), signedAll(FIRST, ['handbook', 'ethics']));
		expect(Object.fromEntries(shown.map((s) => [s.page.key, s.show]))).toEqual({
			...Object.fromEntries(EDITED.map((k) => [k, 'redline'])),
			[key(ADDED.path)]: 'whole',
		});
		for (const s of shown.filter((x) => x.show === 'redline')) {
			expect(s.previous!.editionId).toBe(FIRST);
			expect(s.previous!.textSha256).toBe(versionIn(s.page, FIRST)!.hash);
			expect(s.version.hash).not.toBe(s.previous!.textSha256);
		}
	});
	test('who never signed: the whole text of every section', () => {
		expect(new Set(sectionsToSign(data, round(), new Map()).map((s) => s.show))).toEqual(new Set(['whole']));
	});
	test('who already signed the new text: unchanged', () => {
		expect(new Set(sectionsToSign(data, round(), signedAll(SECOND, ['handbook', 'ethics'])).map((s) => s.show))).toEqual(new Set(['unchanged']));
	});
});
