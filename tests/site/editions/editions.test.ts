import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareEditions, parseRange } from '@lib/editions/compare';
import { EditionError, parseEditionsFile } from '@lib/editions/edition-file';
import { redline, redlineCounts } from '@lib/editions/redline';
import { loadEditions, type EditionsData } from '@lib/editions/store';
import { makeSecondEdition } from '../../fixtures/editions/make-second-edition';
import { ADDED, EDITS, REMOVED, SECOND_EDITION } from '../../fixtures/editions/second-edition';

const HASH = 'a'.repeat(64);
const entry = (id: string, date: string) => `  - { id: "${id}", date: "${date}", title: T, summary: S, hash: "${HASH}" }\n`;

describe('issue 11 editions file: a bad entry stops the build naming it', () => {
	const cases: [string, string, RegExp][] = [
		['a duplicate id', entry('2026-12', '2026-12-01') + entry('2026-12', '2026-12-02'), /edition 2 \(2026-12\): id 2026-12 is used twice/],
		['a date out of order', entry('2026-12', '2026-12-01') + entry('2027-01', '2026-11-30'), /edition 2 \(2027-01\): date 2026-11-30 is before the previous edition's \(2026-12, 2026-12-01\)/],
		['an impossible date', entry('2026-12', '2026-02-30'), /edition 1 \(2026-12\): date: expected a real calendar date/],
		['a hash that is not SHA-256', '  - { id: "x1", date: "2026-12-01", title: T, summary: S, hash: "abc" }\n', /edition 1 \(x1\): hash: expected a SHA-256/],
		['no editions', '', /expected a list under "editions:"/],
	];
	test.each(cases)('%s', (_label, body, message) => {
		expect(() => parseEditionsFile(`editions:\n${body}`)).toThrow(message);
	});
	test('a well-formed file parses, oldest first', () => {
		expect(parseEditionsFile(`editions:\n${entry('2026-12', '2026-12-01')}${entry('2027-01', '2027-01-15')}`).map((e) => e.id)).toEqual(['2026-12', '2027-01']);
	});
});

describe('issue 11 the repository content is its current edition', () => {
	test('content/ matches the manifest of the last edition in content/editions.yaml', () => {
		const data = loadEditions('content');
		expect(data.current.id).toBe(data.editions.at(-1)!.id);
		expect(data.pages.length).toBeGreaterThan(100);
	});
});

describe('issue 11 the second-edition fixture (three sections edited, one added, one removed)', () => {
	let dir: string;
	let content: string;
	let data: EditionsData;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'editions-'));
		content = makeSecondEdition(dir);
		data = loadEditions(content);
	}, 60_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('the comparison shows exactly the fixture’s differences', () => {
		const [first] = data.editions;
		const groups = compareEditions(data, first!.id, SECOND_EDITION.id);
		const keys = (kind: 'added' | 'removed' | 'changed') => groups.flatMap((g) => g[kind].map((c) => c.page.key)).sort();
		const key = (path: string) => path.replace(/\.mdx?$/, '');
		expect(keys('added')).toEqual([key(ADDED.path)]);
		expect(keys('removed')).toEqual([key(REMOVED)]);
		expect(keys('changed')).toEqual([...new Set(EDITS.map((e) => key(e.path)))].sort());
	});

	test('each changed page’s redline deletes the old words and inserts the new ones', () => {
		const groups = compareEditions(data, data.editions[0]!.id, SECOND_EDITION.id);
		for (const change of groups.flatMap((g) => g.changed)) {
			const edits = EDITS.filter((e) => e.path === `${change.page.key}.mdx`);
			const segments = redline(data.texts[change.from!.hash]!, data.texts[change.to!.hash]!);
			const texts = (kind: 'ins' | 'del') => segments.flatMap((s) => (s.kind === kind ? [s.text.trim()] : [])).filter(Boolean);
			expect(texts('ins').length, change.page.key).toBeGreaterThan(0);
			for (const t of texts('ins')) expect(edits.some((e) => e.with.includes(t)), `${change.page.key}: inserted ${t}`).toBe(true);
			for (const t of texts('del')) expect(edits.some((e) => e.replace.includes(t)), `${change.page.key}: removed ${t}`).toBe(true);
			expect(redlineCounts(segments).inserted, change.page.key).toBeGreaterThan(0);
			expect(segments.some((s) => s.kind === 'fold'), `${change.page.key}: long unchanged runs are folded`).toBe(true);
		}
	});

	test('a retitled page keeps one history with both titles', () => {
		const page = data.pages.find((p) => p.key === 'handbook/2-5-personal-business-time')!;
		expect(page.versions.map((v) => [v.editions, v.title])).toEqual([
			[[data.editions[0]!.id], 'Personal Business Time'],
			[[SECOND_EDITION.id], 'Personal Business Days'],
		]);
	});

	test('a redline range with an unknown edition is not found', () => {
		expect(parseRange(data, `${data.editions[0]!.id}...${SECOND_EDITION.id}`)).toBeDefined();
		expect(parseRange(data, `1999-01...${SECOND_EDITION.id}`)).toBeUndefined();
	});

	test('a frozen text changed after the release stops the build naming the edition and file', () => {
		const frozen = join(content, 'editions', data.editions[0]!.id, EDITS[0]!.path);
		const original = readFileSync(frozen, 'utf8');
		writeFileSync(frozen, `${original}\nTampered.\n`);
		try {
			expect(() => loadEditions(content)).toThrow(new RegExp(`edition ${data.editions[0]!.id}: the text of ${EDITS[0]!.path} is not the released one`));
		} finally {
			writeFileSync(frozen, original);
		}
	});

	test('an unreleased edit of the content stops the build naming the file', () => {
		const live = join(content, ADDED.path);
		writeFileSync(live, `${ADDED.text}\nMore.\n`);
		try {
			expect(() => loadEditions(content)).toThrow(EditionError);
			expect(() => loadEditions(content)).toThrow(new RegExp(`changed: ${ADDED.path}`));
		} finally {
			writeFileSync(live, ADDED.text);
		}
	});
});
