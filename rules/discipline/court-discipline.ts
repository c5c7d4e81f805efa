import { z } from '../zod-mini';
import { fail, parseInput } from '../errors';
import { addMonths, compareDates, formatDate, IsoDateSchema } from '../dates';
import { citationHref } from '../citations';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';
import { recordQuotes, type DisciplineRecord } from './discipline-record';

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

/**
 * The legitimate reasons of MOU paragraph (6) a)–d), each a list of conditions of fact. A reason
 * applies only when every one of its conditions is answered yes: the MOU joins them with "and".
 */
export const COURT_LEGITIMATE_REASONS = [
	{
		code: 'a',
		summary:
			'not present on the last court date, no record of the date in the case file, and no documented notice to the worker',
		label: '3.3 MOU (6)(a)',
		quote:
			'was not present on the last court date; … the case file does not contain a record of the court date; and … no notification to the worker of the court date can be documented.',
		conditions: [
			{ fact: 'absentFromLastCourtDate', question: 'The employee was not present on the last court date' },
			{ fact: 'noRecordInCaseFile', question: 'The case file has no record of this court date' },
			{ fact: 'noDocumentedNotice', question: 'No notice of this court date to the worker can be documented' },
		],
	},
	{
		code: 'b',
		summary:
			'prior approved time off, with written notice to the supervisor of the court dates falling in it',
		label: '3.3 MOU (6)(b)',
		quote:
			"received prior approval for time off work, such as vacation, holiday, personal business, non-emergency sick time; … notified in writing the employee's immediate supervisor of the court dates falling within the approved time off",
		conditions: [
			{
				fact: 'onApprovedTimeOff',
				question:
					'The employee was on time off approved in advance (vacation, holiday, personal business, non-emergency sick time)',
			},
			{
				fact: 'toldSupervisorInWriting',
				question: 'The employee had told the supervisor in writing of the court dates in that time off',
			},
		],
	},
	{
		code: 'c',
		summary: 'excused by the judge in a signed order on the prior court date',
		label: '3.3 MOU (6)(c)',
		quote: 'The employee was excused by the judge in a signed order on the prior court date.',
		conditions: [
			{
				fact: 'excusedBySignedOrder',
				question: 'The judge excused the employee in a signed order on the prior court date',
			},
		],
	},
	{
		code: 'd',
		summary:
			'subpoenaed but not the assigned worker, notified OLS of the mistake and was excused by OLS',
		label: '3.3 MOU (6)(d)',
		quote:
			'was notified of a subpoena or an order that the employee appear in court; … is not the assigned worker on the case; … notified OLS of the mistake; and … was advised by OLS staff that attendance was excused.',
		conditions: [
			{ fact: 'subpoenaedOrOrdered', question: 'The employee was notified of a subpoena or order to appear' },
			{ fact: 'notAssignedWorker', question: 'The employee is not the assigned worker on the case' },
			{ fact: 'toldOlsOfMistake', question: 'The employee notified OLS of the mistake' },
			{ fact: 'excusedByOls', question: 'OLS staff advised the employee that attendance was excused' },
		],
	},
] as const;

/** Management's case-by-case discretion after the list (MOU (6), closing paragraph). */
export const COURT_OTHER_REASON = {
	code: 'other',
	summary: 'another circumstance accepted by management case by case',
	label: '3.3 MOU (6)',
	quote:
		"there may be other circumstances that would provide a legitimate reason for missing a court date, but these will be handled on a case by case basis within management's discretion.",
} as const;

/** An emergency that kept the employee from court is for management to judge (MOU (8)). */
export const COURT_EMERGENCY = {
	label: '3.3 MOU (8)',
	quote:
		"If an employee requests emergency sick time or has an emergency circumstance that prevents attendance in court, it is the employee's responsibility to inform the supervisor of the scheduled court appearances as soon as possible and prior to the case being called.",
} as const;

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
type ListedReason = (typeof COURT_LEGITIMATE_REASONS)[number];
type ReasonCode = ListedReason['code'] | typeof COURT_OTHER_REASON.code;
type Fact = ListedReason['conditions'][number]['fact'];
const FACTS = COURT_LEGITIMATE_REASONS.flatMap((r) => r.conditions.map((c) => c.fact)) as Fact[];

