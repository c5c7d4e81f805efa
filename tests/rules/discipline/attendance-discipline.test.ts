import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	assessAttendanceDiscipline,
	type AttendanceDisciplineResult,
} from '@rules/discipline/attendance-discipline';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '@rules/dates';

const result = (raw: unknown): AttendanceDisciplineResult => {
	const r = assessAttendanceDiscipline(raw);
	if (r.kind !== 'result') throw new Error(`expected a result, got ${r.kind}: ${r.reason}`);
	return r;
};
/** n Mondays of UA from 2025-01-06, one a week. */
const weekly = (n: number, calledIn = true) =>
	Array.from({ length: n }, (_, i) => ({ date: addDays('2025-01-06', 7 * i), calledIn }));

describe('§3.4 late arrival or unauthorized absence: the one-hour threshold', () => {
	test.each([
		{
			name: '§3.4 arriving at the start time is on time',
			arrival: '08:30',
			practice: false,
			classification: 'on-time',
		},
		{
			name: '§3.4 example: 8:40 for an 8:30 start is late',
			arrival: '08:40',
			practice: false,
			classification: 'late',
		},
		{
			name: '§3.4 59 minutes after the start is still late',
			arrival: '09:29',
			practice: false,
			classification: 'late',
		},
		{
			name: '§3.4 example: at 9:30 for an 8:30 start the absence is unauthorized',
			arrival: '09:30',
			practice: false,
			classification: 'unauthorized-absence',
		},
		{
			name: '§3.4 MOA 2 with a current practice, UA under ½ day (3:44 late) → misuse-of-time track',
			arrival: '12:14',
			practice: true,
			classification: 'misuse-of-time',
		},
		{
			name: '§3.4 MOA 2 with a current practice, ½ day late (3:45) stays a UA',
			arrival: '12:15',
			practice: true,
			classification: 'unauthorized-absence',
		},
		{
			name: '§3.4 MOA 2 without a current practice, 1:30 late is a UA',
			arrival: '10:00',
			practice: false,
			classification: 'unauthorized-absence',
		},
	])('$name', ({ arrival, practice, classification }) => {
		const r = assessAttendanceDiscipline({
			asOf: '2025-03-31',
			lateArrivals: [
				{ date: '2025-03-04', startTime: '08:30', arrivalTime: arrival, calledIn: true },
			],
			misuseOfTimePractice: practice,
			dockTime: { used: [] },
		});
		if (r.kind !== 'result') throw new Error('expected a result');
		expect(r.lateArrivals[0]!.classification).toBe(classification);
		expect(r.offenseDays).toHaveLength(classification === 'unauthorized-absence' ? 1 : 0);
	});
	test('§3.4 lateness alone is not on the UA track → not applicable', () => {
		const r = assessAttendanceDiscipline({
			asOf: '2025-03-31',
			lateArrivals: [
				{ date: '2025-03-04', startTime: '08:30', arrivalTime: '08:50', calledIn: true },
			],
		});
		expect(r).toMatchObject({ kind: 'not-applicable' });
	});
	test('§3.4 no absence at all → not applicable', () => {
		expect(assessAttendanceDiscipline({ asOf: '2025-03-31' })).toMatchObject({
			kind: 'not-applicable',
		});
	});
});

