import {
	sickLeaveBank,
	SickLeaveBankInputSchema,
	type SickLeaveBankResult,
} from '@rules/leave/sick-leave-bank';
import { defineCalculator, isNotApplicable } from '../types';
import { day } from '../format';
import { asOfField } from './common';

/** Sick Leave Bank enrollment and use (§4.9). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<SickLeaveBankResult>({
	name: 'sick-leave-bank',
	title: 'Sick Leave Bank',
	description:
		'Whether you may join the Sick Leave Bank, and once enrolled, from when you may draw on it and how many work days remain this year.',
	sections: ['4.9'],
	schema: SickLeaveBankInputSchema,
	compute: sickLeaveBank,
	form: [
		{
			name: 'schedule',
			label: 'Schedule',
			kind: 'radio',
			initial: 'full-time',
			options: [
				{ value: 'full-time', label: 'Full time' },
				{ value: 'part-time', label: 'Part time' },
			],
		},
		{ name: 'serviceStart', label: 'Continuous-service date', kind: 'date', required: true },
		asOfField(
			'As of',
			'The date to answer for (the enrollment date when enrolling); today unless you change it.',
		),
		{
			name: 'accumulatedSickDays',
			label: 'Sick days on the books',
			kind: 'number',
			required: true,
			min: 0,
			step: 'any',
		},
		{
			name: 'donationDays',
			label: 'Days to donate on enrolling (optional)',
			kind: 'number',
			min: 0,
			step: 'any',
		},
		{
			kind: 'group',
			legend: 'Already enrolled',
			hint: 'Leave empty if you are not enrolled yet.',
			fields: [
				{ name: 'enrolledOn', label: 'Enrolled on', kind: 'date' },
				{
					name: 'workdaysReceivedThisYear',
					label: 'Work days received from the bank this year',
					kind: 'number',
					min: 0,
					step: 'any',
				},
			],
		},
	],
	sample: {
		schedule: 'full-time',
		serviceStart: '2024-01-02',
		asOf: '2025-03-01',
		accumulatedSickDays: 8,
		donationDays: 1,
	},
	status: (r) => [
		...(r.enrollment.eligible ? ['may enroll'] : r.enrollment.reasons),
		...(isNotApplicable(r.use) ? [] : [day(r.use.usableFrom)]),
	],
	present: (r) => ({
		answer: `${r.enrollment.eligible ? 'You may enroll.' : `You may not enroll: ${r.enrollment.reasons.join(' ')}`}${isNotApplicable(r.use) ? '' : ` The bank may be used from ${day(r.use.usableFrom)}; ${r.use.workdaysRequestableThisYear} work days can still be requested this year.`}`,
		tone: r.enrollment.eligible ? 'ok' : 'warn',
		facts: isNotApplicable(r.use)
			? [{ term: 'Using the bank', detail: r.use.reason }]
			: [{ term: 'Usable on the as-of date', detail: r.use.usableOnAsOf ? 'yes' : 'no' }],
	}),
});
