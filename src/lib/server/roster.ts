import { parse } from 'csv-parse/sync';
import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@db/client';
import { sessions, userRoles, users, type Role } from '@db/schema';
import { IsoDateSchema } from '@rules/dates';
import { RuleInputError, type FieldIssue } from '@rules/errors';
import { EmailSchema } from './accounts';
import { generateId } from './tokens';

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
	hire_date: IsoDateSchema,
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

/** The leave dates after an import, from the flag and the account's previous dates. */
function leaveDates(
	onLeave: boolean,
	current: { onLeaveSince: string | null; leaveReturnedOn: string | null } | null,
	todayIso: string,
): { onLeaveSince: string | null; leaveReturnedOn: string | null } {
	const since = current?.onLeaveSince ?? null;
	const returned = current?.leaveReturnedOn ?? null;
	if (onLeave)
		return since && !returned
			? { onLeaveSince: since, leaveReturnedOn: null }
			: { onLeaveSince: todayIso, leaveReturnedOn: null };
	return since && !returned
		? { onLeaveSince: since, leaveReturnedOn: todayIso }
		: { onLeaveSince: since, leaveReturnedOn: returned };
}

/** What an import changed. */
export interface RosterImportSummary {
	created: number;
	updated: number;
	unchanged: number;
	deactivated: number;
	reactivated: number;
	/** Ids of the accounts created (they need invitations). */
	createdUserIds: string[];
	/** Ids of the accounts deactivated (their sessions were ended). */
	deactivatedUserIds: string[];
}

/** Rows per multi-row statement (SQLite's 32,766-parameter limit over ~14 columns). */
const CHUNK_ROWS = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

/**
 * Applies a roster inside the caller's transaction: matches people by employee id (then by e-mail,
 * for an administrator created at setup), creates and updates accounts, never duplicates, and
 * deactivates (never deletes) everyone with an employee id who is no longer listed, ending their
 * sessions. Roles follow the file: employee for all, supervisor for those who have reports,
 * ethics-officer by flag; the administrator role is only ever added.
 */
export async function importRoster(
	tx: Tx,
	rows: readonly RosterRow[],
	nowMs: number,
	todayIso: string,
): Promise<RosterImportSummary> {
	const existing = await tx.select().from(users);
	const byEmployeeId = new Map(
		existing.filter((u) => u.employeeId).map((u) => [u.employeeId!.toUpperCase(), u]),
	);
	const byEmail = new Map(existing.map((u) => [u.email, u]));
	const supervisors = new Set(rows.map((r) => r.supervisor_id.toUpperCase()).filter(Boolean));
	const summary: RosterImportSummary = {
		created: 0,
		updated: 0,
		unchanged: 0,
		deactivated: 0,
		reactivated: 0,
		createdUserIds: [],
		deactivatedUserIds: [],
	};
	const listed = new Set<string>();
	const inserts: (typeof users.$inferInsert)[] = [];
	const roleRows: { userId: string; role: Role }[] = [];

	for (const row of rows) {
		const current = byEmployeeId.get(row.employee_id.toUpperCase()) ?? byEmail.get(row.email);
		const fields = {
			employeeId: row.employee_id,
			name: row.name,
			email: row.email,
			workUnit: row.work_unit,
			supervisorEmployeeId: row.supervisor_id || null,
			hireOn: row.hire_date,
			bargainingUnit: row.bargaining_unit,
			filesSei: row.flags.includes('sei'),
			// A leave is dated by the imports: its first day is the first import with the flag, its
			// return the first import without it. The dates stay, so deadlines can be deferred (3.12).
			...leaveDates(row.flags.includes('on-leave'), current ?? null, todayIso),
			active: true,
		};
		const id = current?.id ?? generateId();
		listed.add(id);
		if (!current) {
			inserts.push({ id, ...fields, createdAtMs: nowMs, updatedAtMs: nowMs });
			summary.created += 1;
			summary.createdUserIds.push(id);
		} else {
			const changed = (Object.keys(fields) as (keyof typeof fields)[]).some(
				(k) => current[k] !== fields[k],
			);
			if (changed) {
				await tx
					.update(users)
					.set({ ...fields, updatedAtMs: nowMs })
					.where(eq(users.id, id));
				summary.updated += 1;
				if (!current.active) summary.reactivated += 1;
			} else summary.unchanged += 1;
		}
		roleRows.push({ userId: id, role: 'employee' });
		if (supervisors.has(row.employee_id.toUpperCase()))
			roleRows.push({ userId: id, role: 'supervisor' });
		if (row.flags.includes('ethics-officer')) roleRows.push({ userId: id, role: 'ethics-officer' });
		if (row.flags.includes('administrator')) roleRows.push({ userId: id, role: 'administrator' });
	}
	for (const part of chunks(inserts, CHUNK_ROWS)) await tx.insert(users).values(part);

	const departed = existing
		.filter((u) => u.employeeId && u.active && !listed.has(u.id))
		.map((u) => u.id);
	for (const part of chunks(departed, CHUNK_ROWS)) {
		await tx
			.update(users)
			.set({ active: false, updatedAtMs: nowMs })
			.where(inArray(users.id, part));
		// Sessions end with the account (sessions is not append-only).
		await tx.delete(sessions).where(inArray(sessions.userId, part));
	}
	summary.deactivated = departed.length;
	summary.deactivatedUserIds = departed;

	// Roles of roster accounts follow the file, except that administrator is never removed here.
	await tx
		.delete(userRoles)
		.where(
			and(
				ne(userRoles.role, 'administrator'),
				inArray(
					userRoles.userId,
					tx.select({ id: users.id }).from(users).where(isNotNull(users.employeeId)),
				),
			),
		);
	for (const part of chunks(roleRows, CHUNK_ROWS))
		await tx.insert(userRoles).values(part).onConflictDoNothing();
	return summary;
}
