import { z } from '../zod-mini';
import { createWorkdayCalendar } from '../calendar/workday-calendar';
import { compareDates, formatDate, IsoDateSchema, IsoTimeSchema } from '../dates';
import { fail, parseInput } from '../errors';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';
import { findEvent } from './catalog';
import { computeDeadline, formatTime, isBusinessHours, WORKDAY_HOURS_READING } from './clock';
import { contactById } from './contacts';
import { afterwardsItems, criticalItems, isCritical } from './critical-events';
import { primaryItems, WHO_MUST_REPORT } from './primary-actions';
import { AnswersSchema, ReporterRoleSchema, type Answers, type ChecklistItem, type Condition, type Moment, type Notification, type QuestionId, type ReportingEvent } from './schema';

/**
 * The reporting checklist: for one event and its circumstances, the primary action, every
 * notification with its contact and condition, who reports, and each deadline as a date and time.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const CONTEXT = 'reporting guide';


/** Input of {@link buildReportingChecklist}. Times are local wall-clock times in Illinois, as the user reads them. */
export const ReportingInputSchema = z.object({
	/** The catalog id of the event. */
	eventId: z.string({ error: 'expected an event id' }).check(z.refine((id) => findEvent(id) !== undefined, { error: (issue) => `expected an event of the Procedures 331 catalog, got ${JSON.stringify(issue.input)}` })),
	/** Who is reporting. */
	role: ReporterRoleSchema,
	/** The date the event occurred or became known to the reporter. */
	knownDate: IsoDateSchema,
	/** The time it became known, HH:MM. */
	knownTime: IsoTimeSchema,
	/** When the event (an injury) happened, if earlier than known; clocks "of the injury" run from it. */
	occurredDate: z.optional(IsoDateSchema),
	occurredTime: z.optional(IsoTimeSchema),
	/** When the report was entered (created) in SACWIS, once it is: starts the GAL and disposition clocks. */
	enteredDate: z.optional(IsoDateSchema),
	enteredTime: z.optional(IsoTimeSchema),
	answers: z._default(AnswersSchema, {}),
});
export type ReportingInput = z.input<typeof ReportingInputSchema>;


/** The answer of the guide for one event. */
export interface ReportingChecklist extends Explanation {
	kind: 'checklist';
	event: Pick<ReportingEvent, 'id' | 'name' | 'category' | 'categoryId' | 'group' | 'description'>;
	knownAt: Moment;
	/** Outside normal business hours (workdays 8:30 a.m.–5:00 p.m.). */
	afterHours: boolean;
	primary: ChecklistItem[];
	notifications: ChecklistItem[];
	/** Duties whose condition was answered "no", for the record. */
	notRequired: { title: string; condition: string }[];
	critical: ChecklistItem[];
	afterwards: ChecklistItem[];
	forms: string[];
	notes: string[];
	fallback?: { text: string; eventId: string; eventName: string };
	whoMustReport: { text: string; cite: Citation }[];
}

/** Whether a condition holds: true, false, or undefined when its question is unanswered. */
function holds(c: Condition, answers: Answers): boolean | undefined {
	const a = answers[c.question];
	return a === undefined ? undefined : a === c.equals;
}

/** A notification's status under the answers: applies, may apply (unanswered), or does not apply. */
function statusOf(n: Notification, answers: Answers): 'required' | 'conditional' | 'not-required' {
	const all = n.when.map((c) => holds(c, answers));
	const any = n.anyOf.map((c) => holds(c, answers));
	if (all.includes(false)) return 'not-required';
	if (any.length > 0 && any.every((v) => v === false)) return 'not-required';
	if (all.includes(undefined) || (any.length > 0 && !any.includes(true))) return 'conditional';
	return 'required';
}

function conditionText(n: Notification): string | undefined {
	const parts = [...n.when.map((c) => c.text)];
	if (n.anyOf.length) parts.push(n.anyOf.map((c) => c.text).join(', or '));
	return parts.length ? parts.join('; and ') : undefined;
}

function moment(date: string | undefined, time: string | undefined, field: string): Moment | undefined {
	if (date === undefined && time === undefined) return undefined;
	if (date === undefined || time === undefined) fail(CONTEXT, date === undefined ? `${field}Date` : `${field}Time`, `expected both a date and a time for "${field}", got only the ${date === undefined ? 'time' : 'date'}`);
	return { date, time };
}

const before = (a: Moment, b: Moment) => compareDates(a.date, b.date) < 0 || (a.date === b.date && a.time < b.time);

