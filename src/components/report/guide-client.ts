import { RuleInputError } from '@rules/errors';
import { findEvent, REPORTING_CATALOG } from '@rules/reporting/catalog';
import { buildReportingChecklist, type ReportingChecklist } from '@rules/reporting/checklist';
import { QUESTIONS } from '@rules/reporting/questions';
import { searchEvents } from '@rules/reporting/search';
import type { QuestionId, ReportingEvent } from '@rules/reporting/schema';
import { checklistHtml, checklistText, escapeHtml, notApplicableHtml } from './render-checklist';

/**
 * The browser side of /report/: search, choose an event, show only its questions, compute the
 * checklist with rules/reporting on every change, and keep the whole state in the URL query so a
 * checklist can be shared. Nothing is sent to a server.
 */

/** URL parameter names of the form fields that are not circumstance questions. */
const FIELDS = { event: 'event', role: 'role', knownDate: 'date', knownTime: 'time', occurredDate: 'od', occurredTime: 'ot', enteredDate: 'ed', enteredTime: 'et' } as const;
/** Which input shows the error of a rule field. */
const FIELD_INPUT: Record<string, string> = { role: 'role-worker', knownDate: 'known-date', knownTime: 'known-time', occurredDate: 'occurred-date', occurredTime: 'occurred-time', enteredDate: 'entered-date', enteredTime: 'entered-time' };

const $ = <T extends HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector);