describe('§3.4 MOA 8.A every step of the unauthorized-absence track', () => {
	test.each([
		{
			name: '§3.4 MOA 8.A 1st offense → counseling',
			n: 1,
			action: 'Counseling',
			suspensionDays: 0,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A 2nd offense → oral reprimand',
			n: 2,
			action: 'Oral reprimand',
			suspensionDays: 0,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A 3rd offense → written reprimand',
			n: 3,
			action: 'Written reprimand',
			suspensionDays: 0,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A 4th offense → 2nd written reprimand',
			n: 4,
			action: '2nd written reprimand',
			suspensionDays: 0,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A 5th offense → 1-day suspension, noticed not served (8.C)',
			n: 5,
			action: '1-day suspension',
			suspensionDays: 1,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A 6th offense → 3-day suspension, not served',
			n: 6,
			action: '3-day suspension',
			suspensionDays: 3,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A 7th offense → 5-day suspension, not served',
			n: 7,
			action: '5-day suspension',
			suspensionDays: 5,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A 8th offense → 7-day suspension, not served',
			n: 8,
			action: '7-day suspension',
			suspensionDays: 7,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A 9th offense → 10-day suspension, not served',
			n: 9,
			action: '10-day suspension',
			suspensionDays: 10,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A 10th offense → 15-day suspension, not served',
			n: 10,
			action: '15-day suspension',
			suspensionDays: 15,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.C 11th offense → 20-day suspension, the last before discharge: 5 days served, 15 on paper',
			n: 11,
			action: '20-day suspension',
			suspensionDays: 20,
			servedDays: 5,
		},
		{
			name: '§3.4 MOA 8.A 12th offense → discharge',
			n: 12,
			action: 'Discharge',
			suspensionDays: 0,
			servedDays: 0,
		},
		{
			name: '§3.4 MOA 8.A a 13th offense stays at discharge',
			n: 13,
			action: 'Discharge',
			suspensionDays: 0,
			servedDays: 0,
		},
	])('$name', ({ n, action, suspensionDays, servedDays }) => {
		const r = result({ asOf: '2025-06-30', unauthorizedAbsences: weekly(n) });
		expect(r.current).toEqual({
			step: Math.min(n, 12),
			action,
			suspensionDays,
			servedDays,
			paperDays: suspensionDays - servedDays,
		});
		expect(r.currentCount).toBe(n);
	});
});

describe('§3.4 MOA 11 the last suspension before discharge', () => {
	test('§3.4 MOA 11 at step 11 the Union may request a joint consultation', () => {
		const r = result({ asOf: '2025-06-30', unauthorizedAbsences: weekly(11) });
		expect(r.citations.map((c) => c.section)).toContain('3.4 MOA 11');
		expect(r.steps.join(' ')).toContain('joint Union/Management consultation');
	});
});

describe('§3.4 MOA 8.B–C offense counting', () => {
	test('§3.4 MOA 8.C a day without call-in counts as two offenses', () => {
		const r = result({
			asOf: '2025-03-31',
			unauthorizedAbsences: [{ date: '2025-03-03', calledIn: false }],
		});
		expect(r.offenseDays[0]).toMatchObject({
			offenseNumbers: [1, 2],
			step: 2,
			action: 'Oral reprimand',
		});
		expect(r.next).toMatchObject({ withCallIn: { step: 3 }, withoutCallIn: { step: 4 } });
	});
	test('§3.4 MOA 8.B consecutive days are separate offenses', () => {
		const r = result({
			asOf: '2025-03-31',
			unauthorizedAbsences: [
				{ date: '2025-03-03', calledIn: true },
				{ date: '2025-03-04', calledIn: true },
				{ date: '2025-03-05', calledIn: false },
			],
		});
		expect(r.offenseDays.map((o) => o.offenseNumbers)).toEqual([[1], [2], [3, 4]]);
		expect(r.current?.step).toBe(4);
	});
	test('§3.4 MOA 8.C a day without call-in from step 10 skips the served suspension straight to discharge', () => {
		const r = result({
			asOf: '2025-06-30',
			unauthorizedAbsences: [...weekly(10), { date: '2025-03-31', calledIn: false }],
		});
		expect(r.offenseDays.at(-1)).toMatchObject({
			offenseNumbers: [11, 12],
			step: 12,
			servedDays: 0,
		});
		expect(r.steps.join(' ')).toContain('without the step-11 suspension');
	});
	test('§3.4 MOA 8.C a late arrival of an hour or more without call-in is a UA counted twice', () => {
		const r = result({
			asOf: '2025-03-31',
			lateArrivals: [
				{ date: '2025-03-04', startTime: '08:30', arrivalTime: '10:15', calledIn: false },
			],
		});
		expect(r.offenseDays[0]).toMatchObject({ source: 'late-arrival', offenseNumbers: [1, 2] });
	});
});

