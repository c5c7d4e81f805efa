import type { z } from '@rules/zod-mini';
import type { SectionKey } from '@rules/citations';
import type { Explanation, NotApplicable } from '@rules/result';
import type { DisciplineRecord } from '@rules/discipline/discipline-record';

/**
 * The shape of one calculator: its rule (schema + compute), its form, and how its answer reads.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: keep it free of node:, astro: and DOM globals.
 */

/** How a form field is entered and how its text becomes a value of the rule's input. */
export type FieldKind =
	'date' | 'time' | 'number' | 'cents' | 'checkbox' | 'select' | 'radio' | 'text' | 'yes-no';

/** One labelled input; `name` is its dotted path in the rule's input ("partTime.hoursWorked"), or
 * "_…" for a checkbox that only steers the form (its dependents name it in `onlyIf`). */
export interface FieldSpec {
	/** Dotted path in the input object; inside a row group it is relative to the row ("date"). */
	name: string;
	label: string;
	kind: FieldKind;
	/** Help text shown under the label and read with the field (aria-describedby). */
	hint?: string;
	/** Choices of a select or radio field; a select with an empty value means "none". */
	options?: readonly { value: string; label: string }[];
	/** Marks the field required in the form (the schema still decides). */
	required?: boolean;
	/** Bounds and step of a number field. */
	min?: number;
	max?: number;
	step?: string;
	/** The browser fills today's date when the field is empty and no query was given. */
	defaultToday?: boolean;
	/** The name of a "_…" checkbox: this field is part of the input only while that box is checked. */
	onlyIf?: string;
	/** Shown and read only while another field has this value (the time-use amount by its unit). */
	showWhen?: { field: string; value: string };
	/** Initial value in the static form (a select's default choice, a number's usual value). */
	initial?: string;
}

/** A fieldset of related fields under one legend. */
export interface GroupSpec {
	kind: 'group';
	legend: string;
	hint?: string;
	fields: readonly FieldSpec[];
}

/** A repeatable list of rows (missed court dates, absences…) with add and remove buttons. */
export interface RowsSpec {
	kind: 'rows';
	/** Dotted path of the array in the input ("missedHearings"). */
	name: string;
	legend: string;
	hint?: string;
	/** What one row is called ("Missed court date"): numbered in labels and buttons. */
	itemLabel: string;
	fields: readonly FieldSpec[];
	/** The name of a "_…" checkbox: while it is checked the list is part of the input, even empty. */
	onlyIf?: string;
	/** Rows shown before any input (0 for an optional list). */
	initialRows: number;
}

/** One item of a calculator form, in display order. */
export type FormItem = FieldSpec | GroupSpec | RowsSpec;

/** The answer in plain words, before the rule, steps and sources. */
export interface Presentation {
	/** One or two sentences: the answer itself. */
	answer: string;
	/** ok: allowed / within limits; warn: a penalty, a deadline missed, not allowed; info: neutral. */
	tone: 'ok' | 'warn' | 'info';
	/** Key figures, as term and value. */
	facts?: readonly { term: string; detail: string }[];
	/** A table of rows (holidays of a year, occurrences, projection). */
	table?: { caption: string; head: readonly string[]; rows: readonly (readonly string[])[] };
}

/** One calculator of the registry. `R` is the rule's result (besides the "not applicable" kind). */
export interface CalculatorDefinition<R extends Explanation = Explanation> {
	/** URL slug: /tools/<name>/ and /api/rules/<name>. */
	name: string;
	title: string;
	/** One line for the index and the meta description. */
	description: string;
	/** The handbook sections the rule comes from (first is the main one). */
	sections: readonly SectionKey[];
	/** The rule's own input schema (the same one the API and the tests use). */
	schema: z.ZodMiniType;
	/** The rule: parses `raw` with `schema` and throws RuleInputError on bad input. */
	compute: (raw: unknown) => R | NotApplicable;
	/** The form, in display order. */
	form: readonly FormItem[];
	/** A valid input for the tests, the benchmark and the API example. */
	sample: Record<string, unknown>;
	/** The answer in plain words for a result that applies. */
	present: (result: R) => Presentation;
	/**
	 * The values the answer states (a verdict, a step and its penalty, a date, an amount), each in the
	 * words the rule's steps use. tests/site/calculator-headlines.test.ts checks, over many generated
	 * inputs, that each one is in both the answer and the steps, so a headline cannot say "usable"
	 * while the steps say "forfeited".
	 */
	status: (result: R) => readonly string[];
	/** A discipline result's one-page record for the file: the page offers to print it. */
	fileRecord?: (result: R) => DisciplineRecord;
}

/** Whether a result (or part of one) is the explicit "does not apply" kind. */
export function isNotApplicable<T>(value: T): value is Extract<T, { kind: 'not-applicable' }> {
	return (
		typeof value === 'object' &&
		value !== null &&
		(value as { kind?: unknown }).kind === 'not-applicable'
	);
}

/** Declares a calculator with its result type checked, then erases it for the one registry table. */
export function defineCalculator<R extends Explanation>(
	definition: CalculatorDefinition<R>,
): CalculatorDefinition {
	return definition as unknown as CalculatorDefinition;
}
