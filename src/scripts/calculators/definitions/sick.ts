import { calculateSick, SickInputSchema, type SickResult } from '@rules/leave/sick';
import { defineCalculator, isNotApplicable } from '../types';
import { day, days, hours } from '../format';
import { asOfField, STATUS_OPTIONS } from './common';

/** Sick leave accrual and advance eligibility (§2.4 A). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<SickResult>({
	name: 'sick',
	title: 'Sick leave',
	description:
		'Whether you accrue sick leave, how much you have earned since your service date, and when you may ask for an advance.',
	sections: ['2.4'],
	schema: SickInputSchema,
	compute: calculateSick,
	form: [
		{ name: 'serviceStart', label: 'Continuous-service date', kind: 'date', required: true },
		asOfField(),
		{
			name: 'status',
			label: 'Employment status',
			kind: 'select',
			required: true,
			initial: 'regular',
			options: STATUS_OPTIONS,
		},
		{
			name: 'nonPermanentAssignmentInAnotherClassification',
			label: 'The status comes from accepting a non-permanent assignment in another classification',
			kind: 'checkbox',
		},
	],
	sample: {
		serviceStart: '2022-03-01',
		asOf: '2025-03-01',
		status: 'regular',
		nonPermanentAssignmentInAnotherClassification: false,
	},
	status: (r) =>
		isNotApplicable(r.accrual)
			? [r.accrual.reason]
			: [`${r.accrual.completedMonths} completed month`, days(r.accrual.daysEarnedSinceStart)],
	present: (r) => {
		const a = r.accrual;
		return {
			answer: isNotApplicable(a)
				? a.reason
				: `You accrue ${days(a.daysPerMonth)} (${hours(a.hoursPerMonth)}) of sick leave for each month of service: ${days(a.daysEarnedSinceStart)} earned in ${a.completedMonths} completed months, before any use.`,
			tone: isNotApplicable(a) ? 'warn' : 'info',
			facts: [
				{
					term: 'Advance of up to 10 working days',
					detail: r.advance.eligible
						? `may be requested (${r.advance.conditions.join('; ')})`
						: `not yet: from ${day(r.advance.eligibleFrom)}`,
				},
			],
		};
	},
});