describe('§3.4 MOA 9 rolling 24 months: the progression starts over', () => {
	test.each([
		{
			name: '§3.4 MOA 9 next UA exactly 24 months after the last action continues the progression',
			second: '2025-01-10',
			step: 2,
			startedOver: false,
		},
		{
			name: '§3.4 MOA 9 next UA a day more than 24 months after the last action starts over',
			second: '2025-01-11',
			step: 1,
			startedOver: true,
		},
	])('$name', ({ second, step, startedOver }) => {
		const r = result({
			asOf: '2025-06-30',
			unauthorizedAbsences: [
				{ date: '2023-01-10', calledIn: true },
				{ date: second, calledIn: true },
			],
		});
		expect(r.offenseDays[1]).toMatchObject({ step, startedOver });
	});
	test('§3.4 MOA 9 on asOf, a last action (2023-01-20) more than 24 months old leaves no step', () => {
		const r = result({
			asOf: '2025-01-21',
			unauthorizedAbsences: weekly(3).map((a) => ({ ...a, date: addMonths(a.date, -24) })),
		});
		expect(r).toMatchObject({
			current: null,
			currentCount: 0,
			next: { withCallIn: { step: 1 }, withoutCallIn: { step: 2 } },
		});
	});

	const day = fc
		.integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2030-12-31') })
		.map(fromDayNumber);
	test('§3.4 MOA 9 property: an offense older than the window never changes the step', () => {
		fc.assert(
			fc.property(
				day,
				fc.array(fc.record({ age: fc.integer({ min: 0, max: 700 }), calledIn: fc.boolean() }), {
					minLength: 1,
					maxLength: 10,
				}),
				fc.integer({ min: 1, max: 2000 }),
				fc.boolean(),
				(asOf, offsets, extra, calledIn) => {
					const recent = [
						...new Map(offsets.map((o) => [addDays(asOf, -o.age), o.calledIn])).entries(),
					].map(([date, c]) => ({ date, calledIn: c }));
					const earliest = recent.map((r) => r.date).sort()[0]!;
					const old = { date: addDays(addMonths(earliest, -24), -extra), calledIn };
					const base = result({ asOf, unauthorizedAbsences: recent });
					const withOld = result({ asOf, unauthorizedAbsences: [old, ...recent] });
					expect(withOld.current).toEqual(base.current);
					expect(withOld.next).toEqual(base.next);
				},
			),
		);
	});
});

describe('§3.4 MOA 8.D five consecutive days of UA without call-in → discharge (Art. IX)', () => {
	const noCall = (dates: string[]) => dates.map((date) => ({ date, calledIn: false }));
	test.each([
		{
			name: '§3.4 MOA 8.D Monday to Friday',
			dates: ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07'],
			dischargeOn: '2025-03-07',
		},
		{
			name: '§3.4 MOA 8.D Thursday to Wednesday across a weekend',
			dates: ['2025-03-06', '2025-03-07', '2025-03-10', '2025-03-11', '2025-03-12'],
			dischargeOn: '2025-03-12',
		},
		{
			name: '§3.4 MOA 8.D across Thanksgiving and the day after (§2.7)',
			dates: ['2025-11-24', '2025-11-25', '2025-11-26', '2025-12-01', '2025-12-02'],
			dischargeOn: '2025-12-02',
		},
		{
			name: '§3.4 MOA 8.D four days, a worked day, one more: not consecutive',
			dates: ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-10'],
			dischargeOn: null,
		},
	])('$name', ({ dates, dischargeOn }) => {
		expect(
			result({ asOf: '2025-12-31', unauthorizedAbsences: noCall(dates) })
				.consecutiveNoCallInDischargeOn,
		).toBe(dischargeOn);
	});
	test('§3.4 MOA 8.D days with a call-in do not make the run', () => {
		const r = result({
			asOf: '2025-03-31',
			unauthorizedAbsences: [
				'2025-03-03',
				'2025-03-04',
				'2025-03-05',
				'2025-03-06',
				'2025-03-07',
			].map((date, i) => ({ date, calledIn: i !== 2 })),
		});
		expect(r.consecutiveNoCallInDischargeOn).toBeNull();
	});
});

