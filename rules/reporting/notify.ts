import { cite } from '../result';
import type { Condition, NotificationInput } from './schema';

/**
 * Notifications that recur across the catalog, each built once with its citation, and the
 * conditions they hang on. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** Conditions, worded as the checklist prints them. */
export const IF = {
	inCare: { question: 'intactFamilyCase', equals: false, text: 'if the child or youth is in care (not an intact family case)' },
	licensedSetting: { question: 'licensedSetting', equals: true, text: 'if it happened on the premises of a DCFS/POS facility or in a DCFS-licensed home or facility' },
	perpetratorLicensee: { question: 'perpetratorLicensee', equals: true, text: 'if the alleged perpetrator is a licensed foster parent or facility employee' },
	criminalCode: { question: 'criminalCodeViolation', equals: true, text: 'if it involves a violation of the Criminal Code' },
	lawEnforcementSought: { question: 'lawEnforcementSought', equals: true, text: 'if local law enforcement intervention was sought' },
	lawEnforcementNotSought: { question: 'lawEnforcementSought', equals: false, text: 'when no law enforcement intervention was sought' },
	absentOver24Hours: { question: 'absentOver24Hours', equals: true, text: 'if the unauthorized absence has lasted more than 24 hours' },
	pregnancyConfirmed: { question: 'pregnancyConfirmed', equals: true, text: 'when a medical exam confirms the pregnancy' },
	employeeInjured: { question: 'employeeInjured', equals: true, text: 'if the employee was injured' },
	injuryEmergency: { question: 'injuryEmergency', equals: true, text: 'if the injury is an emergency (serious injury or traumatic event)' },
	fatality: { question: 'injuryOutcome', equals: 'fatality', text: 'if the employee died' },
	hospitalOrEye: { question: 'injuryOutcome', equals: 'hospital-or-eye', text: 'if the injury led to a hospital admission or the loss of an eye' },
} as const satisfies Record<string, Condition>;

/** 331.70: every Significant Event Report on a child in care goes to the GAL within 3 days of entry. */
export const GAL_COPY: NotificationInput = {
	contact: 'gal',
	action: 'Notify the guardian ad litem or attorney (if one is appointed under Section 2-17 of the Juvenile Court Act) and send a copy of the Significant Event Report',
	by: 'Assigned DCFS or POS worker',
	clock: { kind: 'calendar-days', days: 3, anchor: 'entered' },
	cite: cite('331.70', "…the assigned DCFS or POS worker is required to notify a child/youth's guardian ad litem or attorney … The guardian ad litem/attorney shall receive a copy of the Significant Event Report no later than 3 days after the report is entered in SACWIS."),
};

/** Appendix D: for most incidents the worker and supervisor decide the further contacts. */
export const DETERMINE_CONTACTS: NotificationInput = {
	contact: 'supervisor',
	action: 'After gathering information from the child or youth or the reporting source, decide with the supervisor which other contacts are necessary, and document them in incident notes',
	by: 'Permanency or Intact Family Services Worker and Supervisor',
	clock: { kind: 'unstated' },
	cite: cite('331 Appendix D', 'After gathering information from the child/youth or reporting source, the Worker and Supervisor shall determine the necessary contacts'),
};

/** 331.100(a)(2): family members are told at once of abuse or neglect, death, abduction, long absence. */
export function familyImmediately(when: Condition[] = []): NotificationInput {
	return {
		contact: 'family',
		action: 'Notify the parents, guardian or legal custodian (if unavailable, the next of kin or another family member); document diligent efforts in a contact note if they cannot be located',
		by: 'Assigned DCFS or POS worker',
		when,
		clock: { kind: 'immediately', afterHours: 'same' },
		cite: cite('331.100', 'Immediately upon receipt of a report indicating that a child or youth in care has been the subject of abuse or neglect, is deceased, is the subject of an abduction or kidnapping, or has been on an unauthorized absence of more than 24 hours, the assigned DCFS or POS worker shall notify the parents, guardian or legal custodian.'),
	};
}

/** 331.70(b), 331.70(d): the Office of the DCFS Guardian, with the clock the section gives. */
export function guardian(clock: NotificationInput['clock'], quote: string, when: Condition[] = [IF.inCare], section: '331.70' | '331.50' | '331 Appendix D' = '331.70'): NotificationInput {
	return { contact: 'guardian', action: 'Notify the Office of the DCFS Guardian', by: 'DCFS/POS worker or residential facility staff recording the event', when, clock, cite: cite(section, quote) };
}

/** 331.50(b)(4), 331.50(c)(4), Appendix D: the OIG for events on licensed premises. */
export function oigIfLicensedSetting(quote: string): NotificationInput {
	return { contact: 'oig', action: 'Report the incident to the OIG', by: 'Permanency Worker', when: [IF.licensedSetting], clock: { kind: 'immediately', afterHours: 'same' }, cite: cite('331.50', quote) };
}

/** 331.50(a)(5), 331.50(b)(5), 331.50(c)(5): the Licensing Unit decides whether it is a licensing complaint. */
export const LICENSING_IF_LICENSED_SETTING: NotificationInput = {
	contact: 'licensing-unit',
	action: 'Report the incident to the Licensing Unit that supervises the license (it decides whether this is a licensing complaint under Procedures 383)',
	by: 'Permanency Worker',
	when: [IF.licensedSetting],
	clock: { kind: 'unstated' },
	cite: cite('331.50', 'When the abuse/neglect incident occurred in a DCFS-licensed home/facility, the Permanency Worker shall report the incident to the DCFS or POS Licensing Unit that supervises the license.'),
};
