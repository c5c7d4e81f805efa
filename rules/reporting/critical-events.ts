import { cite, type Citation } from '../result';
import { contactById } from './contacts';
import type { Answers, ChecklistItem, Clock, Deadline, ReportingEvent } from './schema';

/**
 * Critical Event Notifications (331.120 for children and youth, 331.170 for personnel, caregivers and
 * facilities) and the dispositions that close an event (331.190–331.220). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

type DeadlineOf = (clock: Clock) => Deadline;

/** 331.120(b): what makes a child or youth event critical, as the procedures list it. */
export const CHILD_CRITICAL_TRIGGERS = [
	{ trigger: 'Allegations of death: Death, DCFS Child or Youth in Care or Served; Death, Former Child or Youth in Care; Death, Non-DCFS Child or Youth in Care', cite: cite('331.120', 'A Critical Event Notification will be automatically generated … when one of the following allegations of death is made to SCR') },
	{ trigger: 'Allegations of serious injuries, harm and trafficking: #1, 2, 4, 5, 6, 7, 9, 13, 14, 16, 19, 51, 52, 54, 55, 56, 57, 59, 63, 40, 90', cite: cite('331.120', 'Allegation #: 1 - Death, 2 Head Injuries, 4 Internal Injuries, 5 Burns … 40 Human Trafficking of Children/Abuse, 90 Human Trafficking/Neglect') },
	{ trigger: 'An abuse or neglect report with DCFS/POS personnel involvement', cite: cite('331.120', 'a Significant Event involving a report of abuse or neglect has DCFS/POS personnel involvement') },
	{ trigger: 'A report to CIRU of an abducted child or youth', cite: cite('331.120', 'A Critical Event Notification will be generated … when a report of child or youth abduction is made to CIRU.') },
	{ trigger: 'Child/Youth Incidents: victim of sexual assault by a non-caregiver; victim of human trafficking; victim of assault; in possession of weapon or ammunition; parent/case member threat against employee or facility', cite: cite('331.120', 'Child or Youth Victim of Sexual Assault by a Non-Caregiver; Child or Youth Victim of Human Trafficking; Child or Youth Victim of Assault; Child or Youth in Possession of Weapon or Ammunition; or Parent/Case Member Threat Against Employee or Facility.') },
	{ trigger: 'A CA/N report or Child/Youth Incident designated Media-High Profile', cite: cite('331.120', 'A Critical Event Notification will be generated … when a CA/N report or Child/Youth Incident has been designated as a Media-High Profile/Critical Event.') },
] as const;

/** 331.170 and 331.140(a): what makes a personnel, caregiver or facility event critical. */
export const PERSONNEL_CRITICAL_TRIGGERS = [
	{ trigger: 'Media involvement or a high profile designation', cite: cite('331.170', 'A Critical Event Notification will automatically be generated when Personnel, Caregiver or Facility Related Incidents have been reported to have media involvement or have been designated as high profile.') },
	{ trigger: "An employee injured by a Department client at the employee's headquarters during shift hours", cite: cite('331.140', 'This designates the employee injury as a Critical Event.') },
] as const;

const C = {
	email: cite('331.120', 'Child Protection Supervisors, Child Welfare Supervisors, Area Administrators or POS equivalent managers are required, within 4 hours of becoming aware of the situation, to access the Critical Event Report in the monitoring log and email the Critical Event Report to all necessary parties…'),
	document: cite('331.120', 'The circumstances of the Critical Event shall be documented as soon as possible, but no later than 4 hours of initiation of the report or becoming aware of the situation.'),
	personnel: cite('331.170', 'DCFS/POS management staff can transmit a Critical Event Notification by email to other DCFS Outlook users when needed.'),
	mediaChild: cite('331.70', 'A Critical Event notification will be generated and visible via the Critical Event Log when a Significant Event including a CA/N report and Child/Youth Incident has been reported to include media involvement or has been designated as high profile.'),
	mediaScr: cite('331.50', 'When a report of a child/youth incident involving abuse/neglect is taken by SCR, and SCR is told there is media involvement or the incident is high-profile, SCR will designate the Significant Event Report as Media-High Profile in SACWIS. If a report was not take by SCR, the worker must designate a media-high profile report in SACWIS.'),
	mediaPersonnel: cite('331.140', 'Media-High Profile Event means an incident involving personnel, caregivers and facilities … where there is current media involvement…'),
	scrDisposition: cite('331.210', 'Significant Events that include CA/N reports of Abuse/Neglect/Death and Human Trafficking are dispositioned via the completion of the CA/N report…'),
	ciruDisposition: cite('331.210', 'Significant Events that include Reports of Missing or Abducted Children or Youth in Care are dispositioned when a child or youth previously considered missing has returned or has been located…'),
	childDisposition: cite('331.220', 'Final Dispositions for Child and Youth Related Events must be recorded within 5 days (excluding weekends and holidays).'),
	personnelDisposition: cite('331.220', 'As noted, Final Dispositions shall be recorded in Personnel, Caregiver and Facility Related Events within 10 days of the event creation.'),
	autoClose: cite('331.210', 'With the exception of DCFS Employee Related Events and those Events involving unlicensed relative caregivers, incidents will automatically close within 10 days of the event creation unless a disposition is manually entered…'),
} satisfies Record<string, Citation>;

