import {
	assessCourtDiscipline,
	COURT_LEGITIMATE_REASONS,
	CourtDisciplineInputSchema,
	type CourtDisciplineResult,
} from '@rules/discipline/court-discipline';
import { defineCalculator } from '../types';
import { count, day } from '../format';
import { asOfField } from './common';

/** Court attendance discipline (§3.3, the MOU). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE. */
export default defineCalculator<CourtDisciplineResult>({
	name: 'court-discipline',
	title: 'Court attendance discipline',
	description:
		'From missed court dates: occurrences in 24 consecutive months, the discipline level reached, the next level, and when each occurrence ages out.',
	sections: ['3.3'],
	schema: CourtDisciplineInputSchema,
	compute: assessCourtDiscipline,
	form: [
		asOfField(),
		{
			kind: 'rows',
			name: 'missedHearings',
			legend: 'Missed court dates',
			hint: 'One row per missed hearing; several hearings on one day count as one occurrence.',
			itemLabel: 'Missed court date',
			initialRows: 1,
			fields: [
				{ name: 'date', label: 'Date missed', kind: 'date', required: true },
				{
					name: 'legitimateReason',
					label: 'Legitimate reason',
					kind: 'select',
					options: [
						{ value: '', label: 'None (unexcused)' },
						...COURT_LEGITIMATE_REASONS.map((r) => ({
							value: r.code,
							label: r.code === 'other' ? `Other: ${r.summary}` : `(${r.code}) ${r.summary}`,
						})),
					],
				},
			],
		},
	],
	sample: {
		asOf: '2025-06-01',
		missedHearings: [
			{ date: '2024-09-03' },
			{ date: '2025-05-12' },
			{ date: '2025-05-20', legitimateReason: 'c' },
		],
	},
	present: (r) => ({
		answer: `${count(r.activeCount, 'occurrence')} in the last 24 months. The last occurrence reached step ${r.latest.step}: ${r.latest.description}. Another unexcused occurrence would be step ${r.next.step}: ${r.next.description}.`,
		tone: 'warn',
		facts: [
			{
				term: 'The oldest counted occurrence stops counting on',
				detail: r.nextAgeOutOn ? day(r.nextAgeOutOn) : 'none counts now',
			},
			{
				term: 'Benefit time for unpaid days',
				detail: `up to ${r.substitution.maxDays} unpaid days, with ${r.substitution.allowedKinds.join(', ')} time; never ${r.substitution.excludedKinds.join(', ')} leave`,
			},
			...(r.excused.length
				? [{ term: 'Excused', detail: r.excused.map((e) => `${e.date} (${e.reason})`).join('; ') }]
				: []),
		],
		table: {
			caption: 'Occurrences',
			head: ['Date', 'Step', 'Discipline', 'Stops counting on', 'Counts now'],
			rows: r.occurrences.map((o) => [
				o.date,
				String(o.step),
				o.description,
				o.agesOutOn,
				o.active ? 'yes' : 'no',
			]),
		},
	}),
});
