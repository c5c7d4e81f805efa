import { z } from '../zod-mini';
import { addDays, addMonths, compareDates, IsoDateSchema } from '../dates';
import { cite, type Citation } from '../result';
import { shiftWorkdays, type WorkdayCalendar } from '../calendar/workday-calendar';

/**
 * Authorized dock time and the paperwork deadlines of the Affirmative Attendance Memorandum
 * (handbook 3.4, attachment 3.4a, paragraphs 3–7): medical certification, the call-in form. Used by attendance-discipline.ts, which
 * parses the input; these helpers take parsed values. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** Paragraph 4: the authorized dock-time limit, its window and the proof-status bar. */
export const DOCK_TIME_LIMIT = {
	maxDays: 5,
	windowMonths: 12,
	proofStatusMonths: 3,
	label: '3.4 MOA 4',
	quote:
		'Authorized dock time under these circumstances is limited to five (5) days within a twelve (12) month period, unless approval for more time is granted by the authorizing supervisor. … Employees who have been on proof status within the previous three (3) months shall have no right to authorized dock time.',
} as const;

/** Paragraph 3: certification within 3 work days; unauthorized if not provided within 5. */
export const MEDICAL_CERTIFICATION_DEADLINES = {
	dueWorkdays: 3,
	finalWorkdays: 5,
	label: '3.4 MOA 3',
	quote:
		'Authorized dock time shall be granted when sick time has been exhausted if proper medical certification is provided within three (3) work days. … The absences shall be considered unauthorized if acceptable certification is not subsequently provided within five (5) work days.',
} as const;

/** Dock time already used and the proof-status history, for the paragraph 4 limits. */
export const DockTimeInputSchema = z.object({
	/** Each day of authorized dock time already used, with its length in days (a half day is 0.5). */
	used: z.array(
		z.object({
			/** The day docked. */
			date: IsoDateSchema,
			/** Days docked that date, more than 0 and at most 1. */
			days: z._default(
				z
					.number({ error: 'expected a number of days' })
					.check(
						z.gt(0, { error: (i) => `expected more than 0 days, got ${String(i.input)}` }),
						z.lte(1, { error: (i) => `expected at most 1 day per date, got ${String(i.input)}` }),
					),
				1,
			),
		}),
		{ error: 'expected a list of dock-time days already used' },
	),
	/** The last day the employee was on proof status, if ever. */
	lastProofStatusDate: z.optional(IsoDateSchema),
});
/** Input of the dock-time part of the attendance calculator. */
export type DockTimeInput = z.infer<typeof DockTimeInputSchema>;

/** The medical certificate for an absence while sick time is exhausted. */
export const MedicalCertificationInputSchema = z.object({
	/** The last day of the absence the certificate covers; work days are counted from the next day. */
	lastAbsenceDate: IsoDateSchema,
	/** The day an acceptable certificate reached the supervisor, if it has. */
	providedOn: z.optional(IsoDateSchema),
});
/** Input of the medical-certification part of the attendance calculator. */
export type MedicalCertificationInput = z.infer<typeof MedicalCertificationInputSchema>;

/** Dock time on `asOf`: used in the last 12 months, what remains, and whether the employee has the right to it. */
export interface DockTimeStanding {
	usedDaysInWindow: number;
	windowStart: string;
	remainingDays: number;
	proofStatusBars: boolean;
	eligible: boolean;
	steps: string[];
	citations: Citation[];
}

/** The paragraph 4 standing on `asOf` from parsed input. */
export function dockTimeStanding(input: DockTimeInput, asOf: string): DockTimeStanding {
	// The 12-month period is read as the 12 months ending on asOf: a day counts while it is after asOf − 12 months.
	const windowStart = addMonths(asOf, -DOCK_TIME_LIMIT.windowMonths);
	const usedDaysInWindow = input.used
		.filter((u) => compareDates(u.date, windowStart) > 0 && compareDates(u.date, asOf) <= 0)
		.reduce((sum, u) => sum + u.days, 0);
	const remainingDays = Math.max(0, DOCK_TIME_LIMIT.maxDays - usedDaysInWindow);
	const proofStart = addMonths(asOf, -DOCK_TIME_LIMIT.proofStatusMonths);
	const proofStatusBars =
		input.lastProofStatusDate !== undefined &&
		compareDates(input.lastProofStatusDate, proofStart) > 0;
	const steps = [
		`Authorized dock time used after ${windowStart} through ${asOf}: ${usedDaysInWindow} of ${DOCK_TIME_LIMIT.maxDays} days; ${remainingDays} remain unless the authorizing supervisor approves more.`,
	];
	if (input.lastProofStatusDate !== undefined) {
		steps.push(
			proofStatusBars
				? `On proof status until ${input.lastProofStatusDate}, within the 3 months before ${asOf}: no right to authorized dock time.`
				: `Proof status ended ${input.lastProofStatusDate}, more than 3 months before ${asOf}: no bar.`,
		);
	}
	if (remainingDays === 0 && !proofStatusBars)
		steps.push(
			'All allowable dock time is used: the employee must be told of the right to apply for a leave of absence.',
		);
	return {
		usedDaysInWindow,
		windowStart,
		remainingDays,
		proofStatusBars,
		eligible: !proofStatusBars && remainingDays > 0,
		steps,
		citations: [cite('3.4', DOCK_TIME_LIMIT.quote, DOCK_TIME_LIMIT.label)],
	};
}

