import { describe, expect, test } from 'vitest';
import { rehypeJsxHeadings } from '../../src/lib/build/rehype-jsx-headings';

const jsx = (name: string, attributes: { type: string; name: string; value: unknown }[]) => ({ type: 'mdxJsxFlowElement', name, attributes, children: [{ type: 'text', value: 'Section 437.40 Prohibition' }] });

describe('statute headings written as JSX join the table of contents', () => {
	test('a literal <h2 id> becomes a heading element with its id', () => {
		const tree = { type: 'root', children: [jsx('h2', [{ type: 'mdxJsxAttribute', name: 'id', value: 'section-437-40' }])] };
		rehypeJsxHeadings()(tree);
		expect(tree.children[0]).toMatchObject({ type: 'element', tagName: 'h2', properties: { id: 'section-437-40' } });
	});
	test('a heading with a computed attribute and other JSX elements are left alone', () => {
		const dynamic = jsx('h3', [{ type: 'mdxJsxAttribute', name: 'id', value: { type: 'mdxJsxAttributeValueExpression' } }]);
		const other = jsx('Calculator', [{ type: 'mdxJsxAttribute', name: 'name', value: 'vacation' }]);
		const tree = { type: 'root', children: [dynamic, other] };
		rehypeJsxHeadings()(tree);
		expect(tree.children.map((c) => c.type)).toEqual(['mdxJsxFlowElement', 'mdxJsxFlowElement']);
	});
});
