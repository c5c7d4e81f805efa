import { cite, type Citation } from '../result';
import { contactById } from './contacts';
import type { ChecklistItem, Clock, Deadline, EventGroup, ReporterRole, ReportingEvent } from './schema';

/**
 * The primary action of each event (Appendix A, Appendix F) as the reporter's role carries it out:
 * who calls whom and who records what in SACWIS (331.100–331.110, 331.140(a)(5), 331.150–331.160).
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

type DeadlineOf = (clock: Clock) => Deadline;

const IMMEDIATELY: Clock = { kind: 'immediately', afterHours: 'same' };
const IMMEDIATELY_OR_NEXT_BUSINESS_DAY: Clock = { kind: 'immediately', afterHours: 'next-business-day' };
const WITHIN_24_WORKDAY_HOURS: Clock = { kind: 'workday-hours', hours: 24, anchor: 'known' };

/** The citations of each route, cited once here. */
const C = {
	scr: cite('331.110', 'All death reports, human trafficking and abuse/neglect reports … must be reported to SCR immediately … shall be reported to SCR or CIRU immediately upon learning of the event regardless of the time of day or night.'),
	ciru: cite('331.110', 'All reports of missing or abducted children and youth in care listed in Procedures 331.60 must be reported to CIRU within one hour of learning a child or youth is missing or has been abducted…'),
	callWorker: cite('331.110', "Caregivers, contracted professionals, service providers and others without access to SACWIS … must call the child's DCFS/POS worker … to report a Child or Youth Significant Event immediately upon learning of the event."),
	ciruByCaregiver: cite('331.110', 'The caregiver/professional/provider is also required to immediately contact CIRU to report a missing child or youth.'),
	childIncident: cite('331.110', 'All Child/Youth Incidents listed in Procedures 331.70 must be recorded in SACWIS … immediately after it occurs or immediately after the incident becomes known, but no later than 24 hours, excluding weekends and holidays… No exceptions are permitted.'),
	workerEnters: cite('331.100', 'The Permanency/Intact Family Service Worker must immediately confer with the Permanency Supervisor upon being informed of the event and enter the information … within 24 hours, excluding weekends and holidays, of verbal notification…'),
	personnelEntry: cite('331.160', 'A Personnel, Caregiver or Facility Significant Event listed in Procedures 331.140 must be recorded in SACWIS … no later than within 24 hours, excluding weekends and holidays, of the incident or upon learning of the incident. No exceptions are permitted.'),
	facilityCall: cite('331.140', "During normal business hours, staff must immediately call the agency/facility's Agencies and Institutions (A&I) Licensing Representative to alert the Licensing Representative of the event. After hours, staff shall immediately contact SCR at 800-252-2873"),
	facilityEntry: cite('331.140', 'Staff with access to SACWIS must complete a Significant Event Report within 24 hours, excluding weekends and holidays, of the event or incident.'),
	callPermanencyWorker: cite('331.160', 'Substitute caregivers are required to immediately contact the Permanency Worker to report a Personnel, Caregiver or Facility Significant Event. The Permanency Worker will enter the Significant Event Report in SACWIS.'),
	advocacy: cite('331.140', 'The DCFS Advocacy Office for Children and Families will complete the Significant Event Report in SACWIS if the report is received from a reporter without access to SACWIS … within 24 hours after receiving notification…'),
	media: cite('331 Appendix A', 'Click Media/High Profile/Critical Event'),
} satisfies Record<string, Citation>;

const MENU: Record<ReportingEvent['primaryAction'], string> = {
	'contact-scr': 'Contact SCR',
	'contact-ciru': 'Contact CIRU',
	'create-child-youth-incident': 'Create Child/Youth Incident',
	'create-personnel-incident': 'Create Personnel Incident',
	'create-facility-caregiver-incident': 'Create Facility/Caregiver Incident',
	'click-media-high-profile': 'Click Media/High Profile/Critical Event',
};

/** The name Appendix A or F gives the primary action. */
export function primaryActionLabel(action: ReportingEvent['primaryAction']): string {
	return MENU[action];
}

function item(title: string, by: string, deadlines: Deadline[], citations: Citation[], contactId?: string): ChecklistItem {
	return { title, by, status: 'required', deadlines, cite: citations, ...(contactId ? { contact: contactById(contactId) } : {}) };
}

const callWorker = (d: DeadlineOf) => item("Call the child's DCFS/POS worker to report it (if unavailable, the supervisor, or leave a detailed message on the unit; note the date, time and name)", 'You (no SACWIS access)', [d(IMMEDIATELY)], [C.callWorker], 'worker');

/**
 * The first steps for an event and a reporter: the call or SACWIS entry of Appendix A/F, with deadlines.
 * @example primaryItems(findEvent('abducted-from-placement')!, 'worker', false, d)[0].title //=> 'Contact CIRU: report the missing or abducted child'
 */
