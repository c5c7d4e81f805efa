import { z } from '../zod-mini';
import type { Citation } from '../result';

/**
 * The shapes of the Procedures 331 event catalog: events, contacts, circumstances (questions),
 * clocks and notifications. The catalog files are plain data checked against these schemas once, in
 * catalog.ts. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** A citation as stored in the catalog: section key, the decisive words, the site link. */
export const CitationSchema = z.object({
	/** Section key as printed ("331.70", "331 Appendix D"). */
	section: z.string().check(z.minLength(1)),
	/** The decisive words of the procedures, quoted. */
	quote: z.string().check(z.minLength(1)),
	/** The site path of the section. */
	href: z.string().check(z.startsWith('/')),
});

/** The two halves of Procedures 331: Subpart B (children and youth) and Subpart C (personnel, caregivers, facilities). */
export const EventGroupSchema = z.enum(['child-youth', 'personnel-caregiver-facility']);
export type EventGroup = z.infer<typeof EventGroupSchema>;

/** The first thing to do, as Appendix A and Appendix F name it. */
export const PrimaryActionSchema = z.enum([
	'contact-scr',
	'contact-ciru',
	'create-child-youth-incident',
	'create-personnel-incident',
	'create-facility-caregiver-incident',
	'click-media-high-profile',
]);
export type PrimaryAction = z.infer<typeof PrimaryActionSchema>;

/** Who is reporting: the procedures give each a different route (331.100, 331.110, 331.150, 331.160). */
export const ReporterRoleSchema = z.enum(['worker', 'facility-staff', 'day-care-staff', 'no-sacwis']);
export type ReporterRole = z.infer<typeof ReporterRoleSchema>;

/** The circumstances the guide may ask about; each event lists the ones that matter for it. */
export const QuestionIdSchema = z.enum([
	'mediaInvolvement',
	'intactFamilyCase',
	'licensedSetting',
	'perpetratorLicensee',
	'criminalCodeViolation',
	'lawEnforcementSought',
	'absentOver24Hours',
	'pregnancyConfirmed',
	'employeeInjured',
	'injuryOutcome',
	'injuredByClientAtHeadquarters',
	'injuryEmergency',
	'firearmException',
	'seriousHarmAllegation',
	'personnelInvolved',
]);
export type QuestionId = z.infer<typeof QuestionIdSchema>;

/** A circumstance the guide asks about: yes/no or one choice from a list. */
export const QuestionSchema = z.object({
	id: QuestionIdSchema,
	/** The question as the form shows it. */
	label: z.string().check(z.minLength(1)),
	/** One sentence of help under the question. */
	help: z.optional(z.string()),
	/** 'boolean' is yes/no; 'choice' picks one of `choices`. */
	type: z.enum(['boolean', 'choice']),
	choices: z.optional(z.array(z.object({ value: z.string(), label: z.string() }))),
	/** The section that makes the circumstance matter. */
	cite: CitationSchema,
});
export type Question = z.infer<typeof QuestionSchema>;

/** From which moment a clock runs. */
export const ClockAnchorSchema = z.enum(['known', 'occurred', 'entered', 'created']);
export type ClockAnchor = z.infer<typeof ClockAnchorSchema>;

