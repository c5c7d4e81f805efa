import { z } from '../zod-mini';
import { fail, parseInput } from '../errors';
import { addMonths, compareDates, formatDate, IsoDateSchema, IsoTimeSchema } from '../dates';
import { citationHref } from '../citations';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';
import { recordQuotes, type DisciplineRecord } from './discipline-record';
import { HolidayOptionsSchema } from '../calendar/holidays';
import { createWorkdayCalendar, workdayCitations } from '../calendar/workday-calendar';
import {
	ATTENDANCE_QUOTES,
	classifyLate,
	consecutiveNoCallInRun,
	minutes,
	RESET_AFTER_MONTHS,
	stepFor,
	type AttendanceStep,
	type LateArrivalClass,
} from './attendance-track';
import {
	callInFormStanding,
	CallInFormInputSchema,
	certificationStanding,
	dockTimeStanding,
	DockTimeInputSchema,
	MedicalCertificationInputSchema,
	type CallInFormStanding,
	type CertificationStanding,
	type DockTimeStanding,
} from './attendance-dock-time';

/**
 * Daily attendance discipline (handbook 2.1 B, 3.4 and the Affirmative Attendance Memorandum,
 * attachment 3.4a): late arrival versus unauthorized absence (UA), the offense count, the 12-step
 * track on a rolling 24 months, served suspensions, discharge for 5 consecutive days without call-in,
 * plus the dock-time limits and medical-certification deadlines (attendance-dock-time.ts).
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const CONTEXT = 'attendance discipline';
const yesNo = z.boolean({
	error: (i) =>
		`expected true or false, got ${i.input === undefined ? 'nothing' : JSON.stringify(i.input)}`,
});

/** The track's tables and types, for the calculator UI and the API. */

/** Input of the attendance discipline calculator. */
export const AttendanceDisciplineInputSchema = z.object({
	/** The day the standing is computed for (the caller passes it; no clock reads). */
	asOf: IsoDateSchema,
	/** Whole days of unauthorized absence, each with or without a call-in. */
	unauthorizedAbsences: z._default(
		z.array(
			z.object({
				/** The day absent without approved time. */
				date: IsoDateSchema,
				/** Whether the employee called in (2.1 B: within one hour after the start of the shift). */
				calledIn: yesNo,
			}),
			{ error: 'expected a list of unauthorized absences' },
		),
		[],
	),
	/** Late arrivals: late, or an unauthorized absence when one hour or more after the start time. */
	lateArrivals: z._default(
		z.array(
			z.object({
				/** The day of the late arrival. */
				date: IsoDateSchema,
				/** The regular starting time, HH:MM. */
				startTime: IsoTimeSchema,
				/** The time of arrival, HH:MM. */
				arrivalTime: IsoTimeSchema,
				/** Whether the employee called in before arriving. */
				calledIn: yesNo,
			}),
			{ error: 'expected a list of late arrivals' },
		),
		[],
	),
	/**
	 * Where the employee already stands, instead of the whole history: the step reached on the track
	 * and the date of the last disciplinary action. New absences and late arrivals continue from it.
	 */
	standing: z.optional(
		z.object({
			step: z.number({ error: 'expected a step number from 1 to 11' }).check(
				z.int({ error: 'expected a whole step number' }),
				z.gte(1, { error: (i) => `expected a step from 1 to 11 on the MOA 8.A track, got ${String(i.input)}` }),
				z.lte(11, { error: (i) => `expected a step from 1 to 11: step ${String(i.input)} is ${Number(i.input) === 12 ? 'discharge, after which there is no further step' : 'not on the 12-step track'}` }),
			),
			lastActionOn: IsoDateSchema,
		}),
	),
	/** Whether a "current practice" sends UA of less than ½ day to the misuse-of-time track (MOA 2). */
	misuseOfTimePractice: z._default(yesNo, false),
	/** Authorized dock time used and proof status, for the MOA 4 limits. */
	dockTime: z.optional(DockTimeInputSchema),
	/** A medical certificate for an absence while sick time is exhausted (MOA 3). */
	medicalCertification: z.optional(MedicalCertificationInputSchema),
	/** The request form after a same-day call-in (MOA 5–6). */
	callInForm: z.optional(CallInFormInputSchema),
	/** Election and proclaimed days off (2.7) that are not workdays, as in calendar.ts. */
	holidays: z.optional(HolidayOptionsSchema),
});
/** Input of {@link assessAttendanceDiscipline}. */
export type AttendanceDisciplineInput = z.infer<typeof AttendanceDisciplineInputSchema>;

