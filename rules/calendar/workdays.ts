import { z } from '../zod-mini';
import { dayOfWeek, formatDate } from '../dates';
import { parseInput } from '../errors';
import { HolidayOptionsSchema, type Holiday } from './holidays';
import type { Explanation } from '../result';
import {
	CalendarDateSchema,
	createWorkdayCalendar,
	shiftWorkdays,
	workdayCitations,
} from './workday-calendar';

/**
 * Workdays: is a date one, and adding or subtracting them around the State holidays (§2.7);
 * "N hours excluding weekends and holidays" is in workday-hours.ts, the holidays in holidays.ts.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */


/** Input of {@link isWorkday}. */
export const IsWorkdayInputSchema = z.object({
	/** The date to check. */
	date: CalendarDateSchema,
	/** Election and proclaimed days to add. */
	holidays: z.optional(HolidayOptionsSchema),
});
export type IsWorkdayInput = z.infer<typeof IsWorkdayInputSchema>;

/** Whether a date is a workday, and why not when it is not. */
export interface IsWorkdayResult extends Explanation {
	kind: 'workday';
	date: string;
	isWorkday: boolean;
	reason: 'weekday' | 'weekend' | 'holiday';
	/** The holidays observed that day (empty on an ordinary day). */
	holidays: Holiday[];
}

/**
 * Whether a date is a State workday: Monday to Friday and not an observed holiday.
 * @example isWorkday({ date: '2022-11-11' }).isWorkday //=> false (Veteran's Day)
 */
export function isWorkday(raw: unknown): IsWorkdayResult {
	const input = parseInput(IsWorkdayInputSchema, raw, 'workday');
	const calendar = createWorkdayCalendar(input.holidays);
	const holidays = calendar.holidaysOn(input.date);
	const weekday = dayOfWeek(input.date);
	const weekend = weekday === 0 || weekday === 6;
	const reason = weekend ? 'weekend' : holidays.length > 0 ? 'holiday' : 'weekday';
	const day = formatDate(input.date);
	const because = {
		weekend: `${day} falls on a weekend.`,
		holiday: `${day} is the observed date of ${holidays.map((h) => `${h.name} (falls on ${h.actualDate})`).join(' and ')}.`,
		weekday: `${day} is a weekday and no State holiday is observed on it.`,
	}[reason];
	return {
		kind: 'workday',
		date: input.date,
		isWorkday: reason === 'weekday',
		reason,
		holidays,
		rule: 'A workday is a Monday to Friday that is not the observed date of a State holiday.',
		steps: [because],
		citations: workdayCitations(input.holidays),
	};
}

/** Input of {@link addWorkdays} and {@link subtractWorkdays}. */
export const WorkdayShiftInputSchema = z.object({
	/** The date counted from; it is not itself counted. */
	date: CalendarDateSchema,
	/** How many workdays to move: a whole number from 0 to 3,000. */
	workdays: z
		.number({ error: 'expected a number of workdays' })
		.check(
			z.int({
				error: (issue) => `expected a whole number of workdays, got ${String(issue.input)}`,
			}),
			z.gte(0, { error: (issue) => `expected 0 or more workdays, got ${String(issue.input)}` }),
			z.lte(3000, {
				error: (issue) => `expected at most 3000 workdays, got ${String(issue.input)}`,
			}),
		),
	/** Election and proclaimed days to add. */
	holidays: z.optional(HolidayOptionsSchema),
});
export type WorkdayShiftInput = z.infer<typeof WorkdayShiftInputSchema>;

/** The date reached by counting workdays, with what was skipped. */
export interface WorkdayShiftResult extends Explanation {
	kind: 'date';
	date: string;
	/** Weekend days passed over. */
	weekendDaysSkipped: number;
	/** Holidays passed over (observed dates). */
	holidaysSkipped: Holiday[];
}

function workdayShift(raw: unknown, direction: 1 | -1): WorkdayShiftResult {
	const input = parseInput(
		WorkdayShiftInputSchema,
		raw,
		direction === 1 ? 'add workdays' : 'subtract workdays',
	);
	const moved = shiftWorkdays(
		input.date,
		input.workdays,
		direction,
		createWorkdayCalendar(input.holidays),
	);
	const way = direction === 1 ? 'after' : 'before';
	return {
		kind: 'date',
		...moved,
		rule: `The date ${input.workdays} workday(s) ${way} the start date, counting only Monday to Friday days that are not observed State holidays; the start date itself is not counted.`,
		steps: [
			`Started from ${formatDate(input.date)} (not counted).`,
			`Stepped one calendar day at a time ${direction === 1 ? 'forward' : 'backward'}, counting each workday until ${input.workdays} were counted.`,
			`Skipped ${moved.weekendDaysSkipped} weekend day(s) and ${moved.holidaysSkipped.length} holiday(s)${moved.holidaysSkipped.length ? `: ${moved.holidaysSkipped.map((h) => `${h.name} observed ${h.observedDate}`).join('; ')}` : ''}.`,
			`Reached ${formatDate(moved.date)}.`,
		],
		citations: workdayCitations(input.holidays),
	};
}

/**
 * The date `workdays` workdays after `date` (the start date is not counted; 0 returns it unchanged).
 * @example addWorkdays({ date: '2025-11-26', workdays: 1 }).date //=> '2025-12-01' (Thanksgiving, the day after, the weekend)
 */
export function addWorkdays(raw: unknown): WorkdayShiftResult {
	return workdayShift(raw, 1);
}

/**
 * The date `workdays` workdays before `date` (the start date is not counted; 0 returns it unchanged).
 * @example subtractWorkdays({ date: '2025-12-01', workdays: 1 }).date //=> '2025-11-26'
 */
export function subtractWorkdays(raw: unknown): WorkdayShiftResult {
	return workdayShift(raw, -1);
}
