import { z } from '../zod-mini';
import { fail, parseInput } from '../errors';
import { addMonths, compareDates, formatDate, IsoDateSchema } from '../dates';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';

/**
 * Court attendance discipline (handbook 3.3, attachment 3.3b: the Memorandum of Understanding with
 * AFSCME, its step chart and the Letter of Understanding). Pure: the caller passes `asOf`.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const CONTEXT = 'court discipline';

/** Months in the MOU's "any period of twenty-four (24) consecutive months". */
export const COURT_WINDOW_MONTHS = 24;

/** The progressive levels of MOU paragraph (5) a)–f), one row per occurrence in the window. */
export const COURT_STEPS = [
	{
		step: 1,
		penalty: 'written-reprimand',
		suspensionDays: 0,
		unpaidDays: 0,
		label: '3.3 MOU (5)(a)',
		quote:
			'For the first occurrence of an unexcused absence in any period of twenty-four (24) consecutive months, an employee will be subject to a written reprimand.',
	},
	{
		step: 2,
		penalty: 'suspension',
		suspensionDays: 3,
		unpaidDays: 1,
		label: '3.3 MOU (5)(b)',
		quote:
			'a three (3) day suspension which will include a one (1) day suspension without pay, with the remaining suspension days served as a paper suspension.',
	},
	{
		step: 3,
		penalty: 'suspension',
		suspensionDays: 7,
		unpaidDays: 3,
		label: '3.3 MOU (5)(c)',
		quote:
			'a seven (7) days suspension which will include three (3) days suspension without pay, with the remaining suspension days served as a paper suspension.',
	},
	{
		step: 4,
		penalty: 'suspension',
		suspensionDays: 12,
		unpaidDays: 5,
		label: '3.3 MOU (5)(d)',
		quote:
			'a twelve (12) days suspension which will include five (5) days suspension without pay, with the remaining suspension days served as a paper suspension.',
	},
	{
		step: 5,
		penalty: 'suspension',
		suspensionDays: 20,
		unpaidDays: 8,
		label: '3.3 MOU (5)(e)',
		quote:
			'a twenty (20) days suspension which will include eight (8) days suspension without pay, with the remaining suspension days served as a paper suspension.',
	},
	{
		step: 6,
		penalty: 'discharge',
		suspensionDays: 0,
		unpaidDays: 0,
		label: '3.3 MOU (5)(f)',
		quote:
			'For the sixth occurrence of an unexcused absence in any period of twenty-four (24) consecutive months, an employee will be discharged.',
	},
] as const;

/** The legitimate reasons of MOU paragraph (6) a)–d), plus management's case-by-case discretion. */
export const COURT_LEGITIMATE_REASONS = [
	{
		code: 'a',
		summary:
			'not present on the last court date, no record of the date in the case file, and no documented notice to the worker',
		label: '3.3 MOU (6)(a)',
		quote:
			'was not present on the last court date; … the case file does not contain a record of the court date; and … no notification to the worker of the court date can be documented.',
	},
	{
		code: 'b',
		summary:
			'prior approved time off, with written notice to the supervisor of the court dates falling in it',
		label: '3.3 MOU (6)(b)',
		quote:
			"received prior approval for time off work … notified in writing the employee's immediate supervisor of the court dates falling within the approved time off",
	},
	{
		code: 'c',
		summary: 'excused by the judge in a signed order on the prior court date',
		label: '3.3 MOU (6)(c)',
		quote: 'The employee was excused by the judge in a signed order on the prior court date.',
	},
	{
		code: 'd',
		summary:
			'subpoenaed but not the assigned worker, notified OLS of the mistake and was excused by OLS',
		label: '3.3 MOU (6)(d)',
		quote:
			'is not the assigned worker on the case; … notified OLS of the mistake; and … was advised by OLS staff that attendance was excused.',
	},
	{
		code: 'other',
		summary: 'another circumstance accepted by management case by case',
		label: '3.3 MOU (6)',
		quote:
			"there may be other circumstances that would provide a legitimate reason for missing a court date, but these will be handled on a case by case basis within management's discretion.",
	},
] as const;

/** Benefit time that may replace up to two unpaid suspension days: never sick leave (MOU (5), last paragraph). */
export const COURT_SUBSTITUTION = {
	maxDays: 2,
	allowedKinds: ['vacation', 'personal', 'compensatory', 'holiday'],
	excludedKinds: ['sick'],
	label: '3.3 MOU (5)',
	quote:
		'the employee may be permitted to substitute vacation or other benefit time (except sick leave) to maintain payment for up to two days of an actual (without pay) suspension day.',
} as const;

