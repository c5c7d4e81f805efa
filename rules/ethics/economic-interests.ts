import { z } from '../zod-mini';
import { fail, parseInput } from '../errors';
import { formatCents } from '../money';
import { compareDates, daysBetween, IsoDateSchema, isoDate } from '../dates';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';
import { YearSchema } from '../calendar/holidays';

/**
 * Statement of Economic Interests (handbook 3.11; Rule 437.60; Rule 437.80 for Executive Order #3):
 * who must file, the deadlines, and for a filing date the late fee, the daily penalty and the
 * forfeiture exposure. Where 3.11 and 437.60 differ, both are shown. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const CONTEXT = 'economic interests';

/** Rule 437.60 a) 1)–7): a position meeting any one must file (Section 4A-101 of the Governmental Ethics Act). */
export const FILING_CRITERIA = [
	{
		key: 'headOfUnit',
		label: 'Rule 437.60(a)(1)',
		summary:
			'is, or functions as, the head of a department, commission, board, division, bureau, authority or other administrative unit',
		quote:
			'are, or function as, the head of a department, commission, board, division, bureau, authority or other administrative unit within the government of this State',
	},
	{
		key: 'contracts',
		label: 'Rule 437.60(a)(2)',
		summary: 'directly supervises or is responsible for State contracts of $5,000 or more',
		quote:
			'have direct supervisory authority over, or direct responsibility for, the formulation, negotiation, issuance or execution of contracts entered into by the State in the amount of $5,000 or more',
	},
	{
		key: 'rulemaking',
		label: 'Rule 437.60(a)(3)',
		summary: 'has authority to issue or promulgate rules and regulations',
		quote:
			'have authority for the issuance or promulgation of rules and regulations within areas under the authority of the State',
	},
	{
		key: 'professionalLicenses',
		label: 'Rule 437.60(a)(4)',
		summary: 'has authority to approve professional licenses',
		quote: 'have authority for the approval of professional licenses',
	},
	{
		key: 'financialInspection',
		label: 'Rule 437.60(a)(5)',
		summary: 'is responsible for financial inspection of regulated nongovernmental entities',
		quote:
			'have responsibility with respect to the financial inspection of regulated nongovernmental entities',
	},
	{
		key: 'adjudication',
		label: 'Rule 437.60(a)(6)',
		summary:
			'adjudicates, arbitrates or decides (or reviews) judicial or administrative proceedings',
		quote:
			'adjudicate, arbitrate, or decide any judicial or administrative proceeding, or review the adjudication, arbitration or decision of any judicial or administrative proceeding, within the authority of the State',
	},
	{
		key: 'supervisesTwentyOrMore',
		label: 'Rule 437.60(a)(7)',
		summary: 'supervises 20 or more State employees',
		quote: 'have supervisory responsibility for 20 or more employees of the State',
	},
] as const;

/** The deadlines and charges, each as month-day in the filing year with its source. */
export const FILING_SCHEDULE = {
	/** 3.11: return the form to the DCFS Office of Inspector General. */
	returnToOig: {
		month: 4,
		day: 23,
		label: '3.11',
		quote:
			'must be completed and returned to the DCFS Office of Inspector General no later than April 23 of each year. The Inspector General reviews the forms and forwards them to the Secretary of State by May 1.',
	},
	/** 437.80: Executive Order #3 filers return their statement to the State Board of Ethics. */
	executiveOrder3: {
		month: 4,
		day: 30,
		label: 'Rule 437.80(b)',
		quote: 'return it to the State Board of Ethics no later than April 30 of each year.',
	},
	/** 437.60 b): the filing deadline; after it, the late fee. */
	fileBy: {
		month: 5,
		day: 1,
		lateFeeCents: 1_500,
		label: 'Rule 437.60(b)',
		quote:
			'Any employee who is required to file a Statement of Economic Interest, but fails to file the Statement by May 1 of each year, will be subject to a $15 late filing fee.',
	},
	/** 437.60 b): not filed by May 15 → $100 a day from May 16 to the filing date. */
	dailyPenalty: {
		month: 5,
		lastFreeDay: 15,
		centsPerDay: 10_000,
		label: 'Rule 437.60(b)',
		quote:
			'Any employee who fails to file the Statement by May 15 shall be subject to a penalty of $100 per day from May 16 to the date that the Statement is filed with the Secretary of State. This penalty is in addition to the $15 late filing fee',
	},
	/** Not filed by May 31 → forfeiture: "shall" in 437.60, "may" in 3.11. */
	forfeiture: {
		month: 5,
		day: 31,
		label: 'Rule 437.60(b)',
		quote: 'Failure to file by May 31 of each year shall result in the forfeiture of employment.',
		handbookLabel: '3.11',
		handbookQuote:
			'Failure to file by May 31 may result in forfeiture of office or position of employment.',
	},
} as const;