/** 331.80 and 331.140(a)(2): when an answer takes the event out of the procedures. */
function notApplicable(event: ReportingEvent, answers: Answers): NotApplicable | undefined {
	if (event.intactFamily === 'not-required' && answers.intactFamilyCase === true) {
		const c = cite('331.80', 'For Intact Family Service cases, the following Child and Youth Significant Events must be reported to SCR … The following additional Child/Youth Incidents must be recorded in SACWIS…');
		return { kind: 'not-applicable', reason: `"${event.name}" is not among the events Procedures 331 requires for children served through an intact family case (331.80); it is required for children and youth in care.`, rule: 'Intact family cases report only the events 331.80 lists and those 331.70 marks "Also required for children and youth served by the Department".', steps: ['The child is served through an intact family case.', `"${event.name}" is required only for children and youth in care.`], citations: [c] };
	}
	if (answers.firearmException === 'law-enforcement' || answers.firearmException === 'concealed-carry-vehicle') {
		const c = cite('331.140', 'Law enforcement officers are allowed to bring their firearms onto DCFS owned or leased property; and DCFS staff who possess a valid State of Illinois Concealed Carry License are permitted to leave their firearms in their locked personal vehicle…');
		return { kind: 'not-applicable', reason: answers.firearmException === 'law-enforcement' ? 'A law enforcement officer may bring a firearm onto DCFS property: not a Significant Event.' : 'DCFS staff with a valid Concealed Carry License may leave a firearm in their locked personal vehicle on State property: not a Significant Event.', rule: 'Possession of a firearm on State property is a Significant Event, with two exceptions (331.140(a)(2)).', steps: ['The firearm falls under an exception of 331.140(a)(2).'], citations: [c] };
	}
	return undefined;
}

/**
 * Builds the checklist for an event, or says why the procedures do not require a report.
 * @example buildReportingChecklist({ eventId: 'child-or-youth-suspended-from-school', role: 'worker', knownDate: '2026-11-25', knownTime: '16:00', answers: { intactFamilyCase: false } }).primary[0].deadlines[1].dueText
 * //=> 'Monday, November 30, 2026, 4:00 p.m.'
 */
export function buildReportingChecklist(raw: unknown): ReportingChecklist | NotApplicable {
	const input = parseInput(ReportingInputSchema, raw, CONTEXT);
	const event = findEvent(input.eventId)!;
	const known: Moment = { date: input.knownDate, time: input.knownTime };
	const occurred = moment(input.occurredDate, input.occurredTime, 'occurred');
	const entered = moment(input.enteredDate, input.enteredTime, 'entered');
	if (occurred && before(known, occurred)) fail(CONTEXT, 'occurredDate', `expected the event to have happened no later than it became known (${known.date} ${known.time}), got ${occurred.date} ${occurred.time}`);
	if (entered && before(entered, known)) fail(CONTEXT, 'enteredDate', `expected the SACWIS entry no earlier than the event became known (${known.date} ${known.time}), got ${entered.date} ${entered.time}`);

	const asked = new Set(event.questions);
	const answers: Answers = Object.fromEntries(Object.entries(input.answers).filter(([q]) => asked.has(q as QuestionId)));
	const ignored = Object.keys(input.answers).filter((q) => !asked.has(q as QuestionId));
	const na = notApplicable(event, answers);
	if (na) return na;

	const calendar = createWorkdayCalendar();
	const moments = { known, ...(occurred ? { occurred } : {}), ...(entered ? { entered, created: entered } : {}) };
	const deadline = (clock: Notification['clock']) => computeDeadline(clock, moments, calendar);
	const afterHours = !isBusinessHours(known, calendar);

	const notifications: ChecklistItem[] = [];
	const notRequired: { title: string; condition: string }[] = [];
	for (const n of event.notifications) {
		const status = statusOf(n, answers);
		const contact = contactById(n.contact);
		const condition = conditionText(n);
		if (status === 'not-required') {
			notRequired.push({ title: `${n.action} (${contact.name})`, condition: condition ?? '' });
			continue;
		}
		notifications.push({ title: n.action, contact, by: n.by, status, ...(condition ? { condition } : {}), deadlines: [deadline(n.clock)], cite: [n.cite] });
	}

	const primary = primaryItems(event, input.role, afterHours, deadline);
	const critical = isCritical(event, answers) === false ? [] : criticalItems(event, answers, deadline);
	const afterwards = afterwardsItems(event, deadline);
	const fallbackEvent = event.fallback ? findEvent(event.fallback.eventId) : undefined;
	const citations = [...event.cite, ...primary.flatMap((p) => p.cite)];
	const steps = [
		`Event: ${event.name} (${event.category}).`,
		`Became known ${formatDate(known.date)} at ${formatTime(known.time)}, ${afterHours ? 'outside' : 'during'} normal business hours (workdays 8:30 a.m.–5:00 p.m., handbook 2.2).`,
		WORKDAY_HOURS_READING,
		...(ignored.length ? [`Answers that do not matter for this event were ignored: ${ignored.join(', ')}.`] : []),
		`${notifications.filter((n) => n.status === 'required').length} notification(s) apply, ${notifications.filter((n) => n.status === 'conditional').length} depend on unanswered questions, ${notRequired.length} do not apply.`,
	];
	return {
		kind: 'checklist',
		event: { id: event.id, name: event.name, category: event.category, categoryId: event.categoryId, group: event.group, description: event.description },
		knownAt: known,
		afterHours,
		primary,
		notifications,
		notRequired,
		critical,
		afterwards,
		forms: event.forms,
		notes: event.notes,
		...(event.fallback && fallbackEvent ? { fallback: { ...event.fallback, eventName: fallbackEvent.name } } : {}),
		whoMustReport: WHO_MUST_REPORT[event.group],
		rule: `${event.name}: ${primary[0]?.title ?? ''}, then the notifications below; every SACWIS deadline of "24 hours, excluding weekends and holidays" counts workday hours only.`,
		steps,
		citations,
	};
}
