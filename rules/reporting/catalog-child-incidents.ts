import { cite } from '../result';
import type { CategoryRows } from './category';
import { DETERMINE_CONTACTS, familyImmediately, GAL_COPY, guardian, IF } from './notify';
import type { NotificationInput } from './schema';

/**
 * Child/Youth Incidents recorded in SACWIS (331.70(a)–(j), Appendices A, C and D). "(Also required for
 * children and youth served by the Department)" in 331.70 is `intactFamily: 'required'`.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const IMMEDIATELY = { kind: 'immediately', afterHours: 'same' } as const;
const INCIDENT = 'create-child-youth-incident' as const;
const DISPOSITION = "Supervisor of the child's assigned Permanency or Intact Family Services Worker (the next manager up if that supervisor recorded it)";
const INCIDENT_CITE = cite('331.70', 'All child/youth incidents must be recorded in SACWIS and each event/incident must be recorded immediately after it occurs or immediately after the event/incident becomes known, but no later than within 24 hours, excluding weekends and holidays…');
const BASE = [GAL_COPY, DETERMINE_CONTACTS];

/** 331.70(a) Abuse, neglect and trafficking when SCR does not take a report. */
export const NOT_TAKEN_BY_SCR: CategoryRows = {
	categoryId: 'not-taken-by-scr',
	category: '331.70(a) Alleged Child Abuse/Neglect and Human Trafficking (When Report Not Taken by SCR)',
	group: 'child-youth', primaryAction: INCIDENT, intactFamily: 'required', critical: 'if-media', dispositionBy: DISPOSITION,
	notifications: [
		...BASE,
		familyImmediately([IF.inCare]),
		{ contact: 'oig', action: 'Report the incident to the OIG', by: 'Permanency Worker', when: [IF.licensedSetting], clock: IMMEDIATELY, cite: cite('331 Appendix D', 'DCFS OIG at 800-722-9124 if the incident occurs on the premises of a DCFS/POS licensed facility') },
		{ contact: 'licensing-unit', action: 'Contact the Licensing Unit that supervises the license to make a licensing complaint (Procedures 383)', by: 'Permanency Worker', anyOf: [IF.licensedSetting, IF.perpetratorLicensee], clock: IMMEDIATELY, cite: cite('331.70', 'When the alleged perpetrator is a licensed foster parent or facility employee and SCR does not take a report, the Permanency Worker must immediately contact the DCFS or POS Licensing Unit that supervises the license to make a licensing complaint…') },
	],
	notes: ['Call SCR first: these incidents are recorded only when SCR does not take a report (no eligible perpetrator, no adult in a caregiver role).', 'Conduct the necessary risk and safety assessments; the supervisor ensures they are documented in a case note.'],
	cite: [INCIDENT_CITE, cite('331 Appendix A', 'Alleged Victim of Sexual Abuse … Create Child/Youth Incident')],
	events: [
		{ name: 'Alleged Victim of Sexual Abuse', description: 'Sexual abuse by someone who is not a caregiver or person responsible for the child\'s welfare, when SCR has not accepted a report.' },
		{ name: 'Alleged Victim of Physical Abuse/Assault', aliases: ['Child or Youth Victim of Assault', 'partner abuse', 'gang assault'], description: 'Physical abuse or violence against the child by a non-caregiver (partner abuse, gang-related assault…).', critical: 'always' },
		{ name: 'Alleged Victim of Sexual Assault', aliases: ['Child or Youth Victim of Sexual Assault by a Non-Caregiver', 'rape'], description: 'Rape, date rape, attempted rape or other sexual violence or threat of it by a non-caregiver.', critical: 'always' },
		{ name: 'Alleged Victim of Neglect', description: 'Lack of proper nourishment, medical or other care where the alleged perpetrator is not a caregiver and SCR has not accepted a report.' },
		{ name: 'Alleged Victim of Emotional Abuse', aliases: ['bullied', 'threatened by peers'], description: 'Control through fear, humiliation, verbal assaults, threats or isolation by a non-caregiver, including bullying or gang pressure that makes the child fearful.' },
		{ name: 'Confirmed or Suspected Victim of Human Trafficking', aliases: ['Alleged or Suspected Victim of Human Trafficking', 'Child or Youth Victim of Human Trafficking'], description: 'A human trafficking event SCR did not take as a report.', critical: 'always' },
	],
};

