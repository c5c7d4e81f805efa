import { addDays } from '@rules/dates';
import { addHoursExcludingWeekendsAndHolidays, HoursExcludingInputSchema, type HoursExcludingResult } from '@rules/calendar/workday-hours';
import { defineCalculator } from '../types';
import { day } from '../format';
import { extraHolidayRows } from './common';

/** "N hours excluding weekends and holidays" from a date and time. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<HoursExcludingResult>({
	name: 'hours-deadline',
	title: 'Hours excluding weekends and holidays',
	description: 'When a clock of N hours runs out if weekends and State holidays do not count.',
	sections: ['2.7', '2.2', '331.110', '331.160'],
	schema: HoursExcludingInputSchema,
	compute: addHoursExcludingWeekendsAndHolidays,
	form: [
		{ name: 'date', label: 'Start date', kind: 'date', required: true, defaultToday: true },
		{
			name: 'time',
			label: 'Start time',
			kind: 'time',
			required: true,
			hint: '24-hour clock, HH:MM.',
		},
		{
			name: 'hours',
			label: 'Hours',
			kind: 'number',
			required: true,
			min: 1,
			max: 2400,
			step: '1',
			hint: 'A whole number of hours, 1 to 2,400.',
		},
		extraHolidayRows(),
	],
	sample: { date: '2025-11-26', time: '15:00', hours: 24 },
	status: (r) => [
		r.endsAtMidnight
			? `midnight at the end of ${day(addDays(r.deadline.date, -1))}`
			: `${day(r.deadline.date)} at ${r.deadline.time}`,
	],
	present: (r) => ({
		answer: r.endsAtMidnight
			? `The clock runs out at midnight at the end of ${day(addDays(r.deadline.date, -1))}.`
			: `The clock runs out on ${day(r.deadline.date)} at ${r.deadline.time}.`,
		tone: 'info',
		facts: [
			{
				term: 'Days not counted',
				detail: r.daysSkipped.length
					? r.daysSkipped.map((d) => `${day(d.date)} (${d.why})`).join('; ')
					: 'none',
			},
		],
	}),
});
