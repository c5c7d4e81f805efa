import { z } from './zod-mini';

/** One problem with one input field: which field, and what was expected versus what arrived. */
export interface FieldIssue {
	/** Dotted path of the field ("startDate", "absences.2.date"); "" for the whole input. */
	field: string;
	message: string;
}

/** Thrown by every rule when its input is invalid. Forms show each issue beside its field;
 * the JSON API answers 400 with `issues`. */
export class RuleInputError extends Error {
	override readonly name = 'RuleInputError';
	constructor(
		readonly context: string,
		readonly issues: readonly FieldIssue[],
	) {
		super(`${context}: ${issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; ')}`);
	}
}

/** Turns zod issues into field issues with readable dotted paths (a zod/mini or full zod error). */
export function toFieldIssues(error: z.core.$ZodError): FieldIssue[] {
	return error.issues.map((issue) => ({
		field: issue.path.map(String).join('.'),
		message: issue.message,
	}));
}

/**
 * Parses untrusted input with a rule's schema, or throws a RuleInputError naming each bad field.
 * @example parseInput(VacationInputSchema, { serviceStart: '2020-13-01' }, 'vacation')
 * //=> throws RuleInputError('vacation: serviceStart: expected a date as YYYY-MM-DD, got "2020-13-01"')
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, raw: unknown, context: string): z.output<S> {
	const parsed = z.safeParse(schema, raw);
	if (!parsed.success) throw new RuleInputError(context, toFieldIssues(parsed.error));
	return parsed.data;
}

/** Throws a RuleInputError for a single field: for checks that span fields, after parsing. */
export function fail(context: string, field: string, message: string): never {
	throw new RuleInputError(context, [{ field, message }]);
}
