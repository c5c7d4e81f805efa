import {
	vacationLumpSum,
	VacationLumpSumInputSchema,
	type VacationLumpSumResult,
} from '@rules/leave/vacation-lump-sum';
import { defineCalculator, isNotApplicable } from '../types';
import { days, dollars, hours } from '../format';
import { separationFields } from './common';

/** Lump sum for unused vacation on separation (§2.3 D). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<VacationLumpSumResult>({
	name: 'vacation-lump-sum',
	title: 'Vacation lump sum on separation',
	description:
		'Whether unused vacation is paid as a lump sum when you leave State employment, to whom, and how much.',
	sections: ['2.3'],
	schema: VacationLumpSumInputSchema,
	compute: vacationLumpSum,
	form: [
		...separationFields(),
		{
			name: 'unusedHours',
			label: 'Unused vacation hours (optional)',
			kind: 'number',
			min: 0,
			step: 'any',
		},
		{
			name: 'hourlyRateCents',
			label: 'Pay per hour, in dollars (optional)',
			kind: 'cents',
			min: 0,
			step: '0.01',
		},
	],
	sample: {
		serviceStart: '2024-01-02',
		separationDate: '2025-03-31',
		reason: 'termination',
		unusedHours: 60,
		hourlyRateCents: 3150,
	},
	status: (r) =>
		r.eligible
			? [isNotApplicable(r.amount) ? r.amount.reason : dollars(r.amount.cents)]
			: r.reasons,
	present: (r) => ({
		answer: r.eligible
			? `A lump sum is due to ${r.payee === 'estate' ? 'the estate' : 'the employee'}${isNotApplicable(r.amount) ? '.' : `: ${dollars(r.amount.cents)} for ${hours(r.amount.hours)} (${days(r.amount.days)}).`}`
			: `No lump sum is due: ${r.reasons.join(' ')}`,
		tone: r.eligible ? 'ok' : 'warn',
		facts:
			isNotApplicable(r.amount) && r.eligible ? [{ term: 'Amount', detail: r.amount.reason }] : [],
	}),
});
