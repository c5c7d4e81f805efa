import type { DisciplineRecord } from '@rules/discipline/discipline-record';
import { formatDate } from '@rules/dates';
import { el } from './dom-result';

/**
 * The one-page record for the file of a discipline result, printed on its own: the employee's name
 * as typed for this printout (never stored, never sent), the decision and penalty, each occurrence,
 * the notes, the quoted paragraphs and lines to sign. Browser only; text is set with textContent.
 */


/** What the printed page needs besides the record itself. */
export interface RecordView {
	record: DisciplineRecord;
	/** The name typed for this printout; a blank line when empty. */
	employeeName: string;
	/** When it was computed, for people. */
	computedAt: string;
	/** Absolute link that reproduces the result (it does not carry the name). */
	shareUrl: string;
}

/** Key facts as "Term: detail" lines, which read the same in print and when the PDF is read back. */
function facts(rows: readonly [string, string][]): HTMLDivElement {
	const div = el('div', undefined, 'record-facts');
	for (const [term, detail] of rows) {
		const p = el('p');
		p.append(el('strong', `${term}: `), detail);
		div.append(p);
	}
	return div;
}

/** Builds the printed record as a detached element. */
export function buildRecord(view: RecordView): HTMLElement {
	const { record: r } = view;
	const article = el('article', undefined, 'file-record');
	article.setAttribute('aria-label', `${r.title}: record for the file`);
	article.append(el('h1', `${r.title}: record for the file`), el('p', r.policy, 'record-policy'));
	const d = r.decision;
	article.append(
		facts([
			['Employee', view.employeeName.trim() || '______________________________'],
			['As of', formatDate(r.asOf)],
			['Decision', d.step === null ? d.action : `Step ${d.step}: ${d.action}`],
			['Penalty', d.unpaidDays + d.paperDays === 0 ? 'no suspension days' : `${d.unpaidDays} day(s) served without pay; ${d.paperDays} day(s) on paper (noticed, not served)`],
			['Benefit time', d.benefitTime],
			['Next', r.next],
		]),
	);
	if (r.occurrences.length) {
		const table = el('table', undefined, 'record-occurrences');
		table.append(el('caption', 'Occurrences'));
		const head = el('tr');
		for (const h of ['Date', 'Counted as', 'Step', 'Discipline', 'Stops counting']) {
			const th = el('th', h);
			th.scope = 'col';
			head.append(th);
		}
		table.append(el('thead'), el('tbody'));
		table.tHead!.append(head);
		for (const o of r.occurrences) {
			const tr = el('tr');
			for (const cell of [o.date, o.countedAs, String(o.step), o.action, o.stopsCounting]) tr.append(el('td', cell));
			table.tBodies[0]!.append(tr);
		}
		article.append(table);
	}
	if (r.notes.length) {
		const ul = el('ul', undefined, 'record-notes');
		for (const note of r.notes) ul.append(el('li', note));
		article.append(el('h2', 'Notes'), ul);
	}
	article.append(el('h2', 'The paragraphs applied'));
	for (const q of r.quotes) {
		const p = el('p', undefined, 'record-quote');
		p.append(el('strong', `${q.label}: `), el('q', q.quote));
		article.append(p);
	}
	const signatures = el('div', undefined, 'record-signatures');
	for (const who of ['Supervisor', 'Employee']) signatures.append(el('p', `${who}: ______________________________  Date: ____________`));
	article.append(signatures);
	const footer = el('p', undefined, 'record-footer');
	footer.append(`Computed ${view.computedAt} from the facts entered, by Handbook Portal: ${view.shareUrl} (section ${location.origin}${r.href}). The employee's name is printed only; it is not stored or sent.`);
	article.append(footer);
	return article;
}
