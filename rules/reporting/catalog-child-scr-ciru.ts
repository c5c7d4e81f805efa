import { cite } from '../result';
import type { CategoryRows } from './category';
import { familyImmediately, GAL_COPY, guardian, IF, LICENSING_IF_LICENSED_SETTING, oigIfLicensedSetting } from './notify';
import type { NotificationInput } from './schema';

/**
 * Child and youth events reported to SCR or CIRU (331.50, 331.60; Appendices A and D): deaths,
 * abuse/neglect, human trafficking, missing or abducted children. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const IMMEDIATELY = { kind: 'immediately', afterHours: 'same' } as const;
const WITHIN_24_HOURS = { kind: 'calendar-hours', hours: 24, anchor: 'known' } as const;

/** 331.50(a)(2): any child's death goes to law enforcement and the Deputy Director at once. */
const DEATH_IMMEDIATE: NotificationInput[] = [
	{ contact: 'law-enforcement', action: 'Report the death to law enforcement', by: 'Permanency Worker (or the Child Protection Specialist if SCR takes a report)', clock: IMMEDIATELY, cite: cite('331.50', 'A Significant Event involving death of any child/youth in Illinois shall also be reported immediately to: Law enforcement authorities; and The DCFS Deputy Director of Child Protection.') },
	{ contact: 'deputy-director-child-protection', action: 'Report the death to the DCFS Deputy Director of Child Protection', by: 'Permanency Worker (or the Child Protection Specialist if SCR takes a report)', clock: IMMEDIATELY, cite: cite('331.50', 'A Significant Event involving death of any child/youth in Illinois shall also be reported immediately to: Law enforcement authorities; and The DCFS Deputy Director of Child Protection.') },
];

/** 331.50(b)(3), (c)(3): abuse, neglect and trafficking go at once to family, Guardian and therapist. */
const ABUSE_IMMEDIATE: NotificationInput[] = [
	familyImmediately(),
	guardian(IMMEDIATELY, 'A Significant Event involving Abuse/Neglect shall also be reported immediately to: … The DCFS Guardian (phone: 312-814-8600; after hours: 866-503-0184)', [], '331.50'),
	{ contact: 'mental-health', action: "Notify the child's counselor, therapist or mental health professional and other involved service providers", by: 'Permanency Worker', clock: IMMEDIATELY, cite: cite('331.50', "…shall also be reported immediately to: … The child or youth's counselor, therapist or mental health professional or other involved service providers.") },
	oigIfLicensedSetting('All incidents involving assault or sexual assault of a child or youth that occur on the premises of a DCFS/POS facility or in a DCFS-licensed home/facility shall be reported immediately to the Office of the Inspector General (OIG) at 800-722-9124'),
	LICENSING_IF_LICENSED_SETTING,
	GAL_COPY,
];

const LAW_ENFORCEMENT_SEXUAL: NotificationInput = { contact: 'law-enforcement', action: 'Report the sexual abuse or sexual assault to law enforcement', by: 'Permanency Worker (or the Child Protection Specialist if SCR takes a report)', clock: IMMEDIATELY, cite: cite('331.50', 'A Significant Event involving sexual abuse or sexual assault of a child or youth in care or served by the Department shall be reported immediately to law enforcement authorities.') };
const LAW_ENFORCEMENT_PER_300: NotificationInput = { contact: 'law-enforcement', action: 'Notify law enforcement and the other contacts Procedures 300 requires', by: 'Child Protection Specialist, if SCR takes a report', clock: { kind: 'unstated' }, cite: cite('331 Appendix D', 'If report taken, Child Protective Service Worker notifies: Law enforcement authorities; and Other required contacts as outlined in Procedures 300.') };

const NOT_TAKEN = (eventId: string) => ({ text: 'If SCR does not take a report (no eligible perpetrator or no adult in a caregiver role), record a Child/Youth Incident instead (331.70(a)).', eventId });

