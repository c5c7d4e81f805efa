import { describe, expect, test } from 'vitest';
import { assessTrainingDeadlines, type TrainingResult } from '@rules/ethics/training';

const result = (raw: unknown): TrainingResult => {
	const r = assessTrainingDeadlines(raw);
	if (r.kind !== 'result') throw new Error(`expected a result, got ${r.kind}: ${r.reason}`);
	return r;
};
const periods = [
	{ start: '2025-09-01', end: '2025-12-31' },
	{ start: '2026-09-01', end: '2026-12-31' },
];
const ethics = (r: TrainingResult) => r.trainings.find((t) => t.training === 'ethics')!;
const harassment = (r: TrainingResult) =>
	r.trainings.find((t) => t.training === 'sexual-harassment')!;

describe('Ethics Act 5-10(c) and 5-10.5(a): a new employee within 30 days of starting', () => {
	test.each([
		{
			name: 'Ethics Act 5-10(c) a week after starting → due 30 days after the start',
			asOf: '2025-03-10',
			completions: [],
			status: 'due',
		},
		{
			name: 'Ethics Act 5-10(c) on the 30th day → still due',
			asOf: '2025-04-02',
			completions: [],
			status: 'due',
		},
		{
			name: 'Ethics Act 5-10(c) on the 31st day, not trained → overdue',
			asOf: '2025-04-03',
			completions: [],
			status: 'overdue',
		},
		{
			name: 'Ethics Act 5-10(c) trained on day 17 → completed',
			asOf: '2025-04-03',
			completions: [{ training: 'ethics', date: '2025-03-20' }],
			status: 'completed',
		},
	])('$name', ({ asOf, completions, status }) => {
		const r = result({ asOf, startDate: '2025-03-03', trainingPeriods: periods, completions });
		expect(ethics(r)).toMatchObject({ basis: 'new-employee', dueBy: '2025-04-02', status });
	});
	test('Ethics Act 5-10.5(a) sexual-harassment training has its own 30-day deadline and record', () => {
		const r = result({
			asOf: '2025-04-03',
			startDate: '2025-03-03',
			trainingPeriods: periods,
			completions: [{ training: 'ethics', date: '2025-03-20' }],
		});
		expect(harassment(r)).toMatchObject({
			basis: 'new-employee',
			dueBy: '2025-04-02',
			status: 'overdue',
			proof: 'proof of completion, to the ethics officer',
		});
		expect(ethics(r).proof).toContain('signed copy of the written certification');
	});
	test('Ethics Act 5-10(c) before the first day of work → not applicable', () => {
		expect(
			assessTrainingDeadlines({
				asOf: '2025-03-01',
				startDate: '2025-03-03',
				trainingPeriods: periods,
			}),
		).toMatchObject({ kind: 'not-applicable' });
	});
});

describe('§3.12 and Ethics Act 5-10(a): at least annually, in the training period', () => {
	test.each([
		{
			name: '§3.12 during the period, not trained → due at its end',
			asOf: '2025-10-01',
			completions: [],
			status: 'due',
			completedOn: null,
		},
		{
			name: '§3.12 trained during the period → completed, next due at the end of the next period',
			asOf: '2025-10-01',
			completions: [{ training: 'ethics', date: '2025-09-15' }],
			status: 'completed',
			completedOn: '2025-09-15',
		},
		{
			name: '§3.12 trained the day before the period began → does not count',
			asOf: '2025-10-01',
			completions: [{ training: 'ethics', date: '2025-08-31' }],
			status: 'due',
			completedOn: null,
		},
		{
			name: '§3.12 after the period ended, not trained → overdue',
			asOf: '2026-01-05',
			completions: [],
			status: 'overdue',
			completedOn: null,
		},
	])('$name', ({ asOf, completions, status, completedOn }) => {
		const r = result({ asOf, startDate: '2015-06-01', trainingPeriods: periods, completions });
		expect(ethics(r)).toMatchObject({
			basis: 'annual',
			dueBy: '2025-12-31',
			countsFrom: '2025-09-01',
			status,
			completedOn,
			nextDueBy: completedOn ? '2026-12-31' : null,
		});
	});
});

describe('§3.12 between training periods and late completions', () => {
	test('§3.12 a long-serving employee before the first listed period → the annual deadline of that period', () => {
		const r = result({ asOf: '2025-03-01', startDate: '2015-06-01', trainingPeriods: periods });
		expect(ethics(r)).toMatchObject({ basis: 'annual', dueBy: '2025-12-31', status: 'due' });
	});
	test('Ethics Act 5-10(c) a new employee trained in time → next due at the end of the next period', () => {
		const r = result({
			asOf: '2025-05-01',
			startDate: '2025-03-03',
			trainingPeriods: periods,
			completions: [{ training: 'ethics', date: '2025-03-20' }],
		});
		expect(ethics(r)).toMatchObject({
			basis: 'new-employee',
			status: 'completed',
			nextDueBy: '2025-12-31',
		});
	});
	test('Ethics Act 5-10(c) a new employee trained on day 40 → completed late', () => {
		const r = result({
			asOf: '2025-05-01',
			startDate: '2025-03-03',
			trainingPeriods: periods,
			completions: [{ training: 'ethics', date: '2025-04-12' }],
		});
		expect(ethics(r)).toMatchObject({
			basis: 'new-employee',
			status: 'completed-late',
			completedOn: '2025-04-12',
		});
	});
	test('§3.12 someone hired after the last period ended is a new employee', () => {
		const r = result({ asOf: '2026-02-20', startDate: '2026-01-05', trainingPeriods: periods });
		expect(ethics(r)).toMatchObject({
			basis: 'new-employee',
			dueBy: '2026-02-04',
			status: 'overdue',
		});
	});
});

