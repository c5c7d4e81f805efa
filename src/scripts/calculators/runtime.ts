import type { FieldIssue } from '@rules/errors';
import { isNotApplicable, type CalculatorDefinition, type Presentation } from './types';
import { decodeQuery, encodeQuery, hasFormParams, rowGroups } from './query';
import { clearErrors, showErrors } from './dom-errors';
import { renderResult } from './dom-result';
import { handleRowClick, setRowCount } from './dom-rows';
import { buildRecord, type RecordView } from './dom-record';

/**
 * Runs a calculator in the browser: reads the form into the rule's input, computes with the rule
 * (no server round trip), shows field errors or the result, and keeps the input in the URL query.
 * Browser only; the markup comes from src/components/calculators/CalculatorForm.astro.
 */

/** How a calculator is mounted. */
export interface MountOptions {
	/** A /tools/ page: fill from and write back to the page's own URL query. */
	ownsUrl: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the user's own time zone: "today" is the user's, not a rule's (rules never read the clock). */
function localToday(): { date: string; year: string } {
	const now = new Date();
	return {
		date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
		year: String(now.getFullYear()),
	};
}

function formParams(form: HTMLFormElement): URLSearchParams {
	const params = new URLSearchParams();
	for (const [key, value] of new FormData(form))
		if (typeof value === 'string') params.append(key, value);
	return params;
}

/** Puts query values into the form: rows first (so their fields exist), then every named control. */
function fillForm(
	form: HTMLFormElement,
	definition: CalculatorDefinition,
	query: URLSearchParams,
): void {
	const params = encodeQuery(definition.form, decodeQuery(definition.form, query));
	for (const group of rowGroups(definition.form)) {
		const element = form.querySelector<HTMLElement>(`[data-rows="${CSS.escape(group.name)}"]`);
		if (!element) continue;
		const indexes = new Set(
			[...params.keys()]
				.filter((k) => k.startsWith(`${group.name}.`))
				.map((k) => k.slice(group.name.length + 1).split('.')[0]),
		);
		setRowCount(element, indexes.size);
	}
	for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
		'input[name], select[name]',
	)) {
		const value = params.get(control.name);
		if (control instanceof HTMLInputElement && control.type === 'checkbox')
			control.checked = value !== null;
		else if (control instanceof HTMLInputElement && control.type === 'radio') {
			if (value !== null) control.checked = control.value === value;
		} else if (control instanceof HTMLSelectElement) {
			if (value !== null) control.value = value;
		} else control.value = value ?? '';
	}
}

/** Shows each "only when" field while its condition holds (they all show without JavaScript). */
function applyConditions(form: HTMLFormElement): void {
	const params = formParams(form);
	for (const wrapper of form.querySelectorAll<HTMLElement>('[data-show-when]')) {
		const [name, value] = wrapper.dataset.showWhen!.split('=') as [string, string];
		wrapper.hidden = params.get(name) !== value;
	}
}

function fillDefaults(form: HTMLFormElement): void {
	const today = localToday();
	for (const input of form.querySelectorAll<HTMLInputElement>('input[data-default-today]')) {
		if (input.value) continue;
		input.value = input.type === 'date' ? today.date : today.year;
	}
}

function isRuleInputError(error: unknown): error is { issues: readonly FieldIssue[] } {
	return (
		error instanceof Error &&
		error.name === 'RuleInputError' &&
		Array.isArray((error as { issues?: unknown }).issues)
	);
}

/**
 * Prints the record for the file on its own: it goes into a body-level holder that the print style
 * shows alone, with the name typed beside the button. After printing, the holder is emptied, so the
 * name lives nowhere but in that field.
 */
function printRecord(view: Omit<RecordView, 'employeeName'>, nameInput?: HTMLInputElement | null): void {
	let holder = document.getElementById('print-record');
	if (!holder) {
		holder = document.createElement('div');
		holder.id = 'print-record';
		document.body.append(holder);
		window.addEventListener('afterprint', () => {
			if (document.documentElement.dataset.print !== 'record') return;
			delete document.documentElement.dataset.print;
			holder!.replaceChildren();
		});
	}
	holder.replaceChildren(buildRecord({ ...view, employeeName: nameInput?.value ?? '' }));
	document.documentElement.dataset.print = 'record';
	window.print();
}

/**
 * Wires one calculator: row buttons, submit, print, and (on its own page) the URL query.
 * @returns a function that computes now from the form, as a submit would.
 */
export function mountCalculator(
	definition: CalculatorDefinition,
	container: HTMLElement,
	options: MountOptions,
): (focus: boolean) => void {
	const form = container.querySelector<HTMLFormElement>('form[data-calculator-form]')!;
	const region = container.querySelector<HTMLElement>('[data-result]')!;
	const headingLevel = Number(container.dataset.headingLevel ?? '2');
	const prefix = container.dataset.idPrefix ?? definition.name;
	const edition = container.dataset.edition ?? '';

	const recordControls = container.querySelector<HTMLElement>('[data-record-controls]');
	let record: Omit<RecordView, 'employeeName'> | null = null;
	const setRecord = (next: typeof record) => {
		record = next;
		if (recordControls) recordControls.hidden = record === null;
	};

	const compute = (focus: boolean) => {
		const raw = decodeQuery(definition.form, formParams(form));
		let result;
		try {
			result = definition.compute(raw);
		} catch (error) {
			if (!isRuleInputError(error)) {
				console.error(error);
				showErrors(
					form,
					[
						{
							field: '',
							message: `The calculator failed: ${error instanceof Error ? error.message : String(error)}`,
						},
					],
					focus,
				);
				return;
			}
			region.replaceChildren();
			setRecord(null);
			showErrors(form, error.issues, focus);
			return;
		}
		clearErrors(form);
		const query = encodeQuery(definition.form, raw).toString();
		const presentation: Presentation = isNotApplicable(result)
			? { answer: result.reason, tone: 'info' }
			: definition.present(result);
		const shareUrl = new URL(`/tools/${definition.name}/?${query}`, location.href).href;
		const computedAt = new Date().toLocaleString('en-US', { dateStyle: 'long', timeStyle: 'short' });
		const heading = renderResult(region, {
			result,
			presentation,
			headingLevel,
			headingId: `${prefix}-result-heading`,
			shareUrl,
			computedAt,
			edition,
		});
		setRecord(
			definition.fileRecord && !isNotApplicable(result)
				? { record: definition.fileRecord(result), shareUrl, computedAt }
				: null,
		);
		if (options.ownsUrl) history.replaceState(history.state, '', `${location.pathname}?${query}`);
		for (const button of container.querySelectorAll<HTMLElement>('[data-print]'))
			button.hidden = false;
		if (focus) heading.focus();
	};

	container.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (handleRowClick(target)) return;
		if (target.closest('[data-print]')) {
			delete document.documentElement.dataset.print;
			window.print();
		}
		if (target.closest('[data-print-record]') && record)
			printRecord(record, container.querySelector<HTMLInputElement>('[data-record-name]'));
	});
	form.addEventListener('change', () => applyConditions(form));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		compute(true);
	});
	for (const el of container.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
	container.dataset.ready = 'true';

	const query = new URLSearchParams(location.search);
	if (options.ownsUrl && hasFormParams(definition.form, query)) {
		fillForm(form, definition, query);
		applyConditions(form);
		compute(false);
	} else {
		fillDefaults(form);
		applyConditions(form);
	}
	return compute;
}
