import type { FieldIssue } from '@rules/errors';

/**
 * Field errors in a calculator form: each message beside its field (aria-invalid, aria-describedby)
 * and a summary at the top whose links move to the fields. Browser only.
 */

/** The control an issue names: the field itself, else the first field inside the named object or list. */
function controlFor(form: HTMLFormElement, field: string): HTMLElement | null {
	if (!field) return null;
	const exact = form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
	if (exact) return exact;
	return form.querySelector<HTMLElement>(`[name^="${CSS.escape(field)}."]`);
}

function labelText(form: HTMLFormElement, control: HTMLElement): string {
	const wrapper = control.closest('[data-field]');
	const label =
		wrapper?.querySelector('[data-label]') ??
		form.querySelector(`label[for="${CSS.escape(control.id)}"]`);
	return label?.textContent?.trim() ?? control.getAttribute('name') ?? '';
}

/** Removes every error message and mark. */
export function clearErrors(form: HTMLFormElement): void {
	for (const el of form.querySelectorAll<HTMLElement>('[data-error-for]')) el.remove();
	for (const el of form.querySelectorAll<HTMLElement>('[aria-invalid]')) {
		el.removeAttribute('aria-invalid');
		const errorId = `${el.id}-error`;
		const rest = (el.getAttribute('aria-describedby') ?? '')
			.split(' ')
			.filter((id) => id && id !== errorId);
		if (rest.length) el.setAttribute('aria-describedby', rest.join(' '));
		else el.removeAttribute('aria-describedby');
	}
	const summary = form.querySelector<HTMLElement>('[data-error-summary]');
	if (summary) {
		summary.hidden = true;
		summary.querySelector('ul')!.replaceChildren();
	}
}

/** Shows the issues beside their fields and in the summary; focuses the summary when asked. */
export function showErrors(
	form: HTMLFormElement,
	issues: readonly FieldIssue[],
	focus: boolean,
): void {
	clearErrors(form);
	const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
	const list = summary.querySelector('ul')!;
	for (const issue of issues) {
		const control = controlFor(form, issue.field);
		const item = document.createElement('li');
		if (control) {
			const label = labelText(form, control);
			const errorId = `${control.id}-error`;
			if (!form.querySelector(`#${CSS.escape(errorId)}`)) {
				const message = document.createElement('p');
				message.className = 'field-error';
				message.id = errorId;
				message.dataset.errorFor = issue.field;
				message.textContent = `${label}: ${issue.message}`;
				const wrapper = control.closest('[data-field]') ?? control.parentElement!;
				const slot = wrapper.querySelector('[data-error-slot]');
				if (slot) slot.append(message);
				else wrapper.prepend(message);
				control.setAttribute('aria-invalid', 'true');
				const described = (control.getAttribute('aria-describedby') ?? '')
					.split(' ')
					.filter(Boolean);
				control.setAttribute('aria-describedby', [...described, errorId].join(' '));
			}
			const link = document.createElement('a');
			link.href = `#${control.id}`;
			link.textContent = `${label}: ${issue.message}`;
			link.addEventListener('click', (event) => {
				event.preventDefault();
				control.focus();
				control.scrollIntoView({ block: 'center' });
			});
			item.append(link);
		} else {
			item.textContent = issue.field ? `${issue.field}: ${issue.message}` : issue.message;
		}
		list.append(item);
	}
	summary.hidden = false;
	if (focus) summary.focus();
}
