import { cite, type Citation, type NotApplicable } from '../result';

/**
 * The DCFS layer of the gift rules: Rule 437.40 (f)–(j), stricter than the Ethics Act (10-40; 3.1 B).
 * Reading of the spec's open question: Rule 437 covers conduct toward the entities of 437.10 (licensed
 * or regulated by DCFS, grantees, contractors, purchase-of-service providers, adoption-assistance
 * families). For a gift from such an entity, 437.40(j) makes (i) the only allowed category (nominal
 * event tokens ≤ $50 per source per calendar year, public-service awards); (g) bars everything from an
 * entity under the employee's decision-making authority; (f) and (h) concern the employee's duties and
 * role, so they apply to every gift. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** Rule 437.40(i): tokens from a single source may not exceed $50 per calendar year. */
export const TOKEN_LIMIT_PER_SOURCE_CENTS = 5_000;
/** Rule 437.40(i): tokens over $200 in a fiscal year, regardless of source → notify Internal Audits. */
export const TOKEN_NOTICE_THRESHOLD_CENTS = 20_000;
/** Rule 437.40(i): the notice is due within 30 days after receiving the token. */
export const TOKEN_NOTICE_DAYS = 30;
/** Rule 437.40(d): board or advisory-committee travel reimbursements over $200 in a calendar year, one board → report. */
export const BOARD_REPORT_THRESHOLD_CENTS = 20_000;

/** Rule 437.40 and the texts that make the stricter layer control, one cited row each. */
export const AGENCY_RULES = [
	{
		key: 'd',
		section: 'Rule 437.40(d)',
		quote:
			'an employee receiving payment or reimbursement for travel expenses (transportation, lodging, per diem) related to serving on a board of directors or professional advisory committee shall report those payments or reimbursement to the Office of Internal Audits when the aggregate amount exceeds $200 within a calendar year for service on a single board',
	},
	{
		key: 'f',
		section: 'Rule 437.40(f)',
		quote:
			'No employee shall solicit or accept any payment, gift, favor, service, loan or entertainment or other consideration for themselves or others under circumstances that might reasonably be construed to influence the performance of his or her official duties.',
	},
	{
		key: 'g',
		section: 'Rule 437.40(g)',
		quote:
			'No employee shall solicit or accept any payment, gift, … from any entity or child care facility … or any entity that has a grant, contract, or purchase of service agreement, or adoption assistance agreement with the Department over which the employee has decision-making authority.',
	},
	{
		key: 'h',
		section: 'Rule 437.40(h)',
		quote:
			"No employee may accept an honorarium … when: 1) he or she is speaking or writing as a representative of the Department; or 2) the … engagement occurs during the employee's scheduled work time (unless earned benefit time is used); or 3) travel and related expenses are paid by the State.",
	},
	{
		key: 'i',
		section: 'Rule 437.40(i)',
		quote:
			"The value of the token(s) accepted from a single source shall not exceed $50 per calendar year. Excluded from this restriction is any certificate or award publicly presented in recognition of public service. Any employee receiving such tokens that exceed $200 in value in the aggregate regardless of source during a single fiscal year shall notify the Department's Office of Internal Audits within 30 days",
	},
	{
		key: 'j',
		section: 'Rule 437.40(j)',
		quote:
			'Any payment, gift, favor or other consideration not authorized for acceptance by subsection (i) above shall be returned to the donor immediately.',
	},
	{
		key: 'scope',
		section: 'Rule 437.10',
		quote:
			'This Part applies to employee conduct in relationship to any entity which is licensed or regulated by the Department … or which provides services for the Department pursuant to a grant, contract, or purchase of service agreement … and families with whom the Department has adoption assistance agreements.',
	},
	{
		key: 'stricter',
		section: 'Ethics Act 10-40',
		quote:
			'A State agency may adopt or maintain policies that are more restrictive than those set forth in this Article',
	},
	{
		key: 'code',
		section: '3.1',
		quote:
			'To the extent any State Agency policy conflicts with this Code, the more restrictive policy shall control.',
	},
] as const;

/** What the Rule 437 layer needs, already parsed. */
export interface AgencyLayerFacts {
	sourceName: string;
	kind: string;
	agency: {
		sourceInRule437Scope: boolean;
		underDecisionMakingAuthority: boolean;
		mightInfluenceDuties: boolean;
	};
	honorarium: {
		speakingForDepartment: boolean;
		duringWorkTimeWithoutBenefitTime: boolean;
		stateTravelPaid: boolean;
	};
	/** Event tokens kept from this source this calendar year, this one included, in cents. */
	sourceTokensCalendarYearCents: number;
}

/** The Rule 437 layer's verdict. */
export interface AgencyLayer {
	kind: 'result';
	allowed: boolean;
	decidedBy: string;
	detail: string;
}