const ONE_PER_DAY = {
	label: '3.3 MOU (4)',
	quote:
		'a worker who misses a day in court will be charged with one occurrence even if the worker has missed more than one case on that day.',
} as const;
const LETTER_OF_UNDERSTANDING = {
	label: '3.3 Letter of Understanding',
	quote:
		'The court attendance policy does not modify the normal schedule of progression of discipline when court attendance discipline is appropriately joined with other actions',
} as const;

type CourtStepRow = (typeof COURT_STEPS)[number];
type ReasonCode = (typeof COURT_LEGITIMATE_REASONS)[number]['code'];
const REASON_CODES = COURT_LEGITIMATE_REASONS.map((r) => r.code) as [ReasonCode, ...ReasonCode[]];

/** Input of the court attendance discipline calculator. */
export const CourtDisciplineInputSchema = z.object({
	/** The day the standing is computed for (no clock reads: the caller passes it). */
	asOf: IsoDateSchema,
	/** Each missed court hearing; several on one calendar day are one occurrence. */
	missedHearings: z.array(
		z.object({
			/** The calendar day of the missed hearing. */
			date: IsoDateSchema,
			/** A legitimate reason of MOU (6) a)–d), or "other" when management excused it case by case. */
			legitimateReason: z.optional(
				z.enum(REASON_CODES, {
					error: (i) =>
						`expected one of ${REASON_CODES.join(', ')} or nothing, got ${JSON.stringify(i.input)}`,
				}),
			),
		}),
		{ error: 'expected a list of missed hearings' },
	),
});
/** Input of {@link assessCourtDiscipline}. */
export type CourtDisciplineInput = z.infer<typeof CourtDisciplineInputSchema>;

/** The penalty of one step: what the MOU imposes and what is unpaid or on paper. */
export interface CourtPenalty {
	step: number;
	penalty: CourtStepRow['penalty'];
	suspensionDays: number;
	unpaidDays: number;
	paperDays: number;
	/** Unpaid days that benefit time other than sick leave may replace on request. */
	substitutableDays: number;
	description: string;
}

/** One counted occurrence (one calendar day). */
export interface CourtOccurrence extends CourtPenalty {
	date: string;
	/** The first day on which this occurrence no longer counts toward a later step. */
	agesOutOn: string;
	/** Whether it still counts on `asOf`. */
	active: boolean;
}

/** The standing on `asOf`: every occurrence with its step, what counts now and what comes next. */
export interface CourtDisciplineResult extends Explanation {
	kind: 'result';
	occurrences: CourtOccurrence[];
	/** Missed days excused by a legitimate reason, with the reason. */
	excused: { date: string; reason: ReasonCode }[];
	/** Unexcused occurrences within the 24 months ending on `asOf`. */
	activeCount: number;
	/** The step of the most recent occurrence (the discipline last reached). */
	latest: CourtOccurrence;
	/** The step and penalty an unexcused occurrence on `asOf` would bring. */
	next: CourtPenalty;
	/** When the active count next drops (the earliest active occurrence ages out), if any is active. */
	nextAgeOutOn: string | null;
	substitution: {
		maxDays: number;
		allowedKinds: readonly string[];
		excludedKinds: readonly string[];
	};
}

function penaltyFor(count: number): CourtPenalty {
	const row = COURT_STEPS[Math.min(count, COURT_STEPS.length) - 1]!;
	const paperDays = row.suspensionDays - row.unpaidDays;
	const description =
		row.penalty === 'written-reprimand'
			? 'written reprimand'
			: row.penalty === 'discharge'
				? 'discharge'
				: `${row.suspensionDays}-day suspension: ${row.unpaidDays} unpaid, ${paperDays} on paper`;
	return {
		step: row.step,
		penalty: row.penalty,
		suspensionDays: row.suspensionDays,
		unpaidDays: row.unpaidDays,
		paperDays,
		substitutableDays: Math.min(COURT_SUBSTITUTION.maxDays, row.unpaidDays),
		description,
	};
}

/** Unexcused occurrences that count on `day`: those on or before it whose 24 months have not run out. */
function countInWindow(dates: readonly string[], day: string): number {
	return dates.filter(
		(d) => compareDates(d, day) <= 0 && compareDates(addMonths(d, COURT_WINDOW_MONTHS), day) > 0,
	).length;
}

/**
 * The court attendance discipline standing on `asOf`: one occurrence per calendar day, the step each
 * occurrence reached in its 24 consecutive months, the penalty, when each ages out and what comes next.
 * @example
 * assessCourtDiscipline({ asOf: '2025-06-01', missedHearings: [{ date: '2024-09-03' }, { date: '2025-05-12' }] })
 * //=> { kind: 'result', activeCount: 2, latest: { step: 2, description: '3-day suspension: 1 unpaid, 2 on paper', … },
 * //     next: { step: 3, unpaidDays: 3, paperDays: 4, … }, … }
 */
