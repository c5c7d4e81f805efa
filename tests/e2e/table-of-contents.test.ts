import { describe, expect, test } from 'vitest';
import { isBuilt, sectionRows, seedText } from './built-site';

/** Section numbers listed in a document's own table of contents. */
function tocEntries(text: string, from: RegExp, to: RegExp, entry: RegExp): string[] {
	const lines = text.split('\n');
	const start = lines.findIndex((l) => from.test(l));
	const end = lines.findIndex((l, i) => i > start && to.test(l));
	const found = new Set<string>();
	for (const line of lines.slice(start, end)) for (const m of line.matchAll(entry)) found.add(m[1]!);
	return [...found];
}

const rows = sectionRows();
const hasPage = (section: string, under: string) => rows.some((r) => r.href.startsWith(under) && (r.section === section || r.section.startsWith(`${section} `) || r.section === `Section ${section}`) && isBuilt(r.href));

describe('every section in each document’s table of contents has its page', () => {
	const handbook = tocEntries(seedText('003'), /^TABLE OF CONTENTS: EMPLOYEE HANDBOOK/, /^Chapter 1\.0$/, /^- (\d\.\d+) /g);
	const procedures = tocEntries(seedText('001'), /^Procedures 331 Significant Event Reporting/, /^This page intentionally left blank/, /\b(331\.\d+)\b/g);
	const appendices = tocEntries(seedText('001'), /^Procedures 331 Significant Event Reporting/, /^This page intentionally left blank/, /Appendix ([A-G])\b/g);
	const old = tocEntries(seedText('002'), /^Section\tPage/, /^APPENDIX A/, /^(331\.\d+) /g);

	test('the tables of contents parse (handbook 1.1–5.7, Procedures 331.10–331.220, appendices A–G, 2001 331.10–331.90)', () => {
		expect([handbook.length, procedures.length, appendices.length, old.length]).toEqual([56, 22, 7, 9]);
	});
	test.each(handbook)('Handbook TOC §%s has a page', (s) => expect(hasPage(s, '/handbook/'), `no page for handbook section ${s}`).toBe(true));
	test.each(procedures)('Procedures 331 TOC %s has a page', (s) => expect(hasPage(s, '/procedures/331/'), `no page for ${s}`).toBe(true));
	test.each(appendices)('Procedures 331 TOC Appendix %s has a page', (a) => expect(isBuilt(`/procedures/331/appendix-${a.toLowerCase()}/`)).toBe(true));
	test.each(old)('Procedures 331 (2001) TOC %s has a page', (s) => expect(hasPage(s, '/procedures/331-2001/'), `no page for 2001 ${s}`).toBe(true));
});
