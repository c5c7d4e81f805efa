import { z } from '../zod-mini';
import { dayNumberOf, daysInMonth, fromDayNumber, IsoDateSchema, toDayNumber } from '../dates';
import { parseInput } from '../errors';
import { cite, type Citation, type Explanation } from '../result';

/**
 * The State holidays of handbook 2.7: which days, their actual and observed dates in any year, and
 * the configurable election and proclaimed days. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** §2.7 lists the holidays; the quote is the list's heading and its two "floating" entries. */
export const HOLIDAY_LIST_CITATION = cite(
	'2.7',
	"DCFS, along with other state agencies, observes these holidays: New Year's Day, Martin Luther King, Jr., Day, Lincoln's Birthday, Washington's Birthday, Memorial Day, Independence Day, Labor Day, Columbus Day, Veteran's Day, Thanksgiving Day & the day after, Christmas Day",
);
/** §2.7 moves a weekend holiday to the nearest weekday. */
export const OBSERVED_DATE_CITATION = cite(
	'2.7',
	'Whenever an authorized holiday falls on Saturday, the preceding Friday will be observed as the holiday, and whenever an authorized holiday falls on a Sunday, the following Monday will be observed.',
);
/** §2.7 adds election and proclaimed days, which no table can know in advance. */
export const EXTRA_DAYS_CITATION = cite(
	'2.7',
	'Certain election days and other days proclaimed non-working days by the Governor of Illinois or President of the United States are also paid holidays.',
);

/** Where a date rule comes from: the handbook names most holidays but dates only some of them. */
const FEDERAL_RULE = 'federal rule, 5 U.S.C. 6103(a); the handbook gives no date';

/**
 * The §2.7 list as data. `month`/`day` is a fixed date; `weekday` + `nth` is a floating date
 * (nth = -1 is the last such weekday); `offsetDays` moves from it (the day after Thanksgiving).
 * The handbook names the floating holidays without a date rule, so the federal rules are used.
 */
export const STATE_HOLIDAY_ROWS = [
	{ name: "New Year's Day", month: 1, day: 1, dateRule: 'January 1', cite: '§2.7' },
	{
		name: 'Martin Luther King, Jr., Day',
		month: 1,
		weekday: 1,
		nth: 3,
		dateRule: `third Monday of January (${FEDERAL_RULE})`,
		cite: '§2.7',
	},
	// Lincoln was born on February 12; Illinois keeps the fixed date (the handbook names the day only).
	{
		name: "Lincoln's Birthday",
		month: 2,
		day: 12,
		dateRule: "February 12 (Lincoln's birth date; the handbook gives no date)",
		cite: '§2.7',
	},
	{
		name: "Washington's Birthday",
		month: 2,
		weekday: 1,
		nth: 3,
		dateRule: `third Monday of February (${FEDERAL_RULE})`,
		cite: '§2.7',
	},
	{
		name: 'Memorial Day',
		month: 5,
		weekday: 1,
		nth: -1,
		dateRule: `last Monday of May (${FEDERAL_RULE})`,
		cite: '§2.7',
	},
	{ name: 'Independence Day', month: 7, day: 4, dateRule: 'July 4', cite: '§2.7' },
	{
		name: 'Labor Day',
		month: 9,
		weekday: 1,
		nth: 1,
		dateRule: `first Monday of September (${FEDERAL_RULE})`,
		cite: '§2.7',
	},
	{
		name: 'Columbus Day',
		month: 10,
		weekday: 1,
		nth: 2,
		dateRule: `second Monday of October (${FEDERAL_RULE})`,
		cite: '§2.7',
	},
	{
		name: "Veteran's Day",
		month: 11,
		day: 11,
		dateRule: `November 11 (${FEDERAL_RULE})`,
		cite: '§2.7',
	},
	{
		name: 'Thanksgiving Day',
		month: 11,
		weekday: 4,
		nth: 4,
		dateRule: `fourth Thursday of November (${FEDERAL_RULE})`,
		cite: '§2.7',
	},
	{
		name: 'Day after Thanksgiving',
		month: 11,
		weekday: 4,
		nth: 4,
		offsetDays: 1,
		dateRule: 'the Friday after Thanksgiving Day',
		cite: '§2.7',
	},
	{ name: 'Christmas Day', month: 12, day: 25, dateRule: 'December 25', cite: '§2.7' },
] as const;