/** 331.50(a) Death reports. */
export const DEATHS: CategoryRows = {
	categoryId: 'death',
	category: '331.50(a) Death Reports Involving Children and Youth',
	group: 'child-youth',
	primaryAction: 'contact-scr',
	intactFamily: 'not-applicable',
	critical: 'always',
	notifications: DEATH_IMMEDIATE,
	notes: ['SCR enters the Significant Event Report in SACWIS; do not also record a Child/Youth Incident.', 'Document every additional action in contact notes.'],
	dispositionBy: 'Assigned Child Protection Supervisor, through the investigation approval (Respective Area Administrator for a death of a child not in DCFS care)',
	cite: [cite('331.50', 'All Significant Events involving death of any child or youth in Illinois must be reported to SCR (phone: 800-252-2873).'), cite('331 Appendix A', 'Death, DCFS Child or Youth in Care/Served by the Department … Contact SCR')],
	events: [
		{
			name: 'Death, DCFS Child or Youth in Care/Served by the Department',
			aliases: ['Death, DCFS Child or Youth in Care/Served through Intact Family Services', 'Death, DCFS Child or Youth in Care or Served by the Department', 'child died', 'death of youth in care'],
			description: 'A child or youth in care or served by the Department dies, regardless of the cause of death and of who supervised the child.',
			notifications: [
				familyImmediately(),
				{ contact: 'family', action: 'Notify all known siblings and the visiting resources', by: 'Assigned DCFS or POS worker', clock: WITHIN_24_HOURS, cite: cite('331.100', 'All known siblings of the deceased child must be notified within 24 hours of a Significant Event involving death.') },
				guardian(WITHIN_24_HOURS, 'The following persons must be notified, within 24 hours, of a Significant Event involving death of a child/youth in care or served by the Department: … The DCFS Guardian (phone: 312-814-8600; after hours: 866-503-0184)', [], '331.50'),
				{ contact: 'mental-health', action: "Notify the child's counselor, therapist or mental health professional and other involved service providers", by: 'Permanency Worker', clock: WITHIN_24_HOURS, cite: cite('331.50', 'The following persons must be notified, within 24 hours …: The child/youth\'s counselor, therapist or mental health professional or other involved service providers.') },
				{ contact: 'oig', action: 'Report the death to the OIG', by: 'Permanency Worker', clock: { kind: 'unstated' }, cite: cite('331.50', 'All deaths of a child or youth in care must be reported to the DCFS Office of Inspector General (OIG).') },
				{ ...LICENSING_IF_LICENSED_SETTING, cite: cite('331.50', 'All deaths of a child or youth in a DCFS-licensed home/facility (whether or not the child/youth is in care) must be reported to the DCFS or POS Licensing Unit that supervises the license.') },
				GAL_COPY,
			],
		},
		{
			name: 'Death, Former Child or Youth in Care (within one year of discharge from guardianship)',
			aliases: ['Death, Former Child or Youth in Care (within one year of discharge from DCFS guardianship or custody)', 'former ward died'],
			description: 'A child or youth for whom the Department was legally responsible dies within one year of discharge from guardianship or custody.',
			notifications: [{ ...LAW_ENFORCEMENT_PER_300, contact: 'procedures-300-contacts', action: 'Contact the other required contacts of Procedures 300' }, { contact: 'oig', action: 'Report the death to the OIG (the child was in DCFS guardianship or custody within the preceding 12 months)', by: 'Child Protection Specialist, if SCR takes a report', clock: { kind: 'unstated' }, cite: cite('331 Appendix D', 'DCFS OIG at 800-722-9124 if there was an open service case or DCP investigation within preceding 12 months.') }],
		},
		{
			name: 'Death, Non-DCFS Child/Youth in Care',
			aliases: ['Death, Non-DCFS Child or Youth in Care', 'child died in a foster home or day care'],
			description: 'A non-DCFS child or youth, or a child of a youth in care, dies in a DCFS-licensed entity (foster home, day care center…), or the Department has current or prior involvement.',
			notifications: [
				{ ...LAW_ENFORCEMENT_PER_300, contact: 'procedures-300-contacts', action: 'Contact the other required contacts of Procedures 300' },
				{ ...oigIfLicensedSetting('DCFS OIG at 800-722-9124 if the incident occurs on the premises of a DCFS/POS licensed facility'), by: 'Child Protection Specialist, if SCR takes a report', clock: { kind: 'unstated' } },
				{ ...LICENSING_IF_LICENSED_SETTING, by: 'Child Protection Specialist, if SCR takes a report' },
			],
			notes: ['If SCR does not take a report, the death is captured by the SCR Sudden and Unusual Death Tracking Log.'],
		},
	],
};

