import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Tx } from '@db/client';
import { sessions, userRoles, users, type Role } from '@db/schema';
import type { RosterRow } from './roster-csv';
import { generateId } from './tokens';

/** Applying a parsed roster to the accounts (the file itself is read by roster-csv.ts). */

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
