import { calculateCompTime, CompTimeInputSchema, type CompTimeResult } from '@rules/leave/comp-time';
import { defineCalculator, isNotApplicable } from '../types';
import { day, dollars, hours } from '../format';
import { asOfField } from './common';

/** Compensatory time: fiscal year, the June 1 target, cash-out, the August 1 extension (§2.6). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<CompTimeResult>({
	name: 'comp-time',
	title: 'Compensatory time',
	description:
		'When compensatory time earned on a date must be used, the June 1 target, the cash-out of unused time, and the August 1 extension for some units.',
	sections: ['2.6'],
	schema: CompTimeInputSchema,
	compute: calculateCompTime,
	form: [
		{
			name: 'earnedOn',
			label: 'Earned on',
			kind: 'date',
			required: true,
			hint: 'The day the overtime was worked.',
		},
		asOfField(),
		{
			name: 'bargainingUnit',
			label: 'Bargaining unit (optional)',
			kind: 'text',
			hint: 'For example RC-62; RC-10, RC-14, RC-28, RC-62 and RC-63 may get the extension.',
		},
		{
			name: 'scheduledOn',
			label: 'Time off scheduled on (optional)',
			kind: 'date',
			hint: 'For the extension, the time off must be scheduled by June 1.',
		},
		{
			name: 'useHours',
			label: 'Hours of a planned use (optional)',
			kind: 'number',
			min: 0,
			step: 'any',
		},
		{
			kind: 'group',
			legend: 'Cash-out (optional)',
			fields: [
				{ name: 'unusedHours', label: 'Unused comp hours', kind: 'number', min: 0, step: 'any' },
				{
					name: 'hourlyRateCents',
					label: 'Hourly cash rate, in dollars',
					kind: 'cents',
					min: 0,
					step: '0.01',
				},
			],
		},
	],
	sample: {
		earnedOn: '2025-03-10',
		asOf: '2025-05-20',
		bargainingUnit: 'RC-62',
		scheduledOn: '2025-05-30',
		useHours: 1,
		unusedHours: 4,
		hourlyRateCents: 3_000,
	},
	status: (r) => [day(r.useThrough), ...(r.cashOut.amountCents !== null ? [dollars(r.cashOut.amountCents)] : [])],
	present: (r) => ({
		answer: `Use it by ${day(r.useThrough)} (${r.fiscalYear.name}); schedule it before ${day(r.june1Target)}. ${r.cashOut.amountCents !== null ? `Unused time is cashed out on ${day(r.cashOut.date)}: ${dollars(r.cashOut.amountCents)}${r.cashOut.hours !== null ? ` for ${hours(r.cashOut.hours)}` : ''}.` : `Unused time is cashed out on ${day(r.cashOut.date)}.`}`,
		tone: r.onAsOf === 'fiscal-year-ended' ? 'warn' : 'info',
		facts: [
			{
				term: 'Extension to August 1',
				detail: isNotApplicable(r.extension)
					? r.extension.reason
					: `${r.extension.granted ? 'granted' : 'not granted'}: ${r.extension.reason}`,
			},
			...(isNotApplicable(r.use)
				? []
				: [
						{
							term: 'Planned use',
							detail: `${r.use.allowed ? 'allowed' : 'not allowed'}: ${r.use.why}`,
						},
					]),
			{ term: 'On the as-of date', detail: r.onAsOf.replace(/-/g, ' ') },
		],
	}),
});