type AgencyKey = (typeof AGENCY_RULES)[number]['key'];
/** The cited row of a key. */
export const agencyRule = (key: AgencyKey) => AGENCY_RULES.find((r) => r.key === key)!;
const citeRow = (row: { section: string; quote: string }): Citation =>
	cite(row.section as Parameters<typeof cite>[0], row.quote);
const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** The Rule 437.40 verdict from parsed facts; pushes its steps and citations. */
export function rule437Layer(
	input: AgencyLayerFacts,
	steps: string[],
	citations: Citation[],
): AgencyLayer | NotApplicable {
	const a = input.agency;
	// (g) names the entities of 437.10, so decision-making authority over the giver puts it in scope.
	const inScope = a.sourceInRule437Scope || a.underDecisionMakingAuthority;
	const h = input.honorarium;
	const honorariumBar =
		input.kind === 'honorarium' &&
		(h.speakingForDepartment || h.duringWorkTimeWithoutBenefitTime || h.stateTravelPaid);
	const bars: { key: AgencyKey; detail: string }[] = [];
	if (a.mightInfluenceDuties)
		bars.push({
			key: 'f',
			detail: 'the circumstances might reasonably be construed to influence official duties',
		});
	if (a.underDecisionMakingAuthority)
		bars.push({ key: 'g', detail: 'the employee has decision-making authority over the giver' });
	if (honorariumBar)
		bars.push({
			key: 'h',
			detail:
				'an honorarium for speaking or writing for the Department, on work time, or with State-paid travel',
		});
	let allowedBy: string | null = null;
	if (inScope && bars.length === 0) {
		// (d) contemplates travel reimbursements for board service, so (j) does not send them back.
		if (input.kind === 'board-travel-reimbursement')
			allowedBy =
				'travel reimbursement for service on a board or advisory committee, reported to Internal Audits above $200 a calendar year';
		else if (input.kind === 'public-service-award')
			allowedBy =
				'a certificate or award publicly presented for public service is excluded from the $50 limit';
		else if (
			input.kind === 'event-token' &&
			input.sourceTokensCalendarYearCents <= TOKEN_LIMIT_PER_SOURCE_CENTS
		)
			allowedBy = `${dollars(input.sourceTokensCalendarYearCents)} of tokens from this source this calendar year, within ${dollars(TOKEN_LIMIT_PER_SOURCE_CENTS)}`;
		else if (input.kind === 'event-token')
			bars.push({
				key: 'j',
				detail: `${dollars(input.sourceTokensCalendarYearCents)} of tokens from this source this calendar year, over the ${dollars(TOKEN_LIMIT_PER_SOURCE_CENTS)} of (i)`,
			});
		else
			bars.push({
				key: 'j',
				detail:
					'from an entity Rule 437 covers, and not a nominal event token or public-service award allowed by (i)',
			});
	}
	if (!inScope && bars.length === 0) {
		steps.push(
			`Rule 437: ${input.sourceName} is not an entity the Rule covers (437.10), and neither (f) nor (h) is in question.`,
		);
		return {
			kind: 'not-applicable',
			reason:
				'The giver is not licensed, regulated or funded by DCFS, and neither 437.40(f) nor (h) is in question.',
			rule: 'Rule 437 governs conduct toward the entities of 437.10.',
			steps: [],
			citations: [citeRow(agencyRule('scope'))],
		};
	}
	if (inScope) citations.push(citeRow(agencyRule('scope')));
	for (const b of bars) {
		steps.push(`Rule 437.40(${b.key}): not allowed — ${b.detail}.`);
		citations.push(citeRow(agencyRule(b.key)));
	}
	if (bars.length > 0) {
		if (!bars.some((b) => b.key === 'j')) citations.push(citeRow(agencyRule('j')));
		return {
			kind: 'result',
			allowed: false,
			decidedBy: `Rule 437.40(${bars[0]!.key})`,
			detail: bars.map((b) => b.detail).join('; '),
		};
	}
	if (allowedBy) {
		const key = input.kind === 'board-travel-reimbursement' ? 'd' : 'i';
		steps.push(`Rule 437.40(${key}): allowed — ${allowedBy}.`);
		if (key === 'd')
			steps.push(
				'Serving on the board itself must have been notified to the Director or designee, and keeps the employee out of decisions about that entity (437.40(d)).',
			);
		citations.push(citeRow(agencyRule(key)));
		return { kind: 'result', allowed: true, decidedBy: `Rule 437.40(${key})`, detail: allowedBy };
	}
	steps.push('Rule 437.40: no bar applies to this gift.');
	return {
		kind: 'result',
		allowed: true,
		decidedBy: 'Rule 437.40',
		detail: 'no bar of (f)–(h) applies',
	};
}
