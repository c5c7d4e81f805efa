import { describe, expect, test } from 'vitest';
import { breadcrumbs, documentParts, pageHref, parentId, prevNext, type NavPage } from '../../src/lib/nav';

const page = (collection: NavPage['collection'], id: string, order: number, part: string, section?: string): NavPage => ({
	collection,
	id,
	data: { title: id, part, order, source: 'employee-handbook', summary: 's', status: 'current', related: [], forms: [], tools: [], ...(section ? { section } : {}) },
});
const pages = [
	page('handbook', '2-2-work-schedules', 2.02, 'Chapter 2', '2.2'),
	page('handbook', '2-3-vacation', 2.03, 'Chapter 2', '2.3'),
	page('handbook', '3-3-court', 3.03, 'Chapter 3', '3.3'),
	page('handbook', '3-3-court/policy-guide-96-7', 3.031, 'Chapter 3', 'Policy Guide 96.7'),
	page('procedures', '331', 0, 'Front', undefined),
	page('procedures', '331/331-10', 1, 'Subpart A', '331.10'),
];

describe('navigation', () => {
	test('child pages have their section as parent; procedures documents are folders', () => {
		expect([parentId(pages[3]!), parentId(pages[2]!), parentId(pages[5]!)]).toEqual(['3-3-court', undefined, undefined]);
	});
	test('parts list top-level pages in order', () => {
		expect(documentParts(pages, 'handbook').map((p) => [p.part, p.pages.map((x) => x.id)])).toEqual([
			['Chapter 2', ['2-2-work-schedules', '2-3-vacation']],
			['Chapter 3', ['3-3-court']],
		]);
	});
	test('previous and next stay in reading order, attachments after their section', () => {
		expect(prevNext(pages, pages[2]!)).toEqual({ prev: { href: '/handbook/2-3-vacation/', label: '2.3 2-3-vacation' }, next: { href: '/handbook/3-3-court/policy-guide-96-7/', label: 'Policy Guide 96.7 3-3-court/policy-guide-96-7' } });
	});
	test('breadcrumbs lead home, to the collection, the document and the parent section', () => {
		expect(breadcrumbs(pages, pages[3]!).map((l) => l.href)).toEqual(['/', '/handbook/', '/handbook/3-3-court/']);
		expect(breadcrumbs(pages, pages[5]!).map((l) => l.href)).toEqual(['/', '/procedures/', '/procedures/331/']);
		expect(pageHref(pages[1]!)).toBe('/handbook/2-3-vacation/');
	});
});