type HolidayRow = (typeof STATE_HOLIDAY_ROWS)[number];

/** The oldest and newest years the calendar answers for (the current list is applied to every year). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** A year the calendar can answer for. */
export const YearSchema = z.number({ error: 'expected a year as a whole number' }).check(
	z.int({ error: (issue) => `expected a whole-number year, got ${String(issue.input)}` }),
	z.gte(FIRST_YEAR, {
		error: (issue) => `expected a year from ${FIRST_YEAR}, got ${String(issue.input)}`,
	}),
	z.lte(LAST_YEAR, {
		error: (issue) => `expected a year up to ${LAST_YEAR}, got ${String(issue.input)}`,
	}),
);

/** One election day or day proclaimed a non-working day (§2.7): the caller supplies them. */
export const ExtraHolidaySchema = z.object({
	/** The date named by the election law or the proclamation. */
	date: IsoDateSchema,
	/** What to call it in results ("General Election", "Day of mourning"). */
	name: z
		.string({ error: 'expected a name for the day' })
		.check(
			z.trim(),
			z.minLength(1, { error: 'expected a name for the day, got an empty text' }),
			z.maxLength(120),
		),
	/** Why it is a holiday: an election day or a day proclaimed by the Governor or the President. */
	kind: z.enum(['election', 'proclaimed'], {
		error: (issue) => `expected "election" or "proclaimed", got ${JSON.stringify(issue.input)}`,
	}),
});
export type ExtraHoliday = z.infer<typeof ExtraHolidaySchema>;

/** Options every calendar-based rule accepts: the §2.7 election and proclaimed days to add. */
export const HolidayOptionsSchema = z.object({
	/** Election days and proclaimed non-working days; a weekend date is moved like any holiday. */
	extraDays: z.optional(
		z
			.array(ExtraHolidaySchema)
			.check(z.maxLength(400, { error: 'expected at most 400 extra days' })),
	),
});
export type HolidayOptions = z.infer<typeof HolidayOptionsSchema>;

/** How a holiday's observed date relates to its actual date. */
export type HolidayShift = 'none' | 'saturday-to-friday' | 'sunday-to-monday';

/** One holiday of one year, with the date it falls on and the date the State observes it. */
export interface Holiday {
	name: string;
	/** The date the holiday falls on. */
	actualDate: string;
	/** The date the State observes it (the day off). */
	observedDate: string;
	shift: HolidayShift;
	/** The handbook list, or an election or proclaimed day supplied in the options. */
	source: 'handbook' | 'election' | 'proclaimed';
	/** How the actual date is found ("third Monday of January (federal rule…)"). */
	dateRule: string;
}

const weekdayOf = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7;

/** The day number of the nth weekday (0 = Sunday) of a month; nth = -1 is the last one. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
	if (nth > 0) {
		const first = dayNumberOf(year, month, 1);
		return first + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
	}
	const last = dayNumberOf(year, month, daysInMonth(year, month));
	return last - ((weekdayOf(last) - weekday + 7) % 7);
}

function actualDay(row: HolidayRow, year: number): number {
	if ('day' in row) return dayNumberOf(year, row.month, row.day);
	return (
		nthWeekday(year, row.month, row.weekday, row.nth) + ('offsetDays' in row ? row.offsetDays : 0)
	);
}

/** Saturday → preceding Friday, Sunday → following Monday (§2.7). */
function observe(actual: number): {
	actualDate: string;
	observedDate: string;
	shift: HolidayShift;
} {
	const weekday = weekdayOf(actual);
	const shift: HolidayShift =
		weekday === 6 ? 'saturday-to-friday' : weekday === 0 ? 'sunday-to-monday' : 'none';
	const observed =
		shift === 'saturday-to-friday'
			? actual - 1
			: shift === 'sunday-to-monday'
				? actual + 1
				: actual;
	return { actualDate: fromDayNumber(actual), observedDate: fromDayNumber(observed), shift };
}