const HANDBOOK_LATE_FEE_QUOTE =
	'A $15.00 late filing fee from May 1 to May 15 is imposed on persons who fail to meet the May 1 deadline. Persons who fail to file by May 15 are subject to a $100.00 per day penalty in addition to the $15.00 late fee.';

const yesNo = z.boolean({
	error: (i) =>
		`expected true or false, got ${i.input === undefined ? 'nothing' : JSON.stringify(i.input)}`,
});

/** Input of the economic-interests calculator. */
export const EconomicInterestsInputSchema = z.object({
	/** The day of the question (no clock reads: the caller passes it). */
	asOf: IsoDateSchema,
	/** The year whose statement is due. */
	filingYear: YearSchema,
	/** The seven criteria of 437.60 a): answer each for the position. */
	criteria: z.prefault(
		z.object({
			/** (1) Head of an administrative unit, or similar authority. */
			headOfUnit: z._default(yesNo, false),
			/** (2) Contracts of $5,000 or more. */
			contracts: z._default(yesNo, false),
			/** (3) Rulemaking authority. */
			rulemaking: z._default(yesNo, false),
			/** (4) Approval of professional licenses. */
			professionalLicenses: z._default(yesNo, false),
			/** (5) Financial inspection of regulated nongovernmental entities. */
			financialInspection: z._default(yesNo, false),
			/** (6) Adjudication, arbitration or review of proceedings. */
			adjudication: z._default(yesNo, false),
			/** (7) Supervision of 20 or more State employees. */
			supervisesTwentyOrMore: z._default(yesNo, false),
		}),
		{},
	),
	/** Whether the position is also under Executive Order #3 (1977) (437.80). */
	executiveOrder3: z._default(yesNo, false),
	/** The day the statement was filed with the Secretary of State, if it has been. */
	filedOn: z.optional(IsoDateSchema),
});
/** Input of {@link assessEconomicInterests}. */
export type EconomicInterestsInput = z.infer<typeof EconomicInterestsInputSchema>;

/** A dated deadline with its source. */
export interface FilingDeadline {
	what: string;
	date: string;
	section: string;
}

/** Filing duty, deadlines and charges for one year. */
export interface EconomicInterestsResult extends Explanation {
	kind: 'result';
	/** Whether the position must file under the Governmental Ethics Act (any of the seven criteria). */
	mustFile: boolean;
	criteriaMet: string[];
	deadlines: FilingDeadline[];
	/** Whether the charges below are final (filed) or running to `asOf` (not filed yet). */
	filed: boolean;
	/** The date the charges are computed to: the filing date, or `asOf` when not filed. */
	chargedThrough: string | null;
	lateFeeCents: number;
	/** Days charged at $100: May 16 through the filing date, both counted. */
	penaltyDays: number;
	penaltyCents: number;
	totalCents: number;
	/** Not filed by May 31: 437.60 says forfeiture "shall" result; 3.11 says it "may". */
	forfeiture: { exposed: boolean; from: string; rule437: 'shall'; handbook311: 'may' };
}

/**
 * Whether a position must file a Statement of Economic Interests, the deadlines of 3.11 and
 * Rule 437.60 side by side, and the late fee, daily penalty and forfeiture exposure for a filing date.
 * @example
 * assessEconomicInterests({ asOf: '2025-06-01', filingYear: 2025, criteria: { supervisesTwentyOrMore: true }, filedOn: '2025-05-18' })
 * //=> { kind: 'result', mustFile: true, lateFeeCents: 1500, penaltyDays: 3, penaltyCents: 30000, totalCents: 31500,
 * //     forfeiture: { exposed: false, … }, … }
 */
