import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@db/client';
import { campaigns, seiFilings, users } from '@db/schema';
import { assessEconomicInterests } from '@rules/economic-interests';
import { personalStatus, type AttestationStatus } from './attestations';

/** The dashboard's filters (from the query string). */
export interface DashboardFilter {
	campaignId: string | null;
	workUnit: string | null;
}

/** One active employee's standing on a campaign. */
export interface RosterStatus {
	id: string;
	employeeId: string;
	name: string;
	email: string;
	workUnit: string;
	supervisorEmployeeId: string | null;
	dueOn: string;
	status: AttestationStatus;
	daysOverdue: number;
}

/** Completion of a campaign in one work unit. */
export interface UnitCompletion {
	workUnit: string;
	total: number;
	done: number;
	deferred: number;
	overdue: number;
	/** Done out of those not deferred, 0–100, rounded down (so 99.6 % never shows as 100). */
	percentDone: number;
}

/** Every active roster employee's status on one campaign; one query, then the deadline rule per person. */
export async function campaignRosterStatus(db: Pick<Db, 'select'>, campaign: typeof campaigns.$inferSelect, todayIso: string, workUnit: string | null): Promise<RosterStatus[]> {
	const rows = await db
		.select({
			id: users.id,
			employeeId: users.employeeId,
			name: users.name,
			email: users.email,
			workUnit: users.workUnit,
			supervisorEmployeeId: users.supervisorEmployeeId,
			hireOn: users.hireOn,
			onLeaveSince: users.onLeaveSince,
			leaveReturnedOn: users.leaveReturnedOn,
			// Qualified by hand: drizzle writes a single-table column unqualified, which inside the
			// subquery would resolve to attestations.id.
			attested: sql<number>`EXISTS (SELECT 1 FROM attestations a WHERE a.user_id = "users"."id" AND a.campaign_id = ${campaign.id})`,
		})
		.from(users)
		.where(and(eq(users.active, true), isNotNull(users.employeeId), workUnit ? eq(users.workUnit, workUnit) : undefined))
		.orderBy(asc(users.workUnit), asc(users.name));
	return rows.map((r) => ({
		id: r.id,
		employeeId: r.employeeId!,
		name: r.name,
		email: r.email,
		workUnit: r.workUnit,
		supervisorEmployeeId: r.supervisorEmployeeId,
		...personalStatus(campaign, r, r.attested === 1, todayIso),
	}));
}

/** Completion per work unit, from the roster statuses. */
export function completionByUnit(statuses: readonly RosterStatus[]): UnitCompletion[] {
	const units = new Map<string, UnitCompletion>();
	for (const s of statuses) {
		const u = units.get(s.workUnit) ?? { workUnit: s.workUnit, total: 0, done: 0, deferred: 0, overdue: 0, percentDone: 0 };
		u.total += 1;
		if (s.status === 'done') u.done += 1;
		if (s.status === 'deferred') u.deferred += 1;
		if (s.status === 'overdue') u.overdue += 1;
		units.set(s.workUnit, u);
	}
	return [...units.values()].map((u) => ({ ...u, percentDone: u.total - u.deferred > 0 ? Math.floor((100 * u.done) / (u.total - u.deferred)) : 100 }));
}

/** The work units on the roster, for the filter. */
export async function workUnits(db: Pick<Db, 'selectDistinct'>): Promise<string[]> {
	const rows = await db.selectDistinct({ workUnit: users.workUnit }).from(users).where(and(eq(users.active, true), isNotNull(users.employeeId))).orderBy(asc(users.workUnit));
	return rows.map((r) => r.workUnit);
}

/** One SEI filer's standing for a year. */
export interface SeiStatus {
	id: string;
	name: string;
	workUnit: string;
	filedOn: string | null;
	status: 'filed' | 'filed-late' | 'not-due-yet' | 'late' | 'forfeiture-exposure';
	/** Charges from rules/economic-interests.ts, in cents (running to today when not filed). */
	chargesCents: number;
	explanation: string;
}

/**
 * Statement of Economic Interests status for every active filer (roster flag `sei`). The roster says
 * who files but not under which 437.60 criterion, so the rules are asked about the charges with the
 * filing duty taken as given.
 */
export async function seiStatuses(db: Pick<Db, 'select'>, year: number, todayIso: string, workUnit: string | null): Promise<SeiStatus[]> {
	const filers = await db
		.select({ id: users.id, name: users.name, workUnit: users.workUnit })
		.from(users)
		.where(and(eq(users.active, true), eq(users.filesSei, true), workUnit ? eq(users.workUnit, workUnit) : undefined))
		.orderBy(asc(users.name));
	const filings = await db.select().from(seiFilings).where(eq(seiFilings.year, year));
	return filers.map((f) => {
		const filing = filings.filter((x) => x.userId === f.id).sort((a, b) => b.recordedAtMs - a.recordedAtMs)[0];
		const asOf = filing && filing.filedOn > todayIso ? filing.filedOn : todayIso;
		const result = assessEconomicInterests({ asOf, filingYear: year, criteria: { headOfUnit: true }, ...(filing ? { filedOn: filing.filedOn } : {}) });
		if (result.kind !== 'result') return { ...f, filedOn: filing?.filedOn ?? null, status: 'not-due-yet', chargesCents: 0, explanation: result.reason };
		const fileBy = `${year}-05-01`;
		const status: SeiStatus['status'] = filing
			? result.totalCents > 0 ? 'filed-late' : 'filed'
			: result.forfeiture.exposed ? 'forfeiture-exposure' : todayIso > fileBy ? 'late' : 'not-due-yet';
		return { ...f, filedOn: filing?.filedOn ?? null, status, chargesCents: result.totalCents, explanation: result.steps.slice(-2).join(' ') };
	});
}
