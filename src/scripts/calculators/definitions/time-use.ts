import { TIME_CONTEXTS, TIME_KINDS } from '@rules/leave/time-use-sources';
import {
	TIME_USE_VERDICTS as VERDICT,
	TimeUseInputSchema,
	validateTimeUse,
	type TimeUseResult,
} from '@rules/leave/time-use';
import { defineCalculator } from '../types';

const KIND_LABELS: Record<(typeof TIME_KINDS)[number], string> = {
	vacation: 'Vacation',
	sick: 'Sick',
	personal: 'Personal business',
	compensatory: 'Compensatory',
	holiday: 'Holiday',
};
const CONTEXT_LABELS: Record<(typeof TIME_CONTEXTS)[number], string> = {
	ordinary: 'Ordinary use',
	'inclement-weather': 'Inclement weather or a transportation emergency',
};

/** Benefit-time request check against the increment rules (§2.1 and attachment 2.1b). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<TimeUseResult>({
	name: 'time-use',
	title: 'Time-use request check',
	description:
		'Whether a request for vacation, sick, personal, compensatory or holiday time is in an allowed increment, half day or whole days.',
	sections: ['2.1', '2.3', '2.4', '2.5', '2.6'],
	schema: TimeUseInputSchema,
	compute: validateTimeUse,
	form: [
		{
			name: 'kind',
			label: 'Kind of time',
			kind: 'select',
			required: true,
			initial: 'vacation',
			options: TIME_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
		},
		{
			name: 'amount.unit',
			label: 'Requested as',
			kind: 'radio',
			initial: 'hours',
			options: [
				{ value: 'hours', label: 'Hours' },
				{ value: 'half-day', label: 'A half day' },
				{ value: 'days', label: 'Whole days' },
			],
		},
		{
			name: 'amount.hours',
			label: 'Hours',
			kind: 'number',
			min: 0,
			step: 'any',
			hint: 'For example 1.5 for an hour and a half.',
			showWhen: { field: 'amount.unit', value: 'hours' },
		},
		{
			name: 'amount.halfDay',
			label: 'Half-day length',
			kind: 'select',
			showWhen: { field: 'amount.unit', value: 'half-day' },
			initial: '3:45',
			options: [
				{ value: '3:30', label: '3 hours 30 minutes' },
				{ value: '3:45', label: '3 hours 45 minutes' },
				{ value: '4:00', label: '4 hours' },
			],
		},
		{
			name: 'amount.days',
			label: 'Days',
			kind: 'number',
			min: 1,
			max: 260,
			step: '1',
			showWhen: { field: 'amount.unit', value: 'days' },
		},
		{
			name: 'context',
			label: 'Used for',
			kind: 'select',
			initial: 'ordinary',
			options: TIME_CONTEXTS.map((c) => ({ value: c, label: CONTEXT_LABELS[c] })),
		},
		{
			name: 'supervisorGrantsHalfHours',
			label: 'My supervisor grants half-hour increments after the first hour',
			kind: 'checkbox',
		},
	],
	sample: {
		kind: 'vacation',
		amount: { unit: 'hours', hours: 1.5 },
		context: 'ordinary',
		supervisorGrantsHalfHours: false,
	},
	status: (r) => [
		`${VERDICT[r.verdict]}`,
		...(r.verdict === 'sources-disagree'
			? r.checks.map((c) => `${c.allowed ? 'allowed' : 'not allowed'} under ${c.source}`)
			: []),
	],
	present: (r) => ({
		// Disagreeing sources are both named; otherwise the reasons that carry the verdict.
		answer:
			r.verdict === 'sources-disagree'
				? `${VERDICT[r.verdict]}: ${r.checks.map((c) => `${c.allowed ? 'allowed' : 'not allowed'} under ${c.source}`).join('; ')}. Ask the supervisor or Labor Relations which applies.`
				: `${VERDICT[r.verdict]}: ${
						r.checks
							.filter((c) => c.allowed === (r.verdict !== 'not-allowed'))
							.map((c) => c.why)
							.join(' ') || r.rule
					}`,
		tone: r.verdict === 'allowed' ? 'ok' : 'warn',
		table: {
			caption: 'Each source',
			head: ['Source', 'Rule', 'Allowed', 'Why'],
			rows: r.checks.map((c) => [c.source, c.rule, c.allowed ? 'yes' : 'no', c.why]),
		},
	}),
});
