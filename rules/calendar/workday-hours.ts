import { z } from '../zod-mini';
import { addDays, dayOfWeek, formatDate, IsoTimeSchema } from '../dates';
import { parseInput } from '../errors';
import { HolidayOptionsSchema } from './holidays';
import type { Explanation } from '../result';
import {
	CalendarDateSchema,
	createWorkdayCalendar,
	workdayCitations,
	type WorkdayCalendar,
} from './workday-calendar';

/**
 * "N hours excluding weekends and holidays" (the reporting deadlines of Procedures 331 use it).
 * Reading chosen: the clock runs only during the hours of workdays, each workday counting its whole
 * 24 hours; Saturday, Sunday and observed-holiday hours do not count. So a report known on Friday at
 * 15:00 before a Monday holiday, with 24 hours, is due Tuesday at 15:00 (9 hours Friday, 15 Tuesday).
 * The other reading (24 clock hours, then a deadline that lands on a weekend or holiday moves to the
 * next workday) is not returned: it gives the same or an earlier deadline for any start on a workday
 * and itself leaves open the time of day on the moved date.
 */

const MINUTES_PER_DAY = 1440;

/** Input of {@link addHoursExcludingWeekendsAndHolidays}. */
export const HoursExcludingInputSchema = z.object({
	/** The date the clock starts (the event occurred or became known). */
	date: CalendarDateSchema,
	/** The time the clock starts, HH:MM on a 24-hour clock. */
	time: IsoTimeSchema,
	/** How many hours the clock runs: a whole number from 1 to 2,400. */
	hours: z
		.number({ error: 'expected a number of hours' })
		.check(
			z.int({ error: (issue) => `expected a whole number of hours, got ${String(issue.input)}` }),
			z.gte(1, { error: (issue) => `expected at least 1 hour, got ${String(issue.input)}` }),
			z.lte(2400, { error: (issue) => `expected at most 2400 hours, got ${String(issue.input)}` }),
		),
	/** Election and proclaimed days to add. */
	holidays: z.optional(HolidayOptionsSchema),
});
export type HoursExcludingInput = z.infer<typeof HoursExcludingInputSchema>;

/** When the clock runs out. */
export interface HoursExcludingResult extends Explanation {
	kind: 'deadline';
	/** Date and time the clock runs out. A clock that runs out at midnight ends at 00:00 of the next calendar day. */
	deadline: { date: string; time: string };
	/** True when the clock runs out exactly at the end of a workday (deadline time 00:00 of the day after). */
	endsAtMidnight: boolean;
	/** Calendar days passed over because they are not workdays. */
	daysSkipped: { date: string; why: string }[];
}

const hhmm = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function whyNotWorkday(iso: string, calendar: WorkdayCalendar): string {
	const holidays = calendar.holidaysOn(iso);
	if (holidays.length > 0 && dayOfWeek(iso) !== 0 && dayOfWeek(iso) !== 6)
		return `${holidays.map((h) => h.name).join(' and ')} observed`;
	return 'weekend';
}

/**
 * The moment N hours after a date and time, counting only the hours of workdays (whole 24-hour
 * workdays; weekend and holiday hours do not count). A start on a non-workday starts the clock at
 * 00:00 of the next workday.
 * @example addHoursExcludingWeekendsAndHolidays({ date: '2025-05-23', time: '15:00', hours: 24 }).deadline
 * //=> { date: '2025-05-27', time: '15:00' } (Friday before Memorial Day → Tuesday)
 */
export function addHoursExcludingWeekendsAndHolidays(raw: unknown): HoursExcludingResult {
	const input = parseInput(HoursExcludingInputSchema, raw, 'hours excluding weekends and holidays');
	const calendar = createWorkdayCalendar(input.holidays);
	const steps: string[] = [];
	const daysSkipped: { date: string; why: string }[] = [];
	let remaining = input.hours * 60;
	let counted = 0;
	let day = input.date;
	let minute = Number(input.time.slice(0, 2)) * 60 + Number(input.time.slice(3, 5));
	steps.push(
		`The clock starts on ${formatDate(day)} at ${input.time} and must run ${input.hours} hour(s) of workday time.`,
	);
	let run: { date: string; why: string }[] = [];
	for (;;) {
		if (!calendar.isWorkday(day)) {
			run.push({ date: day, why: whyNotWorkday(day, calendar) });
			day = addDays(day, 1);
			minute = 0;
			continue;
		}
		if (run.length > 0) {
			steps.push(
				`Skipped ${run.length} day(s) that are not workdays: ${run.map((d) => `${d.date} (${d.why})`).join(', ')}; the clock resumes at 00:00.`,
			);
			daysSkipped.push(...run);
			run = [];
		}
		const available = MINUTES_PER_DAY - minute;
		const used = Math.min(available, remaining);
		const end = minute + used;
		counted += used;
		remaining -= used;
		steps.push(
			`${formatDate(day)}: counted ${hhmm(minute)}–${end === MINUTES_PER_DAY ? '24:00' : hhmm(end)}, ${used / 60} hour(s); ${counted / 60} of ${input.hours} counted.`,
		);
		if (remaining === 0) {
			const endsAtMidnight = end === MINUTES_PER_DAY;
			const deadline = endsAtMidnight
				? { date: addDays(day, 1), time: '00:00' }
				: { date: day, time: hhmm(end) };
			steps.push(
				endsAtMidnight
					? `The clock runs out at midnight at the end of ${formatDate(day)}: ${deadline.date} 00:00.`
					: `The clock runs out on ${formatDate(deadline.date)} at ${deadline.time}.`,
			);
			return {
				kind: 'deadline',
				deadline,
				endsAtMidnight,
				daysSkipped,
				rule: `${input.hours} hours excluding weekends and holidays: the clock runs only during workdays (each workday counts its whole 24 hours); hours of Saturdays, Sundays and observed State holidays do not count.`,
				steps,
				citations: workdayCitations(input.holidays),
			};
		}
		day = addDays(day, 1);
		minute = 0;
	}
}