/** Every clock stated in the procedures, as data. */
export const ClockSchema = z.discriminatedUnion('kind', [
	/** "Immediately" (optionally: at the start of the next business day when the event is known after hours). */
	z.object({ kind: z.literal('immediately'), afterHours: z.enum(['same', 'next-business-day']) }),
	/** "As soon as possible": no fixed limit, but no waiting. */
	z.object({ kind: z.literal('as-soon-as-possible') }),
	/** Clock hours that run day and night, weekends and holidays included. */
	z.object({ kind: z.literal('calendar-hours'), hours: z.number().check(z.positive()), anchor: ClockAnchorSchema }),
	/** Hours that run only on workdays: "24 hours, excluding weekends and holidays". */
	z.object({ kind: z.literal('workday-hours'), hours: z.number().check(z.positive()), anchor: ClockAnchorSchema }),
	/** Calendar days ("no later than 3 days after the report is entered"). */
	z.object({ kind: z.literal('calendar-days'), days: z.number().check(z.int(), z.positive()), anchor: ClockAnchorSchema }),
	/** Workdays ("within 5 days (excluding weekends and holidays)"). */
	z.object({ kind: z.literal('workdays'), days: z.number().check(z.int(), z.positive()), anchor: ClockAnchorSchema }),
	/** The procedures name the duty but state no time. */
	z.object({ kind: z.literal('unstated') }),
]);
export type Clock = z.infer<typeof ClockSchema>;

/** A condition on one circumstance: the duty applies when the answer equals `equals`. */
export const ConditionSchema = z.object({
	question: QuestionIdSchema,
	equals: z.union([z.boolean(), z.string()]),
	/** The condition in words, as the checklist prints it ("if it happened in a DCFS-licensed home or facility"). */
	text: z.string().check(z.minLength(1)),
});
export type Condition = z.infer<typeof ConditionSchema>;

/** Who is to be told, with every number the procedures give. */
export const ContactSchema = z.object({
	id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
	name: z.string().check(z.minLength(1)),
	phones: z.array(z.object({ label: z.string(), number: z.string().check(z.regex(/^(\d{3}-\d{3}-\d{4}|911)$/)) })),
	email: z.optional(z.string().check(z.email())),
	/** Where to find a contact the procedures give no number for ("the child's case record"). */
	note: z.optional(z.string()),
	cite: CitationSchema,
});
export type Contact = z.infer<typeof ContactSchema>;

/** One additional notification or duty: whom to tell, who tells, under which conditions, by when. */
export const NotificationSchema = z.object({
	contact: z.string(),
	/** What to do, in the imperative ("Report the death", "Send a copy of the Significant Event Report"). */
	action: z.string().check(z.minLength(1)),
	/** Who does it ("Permanency Worker", "the reporter", "Supervisor"). */
	by: z.string().check(z.minLength(1)),
	/** All must hold for the duty to apply; empty means always. */
	when: z._default(z.array(ConditionSchema), []),
	/** At least one must hold (when non-empty), besides every `when`. */
	anyOf: z._default(z.array(ConditionSchema), []),
	/** The duty applies only to these reporter roles (empty: every role). */
	roles: z._default(z.array(ReporterRoleSchema), []),
	clock: ClockSchema,
	cite: CitationSchema,
});
export type Notification = z.infer<typeof NotificationSchema>;
export type NotificationInput = z.input<typeof NotificationSchema>;

/** Whether an event must be reported for a child served through an intact family case (331.70 markers, 331.80 list). */
export const IntactFamilyRuleSchema = z.enum(['required', 'not-required', 'not-applicable']);

/** When an event generates a Critical Event Notification (331.120, 331.170). */
export const CriticalRuleSchema = z.enum(['always', 'if-serious-harm-or-personnel', 'if-media']);
export type CriticalRule = z.infer<typeof CriticalRuleSchema>;