describe('§3.4 MOA 4 authorized dock time', () => {
	const dock = (asOf: string, used: string[], lastProofStatusDate?: string) =>
		result({ asOf, dockTime: { used: used.map((date) => ({ date })), lastProofStatusDate } })
			.dockTime!;
	test.each([
		{
			name: '§3.4 MOA 4 four days used in 12 months → 1 remains',
			used: ['2024-09-03', '2024-10-01', '2025-01-06', '2025-02-03'],
			remaining: 1,
			eligible: true,
		},
		{
			name: '§3.4 MOA 4 five days used in 12 months → none remain',
			used: ['2024-09-03', '2024-10-01', '2025-01-06', '2025-02-03', '2025-03-03'],
			remaining: 0,
			eligible: false,
		},
		{
			name: '§3.4 MOA 4 a day exactly 12 months back no longer counts',
			used: ['2024-03-31', '2024-10-01', '2025-01-06', '2025-02-03', '2025-03-03'],
			remaining: 1,
			eligible: true,
		},
	])('$name', ({ used, remaining, eligible }) => {
		expect(dock('2025-03-31', used)).toMatchObject({ remainingDays: remaining, eligible });
	});
	test('§3.4 MOA 4 half days add up', () => {
		const r = result({
			asOf: '2025-03-31',
			dockTime: {
				used: [
					{ date: '2025-03-03', days: 0.5 },
					{ date: '2025-03-04', days: 0.5 },
				],
			},
		}).dockTime!;
		expect(r).toMatchObject({ usedDaysInWindow: 1, remainingDays: 4 });
	});
	test.each([
		{
			name: '§3.4 MOA 4 on proof status within the previous 3 months → no right to dock time',
			proof: '2025-01-15',
			bars: true,
		},
		{
			name: '§3.4 MOA 4 proof status ended exactly 3 months before → no bar',
			proof: '2024-12-31',
			bars: false,
		},
	])('$name', ({ proof, bars }) => {
		expect(dock('2025-03-31', [], proof)).toMatchObject({ proofStatusBars: bars, eligible: !bars });
	});
});

describe('§3.4 MOA 3 medical certification in work days', () => {
	// Friday 2025-11-21: work days 1–5 are Nov 24, 25, 26, Dec 1, Dec 2 (Thanksgiving and the day after skipped).
	test.each([
		{
			name: '§3.4 MOA 3 provided on the 3rd work day → in time',
			providedOn: '2025-11-26',
			asOf: '2025-12-10',
			status: 'provided-in-time',
		},
		{
			name: '§3.4 MOA 3 provided on the 4th work day → within the 5',
			providedOn: '2025-12-01',
			asOf: '2025-12-10',
			status: 'provided-in-grace',
		},
		{
			name: '§3.4 MOA 3 provided on the 5th work day → within the 5',
			providedOn: '2025-12-02',
			asOf: '2025-12-10',
			status: 'provided-in-grace',
		},
		{
			name: '§3.4 MOA 3 provided on the 6th work day → unauthorized',
			providedOn: '2025-12-03',
			asOf: '2025-12-10',
			status: 'unauthorized',
		},
		{
			name: '§3.4 MOA 3 none yet, before the 3rd work day → awaiting',
			providedOn: undefined,
			asOf: '2025-11-25',
			status: 'awaiting',
		},
		{
			name: '§3.4 MOA 3 none yet, after the 3rd work day → awaiting in grace',
			providedOn: undefined,
			asOf: '2025-11-28',
			status: 'awaiting-in-grace',
		},
		{
			name: '§3.4 MOA 3 none by the 5th work day → unauthorized',
			providedOn: undefined,
			asOf: '2025-12-03',
			status: 'unauthorized',
		},
	])('$name', ({ providedOn, asOf, status }) => {
		const r = result({
			asOf,
			medicalCertification: { lastAbsenceDate: '2025-11-21', providedOn },
		}).medicalCertification!;
		expect(r).toMatchObject({ dueBy: '2025-11-26', unauthorizedAfter: '2025-12-02', status });
	});
	test('§3.4 MOA 3 an election day from the holidays option is skipped', () => {
		const r = result({
			asOf: '2025-11-30',
			medicalCertification: { lastAbsenceDate: '2025-11-03' },
			holidays: { extraDays: [{ date: '2025-11-04', name: 'General Election', kind: 'election' }] },
		}).medicalCertification!;
		expect(r.dueBy).toBe('2025-11-07');
	});
});

describe('§3.4 MOA 5–6 the call-in form', () => {
	// Return Wednesday 2025-11-26: the 1st and 2nd workdays after it are Dec 1 and Dec 2 (Thanksgiving and the day after skipped).
	test.each([
		{
			name: '§3.4 MOA 5 submitted on the 2nd workday after return → in time, supervisor decides within 5 calendar days',
			submittedOn: '2025-12-02',
			asOf: '2025-12-10',
			status: 'submitted-in-time',
			supervisorDecisionBy: '2025-12-07',
		},
		{
			name: '§3.4 MOA 5 submitted on the 3rd workday → late',
			submittedOn: '2025-12-03',
			asOf: '2025-12-10',
			status: 'submitted-late',
			supervisorDecisionBy: '2025-12-08',
		},
		{
			name: '§3.4 MOA 5 not yet, before the deadline → awaiting',
			submittedOn: undefined,
			asOf: '2025-12-01',
			status: 'awaiting',
			supervisorDecisionBy: null,
		},
		{
			name: '§3.4 MOA 5 not by the 2nd workday → late',
			submittedOn: undefined,
			asOf: '2025-12-03',
			status: 'late',
			supervisorDecisionBy: null,
		},
	])('$name', ({ submittedOn, asOf, status, supervisorDecisionBy }) => {
		const r = result({ asOf, callInForm: { returnedOn: '2025-11-26', submittedOn } }).callInForm!;
		expect(r).toMatchObject({ dueBy: '2025-12-02', status, supervisorDecisionBy });
	});
});

