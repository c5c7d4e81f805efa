import type { FieldSpec, RowsSpec } from '../types';

/**
 * Form pieces several calculators share. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** The date the answer is for; the browser fills today when it is empty. */
export function asOfField(
	label = 'As of',
	hint = 'The date to answer for; today unless you change it.',
): FieldSpec {
	return { name: 'asOf', label, kind: 'date', required: true, defaultToday: true, hint };
}

/** The §2.7 election and proclaimed days, which no table knows in advance. */
export function extraHolidayRows(name = 'holidays.extraDays'): RowsSpec {
	return {
		kind: 'rows',
		name,
		legend: 'Election days and proclaimed days off',
		hint: 'Add any election day or day proclaimed a non-working day by the Governor or the President (§2.7).',
		itemLabel: 'Extra holiday',
		initialRows: 0,
		fields: [
			{ name: 'date', label: 'Date', kind: 'date', required: true },
			{ name: 'name', label: 'Name', kind: 'text', required: true },
			{
				name: 'kind',
				label: 'Kind',
				kind: 'select',
				initial: 'election',
				options: [
					{ value: 'election', label: 'Election day' },
					{ value: 'proclaimed', label: 'Proclaimed day' },
				],
			},
		],
	};
}

/** The separation fields the lump-sum calculators share (rules/leave-separation.ts). */
export function separationFields(): FieldSpec[] {
	return [
		{ name: 'serviceStart', label: 'Continuous-service date', kind: 'date', required: true },
		{ name: 'separationDate', label: 'Last day of employment', kind: 'date', required: true },
		{
			name: 'reason',
			label: 'Why employment ended',
			kind: 'select',
			required: true,
			initial: 'termination',
			options: [
				{ value: 'termination', label: 'Resignation, retirement, layoff or discharge' },
				{ value: 'death', label: 'Death (paid to the estate)' },
			],
		},
		{ name: 'reemployedOn', label: 'Started another State position on (if so)', kind: 'date' },
	];
}

/** Employment statuses of §2.4 and §2.5. */
export const STATUS_OPTIONS = [
	{ value: 'regular', label: 'Regular (certified, probationary or other)' },
	{ value: 'intermittent', label: 'Intermittent' },
	{ value: 'emergency', label: 'Emergency' },
	{ value: 'per-diem', label: 'Per diem' },
	{ value: 'temporary', label: 'Temporary' },
] as const;