/** One reportable event of Procedures 331, with everything the checklist needs. */
export const ReportingEventSchema = z.object({
	/** Stable id for URLs (kebab-case of the name). */
	id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
	/** The name as the procedures' appendices print it. */
	name: z.string().check(z.minLength(1)),
	/** Other spellings in the appendices ("Child or Youth Refused Medication") and search words. */
	aliases: z._default(z.array(z.string()), []),
	/** What the event is, in the procedures' words (shortened). */
	description: z.string().check(z.minLength(1)),
	group: EventGroupSchema,
	/** The subsection heading ("331.70(f) Medical/Psychiatric Incidents"). */
	category: z.string().check(z.minLength(1)),
	/** Category id for browsing. */
	categoryId: z.string().check(z.regex(/^[a-z0-9-]+$/)),
	primaryAction: PrimaryActionSchema,
	/** Circumstances the guide asks about for this event (besides role, time known and media). */
	questions: z._default(z.array(QuestionIdSchema), []),
	notifications: z.array(NotificationSchema),
	intactFamily: IntactFamilyRuleSchema,
	critical: CriticalRuleSchema,
	/** SACWIS functions, forms and narrative requirements. */
	forms: z._default(z.array(z.string()), []),
	/** The clock for recording the event in SACWIS when it differs from its group's (DCFS personnel: 24 clock hours). */
	entryClock: z.optional(z.object({ clock: ClockSchema, cite: CitationSchema })),
	/** Who enters the final disposition (331.220). */
	dispositionBy: z.string().check(z.minLength(1)),
	/** Closes by itself within 10 days of creation unless a disposition is entered (331.210): not DCFS-employee or unlicensed-relative events. */
	autoClose: z._default(z.boolean(), false),
	/** What to do if the primary route does not take the report (SCR declines → 331.70(a) incident). */
	fallback: z.optional(z.object({ text: z.string(), eventId: z.string() })),
	/** Extra points the checklist prints ("Restraint related injuries are documented under Restrictive Behavior Management"). */
	notes: z._default(z.array(z.string()), []),
	/** The sections that define the event and its primary action. */
	cite: z.array(CitationSchema).check(z.minLength(1)),
});
export type ReportingEvent = z.infer<typeof ReportingEventSchema>;
export type ReportingEventInput = z.input<typeof ReportingEventSchema>;

/** The answers to the circumstance questions; unanswered ones leave their duties "conditional". */
export const AnswersSchema = z.partial(
	z.strictObject({
		mediaInvolvement: z.boolean(),
		intactFamilyCase: z.boolean(),
		licensedSetting: z.boolean(),
		perpetratorLicensee: z.boolean(),
		criminalCodeViolation: z.boolean(),
		lawEnforcementSought: z.boolean(),
		absentOver24Hours: z.boolean(),
		pregnancyConfirmed: z.boolean(),
		employeeInjured: z.boolean(),
		injuryOutcome: z.enum(['none', 'hospital-or-eye', 'fatality']),
		injuredByClientAtHeadquarters: z.boolean(),
		injuryEmergency: z.boolean(),
		firearmException: z.enum(['none', 'law-enforcement', 'concealed-carry-vehicle']),
		seriousHarmAllegation: z.boolean(),
		personnelInvolved: z.boolean(),
	} satisfies Record<QuestionId, z.ZodMiniType>),
);
export type Answers = z.infer<typeof AnswersSchema>;

/** A moment as the user enters it: ISO date and 24-hour time. */
export interface Moment {
	date: string;
	time: string;
}

/** A computed deadline; `due` is absent when the procedures state no time or the clock's start is not known yet. */
export interface Deadline {
	/** The clock in the procedures' words ("no later than 24 hours, excluding weekends and holidays"). */
	clockText: string;
	/** How the time was counted. */
	counting: 'immediately' | 'workday-hours' | 'clock-hours' | 'calendar-days' | 'workdays' | 'as-soon-as-possible' | 'unstated';
	due?: { date: string; time: string; endsAtMidnight: boolean };
	/** The deadline for people to read ("Tuesday, May 27, 2025, 3:00 p.m."). */
	dueText: string;
	steps: string[];
	citations: Citation[];
}

/** One line of the checklist. */
export interface ChecklistItem {
	title: string;
	contact?: Pick<Contact, 'name' | 'phones' | 'email' | 'note'>;
	/** Who does it. */
	by: string;
	/** 'conditional': the condition was not answered, so the item says when it applies. */
	status: 'required' | 'conditional';
	/** The condition in words, when there is one. */
	condition?: string;
	deadlines: Deadline[];
	cite: Citation[];
}
