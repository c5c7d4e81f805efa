import { assessTrainingDeadlines, TrainingInputSchema, type TrainingResult } from '@rules/ethics/training';
import { defineCalculator } from '../types';
import { day } from '../format';
import { asOfField } from './common';

/** Ethics and sexual-harassment training deadlines (§3.12). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<TrainingResult>({
	name: 'training',
	title: 'Ethics training deadlines',
	description:
		'When your ethics and sexual-harassment training is due: within 30 days of starting, then once each training period, and after a leave.',
	sections: ['3.12', 'Ethics Act 5-10'],
	schema: TrainingInputSchema,
	compute: assessTrainingDeadlines,
	form: [
		asOfField(),
		{ name: 'startDate', label: 'First day of employment', kind: 'date', required: true },
		{
			kind: 'rows',
			name: 'trainingPeriods',
			legend: 'Compliance training periods',
			hint: 'As set by the ethics officer, in order.',
			itemLabel: 'Training period',
			initialRows: 1,
			fields: [
				{ name: 'start', label: 'First day', kind: 'date', required: true },
				{ name: 'end', label: 'Last day', kind: 'date', required: true },
			],
		},
		{
			kind: 'rows',
			name: 'completions',
			legend: 'Trainings completed',
			itemLabel: 'Completed training',
			initialRows: 0,
			fields: [
				{
					name: 'training',
					label: 'Training',
					kind: 'select',
					initial: 'ethics',
					options: [
						{ value: 'ethics', label: 'Ethics' },
						{ value: 'sexual-harassment', label: 'Sexual harassment' },
					],
				},
				{ name: 'date', label: 'Completed on', kind: 'date', required: true },
			],
		},
		{
			kind: 'group',
			legend: 'Approved leave of absence',
			hint: 'Leave empty if none.',
			fields: [
				{ name: 'approvedLeave.from', label: 'First day of leave', kind: 'date' },
				{ name: 'approvedLeave.returnedOn', label: 'Returned to work on', kind: 'date' },
			],
		},
	],
	sample: {
		asOf: '2025-03-01',
		startDate: '2020-01-06',
		trainingPeriods: [{ start: '2025-01-01', end: '2025-12-31' }],
		completions: [],
	},
	status: (r) => r.trainings.map((t) => t.standing),
	present: (r) => ({
		answer: r.trainings
			.map(
				(t) =>
					`${t.name}: ${t.standing}.`,
			)
			.join(' '),
		tone: r.trainings.some((t) => t.status === 'overdue') ? 'warn' : 'info',
		facts: r.trainings.map((t) => ({
			term: t.name,
			detail: `send ${t.proof}${t.nextDueBy ? `; next due by ${day(t.nextDueBy)}` : ''}`,
		})),
	}),
});
