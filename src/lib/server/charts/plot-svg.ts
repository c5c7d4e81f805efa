import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Charts drawn on the server with Observable Plot (issue 14 §1), into a small DOM (linkedom), and
 * sent as SVG in the page: readable without JavaScript, keyboard-reachable where a mark links to the
 * list behind it. Each chart carries a <title> and a <desc>, and the page puts its data beside it as a
 * table. Plot's own <style> element is dropped (the CSP allows no inline style; the site stylesheet
 * styles `.chart`).
 */

/** What every chart states about itself, for the SVG's title and description. */
export interface ChartText {
	/** Unique on the page: the ids of the title and description are made from it. */
	id: string;
	title: string;
	description: string;
}

let shared: Document | undefined;
function chartDocument(): Document {
	shared ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
	return shared;
}

/** Renders a Plot chart to an SVG string with a title and description (WCAG 2.2 1.1.1). */
export function renderChart(text: ChartText, options: Plot.PlotOptions): string {
	const document = chartDocument();
	const figure = Plot.plot({ ...options, document, className: 'chart', figure: false });
	const svg = figure as unknown as SVGSVGElement;
	for (const style of [...svg.querySelectorAll('style')]) style.remove();
	// Plot labels its groups ("bar", "rule") with aria-label, which a <g> may not carry. The title,
	// the description and the table beside say what the drawing shows, so the drawing is hidden from
	// screen readers, except its links: each takes the label of its mark ("Cook North: 50 percent …").
	for (const group of [...svg.querySelectorAll('g')]) {
		group.removeAttribute('aria-label');
		if (!group.querySelector('a')) group.setAttribute('aria-hidden', 'true');
	}
	for (const link of [...svg.querySelectorAll('a')]) {
		const labelled = link.querySelector('[aria-label]');
		if (labelled && !link.hasAttribute('aria-label')) {
			link.setAttribute('aria-label', labelled.getAttribute('aria-label') ?? '');
			labelled.removeAttribute('aria-label');
		}
	}
	svg.removeAttribute('aria-label');
	svg.removeAttribute('aria-description');
	const titleId = `${text.id}-title`;
	const descId = `${text.id}-desc`;
	const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
	title.setAttribute('id', titleId);
	title.textContent = text.title;
	const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
	desc.setAttribute('id', descId);
	desc.textContent = text.description;
	svg.insertBefore(desc, svg.firstChild);
	svg.insertBefore(title, desc);
	// A group, not an image: the bars inside are links a keyboard reaches.
	svg.setAttribute('role', 'group');
	svg.setAttribute('aria-labelledby', titleId);
	svg.setAttribute('aria-describedby', descId);
	return svg.outerHTML;
}

export { Plot };
