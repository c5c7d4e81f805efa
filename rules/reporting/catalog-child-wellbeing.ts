import { cite } from '../result';
import type { CategoryRows } from './category';
import { DETERMINE_CONTACTS, GAL_COPY, IF } from './notify';
import type { NotificationInput } from './schema';

/**
 * Child/Youth Incidents of 331.70(e)–(j): sexualized behavior, medical/psychiatric, injuries,
 * pregnancy and parenting, circumstances involving unlicensed caregivers, media. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const INCIDENT = 'create-child-youth-incident' as const;
const DISPOSITION = "Supervisor of the child's assigned Permanency or Intact Family Services Worker (the next manager up if that supervisor recorded it)";
const INCIDENT_CITE = cite('331.70', 'All child/youth incidents must be recorded in SACWIS and each event/incident must be recorded immediately after it occurs or immediately after the event/incident becomes known, but no later than within 24 hours, excluding weekends and holidays…');
const BASE = [GAL_COPY, DETERMINE_CONTACTS];

/** 331.70(e) Sexualized behavior incidents. */
export const SEXUALIZED_BEHAVIOR: CategoryRows = {
	categoryId: 'sexualized-behavior', category: '331.70(e) Sexualized Behavior Incidents',
	group: 'child-youth', primaryAction: INCIDENT, intactFamily: 'required', critical: 'if-media', dispositionBy: DISPOSITION, notifications: BASE,
	cite: [INCIDENT_CITE],
	events: [
		{ name: 'Sexualized Behavior', description: 'Mutual or non-mutual exploration or non-sanctioned sexual behavior without force, power, coercion or threats.' },
		{ name: 'Sexually Problematic Behavior', aliases: ['Sexually Aggressive Behavior', 'public masturbation', 'exhibitionism'], description: 'Sexual behavior that is not usual and expected (public masturbation, voyeurism, exhibitionism, sexual aggression, risky online sexual activity).' },
	],
};

const MEDICATION = 'Record the name of the medication and the dosage in the incident narrative.';

/** 331.70(f) Medical/psychiatric incidents. */
export const MEDICAL_PSYCHIATRIC: CategoryRows = {
	categoryId: 'medical-psychiatric', category: '331.70(f) Medical/Psychiatric Incidents',
	group: 'child-youth', primaryAction: INCIDENT, intactFamily: 'not-required', critical: 'if-media', dispositionBy: DISPOSITION, notifications: BASE,
	cite: [INCIDENT_CITE],
	events: [
		{ name: 'Child or Youth Refuses Medication', aliases: ['Child or Youth Refused Medication', 'Ward Refused Medication'], description: 'A child or youth in care refuses prescribed medication and that may jeopardize health or well-being.', forms: [MEDICATION, 'Refusals within the same 24 hours go in one incident, with the number of refusals.'] },
		{ name: 'Medication Dispensing Error', aliases: ['Medication Dispending Error', 'overdosed', 'under dosed', 'wrong medication', 'missed dose'], description: 'A child in care received an overdose, an underdose, the wrong medication, or missed a dose, with risk to health.', forms: ['Record the nature of the error (over, under, wrong medication, missed dose), the medication and the dosage given.'] },
		{ name: 'Medication – Adverse Reaction', aliases: ['Medication - Adverse Reaction'], description: 'A child or youth in care reacts badly to a prescribed or over-the-counter medication.', forms: [MEDICATION + ' Say whether it was prescribed or over the counter.'] },
		{ name: 'Allergic/Adverse Reactions (includes food and environmental allergies)', aliases: ['Allergic/Adverse Reaction (includes food and environmental allergies)', 'bee sting', 'allergy'], description: 'A child or youth in care has a food or environmental allergic reaction (stings, bites, cleaners…).' },
		{ name: 'Incidents of Suicidal Threats or Attempts', aliases: ['suicide attempt', 'suicide ideation'], description: 'A child or youth in care or served attempted suicide or conveyed a mental image of committing suicide.', intactFamily: 'required' },
		{ name: 'Psychotropic Medication – Emergency Administration', aliases: ['Psychotropic Medication - Emergency Administration'], description: 'An emergency or one-time non-emergency psychotropic medication was given (Policy Guide 2012.04).', forms: ['The examining physician or registered nurse submits a CFS 431-A and CFS 431-A Cover to the DCFS Guardian for each administration (Rule 325).'] },
		{ name: 'Psychiatric Emergency', description: 'A child or youth in care or served received emergency psychiatric treatment or assessment, including for suicidal or self-harming behavior.', intactFamily: 'required' },
		{ name: 'Hospitalization-Psychiatric Admission', aliases: ['Psychiatric Hospitalization'], description: 'A child or youth in care or served was admitted to a hospital or psychiatric facility for mental health reasons.', intactFamily: 'required' },
		{ name: 'Hospitalization-General Admission', aliases: ['Medical Hospitalization'], description: 'A child or youth in care was admitted to a hospital for reasons other than mental health.' },
		{ name: 'Other Hospitalization', description: 'Only when no other category fits; never for labor and delivery (record that under 331.70(h)).' },
		{ name: 'Emergency Treatment', aliases: ['Medical Emergency', 'emergency room', 'urgent care'], description: 'A child or youth in care or served needed emergency treatment for an urgent issue, serious accident or emergent condition (not routine acute illness).', intactFamily: 'required' },
		{ name: 'Surgical Treatment', aliases: ['surgery'], description: 'A child or youth in care undergoes planned or emergency surgery.' },
	],
};

