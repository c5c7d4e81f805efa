import { calculatePersonal, PersonalInputSchema, PERSONAL_STANDING, type PersonalResult } from '@rules/leave/personal';
import { defineCalculator, isNotApplicable } from '../types';
import { day, days, hours } from '../format';
import { asOfField, STATUS_OPTIONS } from './common';

/** The headline's last sentence when the time is no longer simply usable, in the steps' own words. */
function standingSentence(onAsOf: PersonalResult['forfeiture']['onAsOf']): string {
	if (onAsOf !== 'usable-only-if-requested' && onAsOf !== 'forfeited') return '';
	const words = PERSONAL_STANDING[onAsOf];
	return ` On the as-of date: ${words}.`;
}

/** Personal business time for a year (§2.5). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<PersonalResult>({
	name: 'personal',
	title: 'Personal business time',
	description:
		'Your personal business time for a year: the allowance for your start date, the fourth day, and when unused time is lost.',
	sections: ['2.5'],
	schema: PersonalInputSchema,
	compute: calculatePersonal,
	form: [
		{
			name: 'year',
			label: 'Year',
			kind: 'number',
			required: true,
			min: 1900,
			max: 2199,
			step: '1',
			defaultToday: true,
		},
		{
			name: 'startDate',
			label: 'Start date',
			kind: 'date',
			required: true,
			hint: 'Your hire date; a date before the year means a full year.',
		},
		{
			name: 'status',
			label: 'Employment status',
			kind: 'select',
			required: true,
			initial: 'regular',
			options: STATUS_OPTIONS,
		},
		{
			name: 'sickHoursUsedPreviousYear',
			label: 'Sick hours used in the previous calendar year',
			kind: 'number',
			required: true,
			min: 0,
			step: '0.25',
			initial: '0',
			hint: 'Sick Leave Bank donations are not use.',
		},
		{
			name: 'bargainingUnit',
			label: 'Bargaining unit (optional)',
			kind: 'text',
			hint: 'For example RC-23; leave empty if none.',
		},
		asOfField(),
	],
	sample: {
		year: 2025,
		startDate: '2025-04-15',
		status: 'regular',
		sickHoursUsedPreviousYear: 0,
		asOf: '2025-04-15',
	},
	status: (r) =>
		isNotApplicable(r.allowance)
			? [r.allowance.reason]
			: [hours(r.total.hours), ...(standingSentence(r.forfeiture.onAsOf) ? [PERSONAL_STANDING[r.forfeiture.onAsOf]] : [])],
	present: (r) => {
		const a = r.allowance;
		return {
			answer: isNotApplicable(a)
				? a.reason
				: `You have ${hours(r.total.hours)} (${days(r.total.days)}) of personal business time for ${r.year}: ${hours(a.hours)} for a start in ${a.row}${r.fourthDay.awarded ? `, plus a fourth day of ${hours(r.fourthDay.hours)}` : ''}.${standingSentence(r.forfeiture.onAsOf)}`,
			tone: isNotApplicable(a) ? 'warn' : r.forfeiture.onAsOf === 'forfeited' || r.forfeiture.onAsOf === 'usable-only-if-requested' ? 'warn' : 'info',
			facts: [
				{
					term: 'Fourth day',
					detail: r.fourthDay.awarded
						? `awarded: ${hours(r.fourthDay.hours)}`
						: `not awarded: ${r.fourthDay.reason}`,
				},
				{ term: 'Use by', detail: day(r.forfeiture.lastDayToUse) },
				...(r.forfeiture.requestBy
					? [{ term: 'Request by', detail: day(r.forfeiture.requestBy) }]
					: []),
				{ term: 'On the as-of date', detail: PERSONAL_STANDING[r.forfeiture.onAsOf] },
			],
		};
	},
});
