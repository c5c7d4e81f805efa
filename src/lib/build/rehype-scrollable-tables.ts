type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };

/**
 * Rehype plugin: wraps every table in a scrolling region that keyboard users can focus and scroll
 * (WCAG 2.1.1; axe "scrollable-region-focusable"), so wide forms and charts never break the page on a phone.
 */
export function rehypeScrollableTables() {
	return (tree: Node) => wrap(tree, { count: 0 });
}

// A group, not a region: a page with twenty tables should not get twenty landmarks. Each is numbered
// so its name is unique on the page.
function wrap(node: Node, state: { count: number }): void {
	const children = node.children ?? [];
	for (let i = 0; i < children.length; i++) {
		const child = children[i]!;
		if (child.type === 'element' && child.tagName === 'table') {
			state.count += 1;
			children[i] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: `Table ${state.count}` }, children: [child] };
		} else {
			wrap(child, state);
		}
	}
}
