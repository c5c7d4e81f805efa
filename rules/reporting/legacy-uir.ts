import { z } from '../zod-mini';
import { cite, type Citation } from '../result';
import { findEvent } from './catalog';

/**
 * The 2001 Unusual Incident Report (UIR) codes of the former Procedures 331, Appendix A (P.T. 2001.30),
 * mapped to the current Significant Event catalog where an event now covers the same ground.
 * Historical reference only: Significant Event Reporting replaced the UIR and the CFS 119 (331.10).
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** One 2001 UIR code and where it went. */
export const LegacyUirCodeSchema = z.object({
	/** "A01" … "L12". */
	code: z.string().check(z.regex(/^[A-L]\d{2}$/)),
	/** The 2001 name, as printed. */
	name: z.string().check(z.minLength(1)),
	/** The current events that cover it (empty when none does). */
	mapsTo: z.array(z.string()),
	/** Why the mapping is partial or empty, when it is. */
	note: z.optional(z.string()),
});
export type LegacyUirCode = z.infer<typeof LegacyUirCodeSchema>;

/** The source of every row: Appendix A of the 2001 procedure. */
export const LEGACY_UIR_CITATION: Citation = cite('331 (2001) Appendix A', 'The following is a list of the codes and corresponding descriptions of events to be recorded on the CFS 119, Unusual Incident Report Form.');
/** Why the codes are historical. */
export const REPLACED_BY_CITATION: Citation = cite('331.10', 'These are reports formerly known as Unusual Incident Reports. … it is no longer necessary to record a child or youth incident (formerly UIR) in addition to reporting the incident to SCR or CIRU.');

const FIRE = ['dcfs', 'pos'].flatMap((w) => [`fire-natural-disaster-damaged-or-affected-${w}-foster-home`, `fire-natural-disaster-damaged-or-affected-${w}-licensed-relative-home`]);
const HAZARD = ['dcfs', 'pos'].flatMap((w) => [`hazardous-physical-conditions-discovered-at-a-${w}-foster-home`, `hazardous-physical-conditions-discovered-at-a-${w}-licensed-relative-home`]);

