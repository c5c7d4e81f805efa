import type { ReportingChecklist } from '@rules/reporting/checklist';
import type { ChecklistItem, Deadline } from '@rules/reporting/schema';
import type { Citation, NotApplicable } from '@rules/result';

/**
 * Turns a reporting checklist into HTML for the page and into plain text for "Copy checklist".
 * Pure functions (no DOM), so the page script and the tests share them.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const citeLinks = (cites: Citation[]) => {
	const seen = new Set<string>();
	return cites
		.filter((c) => (seen.has(c.section) ? false : (seen.add(c.section), true)))
		.map((c) => `<a href="${escapeHtml(c.href)}" title="${escapeHtml(c.quote)}">${escapeHtml(/^\d+(\.\d+)*$/.test(c.section) ? `§ ${c.section}` : c.section)}</a>`)
		.join(', ');
};

function deadlineHtml(d: Deadline): string {
	const due = d.due ? `<strong class="due">${escapeHtml(d.dueText)}</strong>` : `<span class="due">${escapeHtml(d.dueText)}</span>`;
	return `<li>${due}<br /><span class="clock">${escapeHtml(d.clockText)}</span></li>`;
}

function itemHtml(item: ChecklistItem): string {
	const phones = item.contact?.phones.map((p) => `<a href="tel:+1${p.number.replace(/-/g, '')}">${escapeHtml(p.number)}</a> <span class="muted">(${escapeHtml(p.label)})</span>`) ?? [];
	const email = item.contact?.email ? [`<a href="mailto:${escapeHtml(item.contact.email)}">${escapeHtml(item.contact.email)}</a>`] : [];
	const reach = [...phones, ...email].join(' · ');
	const condition = item.condition ? `<p class="condition ${item.status}"><span class="tag">${item.status === 'conditional' ? 'Only' : 'Applies'}</span> ${escapeHtml(item.condition)}</p>` : '';
	return `<li class="item ${item.status}">
<p class="item-title">${escapeHtml(item.title)}</p>
${item.contact ? `<p class="contact"><span class="label">Contact:</span> ${escapeHtml(item.contact.name)}${reach ? `: ${reach}` : ''}${item.contact.note ? `. <span class="muted">${escapeHtml(item.contact.note)}</span>` : ''}</p>` : ''}
<p class="by"><span class="label">Who:</span> ${escapeHtml(item.by)}</p>
${condition}
<div class="deadline"><span class="label">By when:</span><ul>${item.deadlines.map(deadlineHtml).join('')}</ul></div>
<p class="source"><span class="label">Source:</span> ${citeLinks(item.cite)}</p>
</li>`;
}

function listSection(id: string, heading: string, items: ChecklistItem[], intro = ''): string {
	if (items.length === 0) return '';
	return `<section aria-labelledby="${id}"><h3 id="${id}">${escapeHtml(heading)}</h3>${intro}<ol class="items">${items.map(itemHtml).join('')}</ol></section>`;
}

/** The checklist as HTML (headings start at h3; the page supplies the h2). */
export function checklistHtml(r: ReportingChecklist): string {
	const fallback = r.fallback ? `<p class="notice">${escapeHtml(r.fallback.text)} <a href="?event=${encodeURIComponent(r.fallback.eventId)}" data-event="${escapeHtml(r.fallback.eventId)}">Open the checklist for “${escapeHtml(r.fallback.eventName)}”</a>.</p>` : '';
	const notRequired = r.notRequired.length ? `<section aria-labelledby="cl-not-required"><h3 id="cl-not-required">Not required, from your answers</h3><ul>${r.notRequired.map((n) => `<li>${escapeHtml(n.title)} <span class="muted">(${escapeHtml(n.condition)})</span></li>`).join('')}</ul></section>` : '';
	const forms = r.forms.length ? `<section aria-labelledby="cl-forms"><h3 id="cl-forms">Forms and what to record</h3><ul>${r.forms.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul></section>` : '';
	const notes = r.notes.length ? `<section aria-labelledby="cl-notes"><h3 id="cl-notes">Also note</h3><ul>${r.notes.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul></section>` : '';
	const who = `<section aria-labelledby="cl-who"><h3 id="cl-who">Who must report</h3><ul>${r.whoMustReport.map((w) => `<li>${escapeHtml(w.text)} <span class="source">${citeLinks([w.cite])}</span></li>`).join('')}</ul></section>`;
	const conditional = r.notifications.some((n) => n.status === 'conditional') ? '<p class="muted">Items marked “Only” depend on a question you left as “Not sure”.</p>' : '';
	return `<p class="event-meta"><strong>${escapeHtml(r.event.name)}</strong> — ${escapeHtml(r.event.category)}. ${escapeHtml(r.event.description)}</p>
<p class="known">${escapeHtml(r.steps[1] ?? '')}</p>
${fallback}
${listSection('cl-primary', '1. First', r.primary)}
${listSection('cl-notify', '2. Notify', r.notifications, conditional)}
${listSection('cl-critical', 'Critical Event', r.critical)}
${listSection('cl-after', '3. Afterwards', r.afterwards)}
${forms}${notes}${notRequired}${who}
<details class="how"><summary>How the deadlines were counted</summary><ul>${[...r.steps.slice(2), ...r.primary.flatMap((p) => p.deadlines.flatMap((d) => d.steps))].map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></details>`;
}

/** The "not required" answer as HTML. */
export function notApplicableHtml(r: NotApplicable): string {
	return `<p class="notice ok"><strong>No Significant Event Report is required.</strong> ${escapeHtml(r.reason)}</p><p>${escapeHtml(r.rule)} <span class="source">${citeLinks(r.citations)}</span></p>`;
}

const itemText = (item: ChecklistItem, n: number) => {
	const lines = [`${n}. ${item.title}`];
	if (item.contact) lines.push(`   Contact: ${item.contact.name}${item.contact.phones.length ? ` — ${item.contact.phones.map((p) => `${p.number} (${p.label})`).join(', ')}` : ''}${item.contact.email ? ` — ${item.contact.email}` : ''}`);
	lines.push(`   Who: ${item.by}`);
	if (item.condition) lines.push(`   ${item.status === 'conditional' ? 'Only' : 'Applies'} ${item.condition}`);
	for (const d of item.deadlines) lines.push(`   By: ${d.dueText} [${d.clockText}]`);
	lines.push(`   Source: ${item.cite.map((c) => `${c.section} (${c.href})`).join('; ')}`);
	return lines.join('\n');
};

/** The checklist as plain text, for the clipboard; `url` is the shareable address of the checklist. */
export function checklistText(r: ReportingChecklist, url: string): string {
	const block = (heading: string, items: ChecklistItem[]) => (items.length ? [`${heading}`, ...items.map(itemText)].join('\n') : '');
	return [
		`Significant event checklist — ${r.event.name}`,
		r.event.category,
		r.steps[1] ?? '',
		r.fallback ? r.fallback.text : '',
		block('FIRST', r.primary),
		block('NOTIFY', r.notifications),
		block('CRITICAL EVENT', r.critical),
		block('AFTERWARDS', r.afterwards),
		r.forms.length ? ['FORMS', ...r.forms.map((f) => `- ${f}`)].join('\n') : '',
		r.notes.length ? ['NOTES', ...r.notes.map((f) => `- ${f}`)].join('\n') : '',
		`Reading used: "24 hours, excluding weekends and holidays" counts workday hours only (Procedures 331.70, 331.110, 331.160; holidays: handbook 2.7).`,
		`Checklist: ${url}`,
	]
		.filter(Boolean)
		.join('\n\n');
}