export function assessCourtDiscipline(raw: unknown): CourtDisciplineResult | NotApplicable {
	const input = parseInput(CourtDisciplineInputSchema, raw, CONTEXT);
	input.missedHearings.forEach((h, i) => {
		if (compareDates(h.date, input.asOf) > 0)
			fail(
				CONTEXT,
				`missedHearings.${i}.date`,
				`expected a date on or before asOf (${input.asOf}), got "${h.date}"`,
			);
	});

	const steps: string[] = [];
	const citations: Citation[] = [cite('3.3', ONE_PER_DAY.quote, ONE_PER_DAY.label)];

	// One occurrence per calendar day: a day with any unexcused hearing counts once.
	const byDay = new Map<string, ReasonCode | undefined>();
	for (const h of input.missedHearings) {
		const before = byDay.get(h.date);
		const unexcused = !h.legitimateReason || (byDay.has(h.date) && before === undefined);
		byDay.set(h.date, unexcused ? undefined : h.legitimateReason);
	}
	const days = [...byDay.keys()].sort(compareDates);
	const excused = days
		.filter((d) => byDay.get(d) !== undefined)
		.map((d) => ({ date: d, reason: byDay.get(d)! }));
	const unexcused = days.filter((d) => byDay.get(d) === undefined);
	steps.push(
		`${input.missedHearings.length} missed hearing(s) fall on ${days.length} calendar day(s): one occurrence per day.`,
	);
	for (const e of excused) {
		const reason = COURT_LEGITIMATE_REASONS.find((r) => r.code === e.reason)!;
		steps.push(`${formatDate(e.date)} is excused: ${reason.summary}.`);
		if (!citations.some((c) => c.section === reason.label))
			citations.push(cite('3.3', reason.quote, reason.label));
	}

	if (unexcused.length === 0) {
		return {
			kind: 'not-applicable',
			reason: 'No unexcused missed court day: no court attendance discipline applies.',
			rule: 'Only a missed court day without a legitimate reason is an occurrence (MOU (5), (6)).',
			steps,
			citations,
		};
	}

	const occurrences: CourtOccurrence[] = unexcused.map((date) => {
		const agesOutOn = addMonths(date, COURT_WINDOW_MONTHS);
		return {
			date,
			agesOutOn,
			active: compareDates(agesOutOn, input.asOf) > 0,
			...penaltyFor(countInWindow(unexcused, date)),
		};
	});
	for (const o of occurrences) {
		steps.push(
			`${formatDate(o.date)}: occurrence ${o.step >= 6 ? '6 or more' : o.step} in 24 consecutive months → ${o.description}; it stops counting on ${o.agesOutOn}.`,
		);
		const row = COURT_STEPS[o.step - 1]!;
		if (!citations.some((c) => c.section === row.label))
			citations.push(cite('3.3', row.quote, row.label));
	}

	const activeCount = countInWindow(unexcused, input.asOf);
	const next = penaltyFor(activeCount + 1);
	const latest = occurrences[occurrences.length - 1]!;
	const active = occurrences.filter((o) => o.active);
	steps.push(
		`On ${input.asOf}, ${activeCount} occurrence(s) fall within the last 24 months; another unexcused occurrence would be step ${next.step}: ${next.description}.`,
	);
	if (latest.substitutableDays > 0 || next.substitutableDays > 0) {
		steps.push(
			`On request, vacation or other benefit time (never sick leave) may replace up to ${COURT_SUBSTITUTION.maxDays} unpaid suspension days.`,
		);
		citations.push(cite('3.3', COURT_SUBSTITUTION.quote, COURT_SUBSTITUTION.label));
	}
	citations.push(cite('3.3', LETTER_OF_UNDERSTANDING.quote, LETTER_OF_UNDERSTANDING.label));

	return {
		kind: 'result',
		rule: 'Each unexcused missed court day is one occurrence; its step is the number of occurrences in the 24 consecutive months ending that day (MOU (4), (5)).',
		steps,
		citations,
		occurrences,
		excused,
		activeCount,
		latest,
		next,
		nextAgeOutOn: active[0]?.agesOutOn ?? null,
		substitution: {
			maxDays: COURT_SUBSTITUTION.maxDays,
			allowedKinds: COURT_SUBSTITUTION.allowedKinds,
			excludedKinds: COURT_SUBSTITUTION.excludedKinds,
		},
	};
}
