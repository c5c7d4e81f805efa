import { z } from '../zod-mini';
import { dateParts, formatDate, isoDate } from '../dates';
import { fail, parseInput } from '../errors';
import { YearSchema } from '../calendar/holidays';
import {
	BargainingUnitSchema,
	HOURS_PER_WORKDAY,
	hoursSchema,
	hoursToDays,
	notApplicable,
	WORKDAY_HOURS_CITATION,
} from './leave-units';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';
import { CalendarDateSchema } from '../calendar/workday-calendar';

/**
 * The personal-business-time calculator (§2.5): the allowance for a year and a start date, the fourth
 * day, excluded statuses and forfeiture. The payout has its own file (personal-payout.ts).
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */


/** §2.5: three days a year, and who is excluded. */
const ALLOWANCE_CITATION = cite(
	'2.5',
	'All employees except those in emergency, per diem or temporary status, are permitted three (3) personal business days each calendar year.',
);
/** §2.5: the fourth day. */
const FOURTH_DAY_CITATION = cite(
	'2.5',
	'A fourth (4th) personal business day will be awarded to an employee to use within a calendar year, if the employee has used no sick time within the previous calendar year.',
);
/** §4.9: a Sick Leave Bank donation is not sick time used. */
const BANK_DONATION_CITATION = cite(
	'4.9',
	'Donated sick leave time will not be counted as "sick time used" during the course of a calendar year …',
);
/** §2.5: forfeiture at year end, and the RC-23 November 15 rule. */
const FORFEITURE_CITATION = cite(
	'2.5',
	'If it is not used during the year it is earned, personal business time is forfeited. In accordance with the INA Agreement, Article XVI, Section 16, any unused personal business time not requested by RC-23 employees as of November 15 of the current calendar year shall be forfeited.',
);

/** §2.5: full-year allowance in days. */
export const PERSONAL_DAYS_PER_YEAR = 3;

/** §2.5: the proration table for employees hired during the year: start dates (month-day, inclusive) → hours. */
export const PERSONAL_PRORATION_ROWS = [
	{
		from: '01-01',
		through: '02-01',
		hours: 22.5,
		cite: '2.5',
		label: 'January 1 through February 1',
	},
	{
		from: '02-02',
		through: '04-01',
		hours: 18.75,
		cite: '2.5',
		label: 'February 2 through April 1',
	},
	{ from: '04-02', through: '06-01', hours: 15, cite: '2.5', label: 'April 2 through June 1' },
	{ from: '06-02', through: '08-01', hours: 11.25, cite: '2.5', label: 'June 2 through August 1' },
	{ from: '08-02', through: '10-01', hours: 7.5, cite: '2.5', label: 'August 2 through October 1' },
	{
		from: '10-02',
		through: '12-01',
		hours: 3.75,
		cite: '2.5',
		label: 'October 2 through December 1',
	},
	{
		from: '12-02',
		through: '12-31',
		hours: 0,
		cite: '2.5',
		label: 'December 2 through December 31',
	},
] as const;

/** §2.5: statuses, each with whether it receives personal business time (intermittent is not excluded in §2.5). */
export const PERSONAL_STATUS_ROWS = [
	{ status: 'regular', eligible: true, cite: '2.5' },
	{ status: 'intermittent', eligible: true, cite: '2.5' },
	{ status: 'emergency', eligible: false, cite: '2.5' },
	{ status: 'per-diem', eligible: false, cite: '2.5' },
	{ status: 'temporary', eligible: false, cite: '2.5' },
] as const;

/** §2.5: the RC-23 request deadline (month-day). */
export const RC23_REQUEST_DEADLINE = '11-15';

/** Input of {@link calculatePersonal}. */
export const PersonalInputSchema = z.object({
	/** The calendar year of the allowance. */
	year: YearSchema,
	/** The employee's start date (hire date); before the year means a full year. */
	startDate: CalendarDateSchema,
	/** Employment status (§2.5 excludes emergency, per diem and temporary). */
	status: z.enum(['regular', 'intermittent', 'emergency', 'per-diem', 'temporary'], {
		error: (issue) =>
			`expected one of "regular", "intermittent", "emergency", "per-diem", "temporary", got ${JSON.stringify(issue.input)}`,
	}),
	/** Sick hours used in the previous calendar year (Sick Leave Bank donations are not use). */
	sickHoursUsedPreviousYear: hoursSchema(8784),
	/** Bargaining unit, e.g. "RC-23" (sets the November 15 request deadline). */
	bargainingUnit: z.optional(BargainingUnitSchema),
	/** The date to answer for: says whether the time is still usable or forfeited. */
	asOf: CalendarDateSchema,
});
export type PersonalInput = z.infer<typeof PersonalInputSchema>;

/** The personal-business-time answer for one employee and year. */
export interface PersonalResult extends Explanation {
	kind: 'personal';
	year: number;
	/** The three-day allowance (prorated by start date); not applicable for an excluded status. */
	allowance: { hours: number; days: number; row: string } | NotApplicable;
	/** The fourth day (7.5 hours), or why not. */
	fourthDay: { awarded: true; hours: number } | { awarded: false; reason: string };
	/** allowance + fourth day, in hours and days (0 for an excluded status). */
	total: { hours: number; days: number };
	/** When unused time is lost. */
	forfeiture: {
		lastDayToUse: string;
		requestBy: string | null;
		/** RC-23 after November 15: only time requested by then is still usable. */
		onAsOf: 'usable' | 'usable-only-if-requested' | 'forfeited' | 'not-yet-started';
	};
}