/** One day on the track. */
export interface AttendanceOffenseDay extends AttendanceStep {
	date: string;
	source: 'absence' | 'late-arrival';
	calledIn: boolean;
	/** The offense numbers this day counts as (two without a call-in). */
	offenseNumbers: number[];
	/** Whether the progression started over on this day (MOA 9). */
	startedOver: boolean;
}

/** The attendance standing on `asOf`. */
export interface AttendanceDisciplineResult extends Explanation {
	kind: 'result';
	lateArrivals: LateArrivalClass[];
	offenseDays: AttendanceOffenseDay[];
	/** Offenses counted in the current progression (0 once it has started over). */
	currentCount: number;
	/** The step reached in the current progression, or null when none (no offense, or started over). */
	current: AttendanceStep | null;
	/** The step the next UA day would bring, with and without a call-in. */
	next: { withCallIn: AttendanceStep; withoutCallIn: AttendanceStep };
	/** The day the progression starts over if no further discipline occurs (24 months after the last action). */
	startsOverAfter: string | null;
	/** The 5th consecutive workday of UA without call-in, if any run reaches 5 (discharge, Art. IX). */
	consecutiveNoCallInDischargeOn: string | null;
	dockTime: DockTimeStanding | null;
	medicalCertification: CertificationStanding | null;
	callInForm: CallInFormStanding | null;
	/** The one-page record for the file (the page prints it; the API returns it). */
	record: DisciplineRecord;
}

/**
 * The attendance discipline standing on `asOf`: each UA day's offenses and step on the 12-step track,
 * the rolling 24-month restart, served suspensions, the 5-day no-call-in discharge, and (when given)
 * the dock-time limits and medical-certification deadlines.
 * @example
 * assessAttendanceDiscipline({ asOf: '2025-03-31', unauthorizedAbsences: [
 *   { date: '2025-03-03', calledIn: true }, { date: '2025-03-10', calledIn: false }] })
 * //=> { kind: 'result', currentCount: 3, current: { step: 3, action: 'Written reprimand', … },
 * //     next: { withCallIn: { step: 4, … }, withoutCallIn: { step: 5, action: '1-day suspension', … } }, … }
 */
