import { z } from '../zod-mini';
import { addDays, dayOfWeek, daysBetween, formatDate } from '../dates';
import { fail, parseInput } from '../errors';
import { HolidayOptionsSchema, type Holiday } from '../calendar/holidays';
import { daysToHours } from './leave-units';
import { cite, type Explanation } from '../result';
import { CalendarDateSchema, createWorkdayCalendar, workdayCitations } from '../calendar/workday-calendar';

/**
 * A holiday that falls on a regularly scheduled workday during vacation adds a day of vacation (§2.7).
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §2.7: the extra vacation day. */
const HOLIDAY_IN_VACATION_CITATION = cite(
	'2.7',
	"When a holiday falls on an employee's regularly scheduled workday during the employee's vacation period, an extra day will be added to the employee's accrued vacation time.",
);

/** The longest vacation period checked at once, in calendar days. */
const MAX_PERIOD_DAYS = 366;
const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

/** Input of {@link holidaysDuringVacation}. */
export const HolidaysDuringVacationInputSchema = z.object({
	/** First day of the vacation period. */
	vacationStart: CalendarDateSchema,
	/** Last day of the vacation period. */
	vacationEnd: CalendarDateSchema,
	/** Regularly scheduled weekdays, 0 = Sunday … 6 = Saturday; default Monday–Friday (§2.2). */
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
	/** Election and proclaimed days. */
	holidays: z.optional(HolidayOptionsSchema),
});
export type HolidaysDuringVacationInput = z.infer<typeof HolidaysDuringVacationInputSchema>;

/** The holidays inside a vacation period and the vacation days they add back. */
export interface HolidaysDuringVacationResult extends Explanation {
	kind: 'holidays-during-vacation';
	/** Holidays observed on a scheduled workday within the period: one extra day each. */
	holidays: Holiday[];
	extraDays: number;
	extraHours: number;
}

/**
 * The extra vacation days for holidays observed on scheduled workdays during a vacation (§2.7).
 * @example holidaysDuringVacation({ vacationStart: '2025-12-22', vacationEnd: '2026-01-02' }).extraDays
 * //=> 2 (Christmas Day and New Year's Day)
 */
export function holidaysDuringVacation(raw: unknown): HolidaysDuringVacationResult {
	const input = parseInput(HolidaysDuringVacationInputSchema, raw, 'holidays during vacation');
	const span = daysBetween(input.vacationStart, input.vacationEnd);
	if (span < 0)
		fail(
			'holidays during vacation',
			'vacationEnd',
			`expected a date on or after vacationStart (${input.vacationStart}), got "${input.vacationEnd}"`,
		);
	if (span >= MAX_PERIOD_DAYS)
		fail(
			'holidays during vacation',
			'vacationEnd',
			`expected a period of at most ${MAX_PERIOD_DAYS} days, got ${span + 1}`,
		);
	const scheduled = input.scheduledWeekdays ?? MONDAY_TO_FRIDAY;
	const calendar = createWorkdayCalendar(input.holidays);
	const found: Holiday[] = [];
	const skipped: string[] = [];
	for (let day = input.vacationStart; day <= input.vacationEnd; day = addDays(day, 1)) {
		for (const holiday of calendar.holidaysOn(day)) {
			if (scheduled.includes(dayOfWeek(day))) found.push(holiday);
			else skipped.push(`${holiday.name} (observed ${formatDate(day)}, not a scheduled workday)`);
		}
	}
	return {
		kind: 'holidays-during-vacation',
		holidays: found,
		extraDays: found.length,
		extraHours: daysToHours(found.length),
		rule: 'Each holiday observed on a regularly scheduled workday during a vacation adds one day to accrued vacation.',
		steps: [
			`Checked ${formatDate(input.vacationStart)} to ${formatDate(input.vacationEnd)} for observed State holidays (the observed date is the day off).`,
			found.length
				? `On scheduled workdays: ${found.map((h) => `${h.name} (${h.observedDate})`).join('; ')}.`
				: 'No holiday is observed on a scheduled workday in the period.',
			...(skipped.length ? [`Not counted: ${skipped.join('; ')}.`] : []),
			`${found.length} day(s) (${daysToHours(found.length)} hours) not charged as vacation: one extra day added to accrued vacation for each holiday.`,
		],
		citations: [HOLIDAY_IN_VACATION_CITATION, ...workdayCitations(input.holidays)],
	};
}