/** Wires the guide inside `root` (the page's [data-report-guide] element). */
export function mountReportGuide(root: HTMLElement): void {
	const form = $<HTMLFormElement>(root, '#report-form')!;
	const search = $<HTMLInputElement>(root, '#event-search')!;
	const results = $<HTMLElement>(root, '#search-results')!;
	const searchStatus = $<HTMLElement>(root, '#search-status')!;
	const chosen = $<HTMLElement>(root, '#chosen-event')!;
	const questionsSection = $<HTMLElement>(root, '#questions')!;
	const output = $<HTMLElement>(root, '#checklist')!;
	const outputStatus = $<HTMLElement>(root, '#checklist-status')!;
	const actions = $<HTMLElement>(root, '#checklist-actions')!;
	const copyStatus = $<HTMLElement>(root, '#copy-status')!;
	let current: ReportingChecklist | undefined;

	const params = () => new URLSearchParams(location.search);
	const eventOf = (p: URLSearchParams): ReportingEvent | undefined => findEvent(p.get(FIELDS.event) ?? '');

	function renderSearch(): void {
		const q = search.value.trim();
		if (!q) {
			results.innerHTML = '';
			searchStatus.textContent = '';
			return;
		}
		const found = searchEvents(q, REPORTING_CATALOG).slice(0, 25);
		results.innerHTML = found.map((e) => `<li><a href="/report/event/${encodeURIComponent(e.id)}/" data-event="${escapeHtml(e.id)}">${escapeHtml(e.name)}</a> <span class="muted">${escapeHtml(e.category)}</span></li>`).join('');
		searchStatus.textContent = found.length === 0 ? 'No event matches. Try other words, or browse the categories below.' : `${found.length} event${found.length === 1 ? '' : 's'} match.`;
	}

	/** Puts the URL state into the form and shows the event's questions only. */
	function fillForm(p: URLSearchParams): void {
		const event = eventOf(p);
		questionsSection.hidden = !event;
		actions.hidden = true;
		if (!event) {
			chosen.textContent = '';
			return;
		}
		chosen.innerHTML = `<strong>${escapeHtml(event.name)}</strong> <span class="muted">— ${escapeHtml(event.category)}</span>`;
		for (const input of form.querySelectorAll<HTMLInputElement>('input[name="role"]')) input.checked = input.value === p.get(FIELDS.role);
		for (const [key, param] of Object.entries(FIELDS)) {
			if (key === 'event' || key === 'role') continue;
			const input = form.elements.namedItem(param);
			if (input instanceof HTMLInputElement) input.value = p.get(param) ?? '';
		}
		const asked = new Set<string>(event.questions);
		for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('[data-question]')) {
			const id = fieldset.dataset.question!;
			fieldset.hidden = !asked.has(id);
			const value = p.get(id) ?? '';
			for (const input of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = input.value === value;
		}
		const needsOccurred = event.notifications.some((n) => 'anchor' in n.clock && n.clock.anchor === 'occurred');
		$<HTMLElement>(form, '#occurred-fields')!.hidden = !needsOccurred;
	}

	/** Reads the form into the URL (replaceState: one history entry per chosen event). */
	function formToParams(): URLSearchParams {
		const p = new URLSearchParams();
		const event = eventOf(params());
		if (!event) return p;
		p.set(FIELDS.event, event.id);
		const data = new FormData(form);
		const role = data.get('role');
		if (typeof role === 'string' && role) p.set(FIELDS.role, role);
		for (const [key, param] of Object.entries(FIELDS)) {
			if (key === 'event' || key === 'role') continue;
			const v = data.get(param);
			if (typeof v === 'string' && v) p.set(param, v);
		}
		for (const id of event.questions) {
			const v = data.get(id);
			if (typeof v === 'string' && v) p.set(id, v);
		}
		return p;
	}

	function clearErrors(): void {
		for (const el of form.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
		for (const el of form.querySelectorAll<HTMLElement>('.field-error')) {
			el.textContent = '';
			el.hidden = true;
		}
	}

	function showError(field: string, message: string): void {
		const inputId = FIELD_INPUT[field];
		const error = $<HTMLElement>(form, `#${inputId ?? 'form'}-error`) ?? $<HTMLElement>(form, '#form-error');
		if (inputId) document.getElementById(inputId)?.setAttribute('aria-invalid', 'true');
		if (error) {
			error.textContent = message;
			error.hidden = false;
		}
	}

	/** Computes and shows the checklist for the URL state. */
	function compute(p: URLSearchParams): void {
		clearErrors();
		current = undefined;
		const event = eventOf(p);
		if (!event) {
			output.innerHTML = '';
			outputStatus.textContent = p.get(FIELDS.event) ? 'That event is not in the catalog. Search or browse below.' : '';
			return;
		}
		const missing = [!p.get(FIELDS.role) && 'who is reporting', !p.get(FIELDS.knownDate) && 'the date it became known', !p.get(FIELDS.knownTime) && 'the time it became known'].filter(Boolean);
		if (missing.length) {
			output.innerHTML = '';
			outputStatus.textContent = `To see the checklist, give ${missing.join(', ')}.`;
			return;
		}
		const answers: Record<string, unknown> = {};
		for (const id of event.questions) {
			const v = p.get(id);
			if (!v) continue;
			answers[id] = QUESTIONS[id as QuestionId].type === 'boolean' ? v === 'yes' : v;
		}
		const opt = (date: string, time: string) => (p.get(date) || p.get(time) ? { [date === 'od' ? 'occurredDate' : 'enteredDate']: p.get(date) || undefined, [time === 'ot' ? 'occurredTime' : 'enteredTime']: p.get(time) || undefined } : {});
		try {
			const r = buildReportingChecklist({ eventId: event.id, role: p.get(FIELDS.role), knownDate: p.get(FIELDS.knownDate), knownTime: p.get(FIELDS.knownTime), ...opt('od', 'ot'), ...opt('ed', 'et'), answers });
			if (r.kind === 'checklist') {
				current = r;
				output.innerHTML = checklistHtml(r);
				outputStatus.textContent = `Checklist ready for ${event.name}: ${r.primary.length} first step${r.primary.length === 1 ? '' : 's'}, ${r.notifications.length} notification${r.notifications.length === 1 ? '' : 's'}${r.critical.length ? ', Critical Event duties' : ''}.`;
				actions.hidden = false;
			} else {
				output.innerHTML = notApplicableHtml(r);
				outputStatus.textContent = 'No report is required for these answers.';
				actions.hidden = true;
			}
		} catch (e) {
			if (!(e instanceof RuleInputError)) throw e;
			output.innerHTML = '';
			for (const issue of e.issues) showError(issue.field.split('.')[0] ?? '', issue.message);
			outputStatus.textContent = `Please correct: ${e.issues.map((i) => i.message).join('; ')}.`;
			actions.hidden = true;
		}
	}

	function navigate(p: URLSearchParams, push: boolean): void {
		const url = `${location.pathname}${p.toString() ? `?${p.toString()}` : ''}`;
		if (push) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	}

	function chooseEvent(id: string): void {
		const p = new URLSearchParams();
		p.set(FIELDS.event, id);
		// Carry over the role and times the user already gave: they do not depend on the event.
		const old = params();
		for (const key of [FIELDS.role, FIELDS.knownDate, FIELDS.knownTime]) {
			const v = old.get(key);
			if (v) p.set(key, v);
		}
		navigate(p, true);
		fillForm(p);
		compute(p);
		$<HTMLElement>(root, '#questions-heading')?.focus();
	}

	root.addEventListener('click', (e) => {
		const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-event]');
		if (!link || e.metaKey || e.ctrlKey || e.shiftKey) return;
		e.preventDefault();
		chooseEvent(link.dataset.event!);
	});
	search.addEventListener('input', renderSearch);
	form.addEventListener('submit', (e) => e.preventDefault());
	form.addEventListener('change', () => {
		const p = formToParams();
		navigate(p, false);
		compute(p);
	});
	$<HTMLButtonElement>(root, '#print-checklist')!.addEventListener('click', () => window.print());
	$<HTMLButtonElement>(root, '#copy-checklist')!.addEventListener('click', async () => {
		if (!current) return;
		const text = checklistText(current, location.href);
		try {
			await navigator.clipboard.writeText(text);
			copyStatus.textContent = 'Checklist copied to the clipboard.';
		} catch {
			copyStatus.textContent = 'Copying is blocked in this browser: select the checklist text and copy it instead.';
		}
	});
	$<HTMLButtonElement>(root, '#change-event')!.addEventListener('click', () => {
		navigate(new URLSearchParams(), true);
		fillForm(new URLSearchParams());
		compute(new URLSearchParams());
		search.focus();
	});
	window.addEventListener('popstate', () => {
		fillForm(params());
		compute(params());
	});

	root.classList.add('is-ready');
	fillForm(params());
	compute(params());
}
