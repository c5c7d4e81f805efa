import { z } from '../zod-mini';
import { fail, parseInput } from '../errors';
import { addDays, addYears, compareDates, formatDate, IsoDateSchema } from '../dates';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';

/**
 * Ethics and sexual-harassment training deadlines (handbook 3.12; Ethics Act 5-10 and 5-10.5): at
 * least annually, in the Compliance Training Period the ethics officer sets; a new employee within
 * 30 days of starting; an employee on approved leave in the first period after returning.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const CONTEXT = 'training';

/** Ethics Act 5-10(c) and 5-10.5(a): initial training within 30 days after starting. */
export const NEW_EMPLOYEE_DAYS = 30;

/** The two trainings, each with its annual rule, new-employee rule and what goes to the ethics officer. */
export const TRAININGS = [
	{
		training: 'ethics',
		name: 'Ethics training',
		proof:
			'a signed copy of the written certification of completion, to the ethics officer by the deadline',
		annual: {
			section: 'Ethics Act 5-10(a)',
			quote:
				'Each officer, member, and employee must complete, at least annually beginning in 2004, an ethics training program',
		},
		initial: {
			section: 'Ethics Act 5-10(c)',
			quote:
				'a person employed in a position that requires training must complete his or her initial ethics training within 30 days after commencement of his or her office or employment.',
		},
		proofCite: {
			section: 'Ethics Act 5-10(d)',
			quote:
				'each officer, member, and employee must certify in writing that the person has completed the training program. Each … must provide to his or her ethics officer a signed copy of the certification by the deadline',
		},
	},
	{
		training: 'sexual-harassment',
		name: 'Sexual harassment training',
		proof: 'proof of completion, to the ethics officer',
		annual: {
			section: 'Ethics Act 5-10.5(a)',
			quote:
				'Each officer, member, and employee must complete, at least annually beginning in 2018, a sexual harassment training program.',
		},
		initial: {
			section: 'Ethics Act 5-10.5(a)',
			quote:
				'must complete his or her initial sexual harassment training program within 30 days after commencement of his or her office or employment.',
		},
		proofCite: {
			section: 'Ethics Act 5-10.5(a)',
			quote: 'Proof of completion must be submitted to the applicable ethics officer.',
		},
	},
] as const;

/** 3.12: the training period and the rescheduling after approved leave. */
export const TRAINING_PERIOD_RULES = {
	period: {
		quote: 'All employees are expected to complete training during their Ethics Training Period.',
	},
	overdue: {
		quote:
			"Employee's who fail to complete ethics training on a timely basis will be contacted by the agency's Ethics Officer to determine the cause of the compliance failure and report this information to the Office of Executive Inspector General (OEIG).",
	},
	leave: {
		quote:
			'Employees on an approved leave of absence should be rescheduled for ethics training during the first regularly scheduled Compliance Training Period after his/her return to work.',
	},
} as const;

type TrainingKind = (typeof TRAININGS)[number]['training'];
const TRAINING_KINDS = TRAININGS.map((t) => t.training) as [TrainingKind, ...TrainingKind[]];

/** Input of the training-deadline calculator. */
export const TrainingInputSchema = z.object({
	/** The day of the question (no clock reads: the caller passes it). */
	asOf: IsoDateSchema,
	/** The first day of employment. */
	startDate: IsoDateSchema,
	/** The Compliance Training Periods set by the ethics officer, in order, not overlapping. */
	trainingPeriods: z
		.array(
			z.object({
				/** First day of the period. */ start: IsoDateSchema,
				/** Last day of the period: the annual deadline. */ end: IsoDateSchema,
			}),
			{ error: 'expected a list of training periods' },
		)
		.check(z.minLength(1, { error: 'expected at least one training period' })),
	/** Trainings completed, each with its date. */
	completions: z._default(
		z.array(
			z.object({
				/** Which training. */ training: z.enum(TRAINING_KINDS, {
					error: (i) => `expected ${TRAINING_KINDS.join(' or ')}, got ${JSON.stringify(i.input)}`,
				}),
				/** The day completed. */ date: IsoDateSchema,
			}),
			{ error: 'expected a list of completed trainings' },
		),
		[],
	),
	/** An approved leave of absence: its first day and, once back, the day of return to work. */
	approvedLeave: z.optional(
		z.object({
			/** First day of leave. */ from: IsoDateSchema,
			/** Day of return to work, once back. */ returnedOn: z.optional(IsoDateSchema),
		}),
	),
});
/** Input of {@link assessTrainingDeadlines}. */
export type TrainingInput = z.infer<typeof TrainingInputSchema>;

