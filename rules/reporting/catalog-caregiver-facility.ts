import { cite } from '../result';
import type { CategoryRows, EventRow } from './category';
import type { NotificationInput } from './schema';

/**
 * Caregiver and facility related incidents and personnel/caregiver/facility media events
 * (331.140(b)–(d), Appendix F: "Create Facility/Caregiver Incident"). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const IMMEDIATELY = { kind: 'immediately', afterHours: 'same' } as const;
const FACILITY_INCIDENT = 'create-facility-caregiver-incident' as const;
const APPENDIX_F = cite('331 Appendix F', 'These are entered in SACWIS via the Create Facility/Caregiver Incident option on the SACWIS menu bar');

const OIG_CRIMINAL: NotificationInput = { contact: 'oig', action: 'Report the alleged violation of the Criminal Code by the caregiver to the OIG', by: 'The person required to report', clock: IMMEDIATELY, cite: cite('331.140', 'Significant Events involving alleged violations of the Criminal Code by a caregiver shall be immediately reported to the OIG at 800-722-9124 in accordance with Procedures 430…') };
const LICENSING_REP_CRIMINAL: NotificationInput = { contact: 'licensing-unit', action: "Notify the provider's DCFS/POS Licensing Representative by phone or email (the Licensing Representative confers with the Licensing Supervisor, protects the children in the home, and records the Significant Event Report in SACWIS within 24 hours, excluding weekends and holidays)", by: 'The person required to report', clock: IMMEDIATELY, cite: cite('331.140', 'Upon learning that a Significant Event has occurred involving alleged criminal behavior of a licensed caregiver, persons who are required to report Significant Events shall immediately notify the provider\'s DCFS/POS Licensing Representative by phone or email.') };
const LICENSING_VIOLATION: NotificationInput = { contact: 'licensing-unit', action: 'Report the possible licensing violation to the appropriate licensing unit (Procedures 383)', by: 'The person required to report', clock: { kind: 'unstated' }, cite: cite('331.140', 'Significant Events involving possible licensing violations shall also be reported to the appropriate licensing unit in accordance with Procedures 383, Licensing Enforcement') };
const DISRUPTION = 'Reportable only when customary operations, routines or relationships at the home or facility are disrupted (tornado, flood, earthquake, severe winter storm, utility emergency such as a gas leak).';

const home = (who: 'DCFS' | 'POS', kind: 'Foster' | 'Licensed Relative'): EventRow[] => {
	const disposition = kind === 'Foster' ? `Respective ${who} Foster Care Licensing Supervisor${who === 'POS' ? '/Staff' : ''}` : `Respective ${who} Licensing Supervisor`;
	const person = kind === 'Foster' ? `${who} Foster Parent` : `${who} Licensed Relative Caregiver`;
	const place = kind === 'Foster' ? `${who} Foster Home` : `${who} Licensed Relative Home`;
	return [
		{ name: `${person} Arrested, Charged With, Convicted of a Crime`, aliases: ['Foster Parent Suspected, Arrested or Convicted of a Crime', 'caregiver arrested'], description: `A ${kind === 'Foster' ? 'foster parent' : 'licensed relative caregiver'} (${who}) is suspected of, arrested for, or convicted of a crime.`, notifications: [OIG_CRIMINAL, LICENSING_REP_CRIMINAL], dispositionBy: disposition },
		{ name: `Fire/Natural Disaster Damaged or Affected ${place}`, aliases: ['fire', 'tornado', 'flood'], description: `Fire or a natural disaster damaged or disrupted a ${who} ${kind === 'Foster' ? 'foster' : 'licensed relative'} home.`, notifications: [LICENSING_VIOLATION], notes: [DISRUPTION], dispositionBy: disposition },
		{ name: `Hazardous Physical Conditions Discovered at a ${place}`, aliases: ['hazard', 'unsafe home'], description: `A dangerous condition of the home, grounds, materials or weapons at a ${who} ${kind === 'Foster' ? 'foster' : 'licensed relative'} home threatens children or others.`, notifications: [LICENSING_VIOLATION], dispositionBy: disposition },
	];
};

/** 331.140(b) Caregiver related incidents (licensed caregivers; unlicensed ones are 331.70(i)). */
export const CAREGIVER: CategoryRows = {
	categoryId: 'caregiver', category: '331.140(b) Caregiver Related Incidents',
	group: 'personnel-caregiver-facility', primaryAction: FACILITY_INCIDENT, intactFamily: 'not-applicable', critical: 'if-media', dispositionBy: 'Respective Licensing Supervisor', autoClose: true, notifications: [],
	notes: ['Each event must be reported immediately after it occurs. No exceptions.', 'Incidents about unlicensed caregivers are recorded as Child/Youth Incidents from the family or child case (331.70(i)).'],
	cite: [cite('331.140', 'A Significant Event Report shall be made for a Significant Event or incident involving caregivers … Each event/occurrence must be reported immediately after it occurs. No exceptions are permitted.'), APPENDIX_F],
	events: [...home('DCFS', 'Foster'), ...home('POS', 'Foster'), ...home('DCFS', 'Licensed Relative'), ...home('POS', 'Licensed Relative')],
};

