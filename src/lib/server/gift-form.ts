import { z } from 'zod';
import { PROHIBITED_SOURCE_QUESTIONS, RELATIVES } from '@rules/ethics/gift-exceptions';
import { GIFT_KINDS } from '@rules/ethics/gifts';
import { IsoDateFieldSchema } from './iso-date';

/** The gift register's form: its questions and its schema (the register itself is gift-register.ts). */

/** What the employee did with the gift. */
export const GIFT_DISPOSITIONS = ['kept', 'returned', 'donated', 'declined'] as const;

/** The agency (Rule 437) questions shown on the form, by field name. */
export const AGENCY_QUESTIONS = [
	{
		key: 'sourceInRule437Scope',
		question:
			'Is the giver licensed or regulated by DCFS, or does it hold a DCFS grant, contract, purchase-of-service or adoption-assistance agreement?',
	},
	{
		key: 'underDecisionMakingAuthority',
		question: 'Do you have decision-making authority over the giver?',
	},
	{
		key: 'mightInfluenceDuties',
		question: 'Might the circumstances reasonably be seen as influencing your official duties?',
	},
] as const;

/** A checkbox: "yes" when ticked, absent otherwise. */
const box = z
	.string()
	.optional()
	.transform((v) => v === 'yes');

/** An optional choice from a list: "" (nothing chosen) becomes undefined. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
	z
		.string()
		.optional()
		.transform((v) => (v ? v : undefined))
		.pipe(
			z
				.enum(values, { error: (i) => `expected ${what}, got ${JSON.stringify(i.input)}` })
				.optional(),
		);

const dollars = (what: string) =>
	z
		.string({ error: `expected ${what} in dollars` })
		.trim()
		.regex(/^\d{1,7}(\.\d{1,2})?$/, {
			error: (i) => `expected ${what} in dollars like 25 or 25.50, got ${JSON.stringify(i.input)}`,
		})
		.transform((v) => Math.round(Number(v) * 100));

/** Checkboxes for a list of question keys, as an object of booleans. */
function boxesFor<K extends string>(keys: readonly K[]) {
	const shape = Object.fromEntries(keys.map((k) => [k, box])) as Record<K, typeof box>;
	// No box ticked means the group is absent from the form: read it as all "no".
	return z.preprocess((v) => v ?? {}, z.object(shape));
}

/** The Ethics Act 10-15 facts asked on the form (the rules decide which exception, if any, applies). */
export const EXCEPTION_BOXES = [
	{
		key: 'availableToPublic',
		label: 'Offered to the general public on the same conditions (10-15(1))',
	},
	{
		key: 'politicalContribution',
		label: 'A lawful political contribution or fundraising event (10-15(3))',
	},
	{
		key: 'educationalMaterialsOrMission',
		label: 'Educational materials or an educational mission (10-15(4))',
	},
	{
		key: 'stateBusinessTravel',
		label: 'Travel expenses for a meeting to discuss State business (10-15(5))',
	},
	{
		key: 'outsideEmployment',
		label: 'From my outside business or employment, not because of my position (10-15(9))',
	},
	{ key: 'bequest', label: 'A bequest or inheritance (10-15(11))' },
	{ key: 'friend', label: 'From a personal friend (10-15(7)); answer the four questions below' },
] as const;

/** The four friendship factors of 10-15(7). */
export const FRIENDSHIP_BOXES = [
	{ key: 'history', label: 'We have a history of friendship, such as earlier exchanges of gifts' },
	{
		key: 'paidPersonally',
		label: 'My friend paid personally, without a tax deduction or reimbursement',
	},
	{
		key: 'sameGiftsToOtherEmployees',
		label: 'My friend gave the same or similar gifts to other State employees at the same time',
	},
	{
		key: 'reasonToBelieveBecauseOfPosition',
		label: 'There is reason to believe it was given because of my position',
	},
] as const;

const keysOf = <T extends readonly { key: string }[]>(rows: T) =>
	rows.map((r) => r.key) as { [I in keyof T]: T[I]['key'] };

/**
 * The gift form. Field names with a dot ("prohibitedSource.regulated") are nested by
 * {@link nestFormFields} before parsing, so the answers arrive in the shape the rules take.
 */
export const GiftFormSchema = z.object({
	sourceName: z
		.string({ error: 'expected the name of the giver' })
		.trim()
		.min(1, { error: 'expected the name of the giver, got an empty field' })
		.max(200),
	receivedOn: IsoDateFieldSchema,
	value: dollars('the value'),
	kind: z.enum(GIFT_KINDS, {
		error: (i) => `expected one of the listed kinds, got ${JSON.stringify(i.input ?? '')}`,
	}),
	disposition: z.enum(GIFT_DISPOSITIONS, {
		error: (i) =>
			`expected kept, returned, donated or declined, got ${JSON.stringify(i.input ?? '')}`,
	}),
	recipient: z
		.enum(['employee', 'spouse', 'family-living-with-employee'], {
			error: (i) =>
				`expected you, your spouse or family living with you, got ${JSON.stringify(i.input ?? '')}`,
		})
		.default('employee'),
	onPremisesOrCatered: box,
	amountPaid: z
		.string()
		.optional()
		.transform((v) => (v?.trim() ? v.trim() : '0'))
		.pipe(dollars('the amount you paid')),
	relative: optionalChoice(RELATIVES, 'a relative listed in Ethics Act 10-15(6)'),
	governmental: optionalChoice(
		['intra', 'inter'] as const,
		'a DCFS or another government employee',
	),
	prohibitedSource: boxesFor(keysOf(PROHIBITED_SOURCE_QUESTIONS)),
	agency: boxesFor(keysOf(AGENCY_QUESTIONS)),
	exceptions: boxesFor(keysOf(EXCEPTION_BOXES)),
	friendship: boxesFor(keysOf(FRIENDSHIP_BOXES)),
});
/** The parsed gift form. */
export type GiftForm = z.infer<typeof GiftFormSchema>;

/** Nests "group.key" form fields into { group: { key } } (the form stays flat HTML). */
export function nestFormFields(raw: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(raw)) {
		const dot = name.indexOf('.');
		if (dot < 0) out[name] = value;
		else {
			const group = (out[name.slice(0, dot)] ??= {}) as Record<string, unknown>;
			group[name.slice(dot + 1)] = value;
		}
	}
	return out;
}

/** The gift form as runForm parses it: flat fields nested first. */
export const GiftFormInputSchema = z.preprocess(
	(raw) => (raw && typeof raw === 'object' ? nestFormFields(raw as Record<string, unknown>) : raw),
	GiftFormSchema,
);

/** How the register names each kind of gift. */
export const GIFT_KIND_LABELS: Record<(typeof GIFT_KINDS)[number], string> = {
	'event-token': 'Token at a governmental, civic, professional or similar event',
	'public-service-award': 'Award publicly presented for public service',
	honorarium: 'Honorarium',
	'food-or-refreshments': 'Food or refreshments',
	'board-travel-reimbursement': 'Travel payment or reimbursement from a board or advisory committee you serve on',
	other: 'Anything else',
};