/** One training's deadline and standing on `asOf`. */
export interface TrainingDeadline {
	training: TrainingKind;
	name: string;
	basis: 'new-employee' | 'annual' | 'rescheduled-after-leave' | 'on-leave';
	/** The deadline; null while on leave (the period after return is not known yet). */
	dueBy: string | null;
	/** The window a completion must fall in to count (from its first day). */
	countsFrom: string;
	status: 'completed' | 'completed-late' | 'due' | 'overdue' | 'on-leave';
	/** The status in words, as the step and the headline both say it. */
	standing: string;
	completedOn: string | null;
	/** Once completed: the end of the next training period, if one is scheduled. */
	nextDueBy: string | null;
	/** What goes to the ethics officer. */
	proof: string;
}

/** Both trainings' deadlines. */
export interface TrainingResult extends Explanation {
	kind: 'result';
	trainings: TrainingDeadline[];
}

type Period = TrainingInput['trainingPeriods'][number];

function validate(input: TrainingInput): void {
	input.trainingPeriods.forEach((p, i) => {
		if (compareDates(p.start, p.end) > 0)
			fail(
				CONTEXT,
				`trainingPeriods.${i}.end`,
				`expected an end on or after the start (${p.start}), got "${p.end}"`,
			);
		const before = input.trainingPeriods[i - 1];
		if (before && compareDates(p.start, before.end) <= 0)
			fail(
				CONTEXT,
				`trainingPeriods.${i}.start`,
				`expected periods in order without overlap: a start after ${before.end}, got "${p.start}"`,
			);
	});
	const leave = input.approvedLeave;
	if (leave?.returnedOn !== undefined && compareDates(leave.returnedOn, leave.from) < 0)
		fail(
			CONTEXT,
			'approvedLeave.returnedOn',
			`expected a return on or after the leave began (${leave.from}), got "${leave.returnedOn}"`,
		);
}

/** The period containing `day`, else the last one ended before it, else the first. */
function periodFor(periods: readonly Period[], day: string): Period {
	return (
		periods.find((p) => compareDates(p.start, day) <= 0 && compareDates(day, p.end) <= 0) ??
		periods.filter((p) => compareDates(p.end, day) < 0).at(-1) ??
		periods[0]!
	);
}

/**
 * The ethics and sexual-harassment training deadlines on `asOf`: initial (30 days after starting),
 * annual (the end of the training period), or the first period after return from approved leave.
 * @example
 * assessTrainingDeadlines({ asOf: '2025-03-10', startDate: '2025-03-03',
 *   trainingPeriods: [{ start: '2025-09-01', end: '2025-12-31' }] })
 * //=> { kind: 'result', trainings: [{ training: 'ethics', basis: 'new-employee', dueBy: '2025-04-02', status: 'due', … }, …] }
 */