export function primaryItems(event: ReportingEvent, role: ReporterRole, afterHours: boolean, d: DeadlineOf): ChecklistItem[] {
	const hasSacwis = role === 'worker' || role === 'facility-staff';
	const label = MENU[event.primaryAction];
	switch (event.primaryAction) {
		case 'contact-scr':
			return [item('Contact SCR: call the hotline (SCR enters the Significant Event Report in SACWIS)', 'Whoever learns of the event, at any hour', [d(IMMEDIATELY)], [C.scr, ...event.cite], 'scr'), ...(hasSacwis ? [] : [callWorker(d)])];
		case 'contact-ciru':
			return [item('Contact CIRU: report the missing or abducted child', hasSacwis ? 'Assigned DCFS/POS worker or facility staff' : 'You (caregiver or provider), directly', [d({ kind: 'calendar-hours', hours: 1, anchor: 'known' })], [C.ciru, ...(hasSacwis ? [] : [C.ciruByCaregiver]), ...event.cite], 'ciru'), ...(hasSacwis ? [] : [callWorker(d)])];
		case 'create-child-youth-incident':
		case 'click-media-high-profile': {
			const title = event.primaryAction === 'create-child-youth-incident' ? 'Create Child/Youth Incident in SACWIS' : 'Click Media/High Profile/Critical Event in SACWIS (on the SCR intake or the Child/Youth Incident)';
			const cites = [event.primaryAction === 'create-child-youth-incident' ? C.childIncident : C.media, ...event.cite];
			if (hasSacwis) return [item(title, role === 'worker' ? 'DCFS/POS worker who learned of it (or received it from an external source)' : 'Residential facility staff with SACWIS access', [d(IMMEDIATELY_OR_NEXT_BUSINESS_DAY), d(WITHIN_24_WORKDAY_HOURS)], cites)];
			return [callWorker(d), item(`${title}, after conferring with the Permanency Supervisor`, "The child's worker (or supervisor) who took the call", [d(WITHIN_24_WORKDAY_HOURS)], [C.workerEnters, ...cites])];
		}
		case 'create-personnel-incident':
		case 'create-facility-caregiver-incident': {
			const entry = event.entryClock ?? { clock: WITHIN_24_WORKDAY_HOURS, cite: C.personnelEntry };
			const title = `${label} in SACWIS`;
			if (role === 'worker') return [item(title, event.primaryAction === 'create-personnel-incident' ? "The employee's supervisor or designee (or the employee, if they are not readily available)" : 'DCFS/POS staff with SACWIS access', [d(IMMEDIATELY_OR_NEXT_BUSINESS_DAY), d(entry.clock)], [entry.cite, ...event.cite])];
			if (role === 'facility-staff' || role === 'day-care-staff') {
				const rep = role === 'facility-staff' ? 'ai-licensing-rep' : 'day-care-licensing-rep';
				const call = afterHours ? item('After hours: call SCR to alert the Department', 'Licensed facility staff', [d(IMMEDIATELY)], [C.facilityCall], 'scr') : item(`Call the ${role === 'facility-staff' ? 'A&I' : 'Day Care'} Licensing Representative to alert them of the event`, 'Licensed facility staff', [d(IMMEDIATELY)], [C.facilityCall], rep);
				const record = role === 'facility-staff' ? item(title, 'Facility staff with SACWIS access (otherwise the A&I Licensing Representative)', [d(WITHIN_24_WORKDAY_HOURS)], [C.facilityEntry, ...event.cite]) : item(title, 'The Day Care Licensing Representative', [d(WITHIN_24_WORKDAY_HOURS)], [C.personnelEntry, ...event.cite]);
				return [call, record];
			}
			if (event.id.startsWith('dcfs-personnel')) return [item('Report it to the DCFS Advocacy Office for Children and Families', 'You (no SACWIS access)', [d(IMMEDIATELY)], [C.advocacy], 'advocacy-office'), item(title, 'The Advocacy Office', [d({ kind: 'calendar-hours', hours: 24, anchor: 'known' })], [C.advocacy, ...event.cite])];
			return [item('Call the Permanency Worker to report it', 'You (no SACWIS access)', [d(IMMEDIATELY)], [C.callPermanencyWorker], 'worker'), item(title, 'The Permanency Worker', [d(WITHIN_24_WORKDAY_HOURS)], [C.personnelEntry, C.callPermanencyWorker, ...event.cite])];
		}
	}
}

/** Who must report, by half of the procedures (331.100, 331.150). */
export const WHO_MUST_REPORT: Record<EventGroup, { text: string; cite: Citation }[]> = {
	'child-youth': [
		{ text: 'All DCFS employees and POS agency employees who provide direct child welfare services, including congregate care staff (group homes, shelters, child care institutions, residential treatment).', cite: cite('331.100', 'All employees of the Department and contracted POS agencies that provide direct child welfare services are required to comply with Procedures 331.') },
		{ text: 'Contracted professionals and service providers, foster parents, relative caregivers and out-of-state caregivers.', cite: cite('331.100', 'Foster parents and relative caregivers are required to comply with these Procedures.') },
		{ text: 'A DCFS or POS employee who hears of an event from an external source documents it.', cite: cite('331.100', 'When a DCFS or POS employee receives information from an external source about a Child/Youth Significant Event or Incident, it is that employee\'s responsibility to document the event…') },
		{ text: 'No waivers: the Department grants no waiver of Significant Event Reporting.', cite: cite('331.110', 'The Department does not grant waivers for any Significant Event Reporting.') },
	],
	'personnel-caregiver-facility': [
		{ text: 'All DCFS and POS agency employees, employees of DCFS-licensed facilities and child welfare agencies, and ILO/TLP staff (POS agencies report even if they have their own rules).', cite: cite('331.150', 'All DCFS and POS agency employees are required to comply with these Procedures.') },
		{ text: 'Contracted professionals and service providers, foster parents and relative caregivers (they call the Permanency Worker).', cite: cite('331.150', 'Foster parents and relative caregivers are required to comply with these Procedures.') },
		{ text: 'No waivers: the Department grants no waiver of Significant Event Reporting.', cite: cite('331.160', 'The Department does not grant waivers for any Significant Event Reporting.') },
	],
};
