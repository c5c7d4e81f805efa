import { StateHolidaysInputSchema, stateHolidays, type StateHolidaysResult } from '@rules/calendar/holidays';
import { defineCalculator } from '../types';
import { day } from '../format';
import { extraHolidayRows } from './common';

/** The State holidays of a year with their observed dates (§2.7). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<StateHolidaysResult>({
	name: 'holidays',
	title: 'State holidays',
	description:
		'The State holidays of any year, with the day each one is observed when it falls on a weekend.',
	sections: ['2.7'],
	schema: StateHolidaysInputSchema,
	compute: stateHolidays,
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
			hint: 'A calendar year from 1900 to 2199.',
		},
		extraHolidayRows(),
	],
	sample: { year: 2022 },
	status: (r) => {
		const moved = r.holidays.filter((h) => h.shift !== 'none').length;
		return [`${r.holidays.length} holidays in ${r.year}`, ...(moved ? [`${moved} fall on a weekend`] : [])];
	},
	present: (r) => {
		const moved = r.holidays.filter((h) => h.shift !== 'none');
		return {
			answer: `The State observes ${r.holidays.length} holidays in ${r.year}${moved.length ? `; ${moved.length} fall on a weekend and are observed on a weekday instead` : ''}.`,
			tone: 'info',
			table: {
				caption: `State holidays, ${r.year}`,
				head: ['Holiday', 'Falls on', 'Observed on'],
				rows: r.holidays.map((h) => [h.name, day(h.actualDate), day(h.observedDate)]),
			},
		};
	},
});