/** 331.70(g) Injury related incidents. */
export const INJURY: CategoryRows = {
	categoryId: 'injury', category: '331.70(g) Injury Related Incidents',
	group: 'child-youth', primaryAction: INCIDENT, intactFamily: 'not-required', critical: 'if-media', dispositionBy: DISPOSITION, notifications: BASE,
	cite: [INCIDENT_CITE],
	events: [
		{ name: 'Accidental Injury/Wound Requiring Medical Attention (does not include injury related to restraints)', aliases: ['Accidental Injury/Wound', 'broken bone', 'burn'], description: 'An unintentional injury (cut, burn, broken bone, severe sprain) that needed a medical professional.', notes: ['Injuries during restraint are documented under Restrictive Behavior Management in the Child/Youth Incident (331.190(f)).'] },
		{ name: 'Self-Inflicted Injury/Wound Requiring Medical Attention (includes cutting/self-mutilation)', aliases: ['Self-inflicted Injury/Wound', 'cutting', 'self-harm'], description: 'A deliberately self-inflicted injury that needed a medical professional.', notes: ['Self-harm that needs no medical professional is documented in contact notes instead; congregate care staff share it with the Permanency Worker and clinical providers.'] },
		{ name: 'Child or Youth Involved in an Accident (vehicular, sports related, falls, other)', aliases: ['Ward Involved in Accident', 'car accident', 'fall'], description: 'A child or youth in care or served was in an accident (vehicle, sports, fall, field trip).', intactFamily: 'required' },
	],
};

const TPSN: NotificationInput = { contact: 'tpsn', action: 'Contact the Teen Parent Service Network; meet the other requirements of Procedures 302 Appendix J', by: 'Permanency Worker', when: [IF.pregnancyConfirmed], clock: { kind: 'immediately', afterHours: 'same' }, cite: cite('331.70', 'When a medical exam confirms that a child/youth in care is pregnant, the Permanency Worker shall immediately contact the Teen Parent Service Network (TPSN) at 773-239-9808.') };

/** 331.70(h) Identification of a pregnant or parenting child or youth in care. */
export const PREGNANT_PARENTING: CategoryRows = {
	categoryId: 'pregnant-parenting', category: '331.70(h) Identification of a Pregnant or Parenting Child or Youth in Care',
	group: 'child-youth', primaryAction: INCIDENT, intactFamily: 'not-required', critical: 'if-media', dispositionBy: DISPOSITION, notifications: [GAL_COPY],
	notes: ['Meet the other requirements of Procedures 302 Appendix J (Pregnant and/or Parenting Program).'],
	cite: [INCIDENT_CITE, cite('331 Appendix D', 'Whenever a medical exam confirms a child/in care is pregnant, the Permanency Worker notifies: Teen Parent Service Network (TPSN); The child or youth\'s Guardian Ad Litem; and Other required contacts outlined in Procedures 302.Appendix J.')],
	events: [
		{ name: 'Pregnant Youth', aliases: ['pregnancy'], description: 'A child or youth in care is pregnant.', questions: ['pregnancyConfirmed'], notifications: [TPSN] },
		{ name: 'Parenting Youth-Mother', description: 'A youth in care is a parenting mother.' },
		{ name: 'Parenting Youth-Father', description: 'A youth in care is a parenting father.' },
		{ name: 'Youth Paramour Pregnancy', aliases: ['Youth Paramour Pregnancy (a child/youth in care believes he may have impregnated a paramour, or believes he is the father of a child not yet born)'], description: 'A youth in care believes he may have made a partner pregnant, or is the father of a child not yet born.' },
		{ name: 'Delivery', aliases: ['birth', 'labor and delivery'], description: 'A youth in care gives birth (labor and delivery are recorded here, not as a hospitalization).' },
		{ name: 'Miscarriage', description: 'A youth in care has a miscarriage.' },
		{ name: 'Pregnancy Unfounded (confirmed negative or paternity negative)', aliases: ['Pregnancy Unfounded'], description: 'A pregnancy or paternity is confirmed negative.' },
		{ name: 'Stillbirth', description: 'A youth in care has a stillbirth.' },
	],
};

