import {
	personalPayout,
	PersonalPayoutInputSchema,
	type PersonalPayoutResult,
} from '@rules/leave/personal-payout';
import { defineCalculator, isNotApplicable } from '../types';
import { days, dollars } from '../format';

/** Payment for unused personal business time on death, disability or retirement (§2.5). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<PersonalPayoutResult>({
	name: 'personal-payout',
	title: 'Personal time payout on separation',
	description:
		'Whether unused personal business time is paid when employment ends, and how much (half of daily pay per unused day).',
	sections: ['2.5'],
	schema: PersonalPayoutInputSchema,
	compute: personalPayout,
	form: [
		{
			name: 'reason',
			label: 'Why employment ended',
			kind: 'select',
			required: true,
			initial: 'retirement',
			options: [
				{ value: 'retirement', label: 'Retirement' },
				{ value: 'disability', label: 'Disability' },
				{ value: 'death', label: 'Death' },
				{ value: 'other', label: 'Any other reason' },
			],
		},
		{
			name: 'unusedHours',
			label: 'Unused personal business hours',
			kind: 'number',
			required: true,
			min: 0,
			max: 30,
			step: 'any',
		},
		{
			name: 'dailyPayCents',
			label: 'Daily pay, in dollars',
			kind: 'cents',
			required: true,
			min: 0,
			step: '0.01',
		},
	],
	sample: { reason: 'retirement', unusedHours: 15, dailyPayCents: 30_000 },
	status: (r) => (isNotApplicable(r.payment) ? [r.payment.reason] : [dollars(r.payment.cents), days(r.payment.unusedDays)]),
	present: (r) => ({
		answer: isNotApplicable(r.payment)
			? r.payment.reason
			: `${dollars(r.payment.cents)} is paid for ${days(r.payment.unusedDays)} of unused personal business time.`,
		tone: isNotApplicable(r.payment) ? 'warn' : 'ok',
	}),
});