const OFFENSES = 'Record each offense from the SACWIS list (arson, bodily harm to another, burglary, curfew, deadly weapon-firearm, deadly weapon-other, disorderly conduct, falsification of information, fraud, harassment, harm to animal, homicide, human trafficking perpetrator, identification card violation, kidnapping, larceny/theft, motor vehicle violation, other offense (describe), possession of controlled substance, property damage, robbery, sex offense, stalking, traffic violation, trespassing, under the influence, violation of order of protection)';
const OIG_CRIMINAL = { contact: 'oig', action: 'Notify the OIG', by: 'DCFS/POS worker or residential facility staff recording the event', when: [IF.criminalCode], clock: IMMEDIATELY, cite: cite('331.70', 'When a Significant Event Report involves a violation of the Criminal Code, the DCFS/POS worker or residential facility staff recording the Significant Event in SACWIS shall also immediately notify the DCFS Office of Inspector General (phone: 800-722-9124).') };
const GUARDIAN_ARREST = guardian(IMMEDIATELY, 'When a child/youth in care is detained, arrested or charged with a crime, the DCFS/POS worker or residential facility staff recording the Significant Event in SACWIS shall immediately notify the Office of the DCFS Guardian at 312-814-8600 (after hours: 866-503-0184).');

/** 331.70(b) Encounters with law enforcement. */
export const LAW_ENFORCEMENT: CategoryRows = {
	categoryId: 'law-enforcement',
	category: '331.70(b) Encounters with Law Enforcement',
	group: 'child-youth', primaryAction: INCIDENT, intactFamily: 'required', critical: 'if-media', dispositionBy: DISPOSITION,
	notifications: [...BASE],
	notes: ['Record each arrest, charge and conviction as it becomes known.', 'In residential placements, follow 331.70(b) on when law enforcement must, or may with supervisory approval, be called.'],
	cite: [INCIDENT_CITE, cite('331 Appendix D', 'Create Child/Youth Incident … DCFS OIG at 800-722-9124 if the incident involves a violation of the Criminal Code. In addition, the Permanency Worker notifies: The child or youth\'s Guardian Ad Litem; DCFS Guardian…')],
	events: [
		{ name: 'Child or Youth Arrested', aliases: ['Child or Youth Arrested, Charged With or Convicted of a Crime', 'detained', 'arrest'], description: 'It becomes known that a child or youth in care or served has recently been arrested.', forms: [OFFENSES], notifications: [GUARDIAN_ARREST, OIG_CRIMINAL] },
		{ name: 'Child or Youth Charged with a Crime', aliases: ['charged'], description: 'It becomes known that a child or youth in care or served has recently been charged with a crime.', forms: [OFFENSES], notifications: [GUARDIAN_ARREST, OIG_CRIMINAL] },
		{ name: 'Child or Youth Convicted of a Crime', aliases: ['convicted'], description: 'It becomes known that a child or youth in care or served has recently been convicted of a criminal act.', forms: [OFFENSES], notifications: [guardian({ kind: 'unstated' }, 'In addition, the Permanency Worker notifies: The child or youth\'s Guardian Ad Litem; DCFS Guardian', [IF.inCare], '331 Appendix D'), OIG_CRIMINAL] },
		{
			name: 'Child or Youth Encounter with Law Enforcement - No Arrest', aliases: ['Child or Youth Encounter with Law Enforcement-No Arrest', 'police', 'citation', 'warning'],
			description: 'A child or youth in care had an encounter with law enforcement without arrest, charge or conviction (citations, warnings, escorts).', intactFamily: 'not-required',
			notifications: [
				guardian(IMMEDIATELY, 'Whenever it is necessary to seek local law enforcement intervention regarding a youth in care, the DCFS/POS worker or residential facility staff recording the Significant Event in SACWIS shall immediately notify the Office of the DCFS Guardian at 312-814-8600 (after hours: 866-503-0184).', [IF.lawEnforcementSought]),
				guardian({ kind: 'unstated' }, 'In addition, the Permanency Worker notifies: The child or youth\'s Guardian Ad Litem; DCFS Guardian', [IF.lawEnforcementNotSought], '331 Appendix D'),
				OIG_CRIMINAL,
			],
		},
	],
};

