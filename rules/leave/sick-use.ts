import { z } from '../zod-mini';
import { fail, parseInput } from '../errors';
import { cite, type Citation, type Explanation } from '../result';

/**
 * May sick time be used for this (§2.4 B)? The purpose, the person (for a family member's illness or
 * death) and the hours; the answer quotes the sentence that decides it. The handbook's words decide,
 * not the spec, where they differ. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const USES = cite(
	'2.4',
	"Sick leave can be used in increments of no less than one (1) hour at a time for illness, disability or injury, appointments with a doctor, dentist or other professional medical practitioner and/or in the event of illness, disability, injury or death of a member of the employee's immediate family or household.",
	'2.4 B',
);
const ONLY_THESE = cite('2.4', 'Sick time is only to be used for the purposes described in the above paragraph. Sick time cannot be used in lieu of vacation, personal, compensatory, or holiday time.', '2.4 B');
const FAMILY = cite(
	'2.4',
	"… the \"immediate family or household\" shall be husband, wife, mother, father, brother, sister, children, grandchildren or any relative or person living in the employee's household for whom the employee has custodial responsibility or where such person is financially and emotionally dependent on the employee and where the presence of the employee is needed.",
	'2.4 B',
);
const IN_HOUSEHOLD = cite('2.4', "The term also includes adoptive, custodial and 'in-law' individuals when residing in the employee's household.", '2.4 B');
const FUNERALS = cite('2.4', 'For attendance at funerals, the term "immediate family" also includes grandrelations and parent-and child-in-laws. This expansion of the term "immediate family" is for bereavement purposes only.', '2.4 B');
const INCREMENTS = cite('2.4', 'Supervisors may however, grant employee requests to use sick leave in increments of one-half (1/2) hour after a minimum use of one (1) hour.', '2.4 B');

/** §2.4 B: the least sick leave charged at a time, and the smaller step a supervisor may allow after it. */
export const SICK_USE_MINIMUM_HOURS = 1;
export const SICK_USE_HALF_HOUR_STEP = 0.5;

/** What the time is for. */
export const SICK_PURPOSES = {
	'own-illness': 'My own illness, disability or injury',
	'medical-appointment': 'My appointment with a doctor, dentist or other medical practitioner',
	'family-illness': "A family or household member's illness, disability or injury",
	'family-death': "A family or household member's death (funeral, bereavement)",
	other: 'Something else',
} as const;
export type SickPurpose = keyof typeof SICK_PURPOSES;

/**
 * How §2.4 B treats each relationship: `named` ones are immediate family wherever they live;
 * `in-household` ones (adoptive, custodial, in-law) only when residing in the household; `funeral`
 * adds the bereavement-only expansion; everyone else counts only as a household member the employee
 * has custodial responsibility for or who depends on the employee.
 */
export const SICK_RELATIONSHIPS = {
	spouse: { label: 'Husband or wife', named: true, inHousehold: false, funeral: false },
	mother: { label: 'Mother', named: true, inHousehold: false, funeral: false },
	father: { label: 'Father', named: true, inHousehold: false, funeral: false },
	brother: { label: 'Brother', named: true, inHousehold: false, funeral: false },
	sister: { label: 'Sister', named: true, inHousehold: false, funeral: false },
	child: { label: 'Son or daughter', named: true, inHousehold: false, funeral: false },
	grandchild: { label: 'Grandchild', named: true, inHousehold: false, funeral: false },
	grandparent: { label: 'Grandparent', named: false, inHousehold: false, funeral: true },
	'parent-in-law': { label: 'Mother- or father-in-law', named: false, inHousehold: true, funeral: true },
	'child-in-law': { label: 'Son- or daughter-in-law', named: false, inHousehold: true, funeral: true },
	'sibling-in-law': { label: 'Brother- or sister-in-law', named: false, inHousehold: true, funeral: false },
	'adoptive-relative': { label: 'Adoptive relative (other than those above)', named: false, inHousehold: true, funeral: false },
	'custodial-relative': { label: 'Custodial relative (a person in your custody or you in theirs)', named: false, inHousehold: true, funeral: false },
	'other-relative': { label: 'Another relative (aunt, uncle, cousin, niece, nephew…)', named: false, inHousehold: false, funeral: false },
	'not-related': { label: 'Someone not related to me', named: false, inHousehold: false, funeral: false },
} as const;
export type SickRelationship = keyof typeof SICK_RELATIONSHIPS;

const yesNo = (what: string) => z.boolean({ error: `expected yes or no (${what})` });