/** 331.50(b) Alleged abuse/neglect reports. */
export const ABUSE_NEGLECT: CategoryRows = {
	categoryId: 'abuse-neglect',
	category: '331.50(b) Alleged Abuse/Neglect Reports of Children or Youth in Care or Served by the Department',
	group: 'child-youth',
	primaryAction: 'contact-scr',
	intactFamily: 'required',
	critical: 'if-serious-harm-or-personnel',
	notifications: [LAW_ENFORCEMENT_PER_300, ...ABUSE_IMMEDIATE],
	notes: ['Document every additional action in contact notes.'],
	dispositionBy: 'Assigned Child Protection Specialist and Supervisor, through the investigation (Rule and Procedures 300)',
	cite: [cite('331.50', 'All Abuse/Neglect Significant Events are required to be reported to SCR (phone: 800-252-2873). If a report is taken, SCR will enter the Significant Event Report in SAWCIS.'), cite('331 Appendix D', 'Contact SCR … Permanency Worker notifies: The child or youth\'s Guardian Ad Litem; DCFS Guardian; Parents, siblings, family members and visiting resources; Child/youth\'s mental health professional…')],
	events: [
		{ name: 'Alleged Sexual Abuse of a Child or Youth', description: 'A child or youth in care or served is alleged to have been sexually abused by a parent, caregiver, family or household member, paramour or other person responsible for the child\'s welfare.', ownNotifications: [LAW_ENFORCEMENT_SEXUAL, ...ABUSE_IMMEDIATE], fallback: NOT_TAKEN('alleged-victim-of-sexual-abuse') },
		{ name: 'Alleged Physical Abuse of a Child or Youth', description: 'A child or youth in care or served is alleged to have been physically abused by a person responsible for the child\'s welfare.', fallback: NOT_TAKEN('alleged-victim-of-physical-abuse-assault') },
		{ name: 'Alleged Sexual Assault of a Child or Youth', description: 'A child or youth in care or served is alleged to have been the victim of forced sexual acts (rape, date rape, attempted rape) by a person who is not a caregiver.', ownNotifications: [LAW_ENFORCEMENT_SEXUAL, ...ABUSE_IMMEDIATE], fallback: NOT_TAKEN('alleged-victim-of-sexual-assault') },
		{ name: 'Alleged Neglect of a Child or Youth', description: 'A child or youth in care or served is allegedly not receiving proper or necessary nourishment, medical care or other care.', fallback: NOT_TAKEN('alleged-victim-of-neglect') },
		{ name: 'Alleged Emotional/Verbal Abuse of a Child or Youth', aliases: ['emotional abuse', 'verbal abuse'], description: 'A caregiver allegedly controls the child through fear, humiliation, verbal assaults, threats, rejection or isolation.', fallback: NOT_TAKEN('alleged-victim-of-emotional-abuse') },
		{ name: 'Allegation #84-B Lock Out-Psychiatric Admission', aliases: ['locked out', 'lock out'], description: 'A parent or caregiver denies a child under 18 access to the home, with no other living arrangement, right after psychiatric hospital treatment.', critical: 'if-media', ownNotifications: [], notes: ['Appendix D: no additional reporting requirements.'] },
	],
};