describe('§3.4 explanations', () => {
	test('§3.4 the result cites the MOA rows it used, linking to 3.4 and 2.1', () => {
		const r = result({
			asOf: '2025-03-31',
			unauthorizedAbsences: [{ date: '2025-03-03', calledIn: false }],
		});
		expect(r.citations.map((c) => c.section)).toEqual(
			expect.arrayContaining(['3.4 MOA 8.A', '3.4 MOA 8.B', '3.4 MOA 8.C', '2.1 B']),
		);
		expect(r.citations.find((c) => c.section === '2.1 B')?.href).toBe('/handbook/2-1-daily-time/');
	});
});

describe('§3.4 bad input names the field', () => {
	test('§3.4 a time that is not HH:MM', () => {
		expect(() =>
			assessAttendanceDiscipline({
				asOf: '2025-03-31',
				lateArrivals: [
					{ date: '2025-03-04', startTime: '8:30', arrivalTime: '09:30', calledIn: true },
				],
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: attendance discipline: lateArrivals.0.startTime: expected a time as HH:MM (24-hour), got "8:30"]`,
		);
	});
	test('§3.4 the same day twice', () => {
		expect(() =>
			assessAttendanceDiscipline({
				asOf: '2025-03-31',
				unauthorizedAbsences: [{ date: '2025-03-04', calledIn: true }],
				lateArrivals: [
					{ date: '2025-03-04', startTime: '08:30', arrivalTime: '09:30', calledIn: true },
				],
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: attendance discipline: lateArrivals.0.date: expected one entry per day, got 2025-03-04 again (already in unauthorizedAbsences.0.date)]`,
		);
	});
	test('§3.4 calledIn missing', () => {
		expect(() =>
			assessAttendanceDiscipline({
				asOf: '2025-03-31',
				unauthorizedAbsences: [{ date: '2025-03-04' }],
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: attendance discipline: unauthorizedAbsences.0.calledIn: expected true or false, got nothing]`,
		);
	});
	test('§3.4 a dock day longer than a day', () => {
		expect(() =>
			assessAttendanceDiscipline({
				asOf: '2025-03-31',
				dockTime: { used: [{ date: '2025-03-04', days: 2 }] },
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: attendance discipline: dockTime.used.0.days: expected at most 1 day per date, got 2]`,
		);
	});
	test('§3.4 an absence after asOf', () => {
		expect(() =>
			assessAttendanceDiscipline({
				asOf: '2025-03-31',
				unauthorizedAbsences: [{ date: '2025-04-01', calledIn: true }],
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: attendance discipline: unauthorizedAbsences.0.date: expected a date on or before asOf (2025-03-31), got "2025-04-01"]`,
		);
	});
});

describe('§3.4 MOA 8–9 from the current standing: the step reached and the last action date', () => {
	const STEPS = ['Counseling', 'Oral reprimand', 'Written reprimand', '2nd written reprimand', '1-day suspension', '3-day suspension', '5-day suspension', '7-day suspension', '10-day suspension', '15-day suspension', '20-day suspension', 'Discharge'];
	const fromStanding = (step: number, lastActionOn: string, absences: { date: string; calledIn: boolean }[], asOf = '2026-06-30') =>
		result({ asOf, standing: { step, lastActionOn }, unauthorizedAbsences: absences });

	// Every step of the MOA 8.A ladder entered as the standing, then one UA day with a call-in (one
	// offense) and one without (two offenses).
	test.each(Array.from({ length: 11 }, (_, i) => i + 1))('MOA 8.A standing at step %i: a UA with call-in is the next step, without it two steps on', (step) => {
		const withCall = fromStanding(step, '2026-01-05', [{ date: '2026-03-02', calledIn: true }]);
		expect(withCall.current).toMatchObject({ step: step + 1, action: STEPS[step] });
		const without = fromStanding(step, '2026-01-05', [{ date: '2026-03-02', calledIn: false }]);
		expect(without.current).toMatchObject({ step: Math.min(step + 2, 12), action: STEPS[Math.min(step + 1, 11)] });
		expect(without.offenseDays[0]!.offenseNumbers).toEqual([step + 1, step + 2]);
	});

	test('“step 4 since 2025-10-01, missed 2026-03-02 without calling in” → offenses 5 and 6: step 6, a 3-day suspension noticed, not served (MOA 8.A, 8.C)', () => {
		const r = fromStanding(4, '2025-10-01', [{ date: '2026-03-02', calledIn: false }], '2026-03-31');
		expect(r.current).toEqual({ step: 6, action: '3-day suspension', suspensionDays: 3, servedDays: 0, paperDays: 3 });
		expect(r.offenseDays[0]).toMatchObject({ offenseNumbers: [5, 6], startedOver: false });
		expect(r.steps[0]).toMatch(/Current standing: step 4 \(2nd written reprimand\) since the last disciplinary action on Wednesday, October 1, 2025/);
		expect(r.steps.join(' ')).toMatch(/offense 5 and 6 → step 6, 3-day suspension \(noticed, not served\)/);
		expect(r.citations.map((c) => c.section)).toEqual(expect.arrayContaining(['3.4 MOA 8.A', '3.4 MOA 9', '3.4 MOA 8.C']));
	});

	test.each([
		['one day before 24 months', -1, false],
		['exactly 24 months', 0, false],
		['one day after 24 months', 1, true],
	])('MOA 9 an absence %s after the last action: started over %s', (_label, offset, startedOver) => {
		const last = '2024-03-04';
		const date = addDays(addMonths(last, 24), offset);
		const r = fromStanding(6, last, [{ date, calledIn: true }], '2026-12-31');
		expect(r.offenseDays[0]!.startedOver).toBe(startedOver);
		expect(r.current!.step).toBe(startedOver ? 1 : 7);
	});

	test('MOA 8.C / 9 a no-call-in day across a restart counts twice from the start: step 2', () => {
		const r = fromStanding(10, '2023-01-02', [{ date: '2025-01-06', calledIn: false }], '2025-01-31');
		expect(r.offenseDays[0]).toMatchObject({ startedOver: true, offenseNumbers: [1, 2], step: 2, action: 'Oral reprimand' });
	});

	test('MOA 8.D five consecutive no-call-in workdays across a weekend lead to discharge under Article IX', () => {
		const days = ['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11'].map((date) => ({ date, calledIn: false }));
		const r = fromStanding(1, '2026-01-05', days, '2026-03-31');
		expect(r.consecutiveNoCallInDischargeOn).toBe('2026-03-11');
		expect(r.citations.map((c) => c.section)).toContain('3.4 MOA 8.D');
	});

	test('a standing alone (no new absence) gives the step and what comes next', () => {
		const r = result({ asOf: '2026-03-31', standing: { step: 3, lastActionOn: '2026-02-02' } });
		expect(r.current).toMatchObject({ step: 3, action: 'Written reprimand' });
		expect(r.next.withCallIn.step).toBe(4);
		expect(r.startsOverAfter).toBe('2028-02-02');
	});

	test.each([
		[{ step: 12, lastActionOn: '2026-01-05' }, [], 'standing.step', /step 12 is discharge/],
		[{ step: 0, lastActionOn: '2026-01-05' }, [], 'standing.step', /from 1 to 11/],
		[{ step: 2.5, lastActionOn: '2026-01-05' }, [], 'standing.step', /whole step/],
		[{ step: 4, lastActionOn: '2026-03-05' }, [{ date: '2026-03-02', calledIn: true }], 'standing.lastActionOn', /before every new absence.*unauthorizedAbsences\.0\.date/],
		[{ step: 4, lastActionOn: '2026-07-01' }, [], 'standing.lastActionOn', /on or before asOf/],
	])('bad standing %j → %s', (standing, absences, field, message) => {
		let caught: unknown;
		try {
			assessAttendanceDiscipline({ asOf: '2026-06-30', standing, unauthorizedAbsences: absences });
		} catch (error) {
			caught = error;
		}
		const issues = (caught as { issues?: { field: string; message: string }[] }).issues ?? [];
		expect(issues.find((i) => i.field === field)?.message).toMatch(message);
	});
});