const ROWS: LegacyUirCode[] = [
	{ code: 'A01', name: 'Death, DCFS Ward', mapsTo: ['death-dcfs-child-or-youth-in-care-served-by-the-department'] },
	{ code: 'A02', name: 'Death, Former Ward', mapsTo: ['death-former-child-or-youth-in-care-within-one-year-of-discharge-from-guardianship'] },
	{ code: 'A03', name: 'Death, Non-DCFS Ward', mapsTo: ['death-non-dcfs-child-youth-in-care'] },
	{ code: 'B01', name: 'Sexual Abuse of a Ward', mapsTo: ['alleged-sexual-abuse-of-a-child-or-youth', 'alleged-victim-of-sexual-abuse'] },
	{ code: 'B02', name: 'Physical Abuse of a Ward', mapsTo: ['alleged-physical-abuse-of-a-child-or-youth', 'alleged-victim-of-physical-abuse-assault'] },
	{ code: 'B03', name: 'Sexual Assault of a Ward', mapsTo: ['alleged-sexual-assault-of-a-child-or-youth', 'alleged-victim-of-sexual-assault'] },
	{ code: 'B04', name: 'Neglect of a Ward', mapsTo: ['alleged-neglect-of-a-child-or-youth', 'alleged-victim-of-neglect'] },
	{ code: 'B05', name: 'Emotional/Verbal Abuse of a Ward', mapsTo: ['alleged-emotional-verbal-abuse-of-a-child-or-youth', 'alleged-victim-of-emotional-abuse'] },
	{ code: 'C01', name: 'Sexually Aggressive Behavior by a Ward', mapsTo: ['sexually-problematic-behavior'], note: 'Sexual aggression is now part of Sexually Problematic Behavior (331.70(e)).' },
	{ code: 'C02', name: 'Sexually Problematic Behavior by a Ward', mapsTo: ['sexually-problematic-behavior'] },
	{ code: 'D01', name: 'Accidental Injury/Wound', mapsTo: ['accidental-injury-wound-requiring-medical-attention-does-not-include-injury-related-to-restraints'] },
	{ code: 'D02', name: 'Self-inflicted Injury/Wound', mapsTo: ['self-inflicted-injury-wound-requiring-medical-attention-includes-cutting-self-mutilation'] },
	{ code: 'D03', name: 'Ward Injured During Restraint', mapsTo: [], note: 'No separate event: the injury is recorded in the Restrictive Behavior Management part of the Child/Youth Incident (331.190(f)).' },
	{ code: 'E01', name: 'Ward Refused Medication', mapsTo: ['child-or-youth-refuses-medication'] },
	{ code: 'E02', name: 'Medication Dispensing Error by Staff', mapsTo: ['medication-dispensing-error'] },
	{ code: 'E03', name: 'Medical/Psychiatric Emergency', mapsTo: ['emergency-treatment', 'psychiatric-emergency', 'medication-adverse-reaction'], note: 'Split into Emergency Treatment, Psychiatric Emergency and Medication – Adverse Reaction.' },
	{ code: 'F01', name: 'Ward Suspended from School', mapsTo: ['child-or-youth-suspended-from-school'] },
	{ code: 'F02', name: 'Ward Expelled from School', mapsTo: ['child-or-youth-expelled-from-school'] },
	{ code: 'G01', name: 'Medical Hospitalization', mapsTo: ['hospitalization-general-admission'] },
	{ code: 'G02', name: 'Psychiatric Hospitalization', mapsTo: ['hospitalization-psychiatric-admission'] },
	{ code: 'H01', name: 'Ward Arrested, Charged with or Convicted of a Crime', mapsTo: ['child-or-youth-arrested', 'child-or-youth-charged-with-a-crime', 'child-or-youth-convicted-of-a-crime'] },
	{ code: 'H02', name: 'Foster Parent Suspected, Arrested or Convicted of a Crime', mapsTo: ['dcfs-foster-parent-arrested-charged-with-convicted-of-a-crime', 'pos-foster-parent-arrested-charged-with-convicted-of-a-crime', 'dcfs-licensed-relative-caregiver-arrested-charged-with-convicted-of-a-crime', 'pos-licensed-relative-caregiver-arrested-charged-with-convicted-of-a-crime', 'unlicensed-caregiver-arrested-charged-with-convicted-of-a-crime'] },
	{ code: 'H03', name: 'DCFS/Purchase of Service (POS) Employee Arrested, Charged with or Convicted of a Crime', mapsTo: ['dcfs-personnel-arrested-charged-with-convicted-of-a-crime', 'pos-facility-personnel-arrested-charged-with-convicted-of-a-crime'] },
	{ code: 'I01', name: 'Ward Put in Restraint', mapsTo: [], note: 'No separate event: restraint is documented as a Restrictive Behavior Management intervention in the Child/Youth Incident (331.190(e)).' },
	{ code: 'I02', name: 'Ward Put in Confinement', mapsTo: [], note: 'No separate event: seclusion is documented as a Restrictive Behavior Management intervention (331.190(e)); seclusion over the limits goes to the Deputy Director of Clinical Services and the licensing representative.' },
	{ code: 'I03', name: 'Ward Restrained/Confined 5 or More Times in 30 Days', mapsTo: [], note: 'No current equivalent.' },
	{ code: 'J01', name: 'Ward on Runaway/Missing', mapsTo: ['whereabouts-unknown', 'whereabouts-unknown-periodic-contact-with-caseworker'], note: 'Now reported to CIRU within one hour (331.60).' },
	{ code: 'J02', name: 'Ward in Possession of a Weapon', mapsTo: ['child-or-youth-in-possession-of-weapon-and-or-ammunition'] },
	{ code: 'J03', name: 'Ward Displays Physically Aggressive Behavior', mapsTo: ['displays-physically-aggressive-behavior'] },
	{ code: 'J04', name: 'Property Damage by a Ward', mapsTo: ['personal-injury-property-damage-or-bodily-injury-over-50-caused-by-the-actions-of-a-child-or-youth', 'property-damage-of-a-child-or-youth-over-50'] },
	{ code: 'J05', name: 'Suicide Attempt by a Ward', mapsTo: ['incidents-of-suicidal-threats-or-attempts'] },
	{ code: 'J06', name: 'Suicide Ideation/Threat by a Ward', mapsTo: ['incidents-of-suicidal-threats-or-attempts'] },
	{ code: 'J07', name: 'Suspected Alcohol or Substance Abuse by a Ward', mapsTo: ['suspected-alcohol-or-substance-abuse-by-a-child-or-youth'] },
	{ code: 'K01', name: 'Robbery/Burglary Occurred on Premises', mapsTo: ['robbery-or-burglary-occurred-on-premises-day-care-facility', 'robbery-or-burglary-occurred-on-premises-dcfs-office', 'robbery-or-burglary-occurred-on-premises-pos-office-facility', 'robbery-or-burglary-occurred-on-premises-youth-apartment'] },
	{ code: 'K02', name: 'Fire/Natural Disaster Damaged or Affected Facility/Home', mapsTo: [...FIRE, 'fire-natural-disaster-damaged-or-affected-day-care-facility', 'fire-natural-disaster-damaged-or-affected-dcfs-office', 'fire-natural-disaster-damaged-or-affected-pos-office-facility', 'fire-natural-disaster-damaged-or-affected-youth-apartment', 'fire-natural-disaster-damaged-or-affected-unlicensed-caregiver-home'] },
	{ code: 'K03', name: 'Hazardous/Physical Condition Discovered at Facility', mapsTo: [...HAZARD, 'hazardous-physical-conditions-discovered-at-a-day-care-facility', 'hazardous-physical-conditions-discovered-at-a-dcfs-office', 'hazardous-physical-conditions-discovered-at-a-pos-office-facility-day-care', 'hazardous-physical-conditions-discovered-at-a-youth-apartment', 'hazardous-physical-conditions-discovered-at-an-unlicensed-caregiver-home'] },
	{ code: 'K04', name: 'Serious Incident Resulting in Legal Action By/Against Child Care Facility', mapsTo: ['serious-incident-resulting-in-legal-action-against-facility', 'serious-incident-resulting-in-legal-action-taken-by-facility'] },
	{ code: 'L01', name: 'Kidnapping/Abduction of a Ward', mapsTo: ['abducted-from-placement'] },
	{ code: 'L02', name: "Identification of a Parenting Ward or Discovery of a Ward's Pregnancy", mapsTo: ['pregnant-youth', 'parenting-youth-mother', 'parenting-youth-father'] },
	{ code: 'L03', name: 'Media Involvement/Media Inquiry', mapsTo: ['media-high-profile-events', 'media-high-profile-event-involving-personnel-caregivers-and-facilities', 'caregiver-of-a-child-or-youth-in-care-media-related', 'closed-case-former-child-or-youth-in-care-media-related'] },
	{ code: 'L04', name: 'Ward Victim of Assault', mapsTo: ['alleged-victim-of-physical-abuse-assault', 'youth-victimized-physical-bodily-harm'], note: 'Assault by a non-caregiver is 331.70(a); assault by a peer is Peer to Peer Youth Violence (331.70(c)).' },
	{ code: 'L05', name: 'Threats Made Against DCFS/POS Staff or Facility, Including Bomb Threats, Firearms, or Riot/Mob Action', mapsTo: ['threat-made-against-dcfs-office', 'threat-made-against-pos-office-facility', 'threat-made-against-day-care-facility', 'threat-made-against-youth-apartment', 'parent-case-member-threat-against-employee-or-facility', 'dcfs-personnel-victim-of-workplace-violence-or-threat-of-violence'] },
	{ code: 'L06', name: 'Ward Involved in Accident', mapsTo: ['child-or-youth-involved-in-an-accident-vehicular-sports-related-falls-other'] },
	{ code: 'L07', name: 'Falsification of Credentials or Records', mapsTo: ['falsification-of-credentials-or-records'] },
	{ code: 'L08', name: 'Misrepresentation of Services or Cost of Services Provided', mapsTo: ['misrepresentation-of-services-or-costs'] },
	{ code: 'L09', name: 'Violation of a Court Order', mapsTo: ['violation-of-a-court-order-juvenile-civil-criminal-requires-court-order-finding'], note: 'Now reported only when a court has found a violation.' },
	{ code: 'L10', name: 'Report Against DCFS or POS Worker Involving a Ward', mapsTo: [], note: 'No separate event: the allegation is reported to SCR, and DCFS/POS personnel involvement makes it a Critical Event (331.120).' },
	{ code: 'L11', name: 'Employee, other than Law Enforcement Officer, Has Firearms on Premises', mapsTo: ['dcfs-personnel-has-unauthorized-firearm-on-premises', 'pos-facility-personnel-has-unauthorized-firearm-on-premises'] },
	{ code: 'L12', name: 'Bribery or Attempted Bribery of a DCFS Employee', mapsTo: ['bribery-or-attempted-bribery-of-dcfs-personnel'] },
];