/** Whether the event is a Critical Event: true, false, or undefined while the deciding answers are missing.
 * @example isCritical(findEvent('abducted-from-placement')!, {}) //=> true */
export function isCritical(event: ReportingEvent, answers: Answers): boolean | undefined {
	if (event.critical === 'always' || answers.mediaInvolvement === true || answers.injuredByClientAtHeadquarters === true) return true;
	if (event.critical === 'if-serious-harm-or-personnel') {
		if (answers.seriousHarmAllegation === true || answers.personnelInvolved === true) return true;
		if (answers.seriousHarmAllegation === false && answers.personnelInvolved === false && answers.mediaInvolvement === false) return false;
		return undefined;
	}
	return answers.mediaInvolvement === false ? false : undefined;
}

function conditionOf(event: ReportingEvent, answers: Answers): string | undefined {
	if (isCritical(event, answers) === true) return undefined;
	return event.critical === 'if-serious-harm-or-personnel' ? 'if the allegation involves death or serious harm, DCFS/POS personnel are involved, or there is media involvement' : 'if there is media involvement or the event is designated high profile';
}

/**
 * The Critical Event duties when the event is (or may be) critical: the media indicator, the
 * supervisor's 4-hour e-mail and, for death or serious harm, the 4-hour documentation.
 */
export function criticalItems(event: ReportingEvent, answers: Answers, d: DeadlineOf): ChecklistItem[] {
	const condition = conditionOf(event, answers);
	const status = condition ? 'conditional' : 'required';
	const extra = condition ? { condition } : {};
	const items: ChecklistItem[] = [];
	if (answers.mediaInvolvement === true && event.primaryAction !== 'click-media-high-profile') {
		if (event.primaryAction === 'contact-scr') items.push({ title: 'Tell SCR about the media involvement: SCR designates the report Media-High Profile (if SCR takes no report, the worker designates the Child/Youth Incident)', by: 'Whoever calls SCR', status: 'required', deadlines: [d({ kind: 'immediately', afterHours: 'same' })], cite: [C.mediaScr] });
		else items.push({ title: 'Check the Media/High Profile/Critical Event indicator on the report in SACWIS', by: 'Whoever records the event', status: 'required', deadlines: [d({ kind: 'immediately', afterHours: 'next-business-day' })], cite: [event.group === 'child-youth' ? C.mediaChild : C.mediaPersonnel] });
	}
	if (event.group === 'personnel-caregiver-facility') {
		items.push({ title: 'A Critical Event Notification appears on the Critical Event Monitoring Log; e-mail it from the log to other DCFS Outlook users when needed', by: 'DCFS/POS management staff', status, ...extra, deadlines: [d({ kind: 'unstated' })], cite: [C.personnel] });
		return items;
	}
	items.push({ title: 'Open the Critical Event Report in the Critical Event Monitoring Log and e-mail it (DCFS Outlook only) to the Event Distribution List and everyone who must be informed', contact: contactById('critical-event-recipients'), by: 'Child Protection Supervisor, Child Welfare Supervisor, Area Administrator or POS equivalent manager', status, ...extra, deadlines: [d({ kind: 'calendar-hours', hours: 4, anchor: 'known' })], cite: [C.email] });
	const deathOrHarm = event.categoryId === 'death' || answers.seriousHarmAllegation === true;
	if (deathOrHarm) items.push({ title: 'Document the Critical Event in SACWIS: current status and a chronological summary of all past and current child welfare involvement', by: 'Assigned or on-call Child Protection Supervisor, Area Administrator or higher-level staff designated by the Deputy Director', status: 'required', deadlines: [d({ kind: 'calendar-hours', hours: 4, anchor: 'known' })], cite: [C.document] });
	return items;
}

/** What closes the event: the disposition, who enters it, and its clock from creation in SACWIS. */
export function afterwardsItems(event: ReportingEvent, d: DeadlineOf): ChecklistItem[] {
	const by = event.dispositionBy;
	if (event.primaryAction === 'contact-scr') return [{ title: 'Disposition: completing the CA/N report (investigation approval) disposes of the Significant Event', by, status: 'required', deadlines: [d({ kind: 'unstated' })], cite: [C.scrDisposition] }];
	if (event.primaryAction === 'contact-ciru') return [{ title: 'Disposition: when the child returns or is located, complete the disposition and debriefing of Procedures 329.50', by, status: 'required', deadlines: [d({ kind: 'unstated' })], cite: [C.ciruDisposition] }];
	if (event.group === 'child-youth') return [{ title: 'Final disposition in SACWIS, after checking that every required contact is documented in an incident note (the person who recorded the incident cannot disposition it)', by, status: 'required', deadlines: [d({ kind: 'workdays', days: 5, anchor: 'created' })], cite: [C.childDisposition] }];
	return [
		{ title: 'Final disposition in SACWIS (review the Monitoring Log daily; record further actions as part of the disposition)', by, status: 'required', deadlines: [d({ kind: 'calendar-days', days: 10, anchor: 'created' })], cite: [C.personnelDisposition] },
		{ title: event.autoClose ? 'The event closes automatically 10 days after creation unless a disposition is entered' : 'This event does not close automatically (DCFS employee or unlicensed relative caregiver event): a disposition must be entered', by, status: 'required', deadlines: [d(event.autoClose ? { kind: 'calendar-days', days: 10, anchor: 'created' } : { kind: 'unstated' })], cite: [C.autoClose] },
	];
}
