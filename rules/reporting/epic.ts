import { z } from '../zod-mini';

/**
 * The EPIC partner procedure for a customer incident (SNAP E&T; source: the partner's "EPIC Customer
 * Incident Reporting Procedure", seeds/000). It is not part of Procedures 331: a separate checklist for
 * partner staff. The document has no section numbers, so each step cites its own step number.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** One step of the EPIC procedure. */
export const EpicStepSchema = z.object({
	/** The step number as printed ("1", "3", "4"). */
	step: z.string(),
	title: z.string().check(z.minLength(1)),
	/** Sub-steps, in order. */
	details: z.array(z.string()),
});
export type EpicStep = z.infer<typeof EpicStepSchema>;

/** When the procedure applies, in its own words. */
export const EPIC_SCOPE = 'A Customer Incident Report or Workplace Violence Report will be completed for any sexual harassment or workplace violence incident that takes place involving an EPIC customer. A 2151A will also be uploaded with the recommended course of action for the client in regards to the incident.';

/** Where the partner procedure points for policy. */
export const EPIC_REFERENCES = [
	{ text: 'DHS SNAP E&T policy', href: 'http://www.dhs.state.il.us/page.aspx?item=82877' },
	{ text: 'EPIC partner dashboard', href: 'http://www.illinoisworknet.com/EpicDashboard' },
] as const;

/** The steps of the partner procedure, in order (steps 5 and 7 repeat the upload; both are kept as printed). */
export const EPIC_STEPS: readonly EpicStep[] = z.array(EpicStepSchema).parse([
	{ step: '1', title: 'Open the customer profile in EPIC', details: ['Log in to the EPIC dashboard (partners only).', 'Select the Customers tab in the dashboard menu.', 'Use the search criteria to narrow results and select Search.', 'Find the correct person in the results.', 'Select Profile.'] },
	{ step: '2', title: 'Select the Progress Page', details: [] },
	{ step: '3', title: 'Download and complete a 2151A (scroll to the bottom of the Progress Page)', details: ['Mark the Progress section: Non-cooperation.', 'Mark the Activity section, depending on the severity of the incident: "Recommend sanction" (sends the customer back to DHS) or "Joint staffing needed" (keeps the customer at the CBO but involves DHS in any conciliation appointments).', 'Write a detailed description of the incident on page 3 of the form, and copy it to a case note.'] },
	{ step: '4', title: 'Complete the incident form from the EPIC Partners Restricted Resources page', details: ['Use the Incident form for workplace violence, or the Incident form for sexual harassment and other incidents.', 'Include witness statements (they can be written on blank paper and uploaded as additional documents on the Progress Page).', 'Include a police report or the RD# when applicable. Contact the police if the incident includes violence that makes you or your staff feel threatened or fear for your safety or the safety of others.'] },
	{ step: '5', title: "Upload the 2151A and the incident form to the customer's Progress Page", details: ['Include a brief description of the upload in the notes section.'] },
	{ step: '6', title: 'Copy the 2151A description into a case note on the Progress Page and send it', details: ['Send it as a message and by e-mail to the DHS primary contact and the Illinois workNet Team.'] },
	{ step: '7', title: 'Confirm both documents are uploaded with a brief description in the notes section', details: [] },
	{ step: '8', title: 'Follow up if DHS does not answer within 48 hours', details: ['If you receive no communication from the DHS primary contact within 48 hours, contact epic@illinoisworknet.com.', 'Include the customer\'s Other Participant ID in any communication with EPIC staff.'] },
]);

/** The one clock of the partner procedure: 48 hours for the DHS primary contact to answer. */
export const EPIC_FOLLOW_UP_HOURS = 48;