const YesNo = z.boolean({
	error: (issue) => `expected yes (true) or no (false), got ${JSON.stringify(issue.input)}`,
});

/** One missed hearing and the facts around it. Unanswered facts are not established (= no). */
const MissedHearingSchema = z.object({
	/** The calendar day of the missed hearing. */
	date: IsoDateSchema,
	/** The conditions of MOU (6) a)–d), answered yes (true) or no (false). */
	facts: z.optional(
		z.strictObject(
			Object.fromEntries(FACTS.map((f) => [f, z.optional(YesNo)])) as Record<
				Fact,
				z.ZodMiniOptional<typeof YesNo>
			>,
			{
				error: (issue) =>
					issue.code === 'unrecognized_keys'
						? `expected only the facts of MOU (6) a)–d) (${FACTS.join(', ')}), got ${issue.keys.join(', ')}`
						: undefined,
			},
		),
	),
	/** An emergency (emergency sick time or another) kept the employee from court: MOU (8). */
	emergency: z.optional(YesNo),
	/** With an emergency: the employee told the supervisor of the appearance before the case was called. */
	toldSupervisorBeforeCase: z.optional(YesNo),
	/** The other reason management accepted case by case (MOU (6)), in management's words. */
	otherReasonAccepted: z.optional(
		z.string().check(
			z.trim(),
			z.minLength(1, { error: 'expected the reason management accepted, or leave it out' }),
			z.maxLength(500, { error: 'expected at most 500 characters' }),
		),
	),
});

/** Input of the court attendance discipline calculator. */
export const CourtDisciplineInputSchema = z.object({
	/** The day the standing is computed for (no clock reads: the caller passes it). */
	asOf: IsoDateSchema,
	/** Each missed court hearing; several on one calendar day are one occurrence. */
	missedHearings: z.array(MissedHearingSchema, { error: 'expected a list of missed hearings' }),
});
/** Input of {@link assessCourtDiscipline}. */
export type CourtDisciplineInput = z.infer<typeof CourtDisciplineInputSchema>;
type MissedHearing = CourtDisciplineInput['missedHearings'][number];

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

/** A missed day that a legitimate reason excuses. */
export interface CourtExcusedDay {
	date: string;
	reason: ReasonCode;
	/** What management accepted, for reason "other". */
	detail?: string;
}

/** A missed day that is management's decision (MOU (8)), with what it would be if counted. */
export interface CourtPendingDay {
	date: string;
	ifCounted: CourtPenalty;
}