const MEDIA_NOTE = 'Selecting this circumstance checks the "media/high profile/critical event" indicator automatically and alerts the DCFS Office of Communications.';
const OIG_CAREGIVER: NotificationInput = { contact: 'oig', action: 'Report the alleged violation of the Criminal Code by the caregiver to the OIG', by: 'The person required to report', clock: { kind: 'immediately', afterHours: 'same' }, cite: cite('331.140', 'Significant Events involving alleged violations of the Criminal Code by a caregiver shall be immediately reported to the OIG at 800-722-9124 in accordance with Procedures 430…') };

/** 331.70(i) Child and youth circumstances involving (unlicensed) caregivers. */
export const CAREGIVER_CIRCUMSTANCES: CategoryRows = {
	categoryId: 'caregiver-circumstances', category: '331.70(i) Child and Youth Circumstances Involving Caregivers',
	group: 'child-youth', primaryAction: INCIDENT, intactFamily: 'not-applicable', critical: 'if-media', dispositionBy: "Supervisor of the assigned Permanency Worker", notifications: BASE,
	notes: ['Recorded from within the family or child case in SACWIS (Child/Youth Incident function), not as a Facility/Caregiver Incident (Appendix F).'],
	cite: [INCIDENT_CITE, cite('331 Appendix F', 'The following incidents involve unlicensed caregivers … These are entered from the respective family or child case via the SACWIS Child/Youth Incident function.')],
	events: [
		{ name: 'Caregiver of a Child or Youth in Care-Media Related', description: 'A caregiver is, has been, or plans to be involved in a media event, with no other incident circumstance.', critical: 'always', notes: [MEDIA_NOTE] },
		{ name: 'Fire/Natural Disaster Damaged or Affected Unlicensed Caregiver Home', aliases: ['Fire/Natural Disaster Damaged or Affected Unlicensed Relative Caregiver Home', 'Fire/Natural Disaster Damaged Or Affected Unlicensed Caregiver Home', 'tornado', 'flood', 'gas leak'], description: 'Fire, tornado, flood, earthquake, severe winter storm or a utility emergency disrupted an unlicensed caregiver home.' },
		{ name: 'Hazardous Physical Conditions Discovered at an Unlicensed Caregiver Home', aliases: ['Hazardous Physical Condition Discovered at Unlicensed Relative Caregiver Home', 'Hazardous Physical Condition Discovered at Unlicensed Caregiver Home', 'Hazardous Physical Conditions Discovered at an Unlicensed Relative Caregiver Home', 'Hazardous Physical Conditions Discovered at an Unlicensed Relative Home'], description: 'A dangerous condition in an unlicensed caregiver home threatens children, staff or others.' },
		{ name: 'Unlicensed Caregiver Arrested, Charged With, Convicted of a Crime', aliases: ['Unlicensed Relative Caregiver Arrested, Charged With, Convicted of a Crime', 'Unlicensed Relative Caregiver Arrested, Charged with or Convicted of a Crime', 'Unlicensed Caregiver Arrested, Charged with or Convicted of a Crime'], description: 'An unlicensed caregiver is suspected of, arrested for, or convicted of a crime.', notifications: [OIG_CAREGIVER] },
		{ name: 'Unlicensed Caregiver of a Child or Youth in Care-Media Related', description: 'An unlicensed caregiver is, has been, or plans to be involved in a media event.', critical: 'always', notes: [MEDIA_NOTE] },
	],
};

/** 331.70(j) Media involvement/high profile child and youth events. */
export const MEDIA_CHILD: CategoryRows = {
	categoryId: 'media-child', category: '331.70(j) Media Involvement/High Profile Child and Youth Events',
	group: 'child-youth', primaryAction: 'click-media-high-profile', intactFamily: 'not-applicable', critical: 'always', dispositionBy: DISPOSITION, notifications: [],
	notes: ['Check "Media/High Profile/Critical Event" on the SCR intake or the Child/Youth Incident, or click "DCFS/POS Personnel Related" from the intake or incident.'],
	cite: [cite('331.70', 'A Critical Event notification will be generated … when a Significant Event including a CA/N report and Child/Youth Incident has been reported to include media involvement or has been designated as high profile.'), cite('331 Appendix A', 'High Profile Events Related to current open case Related to current open investigation Related to former case/youth in care … Click Media/High Profile/Critical event')],
	events: [{ name: 'Media-High Profile Events', aliases: ['High Profile Events', 'media inquiry', 'press', 'reporter', 'Media Involvement/Media Inquiry'], description: 'A child or youth incident with media involvement or a media inquiry, related to an open case, an open investigation or a former case or youth in care.' }],
};
