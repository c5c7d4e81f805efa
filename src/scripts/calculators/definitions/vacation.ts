import { calculateVacation, VacationInputSchema, type VacationResult } from '@rules/leave/vacation';
import { defineCalculator, isNotApplicable } from '../types';
import { day, days, hours } from '../format';
import { asOfField } from './common';

/** Vacation tier, accrual, forfeiture and projection (§2.3). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<VacationResult>({
	name: 'vacation',
	title: 'Vacation',
	description:
		'Your vacation tier and accrual from your continuous-service date, the next tier, and when each year’s time is forfeited.',
	sections: ['2.3'],
	schema: VacationInputSchema,
	compute: calculateVacation,
	form: [
		{
			name: 'serviceStart',
			label: 'Continuous-service date',
			kind: 'date',
			required: true,
			hint: 'Your hire date, or the adjusted date after a break counted as continuous.',
		},
		asOfField(),
		{
			kind: 'group',
			legend: 'Part-time only',
			hint: 'Leave empty if you work full time.',
			fields: [
				{
					name: 'partTime.hoursWorked',
					label: 'Hours actually worked in the year',
					kind: 'number',
					min: 0,
					step: '0.25',
				},
				{
					name: 'partTime.workingHoursInYear',
					label: 'Working hours in the year',
					kind: 'number',
					min: 0,
					step: '0.25',
					hint: 'Leave empty for the year’s weekdays × 7.5 hours.',
				},
			],
		},
		{
			name: 'projectionYears',
			label: 'Years to project',
			kind: 'number',
			min: 1,
			max: 40,
			step: '1',
			initial: '5',
		},
	],
	sample: { serviceStart: '2020-03-15', asOf: '2025-03-15', projectionYears: 3 },
	status: (r) => [`${r.yearsOfService} completed year`, days(r.annual.days), hours(r.annual.hours)],
	present: (r) => ({
		answer: `With ${r.yearsOfService} completed ${r.yearsOfService === 1 ? 'year' : 'years'} of continuous service you earn ${days(r.annual.days)} (${hours(r.annual.hours)}) of vacation a year: ${hours(r.monthly.hours)} for each month in pay status.`,
		tone: 'info',
		facts: [
			{ term: 'Tier', detail: `${r.tier.daysPerYear} workdays per year (§${r.tier.section})` },
			{
				term: 'Next tier',
				detail: isNotApplicable(r.nextTier)
					? r.nextTier.reason
					: `${r.nextTier.daysPerYear} days per year from ${day(r.nextTier.date)}; first month at the new rate ${r.nextTier.firstMonthAtNewRate}`,
			},
			{
				term: 'This month',
				detail: `${r.currentMonth.month} earns ${hours(r.currentMonth.hours)}, usable from ${day(r.currentMonth.usableFrom)}`,
			},
			{
				term: 'Oldest usable accrual',
				detail: `${r.forfeiture.oldestUsableYear}’s, usable through ${day(r.forfeiture.lastDayToUse)}`,
			},
			...(r.fraction === 1 ? [] : [{ term: 'Part-time fraction', detail: r.fraction.toFixed(4) }]),
		],
		table: {
			caption: 'Projection by calendar year (pay status on every workday)',
			head: ['Year', 'Months earning', 'Earned', 'Use by'],
			rows: r.projection.map((p) => [
				String(p.year),
				String(p.monthsEarning),
				`${hours(p.hoursEarned)} (${days(p.daysEarned)})`,
				p.lastDayToUse,
			]),
		},
	}),
});