export function assessEconomicInterests(raw: unknown): EconomicInterestsResult | NotApplicable {
	const input = parseInput(EconomicInterestsInputSchema, raw, CONTEXT);
	if (input.filedOn !== undefined && compareDates(input.filedOn, input.asOf) > 0)
		fail(
			CONTEXT,
			'filedOn',
			`expected a date on or before asOf (${input.asOf}), got "${input.filedOn}"`,
		);
	const y = input.filingYear;
	const s = FILING_SCHEDULE;
	const met = FILING_CRITERIA.filter((c) => input.criteria[c.key]);
	const steps: string[] = [];
	const citations: Citation[] = [];

	if (met.length === 0 && !input.executiveOrder3) {
		return {
			kind: 'not-applicable',
			reason:
				'The position meets none of the seven criteria of Rule 437.60 a) and is not under Executive Order #3: no statement is required.',
			rule: 'Only positions meeting a criterion of 437.60 a) 1)–7) file a Statement of Economic Interests.',
			steps: ['No criterion of 437.60 a) 1)–7) is met.'],
			citations: [
				cite(
					'Rule 437.60(a)',
					'Employees … are required … to file a yearly statement disclosing their economic interests when they: …',
				),
			],
		};
	}

	const deadlines: FilingDeadline[] = [];
	if (input.executiveOrder3) {
		deadlines.push({
			what: 'Executive Order #3 statement to the State Board of Ethics',
			date: isoDate(y, s.executiveOrder3.month, s.executiveOrder3.day),
			section: s.executiveOrder3.label,
		});
		steps.push(
			`Executive Order #3 position: return the statement to the State Board of Ethics by ${deadlines[0]!.date}.`,
		);
		citations.push(cite('Rule 437.80(b)', s.executiveOrder3.quote, s.executiveOrder3.label));
	}
	const mustFile = met.length > 0;
	for (const c of met) {
		steps.push(`Must file: the position ${c.summary} (${c.label}).`);
		citations.push(cite('Rule 437.60(a)', c.quote, c.label));
	}
	const fileBy = isoDate(y, s.fileBy.month, s.fileBy.day);
	const penaltyFrom = isoDate(y, s.dailyPenalty.month, s.dailyPenalty.lastFreeDay + 1);
	const forfeitureAfter = isoDate(y, s.forfeiture.month, s.forfeiture.day);
	const oigBy = isoDate(y, s.returnToOig.month, s.returnToOig.day);
	if (mustFile) {
		deadlines.push(
			{
				what: 'Return the form to the DCFS Office of Inspector General',
				date: oigBy,
				section: s.returnToOig.label,
			},
			{
				what: 'File with the Secretary of State (the OIG forwards by this date); $15 late fee after it',
				date: fileBy,
				section: s.fileBy.label,
			},
			{
				what: 'Last day before the $100-a-day penalty',
				date: isoDate(y, s.dailyPenalty.month, s.dailyPenalty.lastFreeDay),
				section: s.dailyPenalty.label,
			},
			{
				what: 'Last day before forfeiture of employment',
				date: forfeitureAfter,
				section: s.forfeiture.label,
			},
		);
		steps.push(
			`3.11 asks for the form at the Office of Inspector General by ${oigBy}; Rule 437.60 sets the filing deadline at ${fileBy}.`,
		);
		citations.push(
			cite('3.11', s.returnToOig.quote),
			cite('Rule 437.60(b)', s.fileBy.quote, s.fileBy.label),
		);
	}

	const filed = input.filedOn !== undefined;
	// Not filed yet: charges run to asOf, so the employee sees what is accruing.
	const through = mustFile ? (input.filedOn ?? input.asOf) : null;
	let lateFeeCents = 0;
	let penaltyDays = 0;
	if (through !== null) {
		// "by May 1": filing on May 1 itself meets the deadline, so the fee starts May 2.
		lateFeeCents = compareDates(through, fileBy) > 0 ? s.fileBy.lateFeeCents : 0;
		// "$100 per day from May 16 to the date … filed": both ends counted, so filing on May 16 costs one day.
		penaltyDays =
			compareDates(through, penaltyFrom) >= 0 ? daysBetween(penaltyFrom, through) + 1 : 0;
		const verb = filed ? `Filed ${through}` : `Not filed as of ${through}`;
		steps.push(
			lateFeeCents
				? `${verb}, after ${fileBy}: $15 late filing fee.`
				: `${verb}, on or before ${fileBy}: no late fee.`,
		);
		if (penaltyDays) {
			steps.push(
				`From ${penaltyFrom} through ${through}, both counted: ${penaltyDays} day(s) × $100 = ${formatCents(penaltyDays * 100 * 100)}${filed ? '' : ' so far, growing by $100 a day until filed'}.`,
			);
			citations.push(
				cite('Rule 437.60(b)', s.dailyPenalty.quote, s.dailyPenalty.label),
				cite('3.11', HANDBOOK_LATE_FEE_QUOTE),
			);
		}
	}
	const exposed = through !== null && compareDates(through, forfeitureAfter) > 0;
	if (exposed) {
		steps.push(
			`Not filed by ${forfeitureAfter}: Rule 437.60 says forfeiture of employment "shall" result; handbook 3.11 says it "may". The Rule's text is the stricter and is shown as the exposure.`,
		);
		citations.push(
			cite('Rule 437.60(b)', s.forfeiture.quote, s.forfeiture.label),
			cite('3.11', s.forfeiture.handbookQuote, s.forfeiture.handbookLabel),
		);
	}
	const penaltyCents = penaltyDays * s.dailyPenalty.centsPerDay;

	return {
		kind: 'result',
		rule: mustFile
			? 'A position meeting any criterion of 437.60 a) files yearly; late filing costs $15 after May 1 and $100 a day from May 16, and failing to file by May 31 forfeits the position.'
			: 'Executive Order #3 positions file with the State Board of Ethics by April 30 (437.80).',
		steps,
		citations,
		mustFile,
		criteriaMet: met.map((c) => c.label),
		deadlines,
		filed,
		chargedThrough: through,
		lateFeeCents,
		penaltyDays,
		penaltyCents,
		totalCents: lateFeeCents + penaltyCents,
		forfeiture: { exposed, from: isoDate(y, 6, 1), rule437: 'shall', handbook311: 'may' },
	};
}