/** The standing on `asOf`: every occurrence with its step, what counts now and what comes next. */
export interface CourtDisciplineResult extends Explanation {
	kind: 'result';
	occurrences: CourtOccurrence[];
	/** Missed days excused by a legitimate reason, with the reason (and management's words for "other"). */
	excused: CourtExcusedDay[];
	/** Emergency days the supervisor was told of (MOU (8)): management decides; not counted until it does. */
	awaitingDecision: CourtPendingDay[];
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
	/** The one-page record for the file (the page prints it; the API returns it). */
	record: DisciplineRecord;
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

/** How one missed hearing is decided: excused, management's decision, or an unexcused occurrence. */
interface HearingDecision {
	date: string;
	status: 'excused' | 'management-decides' | 'unexcused';
	reason?: ReasonCode;
	detail?: string;
	steps: string[];
	citations: { quote: string; label: string }[];
}

/** A day takes the strongest status of its hearings: one unexcused hearing makes the day count. */
const STATUS_RANK = { excused: 0, 'management-decides': 1, unexcused: 2 } as const;

/**
 * Decides one hearing from its answered facts: a listed reason of MOU (6) a)–d) when all of its
 * conditions are yes; else the reason management accepted; else an emergency reported to the
 * supervisor is management's decision (MOU (8)); else the hearing is unexcused.
 */
function decideHearing(h: MissedHearing, at: string): HearingDecision {
	if (h.toldSupervisorBeforeCase !== undefined && h.emergency !== true)
		fail(
			CONTEXT,
			`${at}.toldSupervisorBeforeCase`,
			'expected only with emergency: yes (it is the MOU (8) duty of an employee kept away by an emergency)',
		);
	if (h.emergency === true && h.facts?.onApprovedTimeOff === true)
		fail(
			CONTEXT,
			`${at}.emergency`,
			'expected either time off approved in advance (MOU (6)(b), which names non-emergency sick time) or an emergency (MOU (8)), not both',
		);
	const day = formatDate(h.date);
	const steps: string[] = [];
	const citations: HearingDecision['citations'] = [];
	const facts = h.facts ?? {};
	const met = COURT_LEGITIMATE_REASONS.find((r) => r.conditions.every((c) => facts[c.fact] === true));
	if (met) {
		steps.push(`${day} is excused under MOU (6)(${met.code}): ${met.summary}; every condition was answered yes.`);
		citations.push(met);
		return { date: h.date, status: 'excused', reason: met.code, steps, citations };
	}
	// Say which listed reasons came close, and which of their conditions was not established.
	for (const r of COURT_LEGITIMATE_REASONS) {
		if (r.conditions.every((c) => facts[c.fact] === undefined)) continue;
		const missing = r.conditions.filter((c) => facts[c.fact] !== true);
		steps.push(
			`${day}: MOU (6)(${r.code}) does not apply: not answered yes: ${missing.map((c) => `"${c.question}"`).join('; ')}.`,
		);
		citations.push(r);
	}
	if (h.otherReasonAccepted) {
		steps.push(
			`${day} is excused: management accepted another reason case by case (MOU (6)): "${h.otherReasonAccepted}".`,
		);
		citations.push(COURT_OTHER_REASON);
		return {
			date: h.date,
			status: 'excused',
			reason: COURT_OTHER_REASON.code,
			detail: h.otherReasonAccepted,
			steps,
			citations,
		};
	}
	if (h.emergency === true) {
		citations.push(COURT_EMERGENCY);
		if (h.toldSupervisorBeforeCase === true) {
			steps.push(
				`${day}: an emergency kept the employee from court and the supervisor was told before the case was called (MOU (8)): whether it is excused is management's decision, not an automatic step.`,
			);
			return { date: h.date, status: 'management-decides', steps, citations };
		}
		steps.push(
			`${day}: an emergency kept the employee from court, but the supervisor was not told before the case was called, the employee's duty under MOU (8): the day counts unless management accepts it as another reason (MOU (6)).`,
		);
		citations.push(COURT_OTHER_REASON);
		return { date: h.date, status: 'unexcused', steps, citations };
	}
	steps.push(`${day}: no legitimate reason of MOU (6) applies: the day is unexcused.`);
	return { date: h.date, status: 'unexcused', steps, citations };
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
	const citeOnce = (quote: string, label: string) => {
		if (!citations.some((c) => c.section === label)) citations.push(cite('3.3', quote, label));
	};

	// One occurrence per calendar day: a day with any unexcused hearing counts once; a day whose only
	// unexcused-looking hearings are reported emergencies is management's; otherwise it is excused.
	const decisions = input.missedHearings.map((h, i) => decideHearing(h, `missedHearings.${i}`));
	const byDay = new Map<string, HearingDecision>();
	for (const d of decisions) {
		const before = byDay.get(d.date);
		if (!before || STATUS_RANK[d.status] > STATUS_RANK[before.status]) byDay.set(d.date, d);
	}
	const days = [...byDay.keys()].sort(compareDates);
	steps.push(
		`${input.missedHearings.length} missed hearing(s) fall on ${days.length} calendar day(s): one occurrence per day.`,
	);
	for (const d of decisions) {
		steps.push(...d.steps);
		for (const c of d.citations) citeOnce(c.quote, c.label);
	}
	const ofStatus = (status: HearingDecision['status']) =>
		days.map((day) => byDay.get(day)!).filter((d) => d.status === status);
	const excused: CourtExcusedDay[] = ofStatus('excused').map((d) => ({
		date: d.date,
		reason: d.reason!,
		...(d.detail ? { detail: d.detail } : {}),
	}));
	const unexcused = ofStatus('unexcused').map((d) => d.date);
	const awaitingDecision: CourtPendingDay[] = ofStatus('management-decides').map((d) => ({
		date: d.date,
		ifCounted: penaltyFor(countInWindow([...unexcused, d.date], d.date)),
	}));
	for (const p of awaitingDecision)
		steps.push(
			`${formatDate(p.date)} awaits management's decision (MOU (8)); if management counts it, it is step ${p.ifCounted.step} that day (${p.ifCounted.description}) and later occurrences move up one step.`,
		);

	if (unexcused.length === 0) {
		const pending = awaitingDecision[0];
		return {
			kind: 'not-applicable',
			reason: pending
				? `No missed court day counts yet: ${awaitingDecision.map((p) => p.date).join(', ')} ${awaitingDecision.length === 1 ? 'awaits' : 'await'} management's decision (MOU (8)); if counted, ${pending.date} would be step ${pending.ifCounted.step}: ${pending.ifCounted.description}.`
				: 'No unexcused missed court day: no court attendance discipline applies.',
			rule: 'Only a missed court day without a legitimate reason is an occurrence (MOU (5), (6)); an emergency reported to the supervisor is management\'s decision (MOU (8)).',
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
			`${formatDate(o.date)}: occurrence ${o.step >= 6 ? '6 or more' : o.step} in 24 consecutive months → step ${o.step}: ${o.description}; it stops counting on ${o.agesOutOn}.`,
		);
		const row = COURT_STEPS[o.step - 1]!;
		citeOnce(row.quote, row.label);
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

	const record: DisciplineRecord = {
		title: 'Court attendance discipline',
		policy: 'Handbook 3.3 and the Court Attendance Memorandum of Understanding with AFSCME',
		href: citationHref('3.3'),
		asOf: input.asOf,
		decision: {
			step: latest.step,
			action: actionOf(latest),
			unpaidDays: latest.unpaidDays,
			paperDays: latest.paperDays,
			benefitTime:
				latest.substitutableDays > 0
					? `On request, vacation or other benefit time (never sick leave) may replace up to ${latest.substitutableDays} of the ${latest.unpaidDays} unpaid day(s) (MOU (5)).`
					: 'No unpaid suspension day: benefit-time substitution does not arise.',
		},
		next: `Another unexcused occurrence on ${input.asOf} would be step ${next.step}: ${next.description}.`,
		occurrences: occurrences.map((o) => ({
			date: o.date,
			countedAs: `occurrence ${o.step >= COURT_STEPS.length ? `${COURT_STEPS.length} or more` : o.step} in 24 months`,
			step: o.step,
			action: actionOf(o),
			stopsCounting: o.active ? `on ${o.agesOutOn}` : `stopped on ${o.agesOutOn}`,
		})),
		notes: [
			...excused.map((e) =>
				e.reason === COURT_OTHER_REASON.code
					? `${e.date}: excused, another reason accepted by management (MOU (6)): "${e.detail}".`
					: `${e.date}: excused under MOU (6)(${e.reason}): ${COURT_LEGITIMATE_REASONS.find((r) => r.code === e.reason)!.summary}.`,
			),
			...awaitingDecision.map(
				(p) =>
					`${p.date}: an emergency reported to the supervisor (MOU (8)); management's decision, not counted. If counted: step ${p.ifCounted.step}, ${p.ifCounted.description}.`,
			),
		],
		quotes: recordQuotes(citations),
	};

	return {
		kind: 'result',
		rule: 'Each unexcused missed court day is one occurrence; its step is the number of occurrences in the 24 consecutive months ending that day (MOU (4), (5)).',
		steps,
		citations,
		occurrences,
		excused,
		awaitingDecision,
		activeCount,
		latest,
		next,
		nextAgeOutOn: active[0]?.agesOutOn ?? null,
		substitution: {
			maxDays: COURT_SUBSTITUTION.maxDays,
			allowedKinds: COURT_SUBSTITUTION.allowedKinds,
			excludedKinds: COURT_SUBSTITUTION.excludedKinds,
		},
		record,
	};
}

/** A step's action as a record names it: "Written reprimand", "3-day suspension", "Discharge". */
function actionOf(p: CourtPenalty): string {
	return p.penalty === 'written-reprimand'
		? 'Written reprimand'
		: p.penalty === 'discharge'
			? 'Discharge'
			: `${p.suspensionDays}-day suspension`;
}