/** The as-of standing in words: the calculator's status line and the last step say the same. */
export const PERSONAL_STANDING = {
	usable: 'usable',
	'usable-only-if-requested': 'forfeited unless requested by November 15 (RC-23); only time already requested remains usable',
	forfeited: 'the year has ended, unused time is forfeited',
	'not-yet-started': 'the allowance year has not started',
} as const;

function prorationRow(startDate: string, year: number) {
	const { year: startYear } = dateParts(startDate);
	if (startYear < year) return null;
	const monthDay = startDate.slice(5);
	return (
		PERSONAL_PRORATION_ROWS.find((row) => monthDay >= row.from && monthDay <= row.through) ??
		PERSONAL_PRORATION_ROWS[PERSONAL_PRORATION_ROWS.length - 1]
	);
}

/**
 * Personal business time for a year (§2.5): the allowance (every row of the proration table), the
 * fourth day, excluded statuses and forfeiture.
 * @example calculatePersonal({ year: 2025, startDate: '2025-05-12', status: 'regular', sickHoursUsedPreviousYear: 0, asOf: '2025-05-12' }).allowance
 * //=> { hours: 15, days: 2, row: 'April 2 through June 1' }
 */
export function calculatePersonal(raw: unknown): PersonalResult {
	const input = parseInput(PersonalInputSchema, raw, 'personal');
	const startYear = dateParts(input.startDate).year;
	if (startYear > input.year)
		fail(
			'personal',
			'startDate',
			`expected a start date in or before ${input.year}, got "${input.startDate}"`,
		);
	const steps: string[] = [];
	const citations: Citation[] = [ALLOWANCE_CITATION];
	const statusRow =
		PERSONAL_STATUS_ROWS.find((r) => r.status === input.status) ?? PERSONAL_STATUS_ROWS[0];

	let allowance: PersonalResult['allowance'];
	let fourthDay: PersonalResult['fourthDay'];
	if (!statusRow.eligible) {
		allowance = notApplicable(
			`Employees in ${input.status} status receive no personal business time.`,
			'Emergency, per diem and temporary employees are excluded.',
			[`${input.status} status is excluded by §2.5.`],
			[ALLOWANCE_CITATION],
		);
		fourthDay = {
			awarded: false,
			reason: `${input.status} status receives no personal business time.`,
		};
		steps.push(`Employees in ${input.status} status receive no personal business time (excluded by §2.5).`);
	} else {
		const row = prorationRow(input.startDate, input.year);
		const hours = row ? row.hours : PERSONAL_DAYS_PER_YEAR * HOURS_PER_WORKDAY;
		allowance = {
			hours,
			days: hoursToDays(hours),
			row: row ? row.label : 'employed before the year began',
		};
		steps.push(
			row
				? `Started ${formatDate(input.startDate)}, in the row "${row.label}" of the §2.5 table: ${row.hours} hours.`
				: `Employed before ${input.year}: the full ${PERSONAL_DAYS_PER_YEAR} days (${hours} hours).`,
		);
		// Reading: "used no sick time within the previous calendar year" needs employment in that year;
		// otherwise a new hire would earn the day for a year in which no sick time could be used at all.
		if (startYear >= input.year)
			fourthDay = {
				awarded: false,
				reason: `Not employed in ${input.year - 1}, so there is no previous calendar year without sick time.`,
			};
		else if (input.sickHoursUsedPreviousYear > 0)
			fourthDay = {
				awarded: false,
				reason: `${input.sickHoursUsedPreviousYear} sick hour(s) used in ${input.year - 1}.`,
			};
		else fourthDay = { awarded: true, hours: HOURS_PER_WORKDAY };
		steps.push(
			fourthDay.awarded
				? `No sick time used in ${input.year - 1}: a fourth day (${HOURS_PER_WORKDAY} hours) is awarded (Sick Leave Bank donations do not count as use).`
				: `No fourth day. ${fourthDay.reason}`,
		);
		citations.push(FOURTH_DAY_CITATION, BANK_DONATION_CITATION);
	}
	const totalHours =
		('kind' in allowance ? 0 : allowance.hours) + (fourthDay.awarded ? fourthDay.hours : 0);
	if (!('kind' in allowance))
		steps.push(`In all: ${totalHours} hours (${hoursToDays(totalHours)} days) for ${input.year}.`);

	const lastDayToUse = isoDate(input.year, 12, 31);
	const requestBy =
		input.bargainingUnit === 'RC-23' ? `${input.year}-${RC23_REQUEST_DEADLINE}` : null;
	const onAsOf =
		input.asOf < `${input.year}-01-01` || input.asOf < input.startDate
			? 'not-yet-started'
			: input.asOf > lastDayToUse
				? 'forfeited'
				: requestBy && input.asOf > requestBy
					? 'usable-only-if-requested'
					: 'usable';
	steps.push(
		`Personal business time does not carry over: unused time is forfeited after ${formatDate(lastDayToUse)}.`,
	);
	if (requestBy)
		steps.push(
			`RC-23 (INA): time not requested by ${formatDate(requestBy)} is forfeited${onAsOf === 'usable-only-if-requested' ? `; on ${input.asOf} only time already requested remains usable` : ''}.`,
		);
	steps.push(
		`On ${input.asOf}: ${PERSONAL_STANDING[onAsOf]}.`,
	);
	citations.push(FORFEITURE_CITATION, WORKDAY_HOURS_CITATION);

	return {
		kind: 'personal',
		year: input.year,
		allowance,
		fourthDay,
		total: { hours: totalHours, days: hoursToDays(totalHours) },
		forfeiture: { lastDayToUse, requestBy, onAsOf },
		rule: 'Three personal business days a calendar year (prorated by the §2.5 table for a start during the year), a fourth day after a calendar year without sick time, none for emergency, per diem or temporary status; unused time is forfeited at year end (RC-23: if not requested by November 15).',
		steps,
		citations,
	};
}
