import { describe, expect, test } from 'vitest';
import { personalStatus, type DeadlineFacts } from '@lib/server/deadlines';
import { assessTrainingDeadlines } from '@rules/ethics/training';

const PERIOD = { opensOn: '2026-01-01', deadlineOn: '2026-03-31' };
const NEXT_PERIOD = { start: '2027-01-01', end: '2027-03-31' };
const person = (
	hireOn: string | null,
	onLeaveSince: string | null = null,
	leaveReturnedOn: string | null = null,
): DeadlineFacts => ({ hireOn, onLeaveSince, leaveReturnedOn });

// [label, person, attested on (or null), today, expected status, expected due date]
const CASES = [
	[
		'3.12 annual: long-serving employee, before the deadline',
		person('2010-05-01'),
		null,
		'2026-02-01',
		'due',
		'2026-03-31',
	],
	[
		'3.12 annual: the deadline day itself is still on time',
		person('2010-05-01'),
		null,
		'2026-03-31',
		'due',
		'2026-03-31',
	],
	[
		'3.12 annual: the day after the deadline is overdue',
		person('2010-05-01'),
		null,
		'2026-04-01',
		'overdue',
		'2026-03-31',
	],
	[
		'3.12 annual: certified in the period',
		person('2010-05-01'),
		'2026-02-10',
		'2026-04-01',
		'done',
		'2026-03-31',
	],
	[
		'Ethics Act 5-10(c): hired in the period, 30 days from starting',
		person('2026-02-15'),
		null,
		'2026-03-01',
		'due',
		'2026-03-17',
	],
	[
		'Ethics Act 5-10(c): hired in the period, day 31 is overdue',
		person('2026-02-15'),
		null,
		'2026-03-18',
		'overdue',
		'2026-03-17',
	],
	[
		'Ethics Act 5-10(c): hired near the end, 30 days run past the period',
		person('2026-03-20'),
		null,
		'2026-04-10',
		'due',
		'2026-04-19',
	],
	[
		'3.12 leave: on leave at the deadline, not back',
		person('2010-05-01', '2026-03-01'),
		null,
		'2026-04-15',
		'deferred',
		'2026-03-31',
	],
	[
		'3.12 leave: back only after the deadline, deferred to the next period',
		person('2010-05-01', '2026-03-01', '2026-04-10'),
		null,
		'2026-04-15',
		'deferred',
		'2026-03-31',
	],
	[
		'3.12 leave: back before the deadline, due as usual',
		person('2010-05-01', '2026-02-01', '2026-03-15'),
		null,
		'2026-04-15',
		'overdue',
		'2026-03-31',
	],
] as const;

describe('lib/server/deadlines.ts personalStatus agrees with rules/training.ts', () => {
	test.each(CASES)('%s', (_label, facts, attestedOn, today, status, dueOn) => {
		const mine = personalStatus(PERIOD, facts, attestedOn !== null, today);
		expect(mine.status).toBe(status);
		expect(mine.dueOn).toBe(dueOn);

		const rules = assessTrainingDeadlines({
			asOf: today,
			startDate: facts.hireOn,
			trainingPeriods: [{ start: PERIOD.opensOn, end: PERIOD.deadlineOn }, NEXT_PERIOD],
			completions: attestedOn ? [{ training: 'ethics', date: attestedOn }] : [],
			...(facts.onLeaveSince
				? {
						approvedLeave: {
							from: facts.onLeaveSince,
							...(facts.leaveReturnedOn ? { returnedOn: facts.leaveReturnedOn } : {}),
						},
					}
				: {}),
		});
		if (rules.kind !== 'result') throw new Error(rules.reason);
		const ethics = rules.trainings.find((t) => t.training === 'ethics')!;
		const rulesStatus = (
			{
				completed: 'done',
				'completed-late': 'done',
				due: 'due',
				overdue: 'overdue',
				'on-leave': 'deferred',
			} as Record<string, string>
		)[ethics.status];
		expect(ethics.basis === 'rescheduled-after-leave' ? 'deferred' : rulesStatus).toBe(status);
		if (ethics.basis === 'new-employee' || ethics.basis === 'annual')
			expect(ethics.dueBy).toBe(dueOn);
	});
});
