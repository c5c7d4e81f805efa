import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { IsoDateFieldSchema } from './iso-date';
import { RuleInputError, type FieldIssue } from '@rules/errors';
import { EmailSchema } from './accounts';

/** Reading the roster file: its columns and flags, one row's schema, and the whole-file parse. */

/** The roster file's columns, in order (the header row must name them; extra columns are refused). */
export const ROSTER_COLUMNS = [
	'employee_id',
	'name',
	'email',
	'work_unit',
	'supervisor_id',
	'hire_date',
	'bargaining_unit',
	'flags',
] as const;

/** Flags the `flags` column may carry, separated by ";". */
export const ROSTER_FLAGS = {
	/** Files a Statement of Economic Interests. */
	sei: 'files a Statement of Economic Interests',
	/** On leave now: annual training is deferred to the first period after return. */
	'on-leave': 'on leave',
	/** Grants the ethics-officer role. */
	'ethics-officer': 'ethics officer',
	/** Grants the administrator role (never revoked by a later import). */
	administrator: 'administrator',
} as const;
type RosterFlag = keyof typeof ROSTER_FLAGS;
const FLAG_NAMES = Object.keys(ROSTER_FLAGS) as RosterFlag[];

/** Largest roster accepted, in rows. */
export const ROSTER_MAX_ROWS = 50_000;

const text = (label: string, max: number) =>
	z
		.string({ error: `expected ${label}` })
		.trim()
		.max(max, { error: `expected at most ${max} characters for ${label}` });

/** One roster row. */
export const RosterRowSchema = z.object({
	/** Employee id: letters, digits, dashes. */
	employee_id: text('an employee id', 40).regex(/^[A-Za-z0-9-]+$/, {
		error: (i) =>
			`expected an employee id of letters, digits and dashes, got ${JSON.stringify(i.input)}`,
	}),
	/** Full name. */
	name: text('a name', 200).min(1, { error: 'expected a name, got an empty cell' }),
	/** Sign-in e-mail address. */
	email: EmailSchema,
	/** Work unit. */
	work_unit: text('a work unit', 200).min(1, { error: 'expected a work unit, got an empty cell' }),
	/** The supervisor's employee id, or empty. */
	supervisor_id: text('a supervisor id', 40),
	/** Start date. */
	hire_date: IsoDateFieldSchema,
	/** Bargaining unit code, or empty. */
	bargaining_unit: text('a bargaining unit', 40),
	/** Flags separated by ";". */
	flags: text('flags', 200).transform((value, ctx) => {
		const flags = value
			.split(/[;,]/)
			.map((f) => f.trim().toLowerCase())
			.filter(Boolean);
		for (const flag of flags) {
			if (!FLAG_NAMES.includes(flag as RosterFlag))
				ctx.addIssue({
					code: 'custom',
					message: `expected flags among ${FLAG_NAMES.join(', ')}, got ${JSON.stringify(flag)}`,
				});
		}
		return flags as RosterFlag[];
	}),
});
/** One parsed roster row. */
export type RosterRow = z.infer<typeof RosterRowSchema>;

const CONTEXT = 'roster import';
const MAX_ISSUES = 25;

/**
 * Parses a roster CSV, or throws a RuleInputError whose issues name the line and column
 * ("line 7, email: expected an e-mail address …"), at most 25 of them.
 */
export function parseRosterCsv(csv: string): RosterRow[] {
	let records: string[][];
	try {
		records = parse(csv, {
			bom: true,
			skip_empty_lines: true,
			relax_column_count: false,
			trim: false,
		}) as string[][];
	} catch (error) {
		throw new RuleInputError(CONTEXT, [
			{ field: 'file', message: `expected a CSV file: ${(error as Error).message}` },
		]);
	}
	const [header, ...body] = records;
	const expected = ROSTER_COLUMNS.join(',');
	if (!header || header.map((h) => h.trim().toLowerCase()).join(',') !== expected) {
		throw new RuleInputError(CONTEXT, [
			{
				field: 'file',
				message: `expected the header row ${expected}, got ${JSON.stringify(header?.join(',') ?? '')}`,
			},
		]);
	}
	if (body.length === 0)
		throw new RuleInputError(CONTEXT, [
			{ field: 'file', message: 'expected at least one employee row, got only the header' },
		]);
	if (body.length > ROSTER_MAX_ROWS)
		throw new RuleInputError(CONTEXT, [
			{ field: 'file', message: `expected at most ${ROSTER_MAX_ROWS} rows, got ${body.length}` },
		]);

	const issues: FieldIssue[] = [];
	const rows: RosterRow[] = [];
	body.forEach((cells, i) => {
		const line = i + 2;
		const parsed = RosterRowSchema.safeParse(
			Object.fromEntries(ROSTER_COLUMNS.map((c, j) => [c, cells[j] ?? ''])),
		);
		if (parsed.success) rows.push(parsed.data);
		else
			for (const issue of parsed.error.issues)
				issues.push({
					field: 'file',
					message: `line ${line}, ${issue.path.join('.')}: ${issue.message}`,
				});
	});
	const seenIds = new Map<string, number>();
	const seenEmails = new Map<string, number>();
	rows.forEach((row, i) => {
		const id = row.employee_id.toUpperCase();
		if (seenIds.has(id))
			issues.push({
				field: 'file',
				message: `employee id ${row.employee_id} appears twice (rows ${seenIds.get(id)} and ${i + 2})`,
			});
		seenIds.set(id, i + 2);
		if (seenEmails.has(row.email))
			issues.push({
				field: 'file',
				message: `e-mail ${row.email} appears twice (rows ${seenEmails.get(row.email)} and ${i + 2})`,
			});
		seenEmails.set(row.email, i + 2);
	});
	for (const row of rows) {
		if (row.supervisor_id && !seenIds.has(row.supervisor_id.toUpperCase())) {
			issues.push({
				field: 'file',
				message: `supervisor id ${row.supervisor_id} of employee ${row.employee_id} is not in the roster`,
			});
		}
		if (row.supervisor_id && row.supervisor_id.toUpperCase() === row.employee_id.toUpperCase()) {
			issues.push({
				field: 'file',
				message: `employee ${row.employee_id} cannot supervise themself`,
			});
		}
	}
	if (issues.length > 0) {
		const shown = issues.slice(0, MAX_ISSUES);
		if (issues.length > MAX_ISSUES)
			shown.push({ field: 'file', message: `… and ${issues.length - MAX_ISSUES} more problems` });
		throw new RuleInputError(CONTEXT, shown);
	}
	return rows;
}
