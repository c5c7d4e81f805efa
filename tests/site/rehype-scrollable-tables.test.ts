import { describe, expect, test } from 'vitest';
import { rehypeScrollableTables } from '../../src/lib/build/rehype-scrollable-tables';

describe('wide tables scroll inside a focusable region', () => {
	test('each table is wrapped once, nested ones too', () => {
		const table = () => ({ type: 'element', tagName: 'table', children: [] });
		const tree = { type: 'root', children: [table(), { type: 'element', tagName: 'section', children: [table()] }] };
		rehypeScrollableTables()(tree);
		expect(tree.children[0]).toMatchObject({ tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: 'Table 1' }, children: [{ tagName: 'table' }] });
		expect((tree.children[1] as { children: unknown[] }).children[0]).toMatchObject({ tagName: 'div', properties: { ariaLabel: 'Table 2' }, children: [{ tagName: 'table' }] });
	});
});
