/**
 * Repeatable rows in a calculator form (missed court dates, absences…): add, remove and renumber,
 * keeping names ("missedHearings.2.date"), ids, labels and button texts in step. Browser only.
 */

const INDEX = '__INDEX__';

/** Rewrites the index in a row's names, ids and references, and its numbered texts. */
function numberRow(row: HTMLElement, group: HTMLElement, index: number): void {
	const name = group.dataset.rows!;
	const idBase = group.dataset.idBase!;
	const namePattern = new RegExp(`^${name.replace(/\./g, '\\.')}\\.(?:\\d+|${INDEX})\\.`);
	const idPattern = new RegExp(`${idBase}-(?:\\d+|${INDEX})-`, 'g');
	for (const el of row.querySelectorAll<HTMLElement>('[name], [id], [for], [aria-describedby]')) {
		const named = el as HTMLInputElement;
		if (named.name) named.name = named.name.replace(namePattern, `${name}.${index}.`);
		if (el.id) el.id = el.id.replace(idPattern, `${idBase}-${index}-`);
		const forId = el.getAttribute('for');
		if (forId) el.setAttribute('for', forId.replace(idPattern, `${idBase}-${index}-`));
		const described = el.getAttribute('aria-describedby');
		if (described)
			el.setAttribute('aria-describedby', described.replace(idPattern, `${idBase}-${index}-`));
	}
	const label = group.dataset.itemLabel!;
	for (const el of row.querySelectorAll<HTMLElement>('[data-row-number]'))
		el.textContent = `${label} ${index + 1}`;
	for (const el of row.querySelectorAll<HTMLElement>('[data-remove-row]'))
		el.textContent = `Remove ${label.toLowerCase()} ${index + 1}`;
}

/** The rows of a group, in order. */
export function rowsOf(group: HTMLElement): HTMLElement[] {
	return [...group.querySelectorAll<HTMLElement>(':scope [data-row-list] > [data-row]')];
}

/** Renumbers every row of a group from 0. */
export function renumberRows(group: HTMLElement): void {
	rowsOf(group).forEach((row, index) => numberRow(row, group, index));
}

/** Appends a row from the group's template and returns it. */
export function addRow(group: HTMLElement): HTMLElement {
	const template = group.querySelector<HTMLTemplateElement>('template[data-row-template]')!;
	const row = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
	group.querySelector('[data-row-list]')!.append(row);
	numberRow(row, group, rowsOf(group).length - 1);
	return row;
}

/** Removes a row and renumbers the rest. */
export function removeRow(group: HTMLElement, row: HTMLElement): void {
	row.remove();
	renumberRows(group);
}

/** Makes a group hold exactly `count` rows (for filling the form from a URL). */
export function setRowCount(group: HTMLElement, count: number): void {
	const rows = rowsOf(group);
	for (const row of rows.slice(count)) row.remove();
	for (let i = rows.length; i < count; i += 1) addRow(group);
}

/** Handles clicks on add and remove buttons inside a calculator; true when the click was one. */
export function handleRowClick(target: Element): boolean {
	const add = target.closest<HTMLElement>('[data-add-row]');
	if (add) {
		const group = add.closest<HTMLElement>('[data-rows]')!;
		const row = addRow(group);
		row.querySelector<HTMLElement>('input, select')?.focus();
		return true;
	}
	const remove = target.closest<HTMLElement>('[data-remove-row]');
	if (remove) {
		const group = remove.closest<HTMLElement>('[data-rows]')!;
		removeRow(group, remove.closest<HTMLElement>('[data-row]')!);
		group.querySelector<HTMLElement>('[data-add-row]')?.focus();
		return true;
	}
	return false;
}
