import { cite } from '../result';
import type { CategoryRows, EventRow } from './category';
import { IF } from './notify';
import type { Condition, NotificationInput } from './schema';

/**
 * Personnel related incidents (331.140(a), Appendix F: "Create Personnel Incident") with the extra
 * duties for DCFS employees (331.140(a)(1), Appendix G). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const IMMEDIATELY = { kind: 'immediately', afterHours: 'same' } as const;

/** 331.140(a)(1)(A)(ii)–(iii), Appendix G: the work-injury calls, each with its own clock. */
function injuryDuties(when: Condition[]): NotificationInput[] {
	return [
		{ contact: 'tristar', action: "Report the work-related injury to TriStar (workers' compensation)", by: 'The injured employee, or the supervisor/administrator if the employee is unable', when, clock: { kind: 'calendar-hours', hours: 24, anchor: 'occurred' }, cite: cite('331.140', 'The injured employee, or supervisor/administrator if the employee is unable, must report a work-related injury to TriStar (phone: 855-495-1554) within 24 hours of the injury…') },
		{ contact: 'workers-comp-coordinator', action: "Call or email the DCFS Worker's Compensation Coordinator to report the work-related incident", by: 'The injured employee, or the supervisor/administrator if the employee is unable', when, clock: { kind: 'as-soon-as-possible' }, cite: cite('331 Appendix G', "…and also call or email the DCFS Worker's Compensation Coordinator at 217-524-2351 or DCFS.WorkersComp@illinois.gov as soon as possible to report the work-related incident.") },
		{ contact: 'osha', action: 'Report the workplace fatality to the Illinois OSHA Reporting Hotline', by: 'Supervisor or administrator', when: [...when, IF.fatality], clock: { kind: 'calendar-hours', hours: 8, anchor: 'occurred' }, cite: cite('331.140', 'An employee workplace fatality must be reported within 8 hours … to the Illinois OSHA Reporting Hotline at 800-782-7860.') },
		{ contact: 'osha', action: 'Report the hospital admission or loss of an eye to the Illinois OSHA Reporting Hotline', by: 'Supervisor or administrator', when: [...when, IF.hospitalOrEye], clock: { kind: 'calendar-hours', hours: 24, anchor: 'occurred' }, cite: cite('331.140', '…an employee workplace injury resulting in admittance to a hospital and all losses of an eye must be reported within 24 hours to the Illinois OSHA Reporting Hotline at 800-782-7860.') },
		{ contact: 'emergency', action: 'Call 911 if in danger or in need of emergency help (a co-worker calls if the employee cannot)', by: 'The injured employee or a co-worker', when: [...when, IF.injuryEmergency], clock: IMMEDIATELY, cite: cite('331 Appendix G', 'The injured employee, when able to do so, should call 911 immediately if he/she is in a dangerous situation or needs immediate emergency assistance.') },
		{ contact: 'supervisor', action: "Notify the injured employee's supervisor and/or next higher level administrator", by: 'The injured employee or a co-worker', when: [...when, IF.injuryEmergency], clock: { kind: 'as-soon-as-possible' }, cite: cite('331 Appendix G', "The injured employee's supervisor and/or next higher level administrator should be notified as soon as possible.") },
		{ contact: 'labor-relations', action: 'Notify the applicable Deputy Director and Labor Relations (Labor Relations notifies AFSCME Council 31 or the INA), and the local union representative; arrange security and relief if needed', by: 'Supervisor and/or next higher level administrator', when: [...when, IF.injuryEmergency], clock: { kind: 'unstated' }, cite: cite('331 Appendix G', 'The supervisor and/or next higher level administrator must notify the applicable Deputy Director and Labor Relations at 217-557-1747 … The supervisor or next higher level administrator must notify the local level union representative.') },
	];
}

/** 331.140(a): an injury by a client at headquarters is a Critical Event. */
const INJURED_BY_CLIENT: NotificationInput = {
	contact: 'supervisor',
	action: 'Check the media/high profile indicator in the Personnel Incident (this makes the injury a Critical Event), then enter a Critical Event Report in SACWIS to inform executive and management staff',
	by: 'Supervisor or next level administrator',
	when: [{ question: 'injuredByClientAtHeadquarters', equals: true, text: "if a Department client injured the employee at the employee's headquarters during shift hours" }],
	clock: { kind: 'unstated' },
	cite: cite('331.140', '…the media/high profile indicator shall be checked in the Personnel Incident function in SACWIS. This designates the employee injury as a Critical Event. The supervisor or next level administrator shall also enter a Critical Event Report in SACWIS…'),
};