/** The 2001 UIR codes A01–L12 with their current events, validated at load (every mapped id exists). */
export const LEGACY_UIR_CODES: readonly LegacyUirCode[] = z
	.array(LegacyUirCodeSchema)
	.check(z.superRefine((rows, ctx) => rows.forEach((r, i) => r.mapsTo.forEach((id, j) => findEvent(id) || ctx.addIssue({ code: 'custom', path: [i, 'mapsTo', j], message: `no current event "${id}"` })))))
	.parse(ROWS);

/** The 2001 clocks, for comparison with today's (historical). */
export const LEGACY_TIMELINES = [
	{ text: 'Notify the Department immediately by telephone, fax or other electronic means.', cite: cite('331 (2001) 331.30', 'persons who are required to report unusual incidents shall Immediately notify the Department by telephone, fax or other electronic means.') },
	{ text: 'Complete the CFS 119, Unusual Incident Report Form, within two working days.', cite: cite('331 (2001) 331.30', 'Once immediate notification is made, the reporter of the incident must complete a CFS 119, Unusual Incident Report Form within two working days.') },
	{ text: 'Enter the UIR in the UIR Reporting System within 5 working days of the incident.', cite: cite('331 (2001) 331.30', 'Ensure that the UIR is entered into the UIR Reporting System within 5 working days of the incident') },
] as const;
