import { cite, type Citation } from '../result';

/**
 * The increment rules for using benefit time, one row per source and kind of time. The sources
 * disagree (personal time: 2 hours in §2.5, 1 hour in attachment 2.1b and Policy Guide 87.3; vacation:
 * ½ day in §2.3 B, 1 hour in 2.1b, 2 hours in PG 87.3), so every source is kept and evaluated.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** The kinds of benefit time on the request form (attachment 2.1b). */
export const TIME_KINDS = ['vacation', 'sick', 'personal', 'compensatory', 'holiday'] as const;
export type TimeKind = (typeof TIME_KINDS)[number];

/** When the time is used: any day, or for an inclement-weather or transportation emergency (§2.8, PG 87.3). */
export const TIME_CONTEXTS = ['ordinary', 'inclement-weather'] as const;
export type TimeContext = (typeof TIME_CONTEXTS)[number];

/** A rule: the smallest use and the step beyond it, in minutes; `grant` is what a supervisor may allow. */
export interface IncrementRule {
	source: string;
	kind: TimeKind;
	/** The contexts the source governs. */
	contexts: readonly TimeContext[];
	/** null: this kind may not be used at all in that context. */
	minMinutes: number | null;
	stepMinutes: number;
	/** Whole days and the half-day forms (3:30, 3:45, 4:00) are always allowed under this source. */
	dayForms: boolean;
	/** A supervisor may grant ½-hour increments after a minimum use of 1 hour. */
	grant: { minMinutes: number; stepMinutes: number } | null;
	summary: string;
	citation: Citation;
}

const FORM = cite(
	'2.1',
	'Vacation Time / Sick Time / Personal Time / Holiday Time - One (1) hour, half day* or whole day increments (Half hour increments can be used after the first hour has been used.) … Comp Time - May be used in increments earned, no less than 30 minute increments. * Half days may be either - 3:30, 3:45 or 4:00',
	'2.1 attachment 2.1b',
);
const PG_87_3 = cite(
	'2.8',
	'Vacation time may be used in no less than 2-hour increments and personal business in not less than 1-hour increments. (Sick time cannot be used for absences related to transportation emergencies or inclement weather).',
	'2.8 Policy Guide 87.3 V.A',
);
const SUPERVISOR_HALF_HOURS = { minMinutes: 60, stepMinutes: 30 } as const;
const BOTH = ['ordinary', 'inclement-weather'] as const;
const WEATHER = ['inclement-weather'] as const;

/**
 * Reading for the sections' "increments of not less than X … supervisors may grant ½-hour increments
 * after a minimum use of 1 hour": without the grant each use is at least X and goes on in whole hours
 * (the grant is what allows half hours); whole days and the 2.1b half-day forms are always allowed.
 */
export const INCREMENT_READING =
	'A section\'s "not less than X" is read as: each use at least X, then whole hours (the supervisor\'s grant is what allows half hours after the first hour); whole days and half days of 3:30, 3:45 or 4:00 are always allowed.';

/** Every source's rule, as cited rows. */
export const INCREMENT_RULES: readonly IncrementRule[] = [
	{
		source: 'Attachment 2.1b',
		kind: 'vacation',
		contexts: BOTH,
		minMinutes: 60,
		stepMinutes: 30,
		dayForms: true,
		grant: null,
		summary: '1 hour, half day or whole day; half hours after the first hour',
		citation: FORM,
	},
	{
		source: 'Attachment 2.1b',
		kind: 'sick',
		contexts: BOTH,
		minMinutes: 60,
		stepMinutes: 30,
		dayForms: true,
		grant: null,
		summary: '1 hour, half day or whole day; half hours after the first hour',
		citation: FORM,
	},
	{
		source: 'Attachment 2.1b',
		kind: 'personal',
		contexts: BOTH,
		minMinutes: 60,
		stepMinutes: 30,
		dayForms: true,
		grant: null,
		summary: '1 hour, half day or whole day; half hours after the first hour',
		citation: FORM,
	},
	{
		source: 'Attachment 2.1b',
		kind: 'holiday',
		contexts: BOTH,
		minMinutes: 60,
		stepMinutes: 30,
		dayForms: true,
		grant: null,
		summary: '1 hour, half day or whole day; half hours after the first hour',
		citation: FORM,
	},
	{
		source: 'Attachment 2.1b',
		kind: 'compensatory',
		contexts: BOTH,
		minMinutes: 30,
		stepMinutes: 1,
		dayForms: true,
		grant: null,
		summary: 'in increments earned, no less than 30 minutes',
		citation: FORM,
	},
	{
		source: '§2.3 B',
		kind: 'vacation',
		contexts: BOTH,
		minMinutes: 210,
		stepMinutes: 60,
		dayForms: true,
		grant: SUPERVISOR_HALF_HOURS,
		summary: 'not less than ½ day; a supervisor may grant ½-hour increments after 1 hour',
		citation: cite(
			'2.3',
			'Vacation time can be taken in increments of not less than one-half (½) day at a time … Supervisors may however, grant employee requests to use vacation time in increments of one-half (½) hour after a minimum use of one (1) hour.',
			'2.3 B',
		),
	},
	{
		source: '§2.4 B',
		kind: 'sick',
		contexts: BOTH,
		minMinutes: 60,
		stepMinutes: 60,
		dayForms: true,
		grant: SUPERVISOR_HALF_HOURS,
		summary: 'not less than 1 hour; a supervisor may grant ½-hour increments after 1 hour',
		citation: cite(
			'2.4',
			'Sick leave can be used in increments of no less than one (1) hour at a time … Supervisors may however, grant employee requests to use sick leave in increments of one-half (1/2) hour after a minimum use of one (1) hour.',
			'2.4 B',
		),
	},
	{
		source: '§2.5',
		kind: 'personal',
		contexts: BOTH,
		minMinutes: 120,
		stepMinutes: 60,
		dayForms: true,
		grant: SUPERVISOR_HALF_HOURS,
		summary: 'not less than 2 hours; a supervisor may grant ½-hour increments after 1 hour',
		citation: cite(
			'2.5',
			'Personal business time cannot be used in increments of less than two (2) hours … Supervisors may however, grant employee requests to use personal business time in increments of one-half (1/2) hour after a minimum use of one (1) hour.',
		),
	},
	{
		source: 'Policy Guide 87.3',
		kind: 'vacation',
		contexts: WEATHER,
		minMinutes: 120,
		stepMinutes: 60,
		dayForms: true,
		grant: null,
		summary: 'inclement weather: vacation in no less than 2-hour increments',
		citation: PG_87_3,
	},
	{
		source: 'Policy Guide 87.3',
		kind: 'personal',
		contexts: WEATHER,
		minMinutes: 60,
		stepMinutes: 60,
		dayForms: true,
		grant: null,
		summary: 'inclement weather: personal business in not less than 1-hour increments',
		citation: PG_87_3,
	},
	{
		source: 'Policy Guide 87.3',
		kind: 'sick',
		contexts: WEATHER,
		minMinutes: null,
		stepMinutes: 60,
		dayForms: false,
		grant: null,
		summary: 'inclement weather: sick time cannot be used',
		citation: PG_87_3,
	},
	{
		source: '§2.8',
		kind: 'sick',
		contexts: WEATHER,
		minMinutes: null,
		stepMinutes: 60,
		dayForms: false,
		grant: null,
		summary: 'sick leave cannot be used for absence due to inclement weather',
		citation: cite('2.8', 'Sick leave cannot be used to cover absence due to inclement weather.'),
	},
];