/**
 * The holidays whose actual date falls in `year`, in date order, without validating input: for rule
 * modules that already parsed their input. A New Year's Day on a Saturday is in its own year's list
 * although it is observed on December 31 of the year before.
 * @example holidaysInYear(2022)[0] //=> { name: "New Year's Day", actualDate: '2022-01-01', observedDate: '2021-12-31', … }
 */
export function holidaysInYear(year: number, options: HolidayOptions = {}): Holiday[] {
	const listed: Holiday[] = STATE_HOLIDAY_ROWS.map((row) => {
		return {
			name: row.name,
			...observe(actualDay(row, year)),
			source: 'handbook',
			dateRule: row.dateRule,
		};
	});
	const extra: Holiday[] = (options.extraDays ?? [])
		.filter((d) => Number(d.date.slice(0, 4)) === year)
		.map((d) => ({
			name: d.name,
			...observe(toDayNumber(d.date)),
			source: d.kind,
			dateRule: `supplied as a${d.kind === 'election' ? 'n election day' : ' proclaimed day'}`,
		}));
	return [...listed, ...extra].sort((a, b) =>
		a.actualDate < b.actualDate ? -1 : a.actualDate > b.actualDate ? 1 : 0,
	);
}

/** Input of {@link stateHolidays}. */
export const StateHolidaysInputSchema = z.object({
	/** The calendar year. */
	year: YearSchema,
	/** Election and proclaimed days to add. */
	holidays: z.optional(HolidayOptionsSchema),
});
export type StateHolidaysInput = z.infer<typeof StateHolidaysInputSchema>;

/** The State holidays of a year with their explanation. */
export interface StateHolidaysResult extends Explanation {
	kind: 'holidays';
	year: number;
	holidays: Holiday[];
}

/**
 * The State holidays of a year (§2.7), each with its actual and observed date.
 * @example stateHolidays({ year: 2021 }).holidays.find((h) => h.name === 'Christmas Day')
 * //=> { actualDate: '2021-12-25', observedDate: '2021-12-24', shift: 'saturday-to-friday', … }
 */
export function stateHolidays(raw: unknown): StateHolidaysResult {
	const input = parseInput(StateHolidaysInputSchema, raw, 'holidays');
	const holidays = holidaysInYear(input.year, input.holidays);
	const shifted = holidays.filter((h) => h.shift !== 'none');
	const citations: Citation[] = [HOLIDAY_LIST_CITATION, OBSERVED_DATE_CITATION];
	if (input.holidays?.extraDays?.length) citations.push(EXTRA_DAYS_CITATION);
	return {
		kind: 'holidays',
		year: input.year,
		holidays,
		rule: 'The State holidays of §2.7, each observed on its own date, or on the Friday before when it falls on a Saturday and the Monday after when it falls on a Sunday.',
		steps: [
			`Listed the ${STATE_HOLIDAY_ROWS.length} holidays named in §2.7 for ${input.year}.`,
			"The handbook names the floating holidays without dates, so the federal rules (5 U.S.C. 6103(a)) give them: Martin Luther King, Jr., Day and Washington's Birthday on the third Monday of January and February, Memorial Day on the last Monday of May, Labor Day on the first Monday of September, Columbus Day on the second Monday of October, Thanksgiving on the fourth Thursday of November; Lincoln's Birthday is February 12.",
			`Added ${(input.holidays?.extraDays ?? []).filter((d) => d.date.startsWith(String(input.year))).length} election or proclaimed day(s) supplied for ${input.year}.`,
			shifted.length === 0
				? 'No holiday falls on a weekend this year.'
				: `Moved ${shifted.length} weekend holiday(s) to their observed weekday: ${shifted.map((h) => `${h.name} ${h.actualDate} → ${h.observedDate}`).join('; ')}.`,
			`In all, ${holidays.length} holidays in ${input.year}${shifted.length ? `; ${shifted.length} fall on a weekend` : ''}.`,
		],
		citations,
	};
}
