import { relative } from 'node:path';
import { findCrossRefs, scopeOfPath, type SectionIndex } from '../cross-refs';
import { sectionIndexFor } from './section-index';

type Node = { type: string; value?: string; children?: Node[]; url?: string };
type VFile = { path?: string; history?: string[] };

// Text under these nodes is never linked: links already are, and headings read better plain.
const SKIP = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Remark plugin: turns references like "Section 3.4" or "Procedures 331.70" into links to their pages. */
export function remarkCrossRefs(options: { contentDir: string }) {
	let index: SectionIndex | undefined;
	return () => (tree: Node, file: VFile) => {
		index ??= sectionIndexFor(options.contentDir);
		const filePath = file.path ?? file.history?.[0] ?? '';
		const selfPath = `/${relative(options.contentDir, filePath).replace(/\\/g, '/').replace(/\.mdx?$/, '').replace(/\/index$/, '')}/`;
		visit(tree, index, selfPath, scopeOfPath(selfPath));
	};
}

function visit(node: Node, index: SectionIndex, selfPath: string, scope: string | undefined): void {
	if (!node.children || SKIP.has(node.type)) return;
	const out: Node[] = [];
	for (const child of node.children) {
		if (child.type !== 'text' || !child.value) {
			visit(child, index, selfPath, scope);
			out.push(child);
			continue;
		}
		for (const seg of findCrossRefs(child.value, index, selfPath, scope)) {
			out.push(seg.href ? { type: 'link', url: seg.href, children: [{ type: 'text', value: seg.text }] } : { type: 'text', value: seg.text });
		}
	}
	node.children = out;
}