const DAY_CARE = 'Respective Day Care Licensing Supervisor';
const RESIDENTIAL = 'Designated individuals within Residential Monitoring';
const APT = 'Designated individuals within Agency Monitoring and the Agency Performance Teams (APT)';
const DCFS_OFFICE = 'The responsible Division (331.210); 331.220 names no reviewer for DCFS offices';
const YOUTH_APARTMENT = 'For a youth in an Independent or Transitional Living Program apartment or residence in the community.';

/** Fire, hazard, robbery/burglary and threat rows for each kind of premises. */
const premises = (names: { fire: string; hazard: string; robbery: string; threat: string }, dispositionBy: string, notes: string[] = []): EventRow[] => [
	{ name: names.fire, aliases: ['fire', 'tornado', 'flood', 'gas leak', 'Fire/Natural Disaster Damaged or Affected Facility/Home'], description: 'Fire, a natural disaster or a utility emergency damaged or disrupted the premises.', notes: [DISRUPTION, ...notes], dispositionBy },
	{ name: names.hazard, aliases: ['hazard', 'Hazardous/Physical Condition Discovered at Facility'], description: 'A dangerous condition of the building, grounds, materials or weapons threatens children, staff or others.', notes, dispositionBy },
	{ name: names.robbery, aliases: ['robbery', 'burglary', 'break-in', 'Robbery/Burglary Occurred on Premises'], description: 'A robbery or burglary (break-in) occurred on the premises.', notes, dispositionBy },
	{ name: names.threat, aliases: ['threat', 'bomb threat', 'Threats Made Against DCFS/POS Staff or Facility'], description: 'An act communicated to inflict physical, emotional or other harm, or to confine or restrain someone, was made against the premises.', notes, dispositionBy },
];

/** 331.140(c) Facility related incidents. */
export const FACILITY: CategoryRows = {
	categoryId: 'facility', category: '331.140(c) Facility Related Incidents',
	group: 'personnel-caregiver-facility', primaryAction: FACILITY_INCIDENT, intactFamily: 'not-applicable', critical: 'if-media', dispositionBy: APT, autoClose: true, notifications: [],
	cite: [cite('331.140', 'Facility Related Incident means an incident involving the Department, agencies and extensions of the Department such as contracted providers.'), APPENDIX_F],
	events: [
		{
			name: 'Bribery or Attempted Bribery of DCFS Personnel', aliases: ['Bribery or Attempted Bribery of a DCFS Employee', 'bribe'], description: 'A DCFS employee accepted, was given, offered or promised money or a favor to influence official conduct.', autoClose: false, dispositionBy: DCFS_OFFICE,
			notifications: [
				{ contact: 'oig', action: 'Report the bribery or attempted bribery to the OIG', by: 'The employee', clock: IMMEDIATELY, cite: cite('331.140', 'Significant Events involving Bribery or Attempted Bribery of a DCFS employee shall be reported immediately by the employee to the DCFS Inspector General (OIG) at 800-722-9124 and also to the employee\'s supervisor.') },
				{ contact: 'supervisor', action: 'Report the bribery or attempted bribery to your supervisor', by: 'The employee', clock: IMMEDIATELY, cite: cite('331.140', '…shall be reported immediately by the employee … and also to the employee\'s supervisor.') },
			],
		},
		{ name: 'Bribery or Attempted Bribery of POS/Facility Personnel', aliases: ['bribe'], description: 'A POS or facility employee accepted, was given, offered or promised money or a favor to influence official conduct.' },
		{ name: 'Closed Case / Former Child or Youth in Care-Media Related', aliases: ['Closed Case / Former Child/Youth In Care-Media Related Notification', 'media'], description: 'A media event or inquiry about a former child or youth in care whose case is closed.', critical: 'always' },
		{ name: 'Day Care Provider Arrested, Charged With, Convicted of a Crime', aliases: ['day care arrest'], description: 'An employee of a DCFS-licensed day care facility has been arrested, charged with or convicted of a crime.', dispositionBy: DAY_CARE },
		{ name: 'Falsification of Credentials or Records', aliases: ['fake credentials', 'falsified records'], description: 'False qualifications submitted for employment decisions, or misrepresentation, falsification or omission of facts in records (case records, testimony, vouchers, timesheets).' },
		{ name: 'Misrepresentation of Services or Costs', aliases: ['Misrepresentation of Services or Cost of Services Provided', 'billing fraud'], description: 'Services reported but not provided, or costs intentionally inflated (or understated to win a bid).' },
		...premises({ fire: 'Fire/Natural Disaster Damaged or Affected Day Care Facility', hazard: 'Hazardous Physical Conditions Discovered at a Day Care Facility', robbery: 'Robbery or Burglary Occurred on Premises-Day Care Facility', threat: 'Threat Made Against Day Care Facility' }, DAY_CARE),
		...premises({ fire: 'Fire/Natural Disaster Damaged or Affected DCFS Office', hazard: 'Hazardous Physical Conditions Discovered at a DCFS Office', robbery: 'Robbery or Burglary Occurred on Premises-DCFS Office', threat: 'Threat Made Against DCFS Office' }, DCFS_OFFICE),
		...premises({ fire: 'Fire/Natural Disaster Damaged or Affected POS Office/Facility', hazard: 'Hazardous Physical Conditions Discovered at a POS Office/Facility/Day Care', robbery: 'Robbery or Burglary Occurred on Premises-POS Office/Facility', threat: 'Threat Made Against POS Office/Facility' }, APT),
		...premises({ fire: 'Fire/Natural Disaster Damaged or Affected Youth Apartment', hazard: 'Hazardous Physical Conditions Discovered at a Youth Apartment', robbery: 'Robbery or Burglary Occurred on Premises-Youth Apartment', threat: 'Threat Made Against Youth Apartment' }, RESIDENTIAL, [YOUTH_APARTMENT]),
		{ name: 'Non-Child/Youth in Care Injury at Day Care Facility', aliases: ['child hurt at day care'], description: 'A child the Department is not responsible for or serving was injured in a DCFS-licensed day care facility.', dispositionBy: DAY_CARE, notes: ['Recorded by the day care licensing representative upon learning of it, and reported to the day care licensing supervisor and manager.', 'If the injury is due to alleged abuse or neglect, mandated reporters must report it to SCR (Procedures 300).'] },
		{ name: 'Other Day Care Related Incident', description: 'Any other significant day care incident needing attention and action by Day Care Licensing staff and management.', dispositionBy: DAY_CARE },
		{ name: 'Serious Incident Resulting in Legal Action Against Facility', aliases: ['lawsuit', 'Serious Incident Resulting in Legal Action By/Against Child Care Facility'], description: 'An incident involving a child in care, an employee or a facility where legal proceedings have been or may be started against the Department, a POS agency or a child care facility.' },
		{ name: 'Serious Incident Resulting in Legal Action Taken by Facility', aliases: ['Serious Incident Resulting in Legal Action by Facility', 'lawsuit'], description: 'An incident where legal proceedings have been or may be started by the Department, a POS agency, a child care facility or its personnel.' },
	],
};

