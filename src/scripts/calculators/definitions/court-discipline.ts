import {
	assessCourtDiscipline,
	COURT_LEGITIMATE_REASONS,
	COURT_OTHER_REASON,
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
				// MOU (6) a)–d) as the facts they are; the rule decides which reason, if any, applies.
				...COURT_LEGITIMATE_REASONS.flatMap((r) =>
					r.conditions.map((c) => ({
						name: `facts.${c.fact}`,
						label: `(${r.code}) ${c.question}`,
						kind: 'yes-no' as const,
					})),
				),
				{
					name: 'emergency',
					label: 'An emergency (emergency sick time or another) kept the employee from court',
					kind: 'yes-no',
					hint: 'MOU (8): management decides such a day.',
				},
				{
					name: 'toldSupervisorBeforeCase',
					label: 'The employee told the supervisor of the court appearance before the case was called',
					kind: 'yes-no',
					hint: 'Only with an emergency.',
				},
				{
					name: 'otherReasonAccepted',
					label: 'Another reason management accepted',
					kind: 'text',
					hint: `MOU (6): ${COURT_OTHER_REASON.summary}. Leave empty unless management accepted it.`,
				},
			],
		},
	],
	sample: {
		asOf: '2025-06-01',
		missedHearings: [
			{ date: '2024-09-03' },
			{ date: '2025-05-12' },
			{ date: '2025-05-20', facts: { excusedBySignedOrder: true } },
		],
	},
	fileRecord: (r) => r.record,
	status: (r) => [
		`step ${r.latest.step}: ${r.latest.description}`,
		`step ${r.next.step}: ${r.next.description}`,
		...r.awaitingDecision.map((p) => p.date),
	],
	present: (r) => ({
		answer: `${count(r.activeCount, 'occurrence')} in the last 24 months. The last occurrence reached step ${r.latest.step}: ${r.latest.description}. Another unexcused occurrence would be step ${r.next.step}: ${r.next.description}.${r.awaitingDecision.length ? ` ${count(r.awaitingDecision.length, 'missed day')} (${r.awaitingDecision.map((p) => p.date).join(', ')}) ${r.awaitingDecision.length === 1 ? 'awaits' : 'await'} management's decision (MOU (8)) and ${r.awaitingDecision.length === 1 ? 'is' : 'are'} not counted yet.` : ''}`,
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
				? [
						{
							term: 'Excused',
							detail: r.excused
								.map((e) =>
									e.reason === COURT_OTHER_REASON.code
										? `${e.date} (accepted by management: ${e.detail})`
										: `${e.date} (MOU (6)(${e.reason}))`,
								)
								.join('; '),
						},
					]
				: []),
			...(r.awaitingDecision.length
				? [
						{
							term: "Management's decision (MOU (8))",
							detail: r.awaitingDecision
								.map((p) => `${p.date}: if counted, step ${p.ifCounted.step} (${p.ifCounted.description})`)
								.join('; '),
						},
					]
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
