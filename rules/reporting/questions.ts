import { cite } from '../result';
import type { Question, QuestionId } from './schema';

/**
 * The circumstances that change what must be reported, each with the section that makes it matter.
 * An event lists the ones it needs (catalog); the guide asks only those. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */
export const QUESTIONS: Record<QuestionId, Question> = {
	mediaInvolvement: {
		id: 'mediaInvolvement',
		label: 'Is there media involvement or a media inquiry, or is the event high profile?',
		help: 'Not counting a Department planned or sponsored public service communication.',
		type: 'boolean',
		cite: cite('331.30', '"Media Involvement/High Profile" means any SCR report, Child/Youth incident or Personnel/Caregiver/Facility incident that currently has media involvement, or there has been a media inquiry…'),
	},
	intactFamilyCase: {
		id: 'intactFamilyCase',
		label: 'Is the child or youth served through an intact family services case (not in DCFS custody or guardianship)?',
		type: 'boolean',
		cite: cite('331.80', 'For Intact Family Service cases, the following Child and Youth Significant Events must be reported…'),
	},
	licensedSetting: {
		id: 'licensedSetting',
		label: 'Did it happen on the premises of a DCFS/POS facility or in a DCFS-licensed home or facility?',
		help: 'Foster homes, licensed relative homes, group homes, child care institutions and day care homes and centers count.',
		type: 'boolean',
		cite: cite('331.50', '…that occur on the premises of a DCFS/POS facility or in a DCFS-licensed home/facility shall be reported immediately to the Office of the Inspector General (OIG) at 800-722-9124'),
	},
	perpetratorLicensee: {
		id: 'perpetratorLicensee',
		label: 'Is the alleged perpetrator a licensed foster parent or a facility employee?',
		type: 'boolean',
		cite: cite('331.70', 'When the alleged perpetrator is a licensed foster parent or facility employee and SCR does not take a report, the Permanency Worker must immediately contact the DCFS or POS Licensing Unit…'),
	},
	criminalCodeViolation: {
		id: 'criminalCodeViolation',
		label: 'Does the event involve a violation of the Criminal Code?',
		help: 'For example an arrest or charge for an offense under the Criminal Code of 2012, rather than only a traffic citation.',
		type: 'boolean',
		cite: cite('331.70', 'When a Significant Event Report involves a violation of the Criminal Code, the DCFS/POS worker or residential facility staff … shall also immediately notify the DCFS Office of Inspector General (phone: 800-722-9124).'),
	},
	lawEnforcementSought: {
		id: 'lawEnforcementSought',
		label: 'Was it necessary to seek local law enforcement intervention?',
		type: 'boolean',
		cite: cite('331.70', 'Whenever it is necessary to seek local law enforcement intervention regarding a youth in care, the DCFS/POS worker or residential facility staff … shall immediately notify the Office of the DCFS Guardian…'),
	},
	absentOver24Hours: {
		id: 'absentOver24Hours',
		label: 'Has the child or youth been on an unauthorized absence of more than 24 hours?',
		type: 'boolean',
		cite: cite('331.100', 'Immediately upon receipt of a report indicating that a child or youth in care … has been on an unauthorized absence of more than 24 hours, the assigned DCFS or POS worker shall notify the parents, guardian or legal custodian.'),
	},
	pregnancyConfirmed: {
		id: 'pregnancyConfirmed',
		label: 'Has a medical exam confirmed the pregnancy?',
		type: 'boolean',
		cite: cite('331.70', 'When a medical exam confirms that a child/youth in care is pregnant, the Permanency Worker shall immediately contact the Teen Parent Service Network (TPSN)…'),
	},
	employeeInjured: {
		id: 'employeeInjured',
		label: 'Was the employee injured?',
		type: 'boolean',
		cite: cite('331.140', 'When an employee suffers injuries as a result of workplace violence the employee, supervisor or designated person must also record the injury to the employee in the SACWIS Personnel Incident function…'),
	},
	injuryOutcome: {
		id: 'injuryOutcome',
		label: 'Did the injury lead to a hospital admission, the loss of an eye, or a death?',
		type: 'choice',
		choices: [
			{ value: 'none', label: 'None of these' },
			{ value: 'hospital-or-eye', label: 'Admitted to a hospital, or lost an eye' },
			{ value: 'fatality', label: 'The employee died' },
		],
		cite: cite('331.140', 'An employee workplace fatality must be reported within 8 hours and an employee workplace injury resulting in admittance to a hospital and all losses of an eye must be reported within 24 hours to the Illinois OSHA Reporting Hotline…'),
	},
	injuredByClientAtHeadquarters: {
		id: 'injuredByClientAtHeadquarters',
		label: "Was the employee injured by a Department client, at the employee's headquarters, during shift hours?",
		type: 'boolean',
		cite: cite('331.140', "…if an employee is injured during normal shift hours …, the injury has occurred in the employee's headquarters …, and the injury was caused by a Department client, the media/high profile indicator shall be checked…"),
	},
	injuryEmergency: {
		id: 'injuryEmergency',
		label: 'Is it an emergency: a serious injury or a traumatic event in the line of duty?',
		type: 'boolean',
		cite: cite('331.140', 'When the incident involves an injury that constitutes an emergency, the injured employee, supervisor and/or next higher administrator must take steps to ensure staff safety… (See Appendix G…)'),
	},
	firearmException: {
		id: 'firearmException',
		label: 'Who had the firearm, and where?',
		type: 'choice',
		choices: [
			{ value: 'none', label: 'An employee or anyone else (not an exception below)' },
			{ value: 'law-enforcement', label: 'A law enforcement officer' },
			{ value: 'concealed-carry-vehicle', label: 'DCFS staff with a valid Illinois Concealed Carry License, firearm left in a locked personal vehicle' },
		],
		cite: cite('331.140', 'Possession of a firearm in a State owned or leased building or on State owned or leased property is a Significant Event and must be reported, with the following exceptions…'),
	},
	seriousHarmAllegation: {
		id: 'seriousHarmAllegation',
		label: 'Does the allegation involve death or serious harm?',
		help: 'Head or internal injuries, burns, poison or noxious substances, wounds, bone fractures, sprains or dislocations, tying or close confinement, torture, sexual penetration (allegations 1, 2, 4–7, 9, 13, 14, 16, 19, 51–57, 59, 63).',
		type: 'boolean',
		cite: cite('331.120', 'A Critical Event Notification will be automatically generated … when one of the following allegations is made into a report…'),
	},
	personnelInvolved: {
		id: 'personnelInvolved',
		label: 'Is DCFS or POS personnel involved in the report?',
		type: 'boolean',
		cite: cite('331.120', 'a Significant Event involving a report of abuse or neglect has DCFS/POS personnel involvement'),
	},
};
