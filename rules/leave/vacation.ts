import { z } from '../zod-mini';
import { addMonths, dateParts, dayOfWeek, daysInMonth, formatDate, isoDate } from '../dates';
import { fail, parseInput } from '../errors';
import { HolidayOptionsSchema } from '../calendar/holidays';
import {
	hoursSchema,
	hoursToDays,
	HOURS_PER_WORKDAY,
	notApplicable,
	roundHours,
	WORKDAY_HOURS_CITATION,
} from './leave-units';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';
import {
	FORFEITURE_CITATION,
	FORFEITURE_READING,
	lastDayToUse,
	MONTH_EARNING_CITATION,
	monthWorkdays,
	projectVacationYear,
	type VacationYearRow,
} from './vacation-projection';
import {
	ANNIVERSARY_MONTH_READING,
	CONTINUOUS_SERVICE_CITATION,
	monthlyHours,
	MONTHS_PER_YEAR,
	nextTierAfter,
	tierCitation,
	tierForMonth,
	tierOn,
	VACATION_TIERS,
} from './vacation-rates';
import { CalendarDateSchema, createWorkdayCalendar } from '../calendar/workday-calendar';

/**
 * The vacation calculator (§2.3): tier and next tier, annual and monthly accrual, part-time proration,
 * the forfeiture date of each year's accrual and a year-by-year projection. The month, lump-sum and
 * holiday-in-vacation questions have their own files (vacation-month.ts, vacation-lump-sum.ts, vacation-holidays.ts).
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */


/** §2.3 A: part-time proration. */
const PART_TIME_CITATION = cite(
	'2.3',
	'Part-time employees earn vacation on a prorated basis determined by a fraction based on the ratio of the hours actually worked to the total number of working hours in a year.',
	'2.3 A',
);

/** How many years a projection covers when the caller does not say. */
const DEFAULT_PROJECTION_YEARS = 5;

/** Input of {@link calculateVacation}. */
export const VacationInputSchema = z.object({
	/** Continuous-service date (the hire date, or the adjusted date after a break counted as continuous). */
	serviceStart: CalendarDateSchema,
	/** The date to answer for (the caller's "today"). */
	asOf: CalendarDateSchema,
	/** Part-time only: hours actually worked, and the working hours of the year (default: weekdays × 7.5). */
	partTime: z.optional(
		z.object({
			/** Hours actually worked in the year. */
			hoursWorked: hoursSchema(8784),
			/** Total working hours in the year; default Monday–Friday days of the asOf year × 7.5. */
			workingHoursInYear: z.optional(hoursSchema(8784)),
		}),
	),
	/** Calendar years to project from the asOf year (1–40; default 5). */
	projectionYears: z.optional(
		z
			.number({ error: 'expected a number of years' })
			.check(
				z.int({ error: (issue) => `expected a whole number of years, got ${String(issue.input)}` }),
				z.gte(1, { error: (issue) => `expected 1 to 40 years, got ${String(issue.input)}` }),
				z.lte(40, { error: (issue) => `expected 1 to 40 years, got ${String(issue.input)}` }),
			),
	),
	/** Election and proclaimed days (they change which days are workdays in a month). */
	holidays: z.optional(HolidayOptionsSchema),
});
export type VacationInput = z.infer<typeof VacationInputSchema>;

/** An amount of vacation in both units. */
export interface VacationAmount {
	days: number;
	hours: number;
}

/** The vacation answer for one employee on one date. */
export interface VacationResult extends Explanation {
	kind: 'vacation';
	serviceStart: string;
	asOf: string;
	/** Whole years of continuous service completed on asOf. */
	yearsOfService: number;
	/** The full-time tier in effect on asOf. */
	tier: { daysPerYear: number; fromYears: number; toYears: number | null; section: string };
	/** The next tier and the anniversary it starts on; not applicable at the top tier. */
	nextTier: { date: string; daysPerYear: number; firstMonthAtNewRate: string } | NotApplicable;
	/** 1 for full-time; hours worked ÷ working hours for part-time. */
	fraction: number;
	/** Earned per year and per full month at the tier in effect on asOf, after proration. */
	annual: VacationAmount;
	monthly: VacationAmount;
	/** The month containing asOf: what it earns and when that can be used. */
	currentMonth: { month: string; hours: number; usableFrom: string };
	/** How the anniversary month earns. */
	anniversaryMonthReading: string;
	/** The oldest accrual still usable on asOf, and its last day. */
	forfeiture: { reading: string; oldestUsableYear: number; lastDayToUse: string };
	/** Calendar years from the asOf year, assuming pay status on every workday. */
	projection: VacationYearRow[];
}

