import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@db/client';
import { seiFilings, users } from '@db/schema';
import { assessEconomicInterests, FILING_SCHEDULE } from '@rules/ethics/economic-interests';

/** Statements of Economic Interests: each filer's standing for a year, and the year's deadlines. */

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
export async function seiStatuses(
	db: Pick<Db, 'select'>,
	year: number,
	todayIso: string,
	workUnit: string | null,
	userId?: string,
): Promise<SeiStatus[]> {
	const filers = await db
		.select({ id: users.id, name: users.name, workUnit: users.workUnit })
		.from(users)
		.where(
			and(
				eq(users.active, true),
				eq(users.filesSei, true),
				userId ? eq(users.id, userId) : undefined,
				workUnit ? eq(users.workUnit, workUnit) : undefined,
			),
		)
		.orderBy(asc(users.name));
	const filings = await db.select().from(seiFilings).where(eq(seiFilings.year, year));
	return filers.map((f) => {
		const filing = filings
			.filter((x) => x.userId === f.id)
			.sort((a, b) => b.recordedAtMs - a.recordedAtMs)[0];
		const asOf = filing && filing.filedOn > todayIso ? filing.filedOn : todayIso;
		const result = assessEconomicInterests({
			asOf,
			filingYear: year,
			criteria: { headOfUnit: true },
			...(filing ? { filedOn: filing.filedOn } : {}),
		});
		if (result.kind !== 'result')
			return {
				...f,
				filedOn: filing?.filedOn ?? null,
				status: 'not-due-yet',
				chargesCents: 0,
				explanation: result.reason,
			};
		const fileBy = `${year}-05-01`;
		const status: SeiStatus['status'] = filing
			? result.totalCents > 0
				? 'filed-late'
				: 'filed'
			: result.forfeiture.exposed
				? 'forfeiture-exposure'
				: todayIso > fileBy
					? 'late'
					: 'not-due-yet';
		return {
			...f,
			filedOn: filing?.filedOn ?? null,
			status,
			chargesCents: result.totalCents,
			explanation: result.steps.slice(-2).join(' '),
		};
	});
}

/** The year's SEI deadlines in one sentence, from the rules' schedule (3.11 and Rule 437.60 side by side). */
export function seiDeadlineText(year: number): string {
	const s = FILING_SCHEDULE;
	const day = (m: number, d: number) =>
		`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	return (
		`Return the statement to the Office of Inspector General by ${day(s.returnToOig.month, s.returnToOig.day)} (${s.returnToOig.label}); ` +
		`file by ${day(s.fileBy.month, s.fileBy.day)} (${s.fileBy.label}), after which a $${s.fileBy.lateFeeCents / 100} late fee applies; ` +
		`not filed by ${day(s.dailyPenalty.month, s.dailyPenalty.lastFreeDay)}: $${s.dailyPenalty.centsPerDay / 100} a day from the next day; ` +
		`not filed by ${day(s.forfeiture.month, s.forfeiture.day)}: forfeiture of employment (${s.forfeiture.label} says “shall”, handbook ${s.forfeiture.handbookLabel} says “may”).`
	);
}
