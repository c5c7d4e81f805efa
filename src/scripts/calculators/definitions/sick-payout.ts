import { sickPayout, SickPayoutInputSchema, type SickPayoutResult } from '@rules/leave/sick-payout';
import { defineCalculator, isNotApplicable } from '../types';
import { days, dollars, hours } from '../format';
import { separationFields } from './common';

/** Payment for sick days earned 1984–1997 on separation (§2.4). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<SickPayoutResult>({
	name: 'sick-payout',
	title: 'Sick leave payout (days earned 1984–1997)',
	description:
		'Whether unused sick days earned from 1984 through 1997 are paid on separation, and how many days and how much.',
	sections: ['2.4'],
	schema: SickPayoutInputSchema,
	compute: sickPayout,
	form: [
		...separationFields(),
		{
			name: 'unusedDaysEarned1984To1997',
			label: 'Unused sick days earned 1984–1997',
			kind: 'number',
			required: true,
			min: 0,
			step: 'any',
			hint: 'From your leave record.',
		},
		{
			name: 'dailyPayCents',
			label: 'Daily pay, in dollars (optional)',
			kind: 'cents',
			min: 0,
			step: '0.01',
		},
	],
	sample: {
		serviceStart: '1985-06-03',
		separationDate: '2025-06-30',
		reason: 'termination',
		unusedDaysEarned1984To1997: 40,
		dailyPayCents: 30_000,
	},
	status: (r) =>
		!r.eligible
			? r.reasons
			: isNotApplicable(r.payout)
				? [r.payout.reason]
				: [days(r.payout.days), ...(isNotApplicable(r.payout.amount) ? [] : [dollars(r.payout.amount.cents)])],
	present: (r) => {
		const p = r.payout;
		return {
			answer: !r.eligible
				? `No payment is due: ${r.reasons.join(' ')}`
				: isNotApplicable(p)
					? p.reason
					: `${days(p.days)} (${hours(p.hours)}) are paid to ${r.payee === 'estate' ? 'the estate' : 'the employee'}${isNotApplicable(p.amount) ? '.' : `: ${dollars(p.amount.cents)}.`}`,
			tone: r.eligible && !isNotApplicable(p) ? 'ok' : 'warn',
		};
	},
});
