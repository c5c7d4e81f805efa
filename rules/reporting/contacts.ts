import { cite } from '../result';
import type { Contact } from './schema';

/**
 * Everyone Procedures 331 tells a reporter to call, with the numbers exactly as printed there.
 * Each number is cited once, here. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */
export const CONTACTS: readonly Contact[] = [
	{ id: 'scr', name: 'State Central Register (SCR) hotline', phones: [{ label: 'Hotline', number: '800-252-2873' }], cite: cite('331.50', 'All Significant Events involving death of any child or youth in Illinois must be reported to SCR (phone: 800-252-2873).') },
	{ id: 'ciru', name: 'Child Intake and Recovery Unit (CIRU)', phones: [{ label: 'CIRU', number: '866-503-0184' }], cite: cite('331.60', 'All Missing or Abducted Child and Youth Significant Events are required to be reported to CIRU at 866-503-0184 within one hour…') },
	{ id: 'oig', name: 'DCFS Office of the Inspector General (OIG)', phones: [{ label: 'OIG', number: '800-722-9124' }], cite: cite('331.50', '…shall be reported immediately to the Office of the Inspector General (OIG) at 800-722-9124') },
	{ id: 'guardian', name: 'Office of the DCFS Guardian', phones: [{ label: 'Business hours', number: '312-814-8600' }, { label: 'After hours', number: '866-503-0184' }], cite: cite('331.70', '…shall immediately notify the Office of the DCFS Guardian at 312-814-8600 (after hours: 866-503-0184).') },
	{ id: 'law-enforcement', name: 'Law enforcement', phones: [{ label: 'Emergency', number: '911' }], note: 'Call 911 in an emergency, otherwise the local police.', cite: cite('331.50', 'A Significant Event involving death of any child/youth in Illinois shall also be reported immediately to: Law enforcement authorities…') },
	{ id: 'deputy-director-child-protection', name: 'DCFS Deputy Director of Child Protection', phones: [], note: 'No number is printed in Procedures 331; use the Department directory.', cite: cite('331.50', '…reported immediately to: Law enforcement authorities; and The DCFS Deputy Director of Child Protection.') },
	{ id: 'gal', name: "The child or youth's guardian ad litem (GAL) or attorney", phones: [], note: 'Appointed under Section 2-17 of the Juvenile Court Act; see the case record.', cite: cite('331.70', 'The guardian ad litem/attorney shall receive a copy of the Significant Event Report no later than 3 days after the report is entered in SACWIS.') },
	{ id: 'family', name: 'Parents, guardian or legal custodian (or next of kin), siblings and visiting resources', phones: [], note: 'See the case record.', cite: cite('331.100', '…the assigned DCFS or POS worker shall notify the parents, guardian or legal custodian.') },
	{ id: 'mental-health', name: "The child or youth's counselor, therapist or mental health professional and other involved service providers", phones: [], note: 'See the case record.', cite: cite('331.50', "The child/youth's counselor, therapist or mental health professional or other involved service providers.") },
	{ id: 'licensing-unit', name: 'DCFS or POS Licensing Unit that supervises the license', phones: [], note: "The home's or facility's Licensing Representative.", cite: cite('331.50', '…the Permanency Worker shall report the incident to the DCFS or POS Licensing Unit that supervises the license.') },
	{ id: 'ai-licensing-rep', name: "The agency's or facility's Agencies and Institutions (A&I) Licensing Representative", phones: [], note: 'After hours, call SCR at 800-252-2873 instead.', cite: cite('331.140', "During normal business hours, staff must immediately call the agency/facility's Agencies and Institutions (A&I) Licensing Representative…") },
	{ id: 'day-care-licensing-rep', name: "The home's or center's Day Care Licensing Representative", phones: [], note: 'After hours, call SCR at 800-252-2873 instead.', cite: cite('331.140', "During normal business hours, staff must immediately call the home/center's Day Care Licensing Representative…") },
	{ id: 'worker', name: "The child's DCFS/POS worker (Permanency or Intact Family Services Worker)", phones: [], note: 'If the worker is unavailable, ask for the supervisor; if both are unavailable, leave a detailed message with another staff person on the unit and note the date, time and name.', cite: cite('331.110', "…must call the child's DCFS/POS worker … to report a Child or Youth Significant Event immediately upon learning of the event.") },
	{ id: 'supervisor', name: 'Your supervisor', phones: [], cite: cite('331.100', 'The Permanency/Intact Family Service Worker must immediately confer with the Permanency Supervisor upon being informed of the event…') },
	{ id: 'advocacy-office', name: 'DCFS Advocacy Office for Children and Families', phones: [], note: 'No number is printed in Procedures 331.', cite: cite('331.140', 'The DCFS Advocacy Office for Children and Families will complete the Significant Event Report in SACWIS if the report is received from a reporter without access to SACWIS…') },
	{ id: 'tpsn', name: 'Teen Parent Service Network (TPSN)', phones: [{ label: 'TPSN', number: '773-239-9808' }], cite: cite('331.70', 'When a medical exam confirms that a child/youth in care is pregnant, the Permanency Worker shall immediately contact the Teen Parent Service Network (TPSN) at 773-239-9808.') },
	{ id: 'tristar', name: "TriStar (workers' compensation)", phones: [{ label: 'TriStar', number: '855-495-1554' }], cite: cite('331.140', 'The injured employee, or supervisor/administrator if the employee is unable, must report a work-related injury to TriStar (phone: 855-495-1554) within 24 hours of the injury…') },
	{ id: 'workers-comp-coordinator', name: "DCFS Worker's Compensation Coordinator", phones: [{ label: 'Coordinator', number: '217-524-2351' }], email: 'DCFS.WorkersComp@illinois.gov', cite: cite('331.140', "…and also contact the DCFS Worker's Compensation Coordinator (phone: 217-524-2351 or email: DCFS.WorkersComp@illinois.gov.") },
	{ id: 'osha', name: 'Illinois OSHA Reporting Hotline', phones: [{ label: 'Hotline', number: '800-782-7860' }], cite: cite('331.140', 'An employee workplace fatality must be reported within 8 hours and an employee workplace injury resulting in admittance to a hospital and all losses of an eye must be reported within 24 hours to the Illinois OSHA Reporting Hotline at 800-782-7860.') },
	{ id: 'labor-relations', name: 'Applicable Deputy Director and Labor Relations', phones: [{ label: 'Labor Relations', number: '217-557-1747' }], email: 'LaborRel@illinois.gov', cite: cite('331 Appendix G', 'The supervisor and/or next higher level administrator must notify the applicable Deputy Director and Labor Relations at 217-557-1747…') },
	{ id: 'emergency', name: 'Emergency services', phones: [{ label: 'Emergency', number: '911' }], cite: cite('331 Appendix G', 'The injured employee, when able to do so, should call 911 immediately if he/she is in a dangerous situation or needs immediate emergency assistance.') },
	{ id: 'critical-event-recipients', name: 'Executive staff, the DCFS Office of Communications and others who must be informed (Event Distribution List)', phones: [], note: 'Send from the Critical Event Monitoring Log in SACWIS, using DCFS Outlook only.', cite: cite('331.120', '…within 4 hours of becoming aware of the situation, to access the Critical Event Report in the monitoring log and email the Critical Event Report to all necessary parties…') },
];

/** The contact with this id; throws for an id the directory lacks (a catalog typo, caught by catalog.ts at load).
 * @example contactById('scr').phones[0].number //=> '800-252-2873' */
export function contactById(id: string): Contact {
	const found = CONTACTS.find((c) => c.id === id);
	if (!found) throw new Error(`No contact "${id}" in rules/reporting/contacts.ts`);
	return found;
}
