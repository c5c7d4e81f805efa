import {
	holidaysDuringVacation,
	HolidaysDuringVacationInputSchema,
	type HolidaysDuringVacationResult,
} from '@rules/leave/vacation-holidays';
import { defineCalculator } from '../types';
import { count, day, hours } from '../format';
import { extraHolidayRows } from './common';

/** A holiday observed during a vacation adds a day (§2.7). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<HolidaysDuringVacationResult>({
	name: 'holidays-in-vacation',
	title: 'Holidays during a vacation',
	description:
		'The State holidays observed during a vacation period, each of which is not charged as vacation.',
	sections: ['2.7', '2.3'],
	schema: HolidaysDuringVacationInputSchema,
	compute: holidaysDuringVacation,
	form: [
		{ name: 'vacationStart', label: 'First day of vacation', kind: 'date', required: true },
		{ name: 'vacationEnd', label: 'Last day of vacation', kind: 'date', required: true },
		extraHolidayRows(),
	],
	sample: { vacationStart: '2025-12-22', vacationEnd: '2026-01-02' },
	status: (r) => (r.extraDays ? [`${count(r.extraDays, 'day')} (${hours(r.extraHours)}) not charged as vacation`] : ['no holiday is observed on a scheduled workday']),
	present: (r) => ({
		answer: r.extraDays
			? `${count(r.extraDays, 'holiday')} fall on scheduled workdays in this vacation: ${count(r.extraDays, 'day')} (${hours(r.extraHours)}) not charged as vacation.`
			: 'No holiday is observed on a scheduled workday in this vacation.',
		tone: r.extraDays ? 'ok' : 'info',
		table: r.holidays.length
			? {
					caption: 'Holidays in the period',
					head: ['Holiday', 'Observed on'],
					rows: r.holidays.map((h) => [h.name, day(h.observedDate)]),
				}
			: undefined,
	}),
});
