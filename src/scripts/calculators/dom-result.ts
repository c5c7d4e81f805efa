import type { Explanation, NotApplicable } from '@rules/result';
import type { Presentation } from './types';

/**
 * Renders a calculator's result: the answer in plain words, key figures, an optional table, then
 * "Rule applied", the steps and the sources with their quoted words. Browser only; text is set
 * with textContent, never as HTML.
 */

/** A new element with its text (textContent, never HTML) and class. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	className?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/** What the region needs to render one result. */
export interface ResultView {
	result: Explanation | NotApplicable;
	presentation: Presentation;
	/** Level of the result heading (2 on a tool page, 3 inside a section). */
	headingLevel: number;
	/** Id for the result heading. */
	headingId: string;
	/** Absolute link that reproduces this result. */
	shareUrl: string;
	/** When it was computed, for people (local time). */
	computedAt: string;
	/** The edition of the policy text the rule applies (issue 11 §5), so a printed result can be traced. */
	edition: string;
}

/** Fills the result region and returns its heading (for focus). */
export function renderResult(region: HTMLElement, view: ResultView): HTMLElement {
	const { result, presentation: p } = view;
	const level = Math.min(6, Math.max(2, view.headingLevel));
	const sub = `h${Math.min(6, level + 1)}` as 'h3';
	const heading = el(`h${level}` as 'h2', 'Result');
	heading.id = view.headingId;
	heading.tabIndex = -1;
	const answer = el('p', p.answer, `calc-answer calc-${p.tone}`);
	const parts: Node[] = [heading, answer];
	if (p.facts?.length) {
		const dl = el('dl', undefined, 'calc-facts');
		for (const f of p.facts) dl.append(el('dt', f.term), el('dd', f.detail));
		parts.push(dl);
	}
	if (p.table && p.table.rows.length) {
		const wrap = el('div', undefined, 'calc-table');
		const table = el('table');
		table.append(el('caption', p.table.caption));
		const head = el('tr');
		for (const h of p.table.head) {
			const th = el('th', h);
			th.scope = 'col';
			head.append(th);
		}
		table.append(el('thead'), el('tbody'));
		table.tHead!.append(head);
		for (const row of p.table.rows) {
			const tr = el('tr');
			for (const cell of row) tr.append(el('td', cell));
			table.tBodies[0]!.append(tr);
		}
		wrap.append(table);
		parts.push(wrap);
	}
	parts.push(el(sub, 'Rule applied'), el('p', result.rule));
	if (result.steps.length) {
		parts.push(el(sub, 'Steps'));
		const ol = el('ol', undefined, 'calc-steps');
		for (const step of result.steps) ol.append(el('li', step));
		parts.push(ol);
	}
	parts.push(el(sub, 'Sources'));
	const sources = el('ul', undefined, 'calc-sources');
	for (const c of result.citations) {
		const li = el('li');
		const link = el('a', `§ ${c.section}`);
		link.href = c.href;
		const quote = el('q', c.quote);
		li.append(link, view.edition ? ` as of edition ${view.edition}: ` : ': ', quote);
		sources.append(li);
	}
	parts.push(sources);
	const footer = el('p', undefined, 'calc-printed muted');
	const share = el('a', 'Link to this result');
	share.href = view.shareUrl;
	footer.append(`Computed ${view.computedAt}${view.edition ? ` under edition ${view.edition} of the policies` : ''}. `, share, '.');
	parts.push(footer);
	region.replaceChildren(...parts);
	return heading;
}
