import { z } from '../zod-mini';
import { addDays, addMonths, addYears, formatDate } from '../dates';
import { fail, parseInput } from '../errors';
import {
	daysToHours,
	HOURS_PER_WORKDAY,
	notApplicable,
	WORKDAY_HOURS_CITATION,
} from './leave-units';
import { cite, type Explanation, type NotApplicable } from '../result';
import { CalendarDateSchema } from '../calendar/workday-calendar';

/**
 * The sick-time calculator (§2.4 A): who accrues, how much, and advance eligibility. The payout
 * (§2.4 C) and the Sick Leave Bank (§4.9) have their own files (sick-payout.ts, sick-leave-bank.ts).
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */


/** §2.4 A: the accrual rate and the excluded statuses. */
const ACCRUAL_CITATION = cite(
	'2.4',
	"All employees, except those in emergency, intermittent, per diem or temporary status (unless such status is the result of accepting a non-permanent working assignment in another classification), accumulate sick leave at the rate of one (1) day for each month's service.",
	'2.4 A',
);
/** §2.4 A: the advance. */
const ADVANCE_CITATION = cite(
	'2.4',
	'An employee with more than two (2) years of continuous service, whose personnel records warrant it, may be advanced up to ten (10) working days of paid sick leave with the written approval of the Director of Central Management Services. The advance will be charged against sick leave accumulated after the employee returns to service.',
	'2.4 A',
);

/** §2.4 A: days of sick leave per month of service. */
export const SICK_DAYS_PER_MONTH = 1;
/** §2.4 A: an advance needs more than this many years of continuous service. */
export const ADVANCE_MIN_YEARS = 2;
/** §2.4 A: the largest advance, in working days. */
export const ADVANCE_MAX_DAYS = 10;

/** §2.4 A: employment statuses, each with whether it accrues sick leave. */
export const SICK_STATUS_ROWS = [
	{
		status: 'regular',
		accrues: true,
		label: 'certified, probationary or other regular status',
		cite: '2.4 A',
	},
	{ status: 'emergency', accrues: false, label: 'emergency status', cite: '2.4 A' },
	{ status: 'intermittent', accrues: false, label: 'intermittent status', cite: '2.4 A' },
	{ status: 'per-diem', accrues: false, label: 'per diem status', cite: '2.4 A' },
	{ status: 'temporary', accrues: false, label: 'temporary status', cite: '2.4 A' },
] as const;

/** An employment status of §2.4 A. */
export const SickStatusSchema = z.enum(
	['regular', 'emergency', 'intermittent', 'per-diem', 'temporary'],
	{
		error: (issue) =>
			`expected one of "regular", "emergency", "intermittent", "per-diem", "temporary", got ${JSON.stringify(issue.input)}`,
	},
);

/** Input of {@link calculateSick}. */
export const SickInputSchema = z.object({
	/** Continuous-service date. */
	serviceStart: CalendarDateSchema,
	/** The date to answer for. */
	asOf: CalendarDateSchema,
	/** Employment status. */
	status: SickStatusSchema,
	/** True when an excluded status results from accepting a non-permanent assignment in another classification. */
	nonPermanentAssignmentInAnotherClassification: z.optional(
		z.boolean({ error: 'expected true or false' }),
	),
});
export type SickInput = z.infer<typeof SickInputSchema>;

/** Sick accrual and advance eligibility on a date. */
export interface SickResult extends Explanation {
	kind: 'sick';
	/** What the employee accrues; not applicable for an excluded status. */
	accrual:
		| {
				daysPerMonth: number;
				hoursPerMonth: number;
				daysPerYear: number;
				hoursPerYear: number;
				completedMonths: number;
				daysEarnedSinceStart: number;
		  }
		| NotApplicable;
	/** Whether an advance of up to 10 working days may be requested, and from which date (the day after the 2nd anniversary). */
	advance: {
		eligible: boolean;
		eligibleFrom: string;
		maxDays: number;
		maxHours: number;
		conditions: string[];
	};
}