const RECORD_INJURY: NotificationInput = { contact: 'supervisor', action: 'Also record the injury as a Personnel Work Related Injury/Medical Emergency incident in SACWIS', by: 'The employee, supervisor or designated person', when: [IF.employeeInjured], clock: { kind: 'workday-hours', hours: 24, anchor: 'known' }, cite: cite('331.140', 'When an employee suffers injuries as a result of workplace violence the employee, supervisor or designated person must also record the injury to the employee in the SACWIS Personnel Incident function in accordance with reporting timeframes.') };

const FIREARM_DCFS: NotificationInput[] = [
	{ contact: 'oig', action: 'Report the DCFS employee in possession of a weapon or firearm on State premises to the OIG by phone', by: 'The person reporting', clock: IMMEDIATELY, cite: cite('331.140', 'A Significant Event regarding a DCFS employee in possession of weapons and/or firearms on State premises shall also be immediately reported, by phone, to the OIG at 800-722-9124.') },
	{ contact: 'law-enforcement', action: 'Vacate the premises if needed; when safe, notify law enforcement and the building manager/supervisor', by: 'Staff present', clock: { kind: 'as-soon-as-possible' }, cite: cite('331.140', 'Administrative Procedures #16.6(a)(2), Staff Safety, states staff are to vacate the premises if needed, and, when safe, also notify law enforcement and the manager/supervisor in the building.') },
];

const DCFS_ENTRY = { clock: { kind: 'calendar-hours', hours: 24, anchor: 'known' }, cite: cite('331.140', 'A Personnel related incident shall be recorded in SACWIS within 24 hours after the incident or learning of the incident.') } as const;
const DCFS_DISPOSITION = 'Immediate supervisor of the involved employee, or the next level administrator if the supervisor is not available';
const POS_DISPOSITION = 'Designated individuals within Agency Monitoring and the Agency Performance Teams (APT)';
const NOT_COMMUTE = 'Must have happened while operating a vehicle as part of official duties; travel to and from work headquarters does not count.';
const FIREARM_EXCEPTIONS = 'Not a Significant Event when a law enforcement officer carries the firearm, or when DCFS staff with a valid Concealed Carry License leave it in their locked personal vehicle (331.140(a)(2)).';

const dcfs = (row: EventRow): EventRow => ({ entryClock: DCFS_ENTRY, dispositionBy: DCFS_DISPOSITION, autoClose: false, ...row });
const pos = (row: EventRow): EventRow => ({ dispositionBy: POS_DISPOSITION, autoClose: true, ...row });

