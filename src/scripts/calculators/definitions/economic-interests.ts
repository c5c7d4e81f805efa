import {
	assessEconomicInterests,
	EconomicInterestsInputSchema,
	FILING_CRITERIA,
	type EconomicInterestsResult,
} from '@rules/ethics/economic-interests';
import { defineCalculator } from '../types';
import { day, dollars } from '../format';
import { asOfField } from './common';

/** Statement of Economic Interests: who files, deadlines, fees (§3.11, Rule 437.60). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<EconomicInterestsResult>({
	name: 'economic-interests',
	title: 'Statement of Economic Interests',
	description:
		'Whether a position must file a Statement of Economic Interests, the deadlines, and the late fee, daily penalty and forfeiture for a filing date.',
	sections: ['3.11', 'Rule 437.60'],
	schema: EconomicInterestsInputSchema,
	compute: assessEconomicInterests,
	form: [
		asOfField(),
		{
			name: 'filingYear',
			label: 'Filing year',
			kind: 'number',
			required: true,
			min: 1900,
			max: 2199,
			step: '1',
			defaultToday: true,
		},
		{
			kind: 'group',
			legend: 'The position… (check every one that applies)',
			fields: FILING_CRITERIA.map((c) => ({
				name: `criteria.${c.key}`,
				label: c.summary.charAt(0).toUpperCase() + c.summary.slice(1),
				kind: 'checkbox' as const,
			})),
		},
		{
			name: 'executiveOrder3',
			label: 'The position is also under Executive Order #3 (1977)',
			kind: 'checkbox',
		},
		{
			name: 'filedOn',
			label: 'Filed with the Secretary of State on',
			kind: 'date',
			hint: 'Leave empty if not filed yet: charges are shown to the as-of date.',
		},
	],
	sample: {
		asOf: '2025-06-01',
		filingYear: 2025,
		criteria: { supervisesTwentyOrMore: true },
		filedOn: '2025-05-18',
	},
	status: (r) =>
		r.mustFile
			? ['Must file', ...(r.totalCents > 0 ? [dollars(r.lateFeeCents), ...(r.penaltyCents > 0 ? [dollars(r.penaltyCents)] : [])] : [])]
			: ['Executive Order #3'],
	present: (r) => ({
		answer: r.mustFile
			? `The position must file. ${r.totalCents > 0 ? `${r.filed ? 'Owed' : 'Owed so far'}: ${dollars(r.totalCents)} (late fee ${dollars(r.lateFeeCents)}, penalty ${dollars(r.penaltyCents)} for ${r.penaltyDays} day(s)).` : 'No late fee or penalty.'}${r.forfeiture.exposed ? ' Not filed by May 31: forfeiture of employment.' : ''}`
			: 'The position files only the Executive Order #3 statement.',
		tone: r.forfeiture.exposed || r.totalCents > 0 ? 'warn' : 'ok',
		table: {
			caption: 'Deadlines',
			head: ['What', 'Date', 'Source'],
			rows: r.deadlines.map((d) => [d.what, day(d.date), d.section]),
		},
	}),
});
