import { z } from '@rules/zod-mini';
import {
	addWorkdays,
	subtractWorkdays,
	WorkdayShiftInputSchema,
	type WorkdayShiftResult,
} from '@rules/calendar/workdays';
import { parseInput } from '@rules/errors';
import { defineCalculator } from '../types';
import { day } from '../format';
import { extraHolidayRows } from './common';

/** The rule's schema plus the one choice the form adds: count forward or backward. */
export const WorkdayDeadlineInputSchema = z.extend(WorkdayShiftInputSchema, {
	/** Count workdays after the date (add) or before it (subtract). */
	direction: z.enum(['add', 'subtract'], {
		error: (i) => `expected "add" or "subtract", got ${JSON.stringify(i.input)}`,
	}),
});

/** Workday deadlines: N workdays after or before a date (§2.2, §2.7). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<WorkdayShiftResult>({
	name: 'workdays',
	title: 'Workday deadlines',
	description:
		'The date a number of workdays after or before a date, skipping weekends and State holidays.',
	sections: ['2.7', '2.2'],
	schema: WorkdayDeadlineInputSchema,
	compute: (raw) => {
		const { direction, ...rest } = parseInput(WorkdayDeadlineInputSchema, raw, 'workdays');
		return direction === 'add' ? addWorkdays(rest) : subtractWorkdays(rest);
	},
	form: [
		{
			name: 'date',
			label: 'Start date',
			kind: 'date',
			required: true,
			defaultToday: true,
			hint: 'The day counted from; it is not itself counted.',
		},
		{
			name: 'workdays',
			label: 'Number of workdays',
			kind: 'number',
			required: true,
			min: 0,
			max: 3000,
			step: '1',
		},
		{
			name: 'direction',
			label: 'Count',
			kind: 'radio',
			initial: 'add',
			options: [
				{ value: 'add', label: 'Forward (workdays after the date)' },
				{ value: 'subtract', label: 'Backward (workdays before the date)' },
			],
		},
		extraHolidayRows(),
	],
	sample: { date: '2025-11-26', workdays: 3, direction: 'add' },
	status: (r) => [day(r.date)],
	present: (r) => ({
		answer: `The date reached is ${day(r.date)}.`,
		tone: 'info',
		facts: [
			{ term: 'Weekend days skipped', detail: String(r.weekendDaysSkipped) },
			{
				term: 'Holidays skipped',
				detail: r.holidaysSkipped.length
					? r.holidaysSkipped.map((h) => `${h.name} (observed ${day(h.observedDate)})`).join('; ')
					: 'none',
			},
		],
	}),
});
