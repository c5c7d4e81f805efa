import { z } from '../zod-mini';
import { addDays, dayOfWeek, IsoDateSchema, isIsoDate, toDayNumber } from '../dates';
import {
	EXTRA_DAYS_CITATION,
	FIRST_YEAR,
	HOLIDAY_LIST_CITATION,
	holidaysInYear,
	LAST_YEAR,
	OBSERVED_DATE_CITATION,
	type Holiday,
	type HolidayOptions,
} from './holidays';
import { cite, type Citation } from '../result';

/**
 * The workday calendar other rule modules build on: a workday is Monday to Friday and not an observed
 * State holiday (§2.2 work week, §2.7 holidays). No input validation here: callers parse first.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §2.2: the basic schedule is Monday through Friday. */
export const WORK_WEEK_CITATION = cite(
	'2.2',
	'The basic work schedule for DCFS employees is 8:30 a.m. - 5:00 p.m., 7.5 hours/day … Monday through Friday, totaling 37.5 hours per work week.',
);

/** A date the calendar answers for: YYYY-MM-DD within the supported years. */
export const CalendarDateSchema = IsoDateSchema.check(
	z.refine(
		(iso) =>
			!isIsoDate(iso) ||
			(Number(iso.slice(0, 4)) >= FIRST_YEAR && Number(iso.slice(0, 4)) <= LAST_YEAR),
		{
			error: (issue) =>
				`expected a date from ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31, got ${JSON.stringify(issue.input)}`,
		},
	),
);

/** Looks up observed holidays by date; built once per call from already-parsed options. */
export interface WorkdayCalendar {
	/** The holidays observed on a date (usually none, at most a few). */
	holidaysOn(iso: string): Holiday[];
	/** Monday to Friday and no observed holiday. */
	isWorkday(iso: string): boolean;
	/** isWorkday for a day number (days since 1970-01-01): for rules that walk many days. */
	isWorkdayNumber(dayNumber: number): boolean;
}

const DAYS_PER_YEAR = 365.2425;

/**
 * A workday calendar for rule modules whose input is already parsed. It loads the holidays of a
 * year on first use, with the neighbouring years (New Year's Day on a Saturday is observed on
 * December 31 of the year before), into one map keyed by observed day number.
 * @example createWorkdayCalendar().isWorkday('2021-12-24') //=> false (Christmas observed)
 */
export function createWorkdayCalendar(options: HolidayOptions = {}): WorkdayCalendar {
	const observed = new Map<number, Holiday[]>();
	const loaded = new Set<number>();
	let lastEstimate = Number.NaN;
	function holidaysOnNumber(dayNumber: number): Holiday[] {
		// The estimate is off by at most one year, and observed dates move at most a day across New Year.
		const estimate = 1970 + Math.floor(dayNumber / DAYS_PER_YEAR);
		if (estimate !== lastEstimate) loadAround(estimate);
		return observed.get(dayNumber) ?? [];
	}
	function loadAround(estimate: number): void {
		lastEstimate = estimate;
		for (let y = estimate - 1; y <= estimate + 1; y += 1) {
			if (loaded.has(y)) continue;
			loaded.add(y);
			for (const h of holidaysInYear(y, options)) {
				const key = toDayNumber(h.observedDate);
				observed.set(key, [...(observed.get(key) ?? []), h]);
			}
		}
	}
	function isWorkdayNumber(dayNumber: number): boolean {
		const weekday = (((dayNumber + 4) % 7) + 7) % 7;
		return weekday !== 0 && weekday !== 6 && holidaysOnNumber(dayNumber).length === 0;
	}
	return {
		holidaysOn: (iso) => holidaysOnNumber(toDayNumber(iso)),
		isWorkday: (iso) => isWorkdayNumber(toDayNumber(iso)),
		isWorkdayNumber,
	};
}

/** The citations for any workday answer: the work week, the holiday list, the weekend rule.
 * @example workdayCitations().map((c) => c.section) //=> ['2.2', '2.7', '2.7'] */
export function workdayCitations(options: HolidayOptions = {}): Citation[] {
	return [
		WORK_WEEK_CITATION,
		HOLIDAY_LIST_CITATION,
		OBSERVED_DATE_CITATION,
		...(options.extraDays?.length ? [EXTRA_DAYS_CITATION] : []),
	];
}

/** Counts `workdays` workdays from `date` in `direction` without validating: for parsed inputs.
 * @example shiftWorkdays('2025-11-26', 1, 1, createWorkdayCalendar()).date //=> '2025-12-01' */
export function shiftWorkdays(
	date: string,
	workdays: number,
	direction: 1 | -1,
	calendar: WorkdayCalendar,
): { date: string; weekendDaysSkipped: number; holidaysSkipped: Holiday[] } {
	let current = date;
	let weekendDaysSkipped = 0;
	const holidaysSkipped: Holiday[] = [];
	for (let counted = 0; counted < workdays;) {
		current = addDays(current, direction);
		if (calendar.isWorkday(current)) counted += 1;
		else if (dayOfWeek(current) === 0 || dayOfWeek(current) === 6) weekendDaysSkipped += 1;
		else holidaysSkipped.push(...calendar.holidaysOn(current));
	}
	return { date: current, weekendDaysSkipped, holidaysSkipped };
}