/** 331.70(c) Peer to peer youth violence (non-fatal). */
export const PEER_VIOLENCE: CategoryRows = {
	categoryId: 'peer-violence',
	category: '331.70(c) Peer to Peer Youth Violence (Non-Fatal)',
	group: 'child-youth', primaryAction: INCIDENT, intactFamily: 'required', critical: 'if-media', dispositionBy: DISPOSITION,
	notifications: [...BASE],
	notes: ['Youth violence resulting in death must be reported to SCR.', 'Violence a child witnessed is recorded in the CANS (Procedures 315.95(c)); a child who perpetrated violence and was arrested is recorded under 331.70(b).'],
	cite: [INCIDENT_CITE, cite('331.70', 'A child or youth in care or served by the Department has been the victim of peer to peer violence resulting in injury.')],
	events: [
		{ name: 'Youth Victimized-Firearm', aliases: ['shot', 'gun'], description: 'A child or youth in care or served was the victim of peer violence with a firearm.' },
		{ name: 'Youth Victimized-Physical/Bodily Harm', aliases: ['fight'], description: 'A child or youth in care or served was physically harmed by peers.' },
		{ name: 'Youth Victimized-Other Violent Act', description: 'A child or youth in care or served was the victim of another violent act by peers.' },
		{ name: 'Youth Victimized-Other Weapon', description: 'A child or youth in care or served was the victim of peer violence with a weapon other than a firearm.' },
		{ name: 'Youth Victimized-Stabbing', aliases: ['knife', 'stabbed'], description: 'A child or youth in care or served was stabbed by a peer.' },
	],
};

/** 331.70(b): discretionary police calls need the supervisor's decision within 24 hours. */
const POLICE_DECISION: NotificationInput = {
	contact: 'supervisor',
	action: 'If calling local law enforcement is being considered (not an emergency that requires it): get supervisory approval; the supervisor decides whether police intervention is warranted, never as discipline, during a restraint or seclusion, or for a non-emergency',
	by: 'Supervisor',
	clock: { kind: 'calendar-hours', hours: 24, anchor: 'known' },
	cite: cite('331.70', 'Supervisory approval is required for all discretionary or non-immediate police interventions. … The supervisor shall determine whether police intervention is warranted within 24 hours of being notified of the incident.'),
};

const GUARDIAN_BEHAVIOR = guardian({ kind: 'unstated' }, 'In addition, Permanency Worker or Facility Staff notifies: DCFS Guardian; and The child or youth\'s Guardian Ad Litem.', [IF.inCare], '331 Appendix D');
const GUARDIAN_SCHOOL = { ...guardian({ kind: 'calendar-hours', hours: 1, anchor: 'known' }, 'Whenever a child or youth in care is suspended from school, the responsible DCFS/POS staff, designated person in a POS child care facility or substitute caregiver shall notify the Office of the DCFS Guardian within one hour at 312-814-8600 (after hours: 866-503-0184).'), by: 'Responsible DCFS/POS staff, designated person in a POS child care facility, or substitute caregiver' };

