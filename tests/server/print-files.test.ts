import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { availablePdfs, pdfPath } from '@lib/server/print-files';

/** Issue 11 §6: the site offers whichever PDFs exist, and serves no other file. */
const dir = mkdtempSync(join(tmpdir(), 'print-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const editions = [
	{ id: '2026-12', date: '2026-12-07', title: 'A', summary: 'S', hash: 'a'.repeat(64) },
	{ id: '2027-01', date: '2027-01-15', title: 'B', summary: 'S', hash: 'b'.repeat(64) },
];

describe('lib/server/print-files.ts', () => {
	test('no PDFs: nothing offered', () => {
		expect(availablePdfs(dir, editions)).toEqual([]);
	});
	test('the PDFs present, newest edition first, in collection order', () => {
		for (const f of ['dcfs-procedures-2026-12.pdf', 'dcfs-employee-handbook-2026-12.pdf', 'dcfs-employee-handbook-2027-01.pdf', 'notes.pdf']) writeFileSync(join(dir, f), 'x');
		expect(availablePdfs(dir, editions).map((p) => p.file)).toEqual(['dcfs-employee-handbook-2027-01.pdf', 'dcfs-employee-handbook-2026-12.pdf', 'dcfs-procedures-2026-12.pdf']);
	});
	test.each([
		['a PDF the command wrote', 'dcfs-employee-handbook-2026-12.pdf', true],
		['a known name not printed', 'dcfs-ethics-and-conduct-2026-12.pdf', false],
		['another file in the folder', 'notes.pdf', false],
		['a path out of the folder', '../package.json', false],
	])('%s', (_label, file, served) => {
		expect(pdfPath(dir, editions, file) !== undefined).toBe(served);
	});
});