/** Where a medical certificate stands: in time, in the grace to 5 work days, or the absence is unauthorized. */
export type CertificationStatus =
	'provided-in-time' | 'provided-in-grace' | 'awaiting' | 'awaiting-in-grace' | 'unauthorized';

/** The paragraph 3 deadlines for one absence and where the certificate stands on `asOf`. */
export interface CertificationStanding {
	dueBy: string;
	unauthorizedAfter: string;
	status: CertificationStatus;
	steps: string[];
	citations: Citation[];
}

/** The paragraph 3 deadlines in work days from parsed input. */
export function certificationStanding(
	input: MedicalCertificationInput,
	asOf: string,
	calendar: WorkdayCalendar,
): CertificationStanding {
	const dueBy = shiftWorkdays(
		input.lastAbsenceDate,
		MEDICAL_CERTIFICATION_DEADLINES.dueWorkdays,
		1,
		calendar,
	).date;
	const unauthorizedAfter = shiftWorkdays(
		input.lastAbsenceDate,
		MEDICAL_CERTIFICATION_DEADLINES.finalWorkdays,
		1,
		calendar,
	).date;
	const on = input.providedOn;
	const status: CertificationStatus =
		on !== undefined
			? compareDates(on, dueBy) <= 0
				? 'provided-in-time'
				: compareDates(on, unauthorizedAfter) <= 0
					? 'provided-in-grace'
					: 'unauthorized'
			: compareDates(asOf, dueBy) <= 0
				? 'awaiting'
				: compareDates(asOf, unauthorizedAfter) <= 0
					? 'awaiting-in-grace'
					: 'unauthorized';
	const steps = [
		`Counting work days (weekends and State holidays skipped) after the absence of ${input.lastAbsenceDate}: the 3rd is ${dueBy}, the 5th is ${unauthorizedAfter}.`,
		{
			'provided-in-time': `Certificate provided ${on}, within 3 work days: dock time is authorized once sick time is exhausted.`,
			'provided-in-grace': `Certificate provided ${on}, after the 3rd but within 5 work days: accepted, the absence is not unauthorized.`,
			awaiting: `No certificate yet on ${asOf}; it is due by ${dueBy}.`,
			'awaiting-in-grace': `No certificate yet on ${asOf}; past ${dueBy}, the absence becomes unauthorized unless it arrives by ${unauthorizedAfter}.`,
			unauthorized:
				on !== undefined
					? `Certificate provided ${on}, after the 5th work day (${unauthorizedAfter}): the absence is unauthorized.`
					: `No certificate by ${unauthorizedAfter}: the absence is unauthorized.`,
		}[status],
	];
	return {
		dueBy,
		unauthorizedAfter,
		status,
		steps,
		citations: [
			cite('3.4', MEDICAL_CERTIFICATION_DEADLINES.quote, MEDICAL_CERTIFICATION_DEADLINES.label),
		],
	};
}

/** Paragraphs 5–6: the call-in form within 2 of the employee's workdays after return; supervisors act within 5 calendar days. */
export const CALL_IN_FORM_DEADLINES = {
	employeeWorkdays: 2,
	supervisorCalendarDays: 5,
	label: '3.4 MOA 5–6',
	quote:
		"The form must be provided to the supervisor no later than two (2) of the employee's workdays after the employee's return from the absence. … Supervisors must process all completed forms generated from call-ins within five (5) calendar days of submission",
} as const;

/** The request-for-time-off form after a same-day call-in. */
export const CallInFormInputSchema = z.object({
	/** The day the employee returned to work. */
	returnedOn: IsoDateSchema,
	/** The day the form reached the supervisor, if it has. */
	submittedOn: z.optional(IsoDateSchema),
});
/** Input of the call-in-form part of the attendance calculator. */
export type CallInFormInput = z.infer<typeof CallInFormInputSchema>;

/** The paragraph 5–6 deadlines for one call-in. */
export interface CallInFormStanding {
	dueBy: string;
	status: 'submitted-in-time' | 'submitted-late' | 'awaiting' | 'late';
	/** When the supervisor must approve or disapprove (5 calendar days after submission). */
	supervisorDecisionBy: string | null;
	steps: string[];
	citations: Citation[];
}

/** The call-in form deadlines from parsed input; the return day itself is not counted. */
export function callInFormStanding(
	input: CallInFormInput,
	asOf: string,
	calendar: WorkdayCalendar,
): CallInFormStanding {
	const d = CALL_IN_FORM_DEADLINES;
	const dueBy = shiftWorkdays(input.returnedOn, d.employeeWorkdays, 1, calendar).date;
	const on = input.submittedOn;
	const status: CallInFormStanding['status'] =
		on !== undefined
			? compareDates(on, dueBy) <= 0
				? 'submitted-in-time'
				: 'submitted-late'
			: compareDates(asOf, dueBy) <= 0
				? 'awaiting'
				: 'late';
	const supervisorDecisionBy = on !== undefined ? addDays(on, d.supervisorCalendarDays) : null;
	const steps = [
		`Call-in form: due by ${dueBy}, the 2nd workday after the return on ${input.returnedOn}.`,
	];
	if (status === 'submitted-late' || status === 'late')
		steps.push(
			'Without the form in time the absence may be treated as unauthorized and docked; submitting it within 2 workdays after notice of the dock corrects that.',
		);
	if (supervisorDecisionBy)
		steps.push(
			`Submitted ${on}: the supervisor approves or disapproves by ${supervisorDecisionBy}.`,
		);
	return { dueBy, status, supervisorDecisionBy, steps, citations: [cite('3.4', d.quote, d.label)] };
}
