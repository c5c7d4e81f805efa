import { z } from '../zod-mini';
import { addDays, addMonths, formatDate } from '../dates';
import { fail, parseInput } from '../errors';
import { cite, type Explanation } from '../result';
import { CalendarDateSchema } from '../calendar/workday-calendar';

/**
 * The Sick Leave Bank (§4.9): enrollment eligibility, the donation, the 60-day wait and the yearly
 * limit on days requested. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §4.9: the bank's conditions as cited rows (walked in order; each names its limit). */
export const SICK_LEAVE_BANK_RULES = {
	minServiceMonths: {
		value: 6,
		cite: '4.9',
		quote:
			'Full-time employees with a minimum of six (6) months of service and a minimum of five (5) days of accumulated sick time on the books can enroll voluntarily in the Sick Leave Bank.',
	},
	minAccumulatedDays: {
		value: 5,
		cite: '4.9',
		quote: 'a minimum of five (5) days of accumulated sick time on the books',
	},
	minDonationDays: {
		value: 1,
		cite: '4.9',
		quote:
			'Employees participating in the bank must donate at least one (1) day of sick leave; however, additional days may be donated as desired.',
	},
	waitCalendarDays: {
		value: 60,
		cite: '4.9',
		quote:
			'Employees must wait 60 calendar days after enrollment before utilizing the Sick Leave Bank.',
	},
	maxRequestWorkdaysPerYear: {
		value: 25,
		cite: '4.9',
		quote: 'Employees may request up to 25 work days from the Sick Leave Bank per calendar year.',
	},
} as const;

const DONATION_NOT_SICK_USE = cite(
	'4.9',
	'Donated sick leave time will not be counted as "sick time used" during the course of a calendar year; therefore, donating to the Sick Leave Bank will not jeopardize an employee\'s eligibility to earn an additional personal day …',
);
const PURPOSE = cite(
	'4.9',
	'The Sick Leave Bank is not a source of sick days to be used whenever an employee exhausts available sick time. The intent of the bank is to benefit employees who need the additional sick time due to a catastrophic or severe illness or injury.',
);

const daysField = (what: string) =>
	z
		.number({ error: `expected a number of ${what}` })
		.check(
			z.refine(Number.isFinite, { error: `expected a finite number of ${what}` }),
			z.gte(0, { error: (issue) => `expected 0 or more ${what}, got ${String(issue.input)}` }),
		);

/** Input of {@link sickLeaveBank}. */
export const SickLeaveBankInputSchema = z.object({
	/** Full-time or part-time: only full-time employees may enroll. */
	schedule: z.enum(['full-time', 'part-time'], {
		error: (issue) => `expected "full-time" or "part-time", got ${JSON.stringify(issue.input)}`,
	}),
	/** Service date. */
	serviceStart: CalendarDateSchema,
	/** The date to answer for (enrollment date when enrolling). */
	asOf: CalendarDateSchema,
	/** Sick days on the books. */
	accumulatedSickDays: daysField('days'),
	/** Days the employee means to donate on enrolling (optional). */
	donationDays: z.optional(daysField('days')),
	/** The date the employee enrolled, if already enrolled. */
	enrolledOn: z.optional(CalendarDateSchema),
	/** Work days already received from the bank this calendar year. */
	workdaysReceivedThisYear: z.optional(daysField('work days')),
});
export type SickLeaveBankInput = z.infer<typeof SickLeaveBankInputSchema>;

/** Sick Leave Bank eligibility: to enroll, and to draw. */
export interface SickLeaveBankResult extends Explanation {
	kind: 'sick-leave-bank';
	/** Whether the employee may enroll on asOf, and why not. */
	enrollment: { eligible: boolean; reasons: string[] };
	/** For an enrolled employee: the first day the bank may be used and the work days still requestable this year. */
	use:
		| { usableFrom: string; usableOnAsOf: boolean; workdaysRequestableThisYear: number }
		| { kind: 'not-applicable'; reason: string };
}

/**
 * Sick Leave Bank enrollment and use (§4.9).
 * @example sickLeaveBank({ schedule: 'full-time', serviceStart: '2024-01-02', asOf: '2025-03-01', accumulatedSickDays: 8, donationDays: 1 }).enrollment.eligible //=> true
 */
