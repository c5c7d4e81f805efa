import { z } from '../zod-mini';

/**
 * The Ethics Act layer of the gift rules: the prohibited-source questions (Ethics Act 1-5) and the
 * twelve exceptions of Sec. 10-15 to the gift ban of Sec. 10-10, one cited row each. gifts.ts parses
 * the input and combines this layer with the stricter Rule 437.40 layer.
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** 10-15(8): food or refreshments not exceeding $75 per person on a single calendar day. */
export const FOOD_LIMIT_CENTS = 7_500;
/** 10-15(12): items from one prohibited source in a calendar year totalling less than $100. */
export const CUMULATIVE_LIMIT_CENTS = 10_000;

/** Ethics Act 1-5 "prohibited source" (1)–(6): any "yes" makes the giver a prohibited source. */
export const PROHIBITED_SOURCE_QUESTIONS = [
	{
		key: 'seeksOfficialAction',
		question:
			'Is the giver seeking official action by you, or by the agency or person directing you?',
		quote:
			'(1) is seeking official action … by the employee or by the member, officer, State agency, or other employee directing the employee',
	},
	{
		key: 'doesBusiness',
		question: 'Does the giver do or seek to do business with you or your agency?',
		quote:
			'(2) does business or seeks to do business … with the employee or with the member, officer, State agency, or other employee directing the employee',
	},
	{
		key: 'regulated',
		question: 'Does the giver conduct activities regulated by you or your agency?',
		quote:
			'(3) conducts activities regulated … by the employee or by the member, officer, State agency, or other employee directing the employee',
	},
	{
		key: 'interestsAffected',
		question: "May the giver's interests be substantially affected by how you do your duties?",
		quote:
			'(4) has interests that may be substantially affected by the performance or non-performance of the official duties',
	},
	{
		key: 'registeredLobbyist',
		question: 'Is the giver registered (or required to register) as a lobbyist?',
		quote:
			'(5) is registered or required to be registered with the Secretary of State under the Lobbyist Registration Act',
	},
	{
		key: 'agentOrFamilyOfProhibitedSource',
		question:
			'Is the giver an agent, spouse or immediate family member living with a prohibited source?',
		quote:
			'(6) is an agent of, a spouse of, or an immediate family member who is living with a "prohibited source".',
	},
] as const;

/** 10-15(6): the relatives whose gifts are excepted. */
export const RELATIVES = [
	'father',
	'mother',
	'son',
	'daughter',
	'brother',
	'sister',
	'uncle',
	'aunt',
	'great aunt',
	'great uncle',
	'first cousin',
	'nephew',
	'niece',
	'husband',
	'wife',
	'grandfather',
	'grandmother',
	'grandson',
	'granddaughter',
	'father-in-law',
	'mother-in-law',
	'son-in-law',
	'daughter-in-law',
	'brother-in-law',
	'sister-in-law',
	'stepfather',
	'stepmother',
	'stepson',
	'stepdaughter',
	'stepbrother',
	'stepsister',
	'half brother',
	'half sister',
	"spouse's father",
	"spouse's mother",
	"spouse's grandfather",
	"spouse's grandmother",
	'fiancé or fiancée',
] as const;

const yesNo = z.boolean({
	error: (i) =>
		`expected true or false, got ${i.input === undefined ? 'nothing' : JSON.stringify(i.input)}`,
});

/** The Ethics Act 1-5 answers about the giver, each "no" unless given. */
export const ProhibitedSourceAnswersSchema = z.object({
	/** (1) Seeking official action by the employee or those directing the employee. */
	seeksOfficialAction: z._default(yesNo, false),
	/** (2) Doing or seeking to do business with the employee or the agency. */
	doesBusiness: z._default(yesNo, false),
	/** (3) Conducting activities regulated by the employee or the agency. */
	regulated: z._default(yesNo, false),
	/** (4) Interests that may be substantially affected by the employee's official duties. */
	interestsAffected: z._default(yesNo, false),
	/** (5) Registered, or required to register, under the Lobbyist Registration Act. */
	registeredLobbyist: z._default(yesNo, false),
	/** (6) An agent, spouse or immediate family member living with a prohibited source. */
	agentOrFamilyOfProhibitedSource: z._default(yesNo, false),
});
/** The answers of {@link ProhibitedSourceAnswersSchema}. */
export type ProhibitedSourceAnswers = z.infer<typeof ProhibitedSourceAnswersSchema>;