/** Input of {@link sickUse}. */
export const SickUseInputSchema = z.object({
	purpose: z.enum(Object.keys(SICK_PURPOSES) as [SickPurpose, ...SickPurpose[]], { error: `expected one of: ${Object.keys(SICK_PURPOSES).join(', ')}` }),
	/** For a family member's illness or death only. */
	relationship: z.optional(z.enum(Object.keys(SICK_RELATIONSHIPS) as [SickRelationship, ...SickRelationship[]], { error: `expected a relationship from the list: ${Object.keys(SICK_RELATIONSHIPS).join(', ')}` })),
	livesInHousehold: z.optional(yesNo('does the person live in your household?')),
	custodialResponsibility: z.optional(yesNo('do you have custodial responsibility for the person?')),
	dependentAndPresenceNeeded: z.optional(yesNo('is the person financially and emotionally dependent on you, and your presence needed?')),
	hours: z.number({ error: 'expected a number of hours' }).check(z.refine(Number.isFinite, { error: 'expected a finite number of hours' }), z.gt(0, { error: 'expected more than 0 hours' }), z.lte(24, { error: 'expected at most 24 hours in one use' })),
	/** The supervisor grants half-hour steps after the first hour. */
	halfHourSteps: z.optional(yesNo('has your supervisor granted half-hour increments?')),
});
export type SickUseInput = z.infer<typeof SickUseInputSchema>;

/** The answer: allowed or not, why, and the hours charged. */
export interface SickUseResult extends Explanation {
	kind: 'sick-use';
	allowed: boolean;
	/** Hours charged to sick leave when allowed: at least one, in whole or granted half-hour steps. */
	chargedHours: number;
	/** The person counts as immediate family or household for this purpose (family purposes only). */
	family?: { counts: boolean; because: string };
}

const FAMILY_PURPOSES: readonly SickPurpose[] = ['family-illness', 'family-death'];

/** Whether the person counts as "immediate family or household" for this purpose, and why (§2.4 B). */
function familyStanding(input: SickPurposeInput, relationship: SickRelationship): { counts: boolean; because: string; citation: Citation } {
	const r = SICK_RELATIONSHIPS[relationship];
	const who = r.label.toLowerCase();
	const household = input.livesInHousehold === true;
	if (r.named) return { counts: true, because: `A ${who} is named in the definition of immediate family, wherever they live.`, citation: FAMILY };
	if (input.purpose === 'family-death' && r.funeral)
		return { counts: true, because: `For a funeral, immediate family also includes grandrelations and parent- and child-in-laws (bereavement only), so a ${who} counts wherever they live.`, citation: FUNERALS };
	if (r.inHousehold)
		return household
			? { counts: true, because: `Adoptive, custodial and in-law individuals count when they reside in your household, and this ${who} does.`, citation: IN_HOUSEHOLD }
			: { counts: false, because: `Adoptive, custodial and in-law individuals count only when they reside in your household; this ${who} does not${r.funeral ? ' (the funeral expansion is for bereavement only, not illness)' : ''}.`, citation: IN_HOUSEHOLD };
	// Reading of the definition's last clause: a household member counts if the employee has custodial
	// responsibility for them, or if they are financially and emotionally dependent and the employee's
	// presence is needed ("and where the presence … is needed" belongs to the dependency alternative).
	if (!household)
		return { counts: false, because: `A ${who} is not named in the definition; they would count only while living in your household, and this person does not.`, citation: FAMILY };
	if (input.custodialResponsibility === true)
		return { counts: true, because: `A ${who} living in your household counts when you have custodial responsibility for them, and you do.`, citation: FAMILY };
	if (input.dependentAndPresenceNeeded === true)
		return { counts: true, because: `A ${who} living in your household counts when they are financially and emotionally dependent on you and your presence is needed, and both hold.`, citation: FAMILY };
	return { counts: false, because: `A ${who} living in your household counts only if you have custodial responsibility for them, or they are financially and emotionally dependent on you and your presence is needed; neither was answered yes.`, citation: FAMILY };
}

/** Hours charged: at least one hour, then whole hours, or half hours where the supervisor grants them (§2.4 B). */
export function sickChargedHours(hours: number, halfHourSteps: boolean): number {
	const step = halfHourSteps ? SICK_USE_HALF_HOUR_STEP : SICK_USE_MINIMUM_HOURS;
	return Math.max(SICK_USE_MINIMUM_HOURS, Math.ceil(hours / step - 1e-9) * step);
}