export function assessTrainingDeadlines(raw: unknown): TrainingResult | NotApplicable {
	const input = parseInput(TrainingInputSchema, raw, CONTEXT);
	validate(input);
	const periodCite = cite('3.12', TRAINING_PERIOD_RULES.period.quote);
	if (compareDates(input.asOf, input.startDate) < 0) {
		return {
			kind: 'not-applicable',
			reason: `Employment starts ${input.startDate}, after ${input.asOf}: no training is due yet.`,
			rule: 'Training duties begin with employment (Ethics Act 5-10(c), 5-10.5(a)).',
			steps: [],
			citations: [periodCite],
		};
	}
	const steps: string[] = [];
	const citations: Citation[] = [periodCite];
	const initialDue = addDays(input.startDate, NEW_EMPLOYEE_DAYS);
	const leave = input.approvedLeave;

	const trainings = TRAININGS.map((t): TrainingDeadline => {
		const dates = input.completions
			.filter((c) => c.training === t.training)
			.map((c) => c.date)
			.sort(compareDates);
		const doneBetween = (from: string, to: string | null) =>
			dates.find((d) => compareDates(d, from) >= 0 && (to === null || compareDates(d, to) <= 0)) ??
			null;
		let basis: TrainingDeadline['basis'];
		let countsFrom: string;
		let dueBy: string | null;
		const period = periodFor(input.trainingPeriods, input.asOf);
		// Reading: the initial deadline governs until a training period begins after the start date. With
		// no such period yet, a person counts as new if they started after the last listed period ended
		// (or, when none is listed before asOf, within the last year): otherwise the next period decides.
		const periodBegunSinceStart =
			compareDates(period.start, input.startDate) > 0 &&
			compareDates(period.start, input.asOf) <= 0;
		const lastEnded = input.trainingPeriods
			.filter((p) => compareDates(p.end, input.asOf) < 0)
			.at(-1);
		const startedRecently = lastEnded
			? compareDates(input.startDate, lastEnded.end) > 0
			: compareDates(input.startDate, addYears(input.asOf, -1)) > 0;
		const isNew =
			compareDates(input.asOf, initialDue) <= 0 || (!periodBegunSinceStart && startedRecently);
		if (isNew) {
			basis = 'new-employee';
			countsFrom = input.startDate;
			dueBy = initialDue;
			citations.push(cite(t.initial.section as `Ethics Act ${string}`, t.initial.quote));
		} else {
			basis = 'annual';
			countsFrom = period.start;
			dueBy = period.end;
			citations.push(cite(t.annual.section as `Ethics Act ${string}`, t.annual.quote));
			// Reading: leave reschedules the period when the employee, not yet trained in it, is still on leave on its last day.
			const onLeaveAtDeadline =
				doneBetween(period.start, period.end) === null &&
				leave !== undefined &&
				compareDates(leave.from, period.end) <= 0 &&
				(leave.returnedOn === undefined || compareDates(leave.returnedOn, period.end) > 0);
			if (onLeaveAtDeadline) {
				citations.push(cite('3.12', TRAINING_PERIOD_RULES.leave.quote));
				if (leave.returnedOn === undefined) {
					basis = 'on-leave';
					dueBy = null;
				} else {
					const after = input.trainingPeriods.find(
						(p) => compareDates(p.start, leave.returnedOn!) >= 0,
					);
					basis = 'rescheduled-after-leave';
					countsFrom = after?.start ?? leave.returnedOn;
					dueBy = after?.end ?? null;
				}
			}
		}
		const inTime = doneBetween(countsFrom, dueBy);
		const completedOn = inTime ?? doneBetween(countsFrom, input.asOf);
		const status: TrainingDeadline['status'] = inTime
			? 'completed'
			: completedOn
				? 'completed-late'
				: basis === 'on-leave'
					? 'on-leave'
					: dueBy !== null && compareDates(input.asOf, dueBy) > 0
						? 'overdue'
						: 'due';
		const when = dueBy
			? `by ${formatDate(dueBy)}`
			: basis === 'on-leave'
				? 'in the first training period after return from leave'
				: 'in the first training period after return (none is scheduled yet)';
		const standing = completedOn
			? `completed ${completedOn}${inTime ? '' : ', after the deadline'}`
			: status === 'overdue'
				? `overdue: it was due ${when}`
				: `due ${when}`;
		steps.push(`${t.name} (${basis.replace(/-/g, ' ')}): ${standing}. Send ${t.proof}.`);
		citations.push(cite(t.proofCite.section as `Ethics Act ${string}`, t.proofCite.quote));
		if (status === 'overdue') {
			steps.push(
				`${t.name} is overdue: the ethics officer contacts the employee to find the cause and reports it to the OEIG.`,
			);
			citations.push(cite('3.12', TRAINING_PERIOD_RULES.overdue.quote));
		}
		const nextDueBy = completedOn
			? (input.trainingPeriods.find((p) => compareDates(p.start, dueBy ?? completedOn) > 0)?.end ??
				null)
			: null;
		if (nextDueBy)
			steps.push(`${t.name}: next due by ${nextDueBy}, the end of the next training period.`);
		return {
			training: t.training,
			name: t.name,
			basis,
			dueBy,
			countsFrom,
			status,
			standing,
			completedOn,
			nextDueBy,
			proof: t.proof,
		};
	});

	return {
		kind: 'result',
		rule: 'Each training is due within 30 days of starting, then once in each training period; approved leave moves it to the first period after return.',
		steps,
		citations: citations.filter(
			(c, i) => citations.findIndex((d) => d.section === c.section && d.quote === c.quote) === i,
		),
		trainings,
	};
}