/** The facts each Sec. 10-15 exception turns on; leave out what does not apply. */
export const ExceptionFactsSchema = z.object({
	/** (1) Available on the same conditions as for the general public. */
	availableToPublic: z._default(yesNo, false),
	/** (2) What the employee paid for it, in cents (market value paid → excepted). */
	amountPaidCents: z._default(
		z
			.int({
				error: (i) =>
					`expected a whole number of cents, got ${i.input === undefined ? 'nothing' : JSON.stringify(i.input)}`,
			})
			.check(z.gte(0, { error: (i) => `expected 0 or more cents, got ${String(i.input)}` })),
		0,
	),
	/** (3) A lawful political contribution, or activities of a political fundraising event. */
	politicalContribution: z._default(yesNo, false),
	/** (4) Educational materials or an educational mission. */
	educationalMaterialsOrMission: z._default(yesNo, false),
	/** (5) Travel expenses for a meeting to discuss State business. */
	stateBusinessTravel: z._default(yesNo, false),
	/** (6) The giver's relationship to the employee, if a relative. */
	relative: z.optional(
		z.enum(RELATIVES, {
			error: (i) =>
				`expected a relative listed in Ethics Act 10-15(6), got ${JSON.stringify(i.input)}`,
		}),
	),
	/** (7) A personal friend, with the three factors the Act asks the employee to consider. */
	friendship: z.optional(
		z.object({
			/** (i) A history of the relationship, such as earlier exchanges of gifts. */
			history: yesNo,
			/** (ii) The friend paid personally, with no tax deduction or business reimbursement sought. */
			paidPersonally: yesNo,
			/** (iii) The friend gave the same or similar gifts to other State employees at the same time. */
			sameGiftsToOtherEmployees: yesNo,
			/** Reason to believe it was given because of the employee's position, not the friendship. */
			reasonToBelieveBecauseOfPosition: yesNo,
		}),
	),
	/** (9) From outside business or employment, not offered or enhanced because of the position, and customary. */
	outsideEmployment: z._default(yesNo, false),
	/** (10) From an employee of the same State agency (intra) or of another State, federal or local agency (inter). */
	governmental: z.optional(
		z.enum(['intra', 'inter'], {
			error: (i) => `expected "intra" or "inter", got ${JSON.stringify(i.input)}`,
		}),
	),
	/** (11) A bequest, inheritance or other transfer at death. */
	bequest: z._default(yesNo, false),
});
/** The facts of {@link ExceptionFactsSchema}. */
export type ExceptionFacts = z.infer<typeof ExceptionFactsSchema>;

/** What the exceptions need besides the facts: the gift and the totals from the register. */
export interface ExceptionContext {
	valueCents: number;
	isFood: boolean;
	onPremisesOrCatered: boolean;
	/** Food from this source already kept on the same calendar day, in cents. */
	sameDayFoodCents: number;
	/** Everything already kept from this source in the calendar year, in cents. */
	sourceCalendarYearCents: number;
}