/** 331.50(c) Human trafficking reports. */
export const HUMAN_TRAFFICKING: CategoryRows = {
	categoryId: 'human-trafficking',
	category: '331.50(c) Reports of Human Trafficking Involving Children or Youth in Care or Served by the Department',
	group: 'child-youth',
	primaryAction: 'contact-scr',
	intactFamily: 'required',
	critical: 'always',
	notifications: [
		{ contact: 'law-enforcement', action: 'Report the human trafficking to law enforcement', by: 'Permanency Worker (or the Child Protection Specialist if SCR takes a report)', clock: IMMEDIATELY, cite: cite('331.50', 'A Significant Event involving human trafficking of a child or youth in care or served by the Department shall be reported immediately to law enforcement authorities.') },
		...ABUSE_IMMEDIATE,
	],
	notes: ['Also comply with every reporting requirement of Procedures 302, Appendix C (Human Trafficking).', 'Document every additional action in contact notes.'],
	dispositionBy: 'Assigned Child Protection Specialist and Supervisor, through the investigation (Rule and Procedures 300)',
	cite: [cite('331.50', 'All Human Trafficking Significant Events are required to be reported to SCR (phone: 800-252-2873).')],
	events: [
		{ name: 'Suspected Victim of Human Trafficking', aliases: ['trafficking', 'sex trafficking'], description: 'Trafficking of a child or youth in care or served is alleged or presumed by caregivers, providers, workers or others (indicators in Procedures 302 Appendix C).', fallback: NOT_TAKEN('confirmed-or-suspected-victim-of-human-trafficking') },
		{ name: 'Confirmed Victim of Human Trafficking', description: 'Indicated reports of allegations #40/90, the child\'s own account of trafficking, or information from law enforcement.', fallback: NOT_TAKEN('confirmed-or-suspected-victim-of-human-trafficking') },
	],
};

/** 331.60 Missing or abducted children and youth in care. */
export const MISSING_ABDUCTED: CategoryRows = {
	categoryId: 'missing-abducted',
	category: '331.60 Reports of Missing or Abducted Children and Youth in Care',
	group: 'child-youth',
	primaryAction: 'contact-ciru',
	intactFamily: 'not-applicable',
	critical: 'if-media',
	notifications: [GAL_COPY],
	notes: ['CIRU enters the Significant Event Report in SACWIS; do not also record a Child/Youth Incident.', 'Complete the reporting requirements of Procedures 329.30 (missing children) and, on return, the debriefing of Procedures 329.50.'],
	dispositionBy: 'Permanency Worker, when the child returns or is located (Procedures 329.50)',
	cite: [cite('331.60', 'All Missing or Abducted Child and Youth Significant Events are required to be reported to CIRU at 866-503-0184 within one hour of realizing a child/youth is missing or has been abducted.'), cite('331 Appendix A', 'Child or Youth in Care Missing from Placement … Contact CIRU')],
	events: [
		{ name: 'Abducted from Placement', aliases: ['Child or Youth in Care Missing from Placement', 'kidnapping', 'abduction'], description: "The child's whereabouts are unknown and the child is known or believed to be concealed, detained or removed by another person in violation of a custody order.", critical: 'always', notifications: [familyImmediately()] },
		{ name: 'Whereabouts Unknown', aliases: ['Child or Youth in Care Missing from Placement', 'runaway', 'missing'], description: 'The whereabouts of a child or youth in care are unknown, no abduction is believed, and there has been no contact.', questions: ['absentOver24Hours'], notifications: [familyImmediately([IF.absentOver24Hours])] },
		{ name: 'Whereabouts Unknown, Periodic Contact with Caseworker', aliases: ['Child or Youth in Care Missing from Placement', 'runaway', 'missing'], description: 'The whereabouts are unknown and unverified, but the child or youth periodically calls, emails or checks in.', questions: ['absentOver24Hours'], notifications: [familyImmediately([IF.absentOver24Hours])] },
	],
};