/**
 * May sick time be used for this purpose and person (§2.4 B)?
 * @example sickUse({ purpose: 'family-death', relationship: 'grandparent', hours: 8 }).allowed //=> true
 * @example sickUse({ purpose: 'family-illness', relationship: 'parent-in-law', livesInHousehold: false, hours: 8 }).allowed //=> false
 */
export function sickUse(raw: unknown): SickUseResult {
	const input = parseInput(SickUseInputSchema, raw, 'sick-use');
	const decision = decideSickPurpose(input);
	if (!decision.allowed) return { kind: 'sick-use', chargedHours: 0, ...decision, steps: [...decision.steps, 'So sick time may not be used for this.'] };
	const charged = sickChargedHours(input.hours, input.halfHourSteps === true);
	const hoursStep = charged === input.hours ? `${charged} hour${charged === 1 ? '' : 's'} charged.` : `${input.hours} hour${input.hours === 1 ? '' : 's'} requested; ${charged} hour${charged === 1 ? '' : 's'} charged: sick leave is used at least one hour at a time, then in ${input.halfHourSteps ? 'half hours (granted by your supervisor)' : 'whole hours (half hours only where your supervisor grants them)'}.`;
	return { kind: 'sick-use', chargedHours: charged, ...decision, steps: [...decision.steps, 'So sick time may be used.', hoursStep], citations: [...decision.citations, INCREMENTS] };
}

/** The purpose and person of a sick-time use, without the hours: what the time-use check asks. */
export const SickPurposeSchema = z.omit(SickUseInputSchema, { hours: true, halfHourSteps: true });
export type SickPurposeInput = z.infer<typeof SickPurposeSchema>;

/** The §2.4 B decision on the purpose and person alone (the hours do not change it). */
export type SickPurposeDecision = Pick<SickUseResult, 'allowed' | 'rule' | 'steps' | 'citations' | 'family'>;

/**
 * Whether §2.4 B allows sick time for this purpose and person, and why. Contradictory answers throw,
 * naming the field under `at` ("sickPurpose." inside the time-use check).
 */
export function decideSickPurpose(input: SickPurposeInput, at = '', context = 'sick-use'): SickPurposeDecision {
	const forFamily = FAMILY_PURPOSES.includes(input.purpose);
	if (forFamily && !input.relationship) fail(context, `${at}relationship`, `required for ${SICK_PURPOSES[input.purpose].toLowerCase()}: whose illness or death is it?`);
	if (!forFamily && input.relationship) fail(context, `${at}relationship`, `only for a family or household member's illness or death, not for “${SICK_PURPOSES[input.purpose]}”`);
	if (input.livesInHousehold === false && (input.custodialResponsibility === true || input.dependentAndPresenceNeeded === true) && input.relationship && !SICK_RELATIONSHIPS[input.relationship].named)
		fail(context, `${at}livesInHousehold`, 'custodial responsibility and dependency count only for someone living in your household: answer yes here, or no to those questions');

	if (input.purpose === 'other')
		return { allowed: false, rule: 'Sick time is only for the purposes §2.4 B lists, never in place of vacation, personal, compensatory or holiday time.', steps: ['The purpose is none of: your own illness, disability or injury; a medical appointment; the illness, disability, injury or death of immediate family or household.', 'Use vacation, personal business or compensatory time instead.'], citations: [ONLY_THESE, USES] };
	if (!forFamily)
		return { allowed: true, rule: 'Sick leave may be used for your own illness, disability or injury and for appointments with a doctor, dentist or other medical practitioner.', steps: [`Purpose: ${SICK_PURPOSES[input.purpose].toLowerCase()}, one §2.4 B names.`], citations: [USES] };

	const relationship = input.relationship!;
	const standing = familyStanding(input, relationship);
	const purpose = input.purpose === 'family-death' ? 'death' : 'illness, disability or injury';
	const steps = [`Purpose: a ${SICK_RELATIONSHIPS[relationship].label.toLowerCase()}'s ${purpose}.`, standing.because];
	const family = { counts: standing.counts, because: standing.because };
	if (!standing.counts)
		return { allowed: false, rule: `Sick time is not available for this person's ${purpose}: they are not immediate family or household under §2.4 B for this purpose.`, steps: [...steps, 'Use vacation, personal business or compensatory time instead.'], citations: [standing.citation, ...(SICK_RELATIONSHIPS[relationship].funeral && input.purpose === 'family-illness' ? [FUNERALS] : []), USES], family };
	return { allowed: true, rule: `Sick leave may be used for the ${purpose} of a member of your immediate family or household.`, steps, citations: [standing.citation, USES], family };
}