export function assessAttendanceDiscipline(
	raw: unknown,
): AttendanceDisciplineResult | NotApplicable {
	const input = parseInput(AttendanceDisciplineInputSchema, raw, CONTEXT);
	const seen = new Map<string, string>();
	const check = (date: string, field: string) => {
		if (compareDates(date, input.asOf) > 0)
			fail(CONTEXT, field, `expected a date on or before asOf (${input.asOf}), got "${date}"`);
		const other = seen.get(date);
		if (other)
			fail(CONTEXT, field, `expected one entry per day, got ${date} again (already in ${other})`);
		seen.set(date, field);
	};
	input.unauthorizedAbsences.forEach((a, i) => check(a.date, `unauthorizedAbsences.${i}.date`));
	input.lateArrivals.forEach((l, i) => check(l.date, `lateArrivals.${i}.date`));
	const standing = input.standing;
	if (standing) {
		if (compareDates(standing.lastActionOn, input.asOf) > 0)
			fail(CONTEXT, 'standing.lastActionOn', `expected a date on or before asOf (${input.asOf}), got "${standing.lastActionOn}"`);
		const earlier = [...seen.entries()].find(([date]) => compareDates(date, standing.lastActionOn) <= 0);
		if (earlier)
			fail(CONTEXT, 'standing.lastActionOn', `expected the last action before every new absence, but ${earlier[1]} (${earlier[0]}) is on or before ${standing.lastActionOn}: enter only what happened since the last action`);
	}

	const calendar = createWorkdayCalendar(input.holidays ?? {});
	const steps: string[] = [];
	const citations: Citation[] = [];
	const use = (q: { label: string; quote: string }, key: '2.1' | '3.4' = '3.4') => {
		if (!citations.some((c) => c.section === q.label && c.quote === q.quote))
			citations.push(cite(key, q.quote, q.label));
	};

	const lateArrivals: LateArrivalClass[] = input.lateArrivals.map((l) => {
		const minutesLate = minutes(l.arrivalTime) - minutes(l.startTime);
		const classification = classifyLate(minutesLate, input.misuseOfTimePractice);
		steps.push(
			`${formatDate(l.date)}: arrived ${l.arrivalTime} for a ${l.startTime} start, ${Math.max(0, minutesLate)} minute(s) late → ${classification.replace(/-/g, ' ')}.`,
		);
		return { date: l.date, minutesLate, classification };
	});
	if (lateArrivals.length > 0) use(ATTENDANCE_QUOTES.threshold);
	if (lateArrivals.some((l) => l.classification === 'misuse-of-time'))
		use(ATTENDANCE_QUOTES.misuse);

	const uaDays = [
		...input.unauthorizedAbsences.map((a) => ({
			date: a.date,
			calledIn: a.calledIn,
			source: 'absence' as const,
		})),
		...input.lateArrivals
			.filter((_, i) => lateArrivals[i]!.classification === 'unauthorized-absence')
			.map((l) => ({ date: l.date, calledIn: l.calledIn, source: 'late-arrival' as const })),
	].sort((a, b) => compareDates(a.date, b.date));

	if (uaDays.length === 0 && !standing && !input.dockTime && !input.medicalCertification && !input.callInForm) {
		return {
			kind: 'not-applicable',
			reason:
				'No unauthorized absence: the progressive UA track does not apply (tardiness alone is handled by counseling).',
			rule: 'The MOA 8 track applies to days of unauthorized absence only.',
			steps,
			citations: citations.length
				? citations
				: [cite('3.4', ATTENDANCE_QUOTES.threshold.quote, ATTENDANCE_QUOTES.threshold.label)],
		};
	}

	let count = 0;
	let lastAction: string | null = null;
	if (standing) {
		// Reading of MOA 9: the 24 months run from the date of the last disciplinary action as entered;
		// each new offense is the next action, on its own day.
		count = standing.step;
		lastAction = standing.lastActionOn;
		const at = stepFor(standing.step);
		steps.push(
			`Current standing: step ${at.step} (${at.action}) since the last disciplinary action on ${formatDate(standing.lastActionOn)}; the new offenses continue from offense ${standing.step + 1}. Reading: the rolling 24 months (MOA 9) run from that action's date, and each new offense is the next action on its own day.`,
		);
		use(ATTENDANCE_QUOTES.track);
		use(ATTENDANCE_QUOTES.reset);
	}
	const offenseDays: AttendanceOffenseDay[] = [];
	for (const d of uaDays) {
		const startedOver =
			lastAction !== null && compareDates(d.date, addMonths(lastAction, RESET_AFTER_MONTHS)) > 0;
		if (startedOver) {
			count = 0;
			steps.push(
				`${formatDate(d.date)} is more than 24 months after the last action (${lastAction}): the progression starts over.`,
			);
			use(ATTENDANCE_QUOTES.reset);
		}
		const weight = d.calledIn ? 1 : 2;
		const offenseNumbers = Array.from({ length: weight }, (_, k) => count + k + 1);
		count += weight;
		lastAction = d.date;
		const step = stepFor(count);
		const served = step.servedDays
			? ` (${step.servedDays} days served, ${step.paperDays} on paper)`
			: step.suspensionDays
				? ' (noticed, not served)'
				: '';
		steps.push(
			`${formatDate(d.date)}: UA ${d.calledIn ? 'with' : 'without'} call-in = offense ${offenseNumbers.join(' and ')} → step ${step.step}, ${step.action}${served}.`,
		);
		offenseDays.push({
			date: d.date,
			source: d.source,
			calledIn: d.calledIn,
			offenseNumbers,
			startedOver,
			...step,
		});
	}
	if (offenseDays.length > 0) {
		use(ATTENDANCE_QUOTES.track);
		use(ATTENDANCE_QUOTES.separate);
	}
	if (offenseDays.some((o) => !o.calledIn)) use(ATTENDANCE_QUOTES.noCallIn);
	if (offenseDays.some((o) => o.suspensionDays > 0)) use(ATTENDANCE_QUOTES.served);
	// A no-call-in day can jump from step 10 to 12: then no suspension before discharge was served.
	if (offenseDays.some((o) => o.step === 11)) {
		steps.push(
			'At the last suspension before discharge, the Union may request a joint Union/Management consultation for the employee.',
		);
		use(ATTENDANCE_QUOTES.consultation);
	}
	const skipped = offenseDays.find(
		(o, i) => o.step === 12 && i > 0 && !o.startedOver && offenseDays[i - 1]!.step <= 10,
	);
	if (skipped)
		steps.push(
			`${formatDate(skipped.date)}: the track reached discharge without the step-11 suspension, so no suspension time was served.`,
		);

	const startsOverAfter = lastAction === null ? null : addMonths(lastAction, RESET_AFTER_MONTHS);
	if (startsOverAfter !== null && compareDates(input.asOf, startsOverAfter) > 0) {
		steps.push(
			`On ${input.asOf} the last action (${lastAction}) is more than 24 months old: no offense counts in the current progression, and the next offense starts it over.`,
		);
		use(ATTENDANCE_QUOTES.reset);
		count = 0;
	}
	const current = count > 0 ? stepFor(count) : null;
	const next = { withCallIn: stepFor(count + 1), withoutCallIn: stepFor(count + 2) };
	if (uaDays.length > 0 || standing)
		steps.push(
			`Next UA day: step ${next.withCallIn.step} (${next.withCallIn.action}) with a call-in, step ${next.withoutCallIn.step} (${next.withoutCallIn.action}) without.`,
		);

	const noCallInDays = uaDays
		.filter((d) => d.source === 'absence' && !d.calledIn)
		.map((d) => d.date);
	const consecutiveNoCallInDischargeOn = consecutiveNoCallInRun(noCallInDays, calendar);
	if (consecutiveNoCallInDischargeOn) {
		steps.push(
			`Five consecutive workdays of UA without call-in end ${formatDate(consecutiveNoCallInDischargeOn)}: discharge under Article IX of the Master Agreement.`,
		);
		use(ATTENDANCE_QUOTES.xa);
	}
	if (uaDays.some((d) => !d.calledIn)) use(ATTENDANCE_QUOTES.callIn, '2.1');

	const dockTime = input.dockTime ? dockTimeStanding(input.dockTime, input.asOf) : null;
	const medicalCertification = input.medicalCertification
		? certificationStanding(input.medicalCertification, input.asOf, calendar)
		: null;
	const callInForm = input.callInForm
		? callInFormStanding(input.callInForm, input.asOf, calendar)
		: null;
	for (const part of [dockTime, medicalCertification, callInForm]) {
		if (!part) continue;
		steps.push(...part.steps);
		citations.push(...part.citations);
	}
	if (medicalCertification || callInForm || consecutiveNoCallInDischargeOn)
		citations.push(...workdayCitations(input.holidays ?? {}));

	// The days of the current progression: from the last restart on, unless it has run out by asOf.
	const lastRestart = offenseDays.findLastIndex((o) => o.startedOver);
	const inProgression = (i: number) => count > 0 && i >= Math.max(0, lastRestart);
	const record: DisciplineRecord = {
		title: 'Attendance discipline',
		policy: 'Handbook 3.4 and the Affirmative Attendance Memorandum of Agreement with AFSCME',
		href: citationHref('3.4'),
		asOf: input.asOf,
		decision: current
			? {
					step: current.step,
					action: current.action,
					unpaidDays: current.servedDays,
					paperDays: current.paperDays,
					benefitTime:
						'The MOA provides no benefit-time substitution: suspensions are noticed and not served, with no wages lost, except the last suspension before discharge, which serves 5 days (MOA 8.C).',
				}
			: {
					step: null,
					action: 'No offense counts in the current progression',
					unpaidDays: 0,
					paperDays: 0,
					benefitTime: 'No suspension: benefit-time substitution does not arise.',
				},
		next: `Next UA day: step ${next.withCallIn.step} (${next.withCallIn.action}) with a call-in, step ${next.withoutCallIn.step} (${next.withoutCallIn.action}) without.`,
		occurrences: offenseDays.map((o, i) => ({
			date: o.date,
			countedAs: `${o.offenseNumbers.length > 1 ? 'offenses' : 'offense'} ${o.offenseNumbers.join(' and ')}, ${o.calledIn ? 'call-in' : 'no call-in'}${o.source === 'late-arrival' ? ' (late an hour or more)' : ''}`,
			step: o.step,
			action: o.action,
			stopsCounting: inProgression(i)
				? `when the progression starts over: after ${startsOverAfter}, unless another action comes first`
				: 'no longer counts: the progression started over',
		})),
		notes: [
			...(standing
				? [
						`Standing entered: step ${standing.step} (${stepFor(standing.step).action}) since the disciplinary action of ${standing.lastActionOn}.`,
					]
				: []),
			...(consecutiveNoCallInDischargeOn
				? [
						`Five consecutive workdays without call-in end ${consecutiveNoCallInDischargeOn}: discharge under Article IX of the Master Agreement (MOA 8.D).`,
					]
				: []),
		],
		quotes: recordQuotes(citations),
	};

	return {
		kind: 'result',
		rule: 'Each UA day is a separate offense, two without a call-in; the step is the offense count since the progression last started over (MOA 8, 9).',
		steps,
		citations,
		lateArrivals,
		offenseDays,
		currentCount: count,
		current,
		next,
		startsOverAfter,
		consecutiveNoCallInDischargeOn,
		dockTime,
		medicalCertification,
		callInForm,
		record,
	};
}