/** Monday–Friday days of a calendar year: the full-time working days the part-time fraction divides by. */
function weekdaysInYear(year: number): number {
	let count = 0;
	for (let month = 1; month <= 12; month += 1) {
		for (let day = 1; day <= daysInMonth(year, month); day += 1) {
			const weekday = dayOfWeek(isoDate(year, month, day));
			if (weekday !== 0 && weekday !== 6) count += 1;
		}
	}
	return count;
}

const amount = (hours: number): VacationAmount => ({
	hours: roundHours(hours),
	days: hoursToDays(hours),
});

/**
 * The vacation tier, accrual, forfeiture and projection for a continuous-service date on a date (§2.3).
 * @example calculateVacation({ serviceStart: '2020-03-15', asOf: '2025-03-15' }).annual
 * //=> { days: 15, hours: 112.5 } (the 5th anniversary itself is in the 15-day tier)
 */
export function calculateVacation(raw: unknown): VacationResult {
	const input = parseInput(VacationInputSchema, raw, 'vacation');
	if (input.asOf < input.serviceStart)
		fail(
			'vacation',
			'asOf',
			`expected a date on or after serviceStart (${input.serviceStart}), got "${input.asOf}"`,
		);
	const { year: asOfYear, month: asOfMonth } = dateParts(input.asOf);
	const steps: string[] = [];
	const citations: Citation[] = [CONTINUOUS_SERVICE_CITATION];

	const { years, tier } = tierOn(input.serviceStart, input.asOf);
	steps.push(
		`Continuous service from ${formatDate(input.serviceStart)} to ${formatDate(input.asOf)}: ${years} completed year(s) (an anniversary completes a year on the day itself).`,
	);
	steps.push(`${years} year(s) falls in the tier "${tier.quote}" (§${tier.cite}).`);
	citations.push(tierCitation(tier));

	let fraction = 1;
	if (input.partTime) {
		const workingHours =
			input.partTime.workingHoursInYear ?? weekdaysInYear(asOfYear) * HOURS_PER_WORKDAY;
		if (workingHours <= 0)
			fail(
				'vacation',
				'partTime.workingHoursInYear',
				`expected more than 0 hours, got ${workingHours}`,
			);
		if (input.partTime.hoursWorked > workingHours)
			fail(
				'vacation',
				'partTime.hoursWorked',
				`expected at most the working hours of the year (${workingHours}), got ${input.partTime.hoursWorked}`,
			);
		fraction = input.partTime.hoursWorked / workingHours;
		steps.push(
			input.partTime.workingHoursInYear === undefined
				? `Part-time: working hours of ${asOfYear} taken as its ${weekdaysInYear(asOfYear)} Monday–Friday days × ${HOURS_PER_WORKDAY} = ${workingHours} hours; fraction ${input.partTime.hoursWorked} ÷ ${workingHours} = ${fraction.toFixed(4)}.`
				: `Part-time: fraction ${input.partTime.hoursWorked} hours worked ÷ ${workingHours} working hours = ${fraction.toFixed(4)}.`,
		);
		citations.push(PART_TIME_CITATION);
	}
	const annual = amount(tier.daysPerYear * HOURS_PER_WORKDAY * fraction);
	const monthly = amount(monthlyHours(tier) * fraction);
	steps.push(
		`Annual: ${tier.daysPerYear} days × ${HOURS_PER_WORKDAY} hours${fraction === 1 ? '' : ` × ${fraction.toFixed(4)}`} = ${annual.hours} hours; monthly: ÷ ${MONTHS_PER_YEAR} = ${monthly.hours} hours (${monthly.days} days).`,
	);
	citations.push(WORKDAY_HOURS_CITATION);

	const next = nextTierAfter(input.serviceStart, tier);
	let nextTier: VacationResult['nextTier'];
	if (next) {
		const anniversary = dateParts(next.date);
		const firstMonthAtNewRate =
			anniversary.day === 1
				? next.date
				: addMonths(isoDate(anniversary.year, anniversary.month, 1), 1);
		nextTier = { date: next.date, daysPerYear: next.tier.daysPerYear, firstMonthAtNewRate };
		steps.push(
			`Next tier: ${next.tier.daysPerYear} days per year from the ${next.tier.fromYears}th anniversary, ${formatDate(next.date)}; the first month earning at that rate begins ${firstMonthAtNewRate}.`,
		);
	} else {
		nextTier = notApplicable(
			'The top tier (25 days per year) has no next tier.',
			'Upon the completion of 25 years the rate stays at 25 workdays per year.',
			[`${years} completed years is in the top tier.`],
			[tierCitation(tier)],
		);
		steps.push('This is the top tier: there is no next tier.');
	}
	steps.push(ANNIVERSARY_MONTH_READING);

	const calendar = createWorkdayCalendar(input.holidays);
	const monthStart = isoDate(asOfYear, asOfMonth, 1);
	const currentTier = tierForMonth(input.serviceStart, monthStart);
	// The month of the service date earns only if at least half its workdays fall on or after that date.
	const hireMonth =
		monthStart < input.serviceStart
			? monthWorkdays(asOfYear, asOfMonth, input.serviceStart, calendar)
			: null;
	const hireMonthShort = hireMonth !== null && hireMonth.fromDate * 2 < hireMonth.total;
	const currentMonth = {
		month: monthStart.slice(0, 7),
		hours: hireMonthShort ? 0 : roundHours(monthlyHours(currentTier) * fraction),
		usableFrom: addMonths(monthStart, 1),
	};
	steps.push(
		hireMonthShort
			? `${currentMonth.month} is the month of the service date: only ${hireMonth.fromDate} of its ${hireMonth.total} workdays fall on or after ${input.serviceStart}, less than half, so it earns nothing.`
			: `${currentMonth.month} earns ${currentMonth.hours} hours at ${currentTier.daysPerYear} days per year, if in pay status at least half its workdays; usable from ${formatDate(currentMonth.usableFrom)}.`,
	);
	citations.push(MONTH_EARNING_CITATION);

	const oldestUsableYear = asOfYear - 2;
	const forfeiture = {
		reading: FORFEITURE_READING,
		oldestUsableYear,
		lastDayToUse: lastDayToUse(oldestUsableYear),
	};
	steps.push(
		`${FORFEITURE_READING} On ${input.asOf} the oldest usable accrual is ${oldestUsableYear}'s, usable through ${forfeiture.lastDayToUse}; anything earned in ${oldestUsableYear - 1} or before is forfeited.`,
	);
	citations.push(FORFEITURE_CITATION);

	const projectionYears = input.projectionYears ?? DEFAULT_PROJECTION_YEARS;
	const projection = Array.from({ length: projectionYears }, (_, i) =>
		projectVacationYear(input.serviceStart, asOfYear + i, fraction, calendar),
	);
	steps.push(
		`Projected ${projectionYears} calendar year(s) from ${asOfYear}${input.projectionYears === undefined ? ' (the default)' : ''}, assuming pay status on every workday${fraction === 1 ? '' : ' and the same part-time fraction'}; the month of the service date earns only if at least half its workdays fall on or after that date.`,
	);

	return {
		kind: 'vacation',
		serviceStart: input.serviceStart,
		asOf: input.asOf,
		yearsOfService: years,
		tier: {
			daysPerYear: tier.daysPerYear,
			fromYears: tier.fromYears,
			toYears: tier.toYears,
			section: tier.cite,
		},
		nextTier,
		fraction,
		annual,
		monthly,
		currentMonth,
		anniversaryMonthReading: ANNIVERSARY_MONTH_READING,
		forfeiture,
		projection,
		rule: `Vacation is earned by length of continuous service: ${VACATION_TIERS.map((t) => t.daysPerYear).join(', ')} workdays per year by tier (§2.3 A), one twelfth each month in pay status at least half its workdays, usable from the first of the next month, forfeited if not used by December 31 of the second year after the year earned.`,
		steps,
		citations,
	};
}
