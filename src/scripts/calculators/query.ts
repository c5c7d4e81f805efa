import type { FieldSpec, FormItem, RowsSpec } from './types';

/**
 * The one text form of a calculator's input: URL query parameters named by dotted path
 * ("serviceStart", "partTime.hoursWorked", "missedHearings.0.date"). A GET submission of the form,
 * a shared link and the browser's own reading of the form all go through it, typed by the form spec.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

type Plain = Record<string, unknown>;

/** The fields outside row groups, flattened out of their fieldsets. */
export function plainFields(form: readonly FormItem[]): FieldSpec[] {
	return form.flatMap((item) =>
		item.kind === 'group' ? [...item.fields] : item.kind === 'rows' ? [] : [item],
	);
}

/** The row groups of a form. */
export function rowGroups(form: readonly FormItem[]): RowsSpec[] {
	return form.filter((item): item is RowsSpec => item.kind === 'rows');
}

/** Text of a field → the value the schema expects; '' is "not given" (undefined), so zod names a missing field. */
function fromText(field: FieldSpec, text: string | null): unknown {
	if (field.kind === 'checkbox')
		return text !== null && text !== 'false' && text !== 'off' && text !== '0';
	if (text === null || text.trim() === '') return undefined;
	const trimmed = text.trim();
	if (field.kind === 'yes-no') return trimmed === 'yes' ? true : trimmed === 'no' ? false : trimmed;
	if (field.kind === 'number') return Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
	// Dollars in the form, whole cents in the rule; a non-number goes through as text for zod to name.
	if (field.kind === 'cents')
		return Number.isFinite(Number(trimmed)) ? Math.round(Number(trimmed) * 100) : trimmed;
	return trimmed;
}

/** A value of the input → the text of its field; null leaves the parameter out. */
function toText(field: FieldSpec, value: unknown): string | null {
	if (value === undefined || value === null || value === '') return null;
	if (field.kind === 'checkbox') return value === true ? 'on' : null;
	if (field.kind === 'yes-no' && typeof value === 'boolean') return value ? 'yes' : 'no';
	if (field.kind === 'cents' && typeof value === 'number') return String(value / 100);
	return String(value);
}

function getPath(object: unknown, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>(
			(at, key) => (at !== null && typeof at === 'object' ? (at as Plain)[key] : undefined),
			object,
		);
}

function setPath(object: Plain, path: string, value: unknown): void {
	if (value === undefined) return;
	const keys = path.split('.');
	let at = object;
	for (const key of keys.slice(0, -1)) {
		if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
		at = at[key] as Plain;
	}
	at[keys[keys.length - 1]!] = value;
}

function isChecked(params: URLSearchParams, name: string): boolean {
	return fromText({ name, label: '', kind: 'checkbox' }, params.get(name)) === true;
}

/** The text a field holds before anyone touches it (null: an unchecked box). */
function untouchedText(field: FieldSpec): string | null {
	if (field.kind === 'checkbox') return field.initial === 'on' ? 'on' : null;
	if (field.kind === 'select' || field.kind === 'radio')
		return field.initial ?? field.options?.[0]?.value ?? '';
	if (field.kind === 'yes-no') return field.initial ?? '';
	return field.initial ?? '';
}

/** A row nobody filled in (every field as it was added) is not part of the input: an extra blank
 * row must not turn into "expected a date" errors. */
function isUntouchedRow(params: URLSearchParams, group: RowsSpec, index: number): boolean {
	return group.fields.every((field) => {
		const text = params.get(`${group.name}.${index}.${field.name}`);
		const untouched = untouchedText(field);
		return field.kind === 'checkbox'
			? (text !== null) === (untouched !== null)
			: (text ?? '') === untouched;
	});
}

