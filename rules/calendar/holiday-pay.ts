import { z } from '../zod-mini';
import { addDays, dayOfWeek, formatDate } from '../dates';
import { fail, parseInput } from '../errors';
import { HolidayOptionsSchema } from './holidays';
import { notApplicable } from '../leave/leave-units';
import { cite, type Explanation, type NotApplicable } from '../result';
import { CalendarDateSchema, createWorkdayCalendar, workdayCitations } from './workday-calendar';

/**
 * Holiday pay (§2.7): the employee must work the last scheduled workday before and the first
 * scheduled workday after the holiday, unless the supervisor approved an exception.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const HOLIDAY_PAY_CITATION = cite(
	'2.7',
	'To be eligible for holiday pay, an employee must work the last scheduled workday before, and the first scheduled workday after, the holiday unless an exception has been approved by his/her supervisor.',
);

/** How far to look for a scheduled workday on either side, in calendar days. */
const SEARCH_DAYS = 31;
const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

/** Input of {@link holidayPay}. */
export const HolidayPayInputSchema = z.object({
	/** The observed date of the holiday (the day off). */
	holidayDate: CalendarDateSchema,
	/** Regularly scheduled weekdays, 0 = Sunday … 6 = Saturday; default Monday–Friday. */
	scheduledWeekdays: z.optional(
		z
			.array(
				z
					.number()
					.check(
						z.int(),
						z.gte(0, { error: 'expected a weekday from 0 (Sunday) to 6 (Saturday)' }),
						z.lte(6, { error: 'expected a weekday from 0 (Sunday) to 6 (Saturday)' }),
					),
			)
			.check(z.minLength(1, { error: 'expected at least one scheduled weekday' }), z.maxLength(7)),
	),
	/** Did the employee work the last scheduled workday before? */
	workedDayBefore: z.optional(z.boolean({ error: 'expected true or false' })),
	/** Did the employee work the first scheduled workday after? */
	workedDayAfter: z.optional(z.boolean({ error: 'expected true or false' })),
	/** The supervisor approved an exception. */
	exceptionApproved: z.optional(z.boolean({ error: 'expected true or false' })),
	/** The day (or days) not worked was approved leave: vacation, sick, personal or compensatory time. */
	dayNotWorkedWasApprovedLeave: z.optional(z.boolean({ error: 'expected true or false' })),
	/** Election and proclaimed days. */
	holidays: z.optional(HolidayOptionsSchema),
});
export type HolidayPayInput = z.infer<typeof HolidayPayInputSchema>;

/** What decided holiday pay, in the words of the step and the headline. */
export const HOLIDAY_PAY_DECISIONS = {
	'both-days-worked': 'both days were worked',
	'exception-approved': 'the supervisor approved an exception',
	'exception-needed': 'only if the supervisor approves the exception',
	'not-both-worked': 'no exception was approved',
} as const;

/** The two workdays that decide holiday pay, and the answer when both are known. */
export interface HolidayPayResult extends Explanation {
	kind: 'holiday-pay';
	holidayNames: string[];
	lastWorkdayBefore: string;
	firstWorkdayAfter: string;
	/** Eligible or not; not applicable until both days are answered (or an exception is approved). */
	eligible: boolean | NotApplicable;
	/** Not eligible as the days stand, but approved leave on a day not worked is what the supervisor's exception is for. */
	exceptionNeeded: boolean;
	/** What decided it; null until both days are answered. */
	decidedBy: keyof typeof HOLIDAY_PAY_DECISIONS | null;
}

/**
 * The workdays an employee must work around a holiday to be paid for it (§2.7), and the answer.
 * @example holidayPay({ holidayDate: '2025-11-27', workedDayBefore: true, workedDayAfter: true })
 * //=> { lastWorkdayBefore: '2025-11-26', firstWorkdayAfter: '2025-12-01', eligible: true, … }
 */
export function holidayPay(raw: unknown): HolidayPayResult {
	const input = parseInput(HolidayPayInputSchema, raw, 'holiday pay');
	const calendar = createWorkdayCalendar(input.holidays);
	const names = calendar.holidaysOn(input.holidayDate).map((h) => h.name);
	if (names.length === 0) {
		fail(
			'holiday pay',
			'holidayDate',
			`expected the observed date of a State holiday, got "${input.holidayDate}"`,
		);
	}
	const scheduled = input.scheduledWeekdays ?? MONDAY_TO_FRIDAY;
	const isScheduledWorkday = (iso: string) =>
		scheduled.includes(dayOfWeek(iso)) && calendar.holidaysOn(iso).length === 0;
	const find = (direction: 1 | -1): string => {
		for (let step = 1; step <= SEARCH_DAYS; step += 1) {
			const iso = addDays(input.holidayDate, direction * step);
			if (isScheduledWorkday(iso)) return iso;
		}
		return fail(
			'holiday pay',
			'scheduledWeekdays',
			`expected a scheduled workday within ${SEARCH_DAYS} days of the holiday`,
		);
	};
	const before = find(-1);
	const after = find(1);
	const rule =
		'Holiday pay requires working the last scheduled workday before and the first scheduled workday after the holiday, unless the supervisor approved an exception.';
	const steps = [
		`${formatDate(input.holidayDate)} is the observed date of ${names.join(' and ')}.`,
		`Last scheduled workday before: ${formatDate(before)}; first scheduled workday after: ${formatDate(after)} (other holidays and unscheduled days are passed over).`,
	];
	let eligible: HolidayPayResult['eligible'];
	let exceptionNeeded = false;
	let decidedBy: HolidayPayResult['decidedBy'] = null;
	if (input.exceptionApproved === true) {
		eligible = true;
		decidedBy = 'exception-approved';
		steps.push('The supervisor approved an exception: eligible.');
	} else if (input.workedDayBefore === undefined || input.workedDayAfter === undefined) {
		eligible = notApplicable(
			'Answer whether both days were worked.',
			rule,
			['The answer needs both days.'],
			[HOLIDAY_PAY_CITATION],
		);
		steps.push('Not given yet: answer whether both days were worked.');
	} else {
		eligible = input.workedDayBefore && input.workedDayAfter;
		const missed = `${!input.workedDayBefore ? `${formatDate(before)} was not worked` : ''}${!input.workedDayBefore && !input.workedDayAfter ? ' and ' : ''}${!input.workedDayAfter ? `${formatDate(after)} was not worked` : ''}`;
		exceptionNeeded = !eligible && input.dayNotWorkedWasApprovedLeave === true;
		decidedBy = eligible ? 'both-days-worked' : exceptionNeeded ? 'exception-needed' : 'not-both-worked';
		steps.push(
			eligible
				? 'Both days were worked: eligible for holiday pay.'
				: exceptionNeeded
					? `Paid only if the supervisor approves the exception: ${missed}, on approved leave. The rule's "unless an exception has been approved by his/her supervisor" is what covers approved leave around a holiday; without that approval there is no holiday pay.`
					: `Not eligible: ${missed}, and no exception was approved.`,
		);
	}
	return {
		kind: 'holiday-pay',
		holidayNames: names,
		lastWorkdayBefore: before,
		firstWorkdayAfter: after,
		eligible,
		exceptionNeeded,
		decidedBy,
		rule,
		steps,
		citations: [HOLIDAY_PAY_CITATION, ...workdayCitations(input.holidays)],
	};
}
