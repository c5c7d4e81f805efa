import { describe, expect, test } from 'vitest';
import { parseDestinations, samePages } from '@lib/print/page-numbers';
import { crossRef, pdfFileName, printAnchor, printCss, runningLabel, type RefPage } from '@lib/print/print-document';
import { readingOrder, type NavPage } from '@lib/nav';

/** Issue 11 §6: the pure parts of the printable edition. */
const site = new URL('https://portal.example.gov/');
const pages = new Map<string, RefPage>([
	['handbook/2-3-vacation', { collection: 'handbook', id: '2-3-vacation', section: '2.3', label: '2.3 Vacation' }],
	['handbook/2-1-daily-time/attachment-2-1b', { collection: 'handbook', id: '2-1-daily-time/attachment-2-1b', section: '2.1b', label: '2.1b Request form' }],
	['ethics/ethics-act', { collection: 'ethics', id: 'ethics-act', section: 'Ethics Act', label: 'State Officials and Employees Ethics Act' }],
	['ethics/code-of-ethics', { collection: 'ethics', id: 'code-of-ethics', label: 'Code of Ethics' }],
]);

describe('issue 11 §6 cross-references in a printed document: kept as links, printed with their section', () => {
	const cases: [string, string, string | undefined][] = [
		['/handbook/2-3-vacation/', `#${printAnchor('2-3-vacation')}`, '§ 2.3'],
		['/handbook/2-1-daily-time/attachment-2-1b/#form', `#${printAnchor('2-1-daily-time/attachment-2-1b')}`, '§ 2.1b'],
		['/ethics/ethics-act/', 'https://portal.example.gov/ethics/ethics-act/', 'State Officials and Employees Ethics Act'],
		['/ethics/code-of-ethics/', 'https://portal.example.gov/ethics/code-of-ethics/', 'Code of Ethics'],
		['/tools/leave/', 'https://portal.example.gov/tools/leave/', undefined],
		['#b-mandatory-reporting', '#b-mandatory-reporting', undefined],
		['https://www.ilga.gov/legislation/', 'https://www.ilga.gov/legislation/', undefined],
	];
	test.each(cases)('in the handbook, a link to %s', (href, to, printed) => {
		expect(crossRef(href, 'handbook', pages, site)).toEqual({ href: to, ...(printed ? { printed } : {}) });
	});
});

describe('issue 11 §6 running headers: the section and the edition', () => {
	test.each([
		['2.3 Vacation', '2.3 Vacation'],
		[
			'3.1 DCFS Professional Conduct, State of Illinois Code of Personal Conduct, and Administrative Law Judge Code of Professional Conduct',
			'3.1 DCFS Professional Conduct, State of Illinois Code of Personal…',
		],
	])('%s', (label, header) => {
		expect(runningLabel(label)).toBe(header);
		expect(runningLabel(label).length).toBeLessThanOrEqual(72);
	});
	test('every section is a named page headed by its label and the edition; every page names the document, edition and date', () => {
		const css = printCss('handbook', { id: '2026-12' }, 'Monday, December 7, 2026', [{ anchor: 'p-2-3-vacation', label: '2.3 "Vacation"' }]);
		expect(css).toContain('@bottom-left { content: "Employee Handbook · Edition 2026-12, Monday, December 7, 2026"');
		expect(css).toContain('counter(page) " of " counter(pages)');
		expect(css).toContain('@page p-2-3-vacation { @top-left { content: "2.3 \\"Vacation\\""');
		expect(css).toContain('@top-right { content: "Edition 2026-12"');
		expect(css).toContain('#p-2-3-vacation { page: p-2-3-vacation; }');
	});
	test('PDF names carry the document and the edition', () => {
		expect(pdfFileName('ethics', '2027-01')).toBe('dcfs-ethics-and-conduct-2027-01.pdf');
	});
});

describe('issue 11 §6 the contents’ page numbers come from the PDF’s named destinations', () => {
	const dests = `Page  Destination                 Name\n   2 [ XYZ    6  776 null      ] "p-2-3-vacation"\n  15 [ XYZ    6  776 null      ] "p-2-4-sick-time"\n`;
	test('pdfinfo -dests is read into anchor → page', () => {
		expect([...parseDestinations(dests)]).toEqual([['p-2-3-vacation', 2], ['p-2-4-sick-time', 15]]);
	});
	test('two printings agree only when every section starts on the same page', () => {
		expect(samePages(parseDestinations(dests), parseDestinations(dests))).toBe(true);
		expect(samePages(parseDestinations(dests), parseDestinations(dests.replace('  15 ', '  16 ')))).toBe(false);
	});
});

describe('issue 11 §6 reading order of a printed collection', () => {
	const page = (collection: NavPage['collection'], id: string, order: number, status: 'current' | 'superseded' = 'current'): NavPage =>
		({ collection, id, data: { title: id, order, part: 'P', status } }) as unknown as NavPage;
	test('documents current first; each by order, attachments after their section; other collections left out', () => {
		const all = [page('procedures', '331-2001/a', 1, 'superseded'), page('procedures', '331/331-20', 20), page('procedures', '331/331-10', 10), page('handbook', 'x', 1)];
		expect(readingOrder(all, 'procedures').map((p) => p.id)).toEqual(['331/331-10', '331/331-20', '331-2001/a']);
	});
});