export function sickLeaveBank(raw: unknown): SickLeaveBankResult {
	const input = parseInput(SickLeaveBankInputSchema, raw, 'sick leave bank');
	const R = SICK_LEAVE_BANK_RULES;
	if (input.asOf < input.serviceStart)
		fail(
			'sick leave bank',
			'asOf',
			`expected a date on or after serviceStart (${input.serviceStart}), got "${input.asOf}"`,
		);
	if (input.donationDays !== undefined && input.donationDays > input.accumulatedSickDays)
		fail(
			'sick leave bank',
			'donationDays',
			`expected at most the ${input.accumulatedSickDays} days on the books, got ${input.donationDays}`,
		);
	if (input.enrolledOn !== undefined && input.enrolledOn > input.asOf)
		fail(
			'sick leave bank',
			'enrolledOn',
			`expected a date on or before asOf (${input.asOf}), got "${input.enrolledOn}"`,
		);
	const steps: string[] = [];
	const reasons: string[] = [];
	const check = (ok: boolean, yes: string, no: string) => {
		steps.push(ok ? yes : no);
		if (!ok) reasons.push(no);
	};
	const sixMonths = addMonths(input.serviceStart, R.minServiceMonths.value);
	check(
		input.schedule === 'full-time',
		'Full-time: may enroll.',
		'Only full-time employees may enroll.',
	);
	check(
		input.asOf >= sixMonths,
		`Six months of service completed on ${formatDate(sixMonths)}.`,
		`Less than six months of service: six months are completed on ${formatDate(sixMonths)}.`,
	);
	check(
		input.accumulatedSickDays >= R.minAccumulatedDays.value,
		`${input.accumulatedSickDays} sick days on the books, at least ${R.minAccumulatedDays.value}.`,
		`${input.accumulatedSickDays} sick days on the books, fewer than the ${R.minAccumulatedDays.value} needed.`,
	);
	if (input.donationDays !== undefined)
		check(
			input.donationDays >= R.minDonationDays.value,
			`Donating ${input.donationDays} day(s), at least ${R.minDonationDays.value}.`,
			`Donating ${input.donationDays} day(s): at least ${R.minDonationDays.value} must be donated.`,
		);
	steps.push(
		'Donated days are not "sick time used": donating does not cost the fourth personal day (§2.5).',
	);
	let use: SickLeaveBankResult['use'];
	if (input.enrolledOn === undefined)
		use = {
			kind: 'not-applicable',
			reason: 'Not enrolled: give enrolledOn to see when the bank can be used.',
		};
	else {
		// Reading: the 60 calendar days after the enrollment date are the wait (counted like the §2.3 D
		// "within four calendar days"), so the bank is usable from the 61st day after enrolling.
		const usableFrom = addDays(input.enrolledOn, R.waitCalendarDays.value + 1);
		const received = input.workdaysReceivedThisYear ?? 0;
		const requestable = Math.max(0, R.maxRequestWorkdaysPerYear.value - received);
		use = {
			usableFrom,
			usableOnAsOf: input.asOf >= usableFrom,
			workdaysRequestableThisYear: requestable,
		};
		steps.push(
			`Enrolled ${formatDate(input.enrolledOn)}: the ${R.waitCalendarDays.value} calendar days after enrolling are the wait, so the bank is usable from ${formatDate(usableFrom)}.`,
		);
		steps.push(
			`Up to ${R.maxRequestWorkdaysPerYear.value} work days a calendar year; ${received} received → ${requestable} still requestable this year.`,
		);
	}
	return {
		kind: 'sick-leave-bank',
		enrollment: { eligible: reasons.length === 0, reasons },
		use,
		rule: 'Full-time employees with six months of service and five days of sick time may enroll by donating at least one day; after 60 calendar days they may request up to 25 work days a calendar year for a catastrophic or severe illness or injury.',
		steps,
		citations: [
			...Object.values(R).map((r) => cite(r.cite, r.quote)),
			DONATION_NOT_SICK_USE,
			PURPOSE,
		],
	};
}