/** The row indexes present in the parameters for a row group, in numeric order. */
function rowIndexes(params: URLSearchParams, group: RowsSpec): number[] {
	const prefix = `${group.name}.`;
	const found = new Set<number>();
	for (const key of params.keys()) {
		if (!key.startsWith(prefix)) continue;
		const index = /^(\d+)\./.exec(key.slice(prefix.length))?.[1];
		if (index !== undefined) found.add(Number(index));
	}
	return [...found].sort((a, b) => a - b);
}

/**
 * Reads query parameters (or FormData entries) into the raw input of a calculator, typed by its form:
 * numbers and cents as numbers, checkboxes as booleans, empty fields left out. Rows are renumbered
 * from 0 in index order. The rule's schema validates the result.
 * @example decodeQuery(form, new URLSearchParams('serviceStart=2020-03-15&partTime.hoursWorked=900'))
 * //=> { serviceStart: '2020-03-15', partTime: { hoursWorked: 900 } }
 */
export function decodeQuery(form: readonly FormItem[], params: URLSearchParams): Plain {
	const input: Plain = {};
	for (const field of plainFields(form)) {
		// "_name" fields only steer the form (a "yes, a personal friend" box); fields that depend on one
		// are left out while it is unchecked, so an optional object appears only when asked for.
		if (field.name.startsWith('_')) continue;
		if (field.onlyIf && !isChecked(params, field.onlyIf)) continue;
		if (field.showWhen && params.get(field.showWhen.field) !== field.showWhen.value) continue;
		setPath(input, field.name, fromText(field, params.get(field.name)));
	}
	for (const group of rowGroups(form)) {
		const steered = group.onlyIf !== undefined;
		if (steered && !isChecked(params, group.onlyIf!)) continue;
		const rows = rowIndexes(params, group)
			.filter((index) => !isUntouchedRow(params, group, index))
			.map((index) => {
				const row: Plain = {};
				for (const field of group.fields)
					setPath(
						row,
						field.name,
						fromText(field, params.get(`${group.name}.${index}.${field.name}`)),
					);
				return row;
			});
		// A steered list is asked for explicitly, so it is present even when empty.
		if (rows.length > 0 || steered) setPath(input, group.name, rows);
	}
	return input;
}

/**
 * Writes a calculator's input as query parameters, the inverse of {@link decodeQuery} for the fields
 * the form has (false checkboxes and empty values are left out).
 * @example encodeQuery(form, { serviceStart: '2020-03-15', asOf: '2025-03-15' }).toString()
 * //=> 'serviceStart=2020-03-15&asOf=2025-03-15'
 */
export function encodeQuery(form: readonly FormItem[], input: unknown): URLSearchParams {
	const params = new URLSearchParams();
	const fields = plainFields(form);
	for (const field of fields) {
		// A steering box is on when any field that depends on it has a value.
		const steers = (name: string) =>
			fields.some((f) => f.onlyIf === name && getPath(input, f.name) !== undefined) ||
			rowGroups(form).some((g) => g.onlyIf === name && getPath(input, g.name) !== undefined);
		const value = field.name.startsWith('_') ? steers(field.name) : getPath(input, field.name);
		const text = toText(field, value);
		if (text !== null) params.append(field.name, text);
	}
	for (const group of rowGroups(form)) {
		const rows = getPath(input, group.name);
		if (!Array.isArray(rows)) continue;
		rows.forEach((row, index) => {
			for (const field of group.fields) {
				const text = toText(field, getPath(row, field.name));
				if (text !== null) params.append(`${group.name}.${index}.${field.name}`, text);
			}
		});
	}
	return params;
}

/** Whether the parameters name at least one field of the form (a query worth computing on load). */
export function hasFormParams(form: readonly FormItem[], params: URLSearchParams): boolean {
	const names = new Set(plainFields(form).map((f) => f.name));
	const groups = rowGroups(form).map((g) => `${g.name}.`);
	return [...params.keys()].some((key) => names.has(key) || groups.some((g) => key.startsWith(g)));
}