/** One exception checked: whether it applies and the facts and figures used. */
export interface ExceptionCheck {
	code: string;
	title: string;
	applies: boolean;
	detail: string;
	quote: string;
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
interface Outcome {
	applies: boolean;
	detail: string;
}
const r = (applies: boolean, detail: string): Outcome => ({ applies, detail });

/** Ethics Act 10-15 (1)–(12), in the Act's order; "each … mutually exclusive and independent". */
export const ETHICS_ACT_EXCEPTIONS = [
	{
		code: '(1)',
		title: 'available to the general public',
		quote:
			'Opportunities, benefits, and services that are available on the same conditions as for the general public.',
		test: (f: ExceptionFacts) =>
			r(
				f.availableToPublic,
				f.availableToPublic
					? 'offered on the same conditions as to the public'
					: 'not offered to the public on the same conditions',
			),
	},
	{
		code: '(2)',
		title: 'market value paid',
		quote: 'Anything for which the officer, member, or State employee pays the market value.',
		test: (f: ExceptionFacts, c: ExceptionContext) =>
			r(
				f.amountPaidCents >= c.valueCents && c.valueCents > 0,
				`paid ${dollars(f.amountPaidCents)} for a value of ${dollars(c.valueCents)}`,
			),
	},
	{
		code: '(3)',
		title: 'political contributions',
		quote:
			'Any (i) contribution that is lawfully made under the Election Code or under this Act or (ii) activities associated with a fundraising event in support of a political organization or candidate.',
		test: (f: ExceptionFacts) =>
			r(
				f.politicalContribution,
				f.politicalContribution
					? 'a lawful contribution or fundraising-event activity'
					: 'not a political contribution',
			),
	},
	{
		code: '(4)',
		title: 'educational materials and missions',
		quote: 'Educational materials and missions.',
		test: (f: ExceptionFacts) =>
			r(
				f.educationalMaterialsOrMission,
				f.educationalMaterialsOrMission
					? 'educational materials or mission'
					: 'not educational materials or a mission',
			),
	},
	{
		code: '(5)',
		title: 'travel for a State-business meeting',
		quote: 'Travel expenses for a meeting to discuss State business.',
		test: (f: ExceptionFacts) =>
			r(
				f.stateBusinessTravel,
				f.stateBusinessTravel
					? 'travel expenses for a meeting on State business'
					: 'not travel for a State-business meeting',
			),
	},
	{
		code: '(6)',
		title: 'gift from a relative',
		quote:
			"A gift from a relative, meaning those people related to the individual as father, mother, son, daughter, … and including the father, mother, grandfather, or grandmother of the individual's spouse and the individual's fiance or fiancée.",
		test: (f: ExceptionFacts) =>
			r(
				f.relative !== undefined,
				f.relative ? `given by the employee's ${f.relative}` : 'not from a listed relative',
			),
	},
	{
		code: '(7)',
		title: 'personal friendship',
		quote:
			'Anything provided by an individual on the basis of a personal friendship unless the … employee has reason to believe that, under the circumstances, the gift was provided because of the official position or employment',
		test: (f: ExceptionFacts) => {
			const p = f.friendship;
			if (!p) return r(false, 'not from a personal friend');
			// Reading: the three factors are weighed strictly — any factor pointing away from friendship defeats the exception.
			const against = [
				!p.history && 'no history of the relationship',
				!p.paidPersonally && 'not paid personally (or deducted/reimbursed)',
				p.sameGiftsToOtherEmployees && 'same gifts to other employees',
				p.reasonToBelieveBecauseOfPosition &&
					'reason to believe it was given because of the position',
			].filter(Boolean);
			return r(
				against.length === 0,
				against.length
					? `friendship factors point to the position: ${against.join('; ')}`
					: 'history, paid personally, not given to other employees, no reason to believe it is because of the position',
			);
		},
	},
	{
		code: '(8)',
		title: 'food or refreshments up to $75 a day',
		quote:
			'Food or refreshments not exceeding $75 per person in value on a single calendar day; provided that the food or refreshments are (i) consumed on the premises from which they were purchased or prepared or (ii) catered.',
		test: (_f: ExceptionFacts, c: ExceptionContext) => {
			if (!c.isFood) return r(false, 'not food or refreshments');
			const day = c.sameDayFoodCents + c.valueCents;
			if (!c.onPremisesOrCatered)
				return r(false, 'food not consumed on the premises where bought or prepared, nor catered');
			return r(
				day <= FOOD_LIMIT_CENTS,
				`${dollars(day)} of food that day from this source, limit ${dollars(FOOD_LIMIT_CENTS)}`,
			);
		},
	},
	{
		code: '(9)',
		title: 'outside business or employment',
		quote:
			'Food, refreshments, lodging, transportation, and other benefits resulting from the outside business or employment activities … if the benefits have not been offered or enhanced because of the official position or employment … and are customarily provided to others in similar circumstances.',
		test: (f: ExceptionFacts) =>
			r(
				f.outsideEmployment,
				f.outsideEmployment
					? 'a customary benefit of outside business or employment'
					: 'not from outside business or employment',
			),
	},
	{
		code: '(10)',
		title: 'intra- or inter-governmental gift',
		quote:
			'"intra-governmental gift" means any gift given to a … employee of a State agency from another … employee of the same State agency; and "inter-governmental gift" means any gift given … by a … employee of another State agency, of a federal agency, or of any governmental entity.',
		test: (f: ExceptionFacts) =>
			r(
				f.governmental !== undefined,
				f.governmental
					? `an ${f.governmental}-governmental gift`
					: 'not from a government employee',
			),
	},
	{
		code: '(11)',
		title: 'bequests and inheritances',
		quote: 'Bequests, inheritances, and other transfers at death.',
		test: (f: ExceptionFacts) =>
			r(f.bequest, f.bequest ? 'a transfer at death' : 'not a bequest or inheritance'),
	},
	{
		code: '(12)',
		title: 'less than $100 a year from one source',
		quote:
			'Any item or items from any one prohibited source during any calendar year having a cumulative total value of less than $100.',
		test: (_f: ExceptionFacts, c: ExceptionContext) => {
			const total = c.sourceCalendarYearCents + c.valueCents;
			return r(
				total < CUMULATIVE_LIMIT_CENTS,
				`${dollars(total)} from this source this calendar year, limit less than ${dollars(CUMULATIVE_LIMIT_CENTS)}`,
			);
		},
	},
] as const satisfies readonly {
	code: string;
	title: string;
	quote: string;
	test: (f: ExceptionFacts, c: ExceptionContext) => Outcome;
}[];

/** Checks every Sec. 10-15 exception against the facts, in the Act's order. */
export function checkExceptions(
	facts: ExceptionFacts,
	context: ExceptionContext,
): ExceptionCheck[] {
	return ETHICS_ACT_EXCEPTIONS.map((row) => {
		const { applies, detail } = row.test(facts, context);
		return { code: row.code, title: row.title, applies, detail, quote: row.quote };
	});
}