/** Whole months from `start` to `on`, counted on the monthly anniversary of the start date. */
function completedMonths(start: string, on: string): number {
	let months =
		(Number(on.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
		Number(on.slice(5, 7)) -
		Number(start.slice(5, 7));
	if (addMonths(start, months) > on) months -= 1;
	return Math.max(0, months);
}

/**
 * Sick-leave accrual (one day per month of service) and advance eligibility (§2.4 A).
 * @example calculateSick({ serviceStart: '2022-03-01', asOf: '2025-03-01', status: 'regular' }).advance.eligible
 * //=> true (more than 2 years of continuous service)
 */
export function calculateSick(raw: unknown): SickResult {
	const input = parseInput(SickInputSchema, raw, 'sick');
	if (input.asOf < input.serviceStart)
		fail(
			'sick',
			'asOf',
			`expected a date on or after serviceStart (${input.serviceStart}), got "${input.asOf}"`,
		);
	const row = SICK_STATUS_ROWS.find((r) => r.status === input.status) ?? SICK_STATUS_ROWS[0];
	const accrues = row.accrues || input.nonPermanentAssignmentInAnotherClassification === true;
	const steps: string[] = [];
	let accrual: SickResult['accrual'];
	if (accrues) {
		const months = completedMonths(input.serviceStart, input.asOf);
		accrual = {
			daysPerMonth: SICK_DAYS_PER_MONTH,
			hoursPerMonth: daysToHours(SICK_DAYS_PER_MONTH),
			daysPerYear: SICK_DAYS_PER_MONTH * 12,
			hoursPerYear: daysToHours(SICK_DAYS_PER_MONTH * 12),
			completedMonths: months,
			daysEarnedSinceStart: months * SICK_DAYS_PER_MONTH,
		};
		steps.push(
			row.accrues
				? `An employee in ${row.label} accrues sick leave.`
				: `An employee in ${row.label} normally does not accrue, but this status results from accepting a non-permanent assignment in another classification, so it does.`,
			`${SICK_DAYS_PER_MONTH} day (${HOURS_PER_WORKDAY} hours) per month of service; ${months} completed month(s) since ${formatDate(input.serviceStart)} → ${months} day(s) earned, before any use.`,
		);
	} else {
		accrual = notApplicable(
			`Employees in ${row.label} do not accumulate sick leave.`,
			'Emergency, intermittent, per diem and temporary employees do not accrue sick leave.',
			[`An employee in ${row.label} is excluded by §2.4 A.`],
			[ACCRUAL_CITATION],
		);
		steps.push(`Employees in ${row.label} do not accumulate sick leave (excluded by §2.4 A).`);
	}
	const secondAnniversary = addYears(input.serviceStart, ADVANCE_MIN_YEARS);
	// "More than two years": the second anniversary completes exactly two years, so eligibility starts the day after.
	const eligible = accrues && input.asOf > secondAnniversary;
	steps.push(
		eligible
			? `More than ${ADVANCE_MIN_YEARS} years of continuous service on ${input.asOf} (the second anniversary was ${secondAnniversary}): an advance of up to ${ADVANCE_MAX_DAYS} working days may be requested.`
			: accrues
				? `Not more than ${ADVANCE_MIN_YEARS} years of continuous service on ${input.asOf}: an advance may be requested from ${formatDate(addDays(secondAnniversary, 1))}.`
				: 'An employee who does not accrue sick leave cannot be advanced against later accrual.',
	);
	return {
		kind: 'sick',
		accrual,
		advance: {
			eligible,
			eligibleFrom: addDays(secondAnniversary, 1),
			maxDays: ADVANCE_MAX_DAYS,
			maxHours: daysToHours(ADVANCE_MAX_DAYS),
			conditions: [
				'personnel records warrant it',
				'written approval of the Director of Central Management Services',
				'charged against sick leave accumulated after the employee returns to service',
			],
		},
		rule: "Sick leave accrues at one day per month of service except in emergency, intermittent, per diem or temporary status; with more than two years of continuous service up to ten working days may be advanced with the CMS Director's written approval.",
		steps,
		citations: [ACCRUAL_CITATION, ADVANCE_CITATION, WORKDAY_HOURS_CITATION],
	};
}