/** 331.70(d) Behavior related incidents. */
export const BEHAVIOR: CategoryRows = {
	categoryId: 'behavior',
	category: '331.70(d) Behavior Related Incidents',
	group: 'child-youth', primaryAction: INCIDENT, intactFamily: 'required', critical: 'if-media', dispositionBy: DISPOSITION,
	notifications: [...BASE, GUARDIAN_BEHAVIOR],
	cite: [INCIDENT_CITE, cite('331 Appendix D', 'Create Child/Youth Incident … In addition, Permanency Worker or Facility Staff notifies: DCFS Guardian; and The child or youth\'s Guardian Ad Litem.')],
	events: [
		{ name: 'Displays Physically Aggressive Behavior', aliases: ['aggression'], description: 'A child or youth in care shows poor impulse or anger control or aggression toward others that presents a risk.', intactFamily: 'not-required', notifications: [POLICE_DECISION], notes: ['Administrative Procedures #13 (Foster Child Damage Reimbursement Program) may reimburse people harmed by a child in care.'] },
		{ name: 'Personal Injury, Property Damage or Bodily Injury Over $50.00 Caused by the Actions of a Child or Youth', aliases: ['Property damage of $50 or more', 'Property Damage by a Ward', 'damage'], description: "A child in care's actions injured someone or damaged property, with a potential liability claim against the Department of $50.00 or more.", intactFamily: 'not-required' },
		{ name: 'Property Damage of a Child or Youth Over $50.00', description: 'Property damage by a child or youth in care over $50.00 (listed in Appendix C only; 331.70(d) covers it in the row above).', intactFamily: 'not-required' },
		{ name: 'Child or Youth in Possession of Weapon and/or Ammunition', aliases: ['Child or Youth in Possession of Weapon or Ammunition', 'gun', 'knife'], description: 'A child or youth in care or served has a weapon (firearm, knife, club, explosive…) or ammunition.', critical: 'always', notes: ['Always call law enforcement for a firearm or ammunition illegally in the youth\'s possession, or explosives (evacuate; do not handle them).'] },
		{ name: 'Violation of a Court Order (juvenile, civil, criminal - requires court order/finding)', aliases: ['Violation of a Court Order'], description: 'A court has found that the child, a parent or a caregiver violated an earlier court order, endangering the child\'s safety, permanency or well-being.' },
		{ name: 'Suspected Alcohol or Substance Abuse by a Child or Youth', aliases: ['drugs', 'alcohol'], description: 'There is reason to believe a child or youth in care or served illegally used alcohol, cannabis, controlled substances or inhalants.' },
		{ name: 'Child or Youth Suspended from School', aliases: ['suspension'], description: 'A child or youth in care or served is temporarily barred from classes, school facilities or the school bus.', ownNotifications: [...BASE, GUARDIAN_SCHOOL] },
		{ name: 'Child or Youth Expelled from School', aliases: ['expulsion'], description: 'A child or youth in care or served is barred from classes and school facilities for up to two calendar years.', ownNotifications: [...BASE, { ...GUARDIAN_SCHOOL, cite: cite('331.70', 'Whenever a child or youth in care is expelled from school, the responsible DCFS/POS staff, designated person in a POS child care facility or substitute caregiver shall notify the Office of the DCFS Guardian within one hour at 312-814-8600 (after hours: 866-503-0184).') }] },
		{ name: 'Threatening or Attempting Elopement', aliases: ['run away', 'runaway threat'], description: 'A child or youth in care threatened or attempted to run from the home or placement.', intactFamily: 'not-required', notes: ['Several threats or attempts within 24 hours may be reported in one incident narrative.'] },
		{
			name: 'Parent/Case Member Threat Against Employee or Facility', aliases: ['threat against worker'], description: 'A parent or other case member threatened violence against a DCFS/POS employee or an office, facility, court or community location.', critical: 'always',
			ownNotifications: [
				{ contact: 'law-enforcement', action: 'Notify law enforcement', by: 'Permanency or Intact Family Services Worker', clock: IMMEDIATELY, cite: cite('331.70', 'Workers must immediately report such an incident to a supervisor and notify law enforcement in addition to recording an incident in SACWIS.') },
				{ contact: 'supervisor', action: 'Report the threat to your supervisor', by: 'Permanency or Intact Family Services Worker', clock: IMMEDIATELY, cite: cite('331.70', 'Workers must immediately report such an incident to a supervisor and notify law enforcement…') },
				GAL_COPY,
			],
		},
		{ name: 'Violation/Misuse of Social Media', aliases: ['cyberbullying', 'sexting', 'identity theft'], description: 'Cyberbullying, identity theft, sexting, sex trafficking on social media, or sharing identifying information.', intactFamily: 'not-required', notes: ["The Permanency Worker discusses the incident with the child and the caregiver, stressing safety from predators (Administrative Procedures #28)."] },
	],
};