/** 331.140(a) Personnel related incidents. */
export const PERSONNEL: CategoryRows = {
	categoryId: 'personnel', category: '331.140(a) Personnel Related Incidents',
	group: 'personnel-caregiver-facility', primaryAction: 'create-personnel-incident', intactFamily: 'not-applicable', critical: 'if-media', dispositionBy: POS_DISPOSITION, notifications: [],
	notes: ['Personnel incidents are confidential to the employee\'s hierarchy, executives and Office of Employee Services.', 'Incidents on official business are recorded by the employee\'s supervisor or designee, or by the employee if they are not readily available.'],
	cite: [cite('331.140', 'Personnel Related Incident means an incident involving Department or POS employees where an arrest has occurred or is alleged to have occurred, or an employee has been injured in the workplace or on the job…'), cite('331 Appendix F', 'These are entered in SACWIS via the Create Personnel Incident option on the SACWIS menu bar')],
	events: [
		dcfs({ name: 'DCFS Personnel Arrested, Charged With, Convicted of a Crime', aliases: ['Employee arrested', 'DCFS/Purchase of service (POS) Employee Arrested, Charged with or Convicted of a Crime'], description: 'A Department employee has been arrested, charged with or convicted of a criminal act.' }),
		pos({ name: 'POS/Facility Personnel Arrested, Charged With, Convicted of a Crime', description: 'A POS agency or facility employee has been arrested, charged with or convicted of a criminal act.' }),
		dcfs({ name: 'DCFS Personnel has Unauthorized Firearm on Premises', aliases: ['gun at the office', 'weapon on State premises', 'Employee, other than Law Enforcement Officer, Has Firearms on Premises'], description: 'A firearm is brought onto Department property, including a parking lot, by anyone other than a law enforcement officer.', questions: ['firearmException'], notifications: FIREARM_DCFS, notes: [FIREARM_EXCEPTIONS, 'The DCFS Director\'s Office and OIG receive written notification when the report is recorded in SACWIS.'] }),
		pos({ name: 'POS/Facility Personnel has Unauthorized Firearm on Premises', description: 'A firearm is brought onto agency or facility property, including a parking lot, by anyone other than a law enforcement officer.', questions: ['firearmException'], notes: [FIREARM_EXCEPTIONS] }),
		dcfs({ name: 'DCFS Personnel Victim of Workplace Violence or Threat of Violence', aliases: ['workplace violence', 'harassment', 'sexual harassment', 'assaulted at work'], description: 'A Department employee suffered intimidation, harassment, sexual harassment, threats or physical force from another employee or a person served.', questions: ['employeeInjured', 'injuredByClientAtHeadquarters'], notifications: [RECORD_INJURY, INJURED_BY_CLIENT, ...injuryDuties([IF.employeeInjured])] }),
		pos({ name: 'POS/Facility Personnel Victim of Workplace Violence or Threat of Violence', description: 'A POS or facility employee suffered intimidation, harassment, threats or physical force.', questions: ['employeeInjured', 'injuredByClientAtHeadquarters'], notifications: [RECORD_INJURY, INJURED_BY_CLIENT] }),
		dcfs({ name: 'DCFS Personnel Perpetrator of Workplace Violence or Threat of Violence', description: 'A Department employee committed intimidation, harassment, sexual harassment, threats or physical force against an employee or person served.' }),
		pos({ name: 'POS/Facility Personnel Perpetrator of Workplace Violence or Threat of Violence', description: 'A POS or facility employee committed workplace violence or a threat of violence.' }),
		dcfs({ name: 'DCFS Personnel Work Related Injury/Medical Emergency', aliases: ['injured at work', 'dog bite', 'fall at work', 'workers compensation'], description: 'A Department employee was injured or had a medical emergency during shift hours at headquarters or wherever duties required.', questions: ['injuredByClientAtHeadquarters'], notifications: [INJURED_BY_CLIENT, ...injuryDuties([])], notes: ['Injuries in work-related motor vehicle accidents are recorded as a motor vehicle accident instead.'] }),
		pos({ name: 'POS/Facility Personnel Work Related Injury/Medical Emergency', description: 'A POS or facility employee was injured or had a medical emergency on duty.', questions: ['injuredByClientAtHeadquarters'], notifications: [INJURED_BY_CLIENT], notes: ['Injuries in work-related motor vehicle accidents are recorded as a motor vehicle accident instead.'] }),
		dcfs({ name: 'DCFS Personnel Motor Vehicle Accident-Department Owned or Leased Vehicle', aliases: ['car accident', 'state car'], description: 'A Department employee had an accident in a Department owned or leased vehicle while driving on duty.', notifications: injuryDuties([IF.employeeInjured]), questions: ['employeeInjured'], notes: [NOT_COMMUTE] }),
		pos({ name: 'POS/Facility Personnel Motor Vehicle Accident-Agency Owned or Leased Vehicle', description: 'A POS or facility employee had an accident in an agency owned or leased vehicle while driving on duty.', notes: [NOT_COMMUTE] }),
		dcfs({ name: 'DCFS Personnel Motor Vehicle Accident-Personal or Rented Vehicle', aliases: ['car accident'], description: 'A Department employee had an accident in a personal or rented vehicle while driving on duty.', notifications: injuryDuties([IF.employeeInjured]), questions: ['employeeInjured'], notes: [NOT_COMMUTE] }),
		pos({ name: 'POS/Facility Personnel Motor Vehicle Accident-Personal or Rented Vehicle', description: 'A POS or facility employee had an accident in a personal or rented vehicle while driving on duty.', notes: [NOT_COMMUTE] }),
	],
};