describe('§3.12 failing to train on time', () => {
	test('§3.12 overdue → the ethics officer contacts the employee and reports to the OEIG', () => {
		const r = result({ asOf: '2026-01-05', startDate: '2015-06-01', trainingPeriods: periods });
		expect(ethics(r).status).toBe('overdue');
		expect(r.steps.join(' ')).toContain('reports it to the OEIG');
		expect(r.citations.some((c) => c.section === '3.12' && c.quote.includes('OEIG'))).toBe(true);
	});
});

describe('§3.12 approved leave: the first training period after return', () => {
	test.each([
		{
			name: '§3.12 still on leave at the end of the period → waits for return',
			leave: { from: '2025-11-01' },
			basis: 'on-leave',
			dueBy: null,
			status: 'on-leave',
		},
		{
			name: '§3.12 back after the period ended → the first period after return',
			leave: { from: '2025-11-01', returnedOn: '2026-02-01' },
			basis: 'rescheduled-after-leave',
			dueBy: '2026-12-31',
			status: 'due',
		},
		{
			name: '§3.12 back before the period ended → the period itself',
			leave: { from: '2025-10-01', returnedOn: '2025-12-01' },
			basis: 'annual',
			dueBy: '2025-12-31',
			status: 'overdue',
		},
	])('$name', ({ leave, basis, dueBy, status }) => {
		const r = result({
			asOf: '2026-03-01',
			startDate: '2015-06-01',
			trainingPeriods: periods,
			approvedLeave: leave,
		});
		expect(ethics(r)).toMatchObject({ basis, dueBy, status });
		expect(harassment(r)).toMatchObject({ basis, dueBy, status });
	});
	test('§3.12 trained in the period before the leave began → completed, no rescheduling', () => {
		const r = result({
			asOf: '2026-03-01',
			startDate: '2015-06-01',
			trainingPeriods: periods,
			approvedLeave: { from: '2025-11-01', returnedOn: '2026-02-01' },
			completions: [{ training: 'ethics', date: '2025-09-15' }],
		});
		expect(ethics(r)).toMatchObject({ basis: 'annual', status: 'completed' });
		expect(harassment(r)).toMatchObject({ basis: 'rescheduled-after-leave', dueBy: '2026-12-31' });
	});
});

describe('training: bad input names the field', () => {
	test('training: a period that ends before it starts', () => {
		expect(() =>
			assessTrainingDeadlines({
				asOf: '2025-03-01',
				startDate: '2020-01-01',
				trainingPeriods: [{ start: '2025-09-01', end: '2025-08-01' }],
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: training: trainingPeriods.0.end: expected an end on or after the start (2025-09-01), got "2025-08-01"]`,
		);
	});
	test('training: overlapping periods', () => {
		expect(() =>
			assessTrainingDeadlines({
				asOf: '2025-03-01',
				startDate: '2020-01-01',
				trainingPeriods: [
					{ start: '2025-09-01', end: '2025-12-31' },
					{ start: '2025-12-01', end: '2026-02-01' },
				],
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: training: trainingPeriods.1.start: expected periods in order without overlap: a start after 2025-12-31, got "2025-12-01"]`,
		);
	});
	test('training: an unknown training', () => {
		expect(() =>
			assessTrainingDeadlines({
				asOf: '2025-03-01',
				startDate: '2020-01-01',
				trainingPeriods: periods,
				completions: [{ training: 'fire-safety', date: '2025-01-01' }],
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: training: completions.0.training: expected ethics or sexual-harassment, got "fire-safety"]`,
		);
	});
	test('training: no training period', () => {
		expect(() =>
			assessTrainingDeadlines({ asOf: '2025-03-01', startDate: '2020-01-01', trainingPeriods: [] }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: training: trainingPeriods: expected at least one training period]`,
		);
	});
	test('training: a return before the leave began', () => {
		expect(() =>
			assessTrainingDeadlines({
				asOf: '2025-03-01',
				startDate: '2020-01-01',
				trainingPeriods: periods,
				approvedLeave: { from: '2025-02-01', returnedOn: '2025-01-01' },
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: training: approvedLeave.returnedOn: expected a return on or after the leave began (2025-02-01), got "2025-01-01"]`,
		);
	});
});