/** Fixes the Appendix F spelling "Daycare" and the shorter POS office threat name as aliases. */
const FACILITY_ALIASES: Record<string, string[]> = {
	'Fire/Natural Disaster Damaged or Affected Day Care Facility': ['Fire/Natural Disaster Damaged or Affected Daycare Facility', 'Fire/Natural Disaster Damaged Or Affected Daycare Facility'],
	'Threat Made Against Day Care Facility': ['Threat Made Against Daycare Facility'],
	'Threat Made Against POS Office/Facility': ['Threat Made Against POS Office'],
	'Fire/Natural Disaster Damaged or Affected DCFS Office': ['Fire/Natural Disaster Damaged Or Affected DCFS Office'],
	'Fire/Natural Disaster Damaged or Affected POS Office/Facility': ['Fire/Natural Disaster Damaged Or Affected POS Office/Facility'],
};
for (const e of FACILITY.events) e.aliases = [...(e.aliases ?? []), ...(FACILITY_ALIASES[e.name] ?? [])];

/** 331.140(d) Media involvement regarding personnel, caregivers or facilities. */
export const MEDIA_PERSONNEL: CategoryRows = {
	categoryId: 'media-personnel', category: '331.140(d) Media Involvement/High Profile Personnel, Caregiver or Facility Incidents',
	group: 'personnel-caregiver-facility', primaryAction: 'click-media-high-profile', intactFamily: 'not-applicable', critical: 'always', dispositionBy: APT, autoClose: true, notifications: [],
	notes: ['Usually related to an open investigation of a licensed facility, day care or foster home; legal action against an employee, facility or other DCFS/POS entity; or press about the care of children in facilities.'],
	cite: [cite('331.140', 'Media-High Profile Event means an incident involving personnel, caregivers and facilities … where there is current media involvement, or there has been a media inquiry…'), cite('331 Appendix A', 'Click Media/High Profile/Critical Event')],
	events: [{ name: 'Media-High Profile Event Involving Personnel, Caregivers and Facilities', aliases: ['Media-High Profile Event', 'media inquiry', 'press', 'reporter'], description: 'An incident or SCR report about personnel, caregivers or facilities with media involvement or a media inquiry.' }],
};
