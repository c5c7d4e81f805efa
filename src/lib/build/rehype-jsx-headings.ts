type Attribute = { type: string; name?: string | null; value?: unknown };
type Node = { type: string; name?: string | null; tagName?: string; attributes?: Attribute[]; properties?: Record<string, unknown>; children?: Node[] };

/**
 * Rehype plugin: turns raw headings written as JSX in MDX (`<h2 id="section-437-40">…</h2>`, used for
 * the statutes' anchors) into ordinary heading elements, so the table of contents lists them too.
 * Only headings whose attributes are all plain strings are converted; anything dynamic is left alone.
 */
export function rehypeJsxHeadings() {
	return (tree: Node) => convert(tree);
}

function convert(node: Node): void {
	for (const child of node.children ?? []) {
		if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && /^h[1-6]$/.test(child.name ?? '')) {
			const attrs = child.attributes ?? [];
			if (attrs.every((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string')) {
				const properties = Object.fromEntries(attrs.map((a) => [a.name === 'class' ? 'className' : a.name!, a.value]));
				Object.assign(child, { type: 'element', tagName: child.name, properties });
				delete child.name;
				delete child.attributes;
			}
		}
		convert(child);
	}
}
