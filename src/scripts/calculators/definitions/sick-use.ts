import { sickUse, SickUseInputSchema, SICK_PURPOSES, SICK_RELATIONSHIPS, type SickUseResult } from '@rules/leave/sick-use';
import { defineCalculator } from '../types';

/** May sick time be used for this purpose and person (§2.4 B)? IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<SickUseResult>({
	name: 'sick-use',
	title: 'Can I use sick time for this?',
	description: 'Whether sick leave covers the purpose and the person (your own illness, an appointment, a family member’s illness or funeral), and the hours charged.',
	sections: ['2.4'],
	schema: SickUseInputSchema,
	compute: sickUse,
	form: [
		{
			name: 'purpose',
			label: 'What is the time for?',
			kind: 'radio',
			initial: 'own-illness',
			options: Object.entries(SICK_PURPOSES).map(([value, label]) => ({ value, label })),
		},
		{
			kind: 'group',
			legend: 'Whose illness or death (family purposes only)',
			hint: 'Leave empty for your own illness or appointment.',
			fields: [
				{
					name: 'relationship',
					label: 'The person is my…',
					kind: 'select',
					options: [{ value: '', label: '(not a family purpose)' }, ...Object.entries(SICK_RELATIONSHIPS).map(([value, r]) => ({ value, label: r.label }))],
				},
				{ name: 'livesInHousehold', label: 'They live in my household', kind: 'yes-no' },
				{ name: 'custodialResponsibility', label: 'I have custodial responsibility for them', kind: 'yes-no', hint: 'Only asked about someone living in your household.' },
				{ name: 'dependentAndPresenceNeeded', label: 'They are financially and emotionally dependent on me, and my presence is needed', kind: 'yes-no', hint: 'Only asked about someone living in your household.' },
			],
		},
		{ name: 'hours', label: 'Hours', kind: 'number', required: true, min: 0, max: 24, step: 'any', initial: '7.5' },
		{ name: 'halfHourSteps', label: 'My supervisor grants half-hour increments after the first hour', kind: 'checkbox' },
	],
	sample: { purpose: 'family-death', relationship: 'grandparent', livesInHousehold: false, hours: 7.5, halfHourSteps: false },
	status: (r) => (r.allowed ? ['sick time may be used', `${r.chargedHours} hours charged`] : ['sick time may not be used for this']),
	present: (r) => ({
		answer: r.allowed ? `Yes: sick time may be used; ${r.chargedHours} hour${r.chargedHours === 1 ? '' : 's'} charged.` : 'No: sick time may not be used for this.',
		tone: r.allowed ? 'ok' : 'warn',
		facts: r.family ? [{ term: 'Immediate family or household', detail: r.family.counts ? 'yes' : 'no' }] : [],
	}),
});
