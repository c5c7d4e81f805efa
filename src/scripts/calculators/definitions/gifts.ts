import { assessGift, GIFT_KINDS, GiftInputSchema, type GiftResult } from '@rules/ethics/gifts';
import { PROHIBITED_SOURCE_QUESTIONS, RELATIVES } from '@rules/ethics/gift-exceptions';
import { defineCalculator } from '../types';
import { day, dollars } from '../format';
import { asOfField } from './common';

const KIND_LABELS: Record<(typeof GIFT_KINDS)[number], string> = {
	'event-token': 'A token at an event (nominal value)',
	'public-service-award': 'A certificate or award for public service',
	honorarium: 'An honorarium',
	'food-or-refreshments': 'Food or refreshments',
	'board-travel-reimbursement':
		'Travel payment or reimbursement from a board or advisory committee you serve on',
	other: 'Something else',
};
const KIND_OPTIONS = GIFT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

/** Gift check: the Ethics Act gift ban and its exceptions, and the stricter Rule 437.40 (§3.9). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<GiftResult>({
	name: 'gifts',
	title: 'Gift check',
	description:
		'May you keep a gift? The Ethics Act gift ban and its exceptions, the stricter agency limits of Rule 437.40, and what to do now.',
	sections: ['3.9', 'Ethics Act 10-15', 'Rule 437.40'],
	schema: GiftInputSchema,
	compute: assessGift,
	form: [
		asOfField(),
		{ name: 'receivedOn', label: 'Received or offered on', kind: 'date', required: true },
		{
			name: 'valueCents',
			label: 'Value per person, in dollars',
			kind: 'cents',
			required: true,
			min: 0,
			step: '0.01',
		},
		{
			name: 'sourceName',
			label: 'Giver',
			kind: 'text',
			required: true,
			hint: 'The person or organization giving it.',
		},
		{
			name: 'kind',
			label: 'What it is',
			kind: 'select',
			required: true,
			initial: 'other',
			options: KIND_OPTIONS,
		},
		{
			name: 'recipient',
			label: 'Who received it',
			kind: 'select',
			initial: 'employee',
			options: [
				{ value: 'employee', label: 'You' },
				{ value: 'spouse', label: 'Your spouse' },
				{ value: 'family-living-with-employee', label: 'Immediate family living with you' },
			],
		},
		{
			name: 'onPremisesOrCatered',
			label: 'Food eaten on the premises where bought or prepared, or catered',
			kind: 'checkbox',
		},
		{
			kind: 'group',
			legend: 'About the giver (Ethics Act 1-5)',
			fields: PROHIBITED_SOURCE_QUESTIONS.map((q) => ({
				name: `prohibitedSource.${q.key}`,
				label: q.question,
				kind: 'checkbox' as const,
			})),
		},
		{
			kind: 'group',
			legend: 'About the gift (Ethics Act 10-15 exceptions)',
			fields: [
				{
					name: 'exceptions.availableToPublic',
					label: 'Available to the general public on the same conditions',
					kind: 'checkbox',
				},
				{
					name: 'exceptions.amountPaidCents',
					label: 'Amount you paid for it, in dollars',
					kind: 'cents',
					min: 0,
					step: '0.01',
				},
				{
					name: 'exceptions.politicalContribution',
					label: 'A lawful political contribution or political fundraising event',
					kind: 'checkbox',
				},
				{
					name: 'exceptions.educationalMaterialsOrMission',
					label: 'Educational materials or an educational mission',
					kind: 'checkbox',
				},
				{
					name: 'exceptions.stateBusinessTravel',
					label: 'Travel expenses for a meeting to discuss State business',
					kind: 'checkbox',
				},
				{
					name: 'exceptions.relative',
					label: 'The giver is your…',
					kind: 'select',
					options: [
						{ value: '', label: 'Not a relative' },
						...RELATIVES.map((r) => ({ value: r, label: r })),
					],
				},
				{
					name: 'exceptions.outsideEmployment',
					label: 'From outside business or employment, customary and not because of your position',
					kind: 'checkbox',
				},
				{
					name: 'exceptions.governmental',
					label: 'From another government employee',
					kind: 'select',
					options: [
						{ value: '', label: 'No' },
						{ value: 'intra', label: 'An employee of DCFS' },
						{ value: 'inter', label: 'An employee of another State, federal or local agency' },
					],
				},
				{ name: 'exceptions.bequest', label: 'A bequest or inheritance', kind: 'checkbox' },
			],
		},
		{
			kind: 'group',
			legend: 'Personal friendship (Ethics Act 10-15(7))',
			fields: [
				{ name: '_friend', label: 'The giver is a personal friend', kind: 'checkbox' },
				{
					name: 'exceptions.friendship.history',
					label: 'There is a history of the relationship, such as earlier exchanges of gifts',
					kind: 'checkbox',
					onlyIf: '_friend',
				},
				{
					name: 'exceptions.friendship.paidPersonally',
					label: 'The friend paid personally, with no tax deduction or reimbursement',
					kind: 'checkbox',
					onlyIf: '_friend',
				},
				{
					name: 'exceptions.friendship.sameGiftsToOtherEmployees',
					label: 'The friend gave the same or similar gifts to other State employees',
					kind: 'checkbox',
					onlyIf: '_friend',
				},
				{
					name: 'exceptions.friendship.reasonToBelieveBecauseOfPosition',
					label: 'There is reason to believe it was given because of your position',
					kind: 'checkbox',
					onlyIf: '_friend',
				},
			],
		},
		{
			kind: 'group',
			legend: 'Agency rules (Rule 437)',
			fields: [
				{
					name: 'agency.sourceInRule437Scope',
					label:
						'The giver is licensed or regulated by DCFS, or has a DCFS grant, contract, POS or adoption assistance agreement',
					kind: 'checkbox',
				},
				{
					name: 'agency.underDecisionMakingAuthority',
					label: 'You have decision-making authority over the giver',
					kind: 'checkbox',
				},
				{
					name: 'agency.mightInfluenceDuties',
					label: 'The circumstances might reasonably be seen as influencing your duties',
					kind: 'checkbox',
				},
				{
					name: 'honorarium.speakingForDepartment',
					label: 'Honorarium: speaking or writing for the Department',
					kind: 'checkbox',
				},
				{
					name: 'honorarium.duringWorkTimeWithoutBenefitTime',
					label: 'Honorarium: during work time without using benefit time',
					kind: 'checkbox',
				},
				{
					name: 'honorarium.stateTravelPaid',
					label: 'Honorarium: travel paid by the State',
					kind: 'checkbox',
				},
			],
		},
		{
			kind: 'rows',
			name: 'priorGifts',
			legend: 'Earlier gifts this year',
			hint: 'For the yearly totals: gifts already received, from any giver.',
			itemLabel: 'Earlier gift',
			initialRows: 0,
			fields: [
				{ name: 'receivedOn', label: 'Received on', kind: 'date', required: true },
				{
					name: 'valueCents',
					label: 'Value in dollars',
					kind: 'cents',
					required: true,
					min: 0,
					step: '0.01',
				},
				{ name: 'sourceName', label: 'Giver', kind: 'text', required: true },
				{
					name: 'kind',
					label: 'What it was',
					kind: 'select',
					initial: 'other',
					options: KIND_OPTIONS,
				},
				{ name: 'kept', label: 'Kept (not returned or donated)', kind: 'checkbox', initial: 'on' },
			],
		},
	],
	sample: {
		asOf: '2025-03-10',
		receivedOn: '2025-03-07',
		valueCents: 4000,
		sourceName: 'Acme Youth Services',
		kind: 'event-token',
		prohibitedSource: { doesBusiness: true },
		agency: { sourceInRule437Scope: true },
	},
	status: (r) => [`${r.allowed ? 'allowed' : 'not allowed'} under ${r.decidedBy}. ${r.action.text}`],
	present: (r) => ({
		answer: `${r.allowed ? 'Allowed' : 'Not allowed'} under ${r.decidedBy}. ${r.action.text}`,
		tone: r.allowed ? 'ok' : 'warn',
		facts: [
			...(r.action.by ? [{ term: 'By', detail: day(r.action.by) }] : []),
			...r.notices.map((n) => ({
				term: `Notify ${n.to}`,
				detail: `${n.by ? `by ${day(n.by)}` : 'no deadline set'}${n.overdue ? ' (overdue)' : ''}: ${n.contents}`,
			})),
			{
				term: 'From this giver this calendar year',
				detail: dollars(r.totals.sourceCalendarYearCents),
			},
		],
	}),
});
