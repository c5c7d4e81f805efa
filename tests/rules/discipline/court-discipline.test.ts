import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	assessCourtDiscipline,
	COURT_LEGITIMATE_REASONS,
	type CourtDisciplineResult,
} from '@rules/discipline/court-discipline';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '@rules/dates';

const result = (raw: unknown): CourtDisciplineResult => {
	const r = assessCourtDiscipline(raw);
	if (r.kind !== 'result') throw new Error(`expected a result, got ${r.kind}: ${r.reason}`);
	return r;
};
/** n unexcused missed days, one a month from January 2024. */
const monthly = (n: number) =>
	Array.from({ length: n }, (_, i) => ({ date: addMonths('2024-01-10', i) }));

describe('§3.3 MOU (5) the step of the nth unexcused occurrence in 24 consecutive months', () => {
	test.each([
		{
			name: '§3.3 MOU (5)(a) 1st occurrence in 24 months → written reprimand',
			n: 1,
			penalty: 'written-reprimand',
			suspensionDays: 0,
			unpaidDays: 0,
			paperDays: 0,
			substitutableDays: 0,
		},
		{
			name: '§3.3 MOU (5)(b) 2nd occurrence in 24 months → 3-day suspension, 1 unpaid, 2 paper',
			n: 2,
			penalty: 'suspension',
			suspensionDays: 3,
			unpaidDays: 1,
			paperDays: 2,
			substitutableDays: 1,
		},
		{
			name: '§3.3 MOU (5)(c) 3rd occurrence in 24 months → 7-day suspension, 3 unpaid, 4 paper',
			n: 3,
			penalty: 'suspension',
			suspensionDays: 7,
			unpaidDays: 3,
			paperDays: 4,
			substitutableDays: 2,
		},
		{
			name: '§3.3 MOU (5)(d) 4th occurrence in 24 months → 12-day suspension, 5 unpaid, 7 paper',
			n: 4,
			penalty: 'suspension',
			suspensionDays: 12,
			unpaidDays: 5,
			paperDays: 7,
			substitutableDays: 2,
		},
		{
			name: '§3.3 MOU (5)(e) 5th occurrence in 24 months → 20-day suspension, 8 unpaid, 12 paper',
			n: 5,
			penalty: 'suspension',
			suspensionDays: 20,
			unpaidDays: 8,
			paperDays: 12,
			substitutableDays: 2,
		},
		{
			name: '§3.3 MOU (5)(f) 6th occurrence in 24 months → discharge',
			n: 6,
			penalty: 'discharge',
			suspensionDays: 0,
			unpaidDays: 0,
			paperDays: 0,
			substitutableDays: 0,
		},
		{
			name: '§3.3 MOU (5)(f) a 7th occurrence stays at discharge',
			n: 7,
			penalty: 'discharge',
			suspensionDays: 0,
			unpaidDays: 0,
			paperDays: 0,
			substitutableDays: 0,
		},
	])('$name', ({ name: _name, n, ...penalty }) => {
		const r = result({ asOf: '2024-12-31', missedHearings: monthly(n) });
		expect(r.latest).toMatchObject({ step: Math.min(n, 6), ...penalty });
		expect(r.activeCount).toBe(n);
		expect(r.occurrences.map((o) => o.step)).toEqual(
			Array.from({ length: n }, (_, i) => Math.min(i + 1, 6)),
		);
	});

	test.each([
		{
			name: '§3.3 MOU (5) with no active occurrence the next is step 1, a written reprimand',
			n: 0,
			next: 1,
			description: 'written reprimand',
		},
		{
			name: '§3.3 MOU (5) after 2 occurrences the next is step 3: 7-day suspension, 3 unpaid, 4 paper',
			n: 2,
			next: 3,
			description: '7-day suspension: 3 unpaid, 4 on paper',
		},
		{
			name: '§3.3 MOU (5) after 5 occurrences the next is discharge',
			n: 5,
			next: 6,
			description: 'discharge',
		},
	])('$name', ({ n, next, description }) => {
		// n = 0: one occurrence that has aged out by asOf.
		const r = result(
			n === 0
				? { asOf: '2026-02-01', missedHearings: monthly(1) }
				: { asOf: '2024-12-31', missedHearings: monthly(n) },
		);
		expect(r.next).toMatchObject({ step: next, description });
	});
});

describe('§3.3 MOU (4) one occurrence per calendar day', () => {
	test('§3.3 MOU (4) three missed cases on one day are one occurrence', () => {
		const r = result({
			asOf: '2025-01-31',
			missedHearings: [{ date: '2025-01-06' }, { date: '2025-01-06' }, { date: '2025-01-06' }],
		});
		expect(r.occurrences).toHaveLength(1);
		expect(r.latest).toMatchObject({ step: 1, penalty: 'written-reprimand' });
	});
	test('§3.3 MOU (4) an excused and an unexcused case on the same day: the day counts', () => {
		const r = result({
			asOf: '2025-01-31',
			missedHearings: [
				{ date: '2025-01-06', facts: { excusedBySignedOrder: true } },
				{ date: '2025-01-06' },
			],
		});
		expect(r.occurrences.map((o) => o.date)).toEqual(['2025-01-06']);
		expect(r.excused).toEqual([]);
	});
	test('§3.3 MOU (4) days are counted in date order whatever the input order', () => {
		const r = result({
			asOf: '2025-12-31',
			missedHearings: [{ date: '2025-06-02' }, { date: '2025-02-03' }],
		});
		expect(r.occurrences.map((o) => [o.date, o.step])).toEqual([
			['2025-02-03', 1],
			['2025-06-02', 2],
		]);
	});
});

/** Every condition of a listed reason answered yes, optionally with one of them answered no. */
const factsOf = (code: string, no?: string) =>
	Object.fromEntries(
		COURT_LEGITIMATE_REASONS.find((r) => r.code === code)!.conditions.map((c) => [
			c.fact,
			c.fact !== no,
		]),
	);

describe('§3.3 MOU (6) a legitimate reason applies only when all of its facts are yes', () => {
	test.each(
		COURT_LEGITIMATE_REASONS.map((r) => ({
			name: `§3.3 MOU (6)(${r.code}) all ${r.conditions.length} condition(s) yes → excused`,
			code: r.code,
		})),
	)('$name', ({ code }) => {
		const r = result({
			asOf: '2025-03-31',
			missedHearings: [{ date: '2025-01-06' }, { date: '2025-02-03', facts: factsOf(code) }],
		});
		expect(r.activeCount).toBe(1);
		expect(r.excused).toEqual([{ date: '2025-02-03', reason: code }]);
		expect(r.citations.map((c) => c.section)).toContain(`3.3 MOU (6)(${code})`);
		expect(r.steps.join(' ')).toContain(`excused under MOU (6)(${code})`);
	});

	test.each(
		COURT_LEGITIMATE_REASONS.flatMap((r) =>
			r.conditions.map((c) => ({
				name: `§3.3 MOU (6)(${r.code}) "${c.question}" answered no → the day counts`,
				code: r.code,
				fact: c.fact,
				question: c.question,
			})),
		),
	)('$name', ({ code, fact, question }) => {
		const r = result({
			asOf: '2025-03-31',
			missedHearings: [{ date: '2025-02-03', facts: factsOf(code, fact) }],
		});
		expect(r.excused).toEqual([]);
		expect(r.occurrences).toMatchObject([{ date: '2025-02-03', step: 1 }]);
		expect(r.steps.join(' ')).toContain(`MOU (6)(${code}) does not apply: not answered yes: "${question}"`);
	});

	test('§3.3 MOU (6)(a) an unanswered condition is not established: the day counts', () => {
		const r = result({
			asOf: '2025-03-31',
			missedHearings: [
				{ date: '2025-02-03', facts: { absentFromLastCourtDate: true, noRecordInCaseFile: true } },
			],
		});
		expect(r.activeCount).toBe(1);
	});

	test('§3.3 MOU (6) another reason accepted by management is excused and recorded as such', () => {
		const r = result({
			asOf: '2025-03-31',
			missedHearings: [
				{ date: '2025-01-06' },
				{ date: '2025-02-03', otherReasonAccepted: '  Courthouse closed by a water main break  ' },
			],
		});
		expect(r.excused).toEqual([
			{ date: '2025-02-03', reason: 'other', detail: 'Courthouse closed by a water main break' },
		]);
		expect(r.citations.map((c) => c.section)).toContain('3.3 MOU (6)');
		expect(r.steps.join(' ')).toContain('management accepted another reason case by case');
	});

	test('§3.3 MOU (6) only excused days → not applicable', () => {
		const r = assessCourtDiscipline({
			asOf: '2025-03-31',
			missedHearings: [{ date: '2025-02-03', facts: factsOf('b') }],
		});
		expect(r).toMatchObject({ kind: 'not-applicable' });
	});
	test('§3.3 MOU (6) no missed hearing at all → not applicable', () => {
		expect(assessCourtDiscipline({ asOf: '2025-03-31', missedHearings: [] })).toMatchObject({
			kind: 'not-applicable',
		});
	});
});

describe('§3.3 MOU (8) an emergency is management\'s decision, not an automatic step', () => {
	test('§3.3 MOU (8) emergency, supervisor told before the case was called → awaits management', () => {
		const r = result({
			asOf: '2025-03-31',
			missedHearings: [
				{ date: '2025-01-06' },
				{ date: '2025-02-03', emergency: true, toldSupervisorBeforeCase: true },
			],
		});
		expect(r.activeCount).toBe(1);
		expect(r.occurrences.map((o) => o.date)).toEqual(['2025-01-06']);
		expect(r.awaitingDecision).toMatchObject([
			{ date: '2025-02-03', ifCounted: { step: 2, unpaidDays: 1, paperDays: 2 } },
		]);
		expect(r.steps.join(' ')).toContain("management's decision, not an automatic step");
		expect(r.citations.map((c) => c.section)).toContain('3.3 MOU (8)');
	});
	test('§3.3 MOU (8) the only missed day is a reported emergency → nothing counts yet, and says why', () => {
		const r = assessCourtDiscipline({
			asOf: '2026-03-31',
			missedHearings: [{ date: '2026-03-02', emergency: true, toldSupervisorBeforeCase: true }],
		});
		expect(r).toMatchObject({
			kind: 'not-applicable',
			reason:
				"No missed court day counts yet: 2026-03-02 awaits management's decision (MOU (8)); if counted, 2026-03-02 would be step 1: written reprimand.",
		});
	});
	test.each([
		{ name: '§3.3 MOU (8) emergency, supervisor not told → the day counts', told: false },
		{ name: '§3.3 MOU (8) emergency, telling the supervisor not answered → the day counts', told: undefined },
	])('$name', ({ told }) => {
		const r = result({
			asOf: '2025-03-31',
			missedHearings: [{ date: '2025-02-03', emergency: true, toldSupervisorBeforeCase: told }],
		});
		expect(r.awaitingDecision).toEqual([]);
		expect(r.occurrences).toMatchObject([{ date: '2025-02-03', step: 1 }]);
		expect(r.steps.join(' ')).toContain('the supervisor was not told before the case was called');
	});
	test('§3.3 MOU (8) an emergency management then accepted is excused as "other"', () => {
		const r = assessCourtDiscipline({
			asOf: '2025-03-31',
			missedHearings: [
				{
					date: '2025-02-03',
					emergency: true,
					toldSupervisorBeforeCase: true,
					otherReasonAccepted: 'Emergency surgery, documented',
				},
			],
		});
		expect(r).toMatchObject({ kind: 'not-applicable' });
		expect(r.steps.join(' ')).toContain('Emergency surgery, documented');
	});
	test('§3.3 MOU (4) a reported emergency and an unexcused case on one day: the day counts once', () => {
		const r = result({
			asOf: '2025-03-31',
			missedHearings: [
				{ date: '2025-02-03', emergency: true, toldSupervisorBeforeCase: true },
				{ date: '2025-02-03' },
			],
		});
		expect(r.occurrences.map((o) => o.date)).toEqual(['2025-02-03']);
		expect(r.awaitingDecision).toEqual([]);
	});
});

describe('§3.3 MOU (5) "any period of twenty-four (24) consecutive months"', () => {
	test.each([
		{
			name: '§3.3 MOU (5) second occurrence the day before the 24-month anniversary → step 2',
			second: '2025-03-09',
			step: 2,
		},
		{
			name: '§3.3 MOU (5) second occurrence on the 24-month anniversary → step 1 (the first has aged out)',
			second: '2025-03-10',
			step: 1,
		},
		{
			name: '§3.3 MOU (5) second occurrence after the anniversary → step 1',
			second: '2025-03-11',
			step: 1,
		},
	])('$name', ({ second, step }) => {
		const r = result({
			asOf: '2025-12-31',
			missedHearings: [{ date: '2023-03-10' }, { date: second }],
		});
		expect(r.latest.step).toBe(step);
		expect(r.occurrences[0]!.agesOutOn).toBe('2025-03-10');
	});
	test('§3.3 MOU (5) an occurrence stops counting on its 24-month anniversary', () => {
		const missedHearings = [{ date: '2023-03-10' }, { date: '2024-01-15' }];
		expect(result({ asOf: '2025-03-09', missedHearings })).toMatchObject({
			activeCount: 2,
			nextAgeOutOn: '2025-03-10',
		});
		expect(result({ asOf: '2025-03-10', missedHearings })).toMatchObject({
			activeCount: 1,
			nextAgeOutOn: '2026-01-15',
		});
	});
	test('§3.3 MOU (5) February 29 ages out on February 28 two years on', () => {
		expect(
			result({ asOf: '2024-03-01', missedHearings: [{ date: '2024-02-29' }] }).occurrences[0]!
				.agesOutOn,
		).toBe('2026-02-28');
	});

	const day = fc
		.integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2030-12-31') })
		.map(fromDayNumber);
	test('§3.3 MOU (5) property: an occurrence older than the window never changes the step', () => {
		fc.assert(
			fc.property(
				day,
				fc.array(fc.integer({ min: 0, max: 900 }), { maxLength: 8 }),
				fc.integer({ min: 0, max: 2000 }),
				(asOf, ages, oldExtra) => {
					const recent = ages.map((a) => ({ date: addDays(asOf, -a) }));
					const old = { date: addDays(addMonths(asOf, -24), -oldExtra) };
					const base = assessCourtDiscipline({ asOf, missedHearings: recent });
					const withOld = result({ asOf, missedHearings: [old, ...recent] });
					const baseCount = base.kind === 'result' ? base.activeCount : 0;
					expect(withOld.activeCount).toBe(baseCount);
					expect(withOld.next.step).toBe(Math.min(baseCount + 1, 6));
				},
			),
		);
	});
});

describe('§3.3 MOU (5) benefit time for unpaid suspension days', () => {
	test('§3.3 MOU (5) vacation or other benefit time, never sick leave, for up to two unpaid days', () => {
		const r = result({ asOf: '2024-12-31', missedHearings: monthly(4) });
		expect(r.latest.substitutableDays).toBe(2);
		expect(r.substitution.allowedKinds).toEqual([
			'vacation',
			'personal',
			'compensatory',
			'holiday',
		]);
		expect(r.substitution.excludedKinds).toEqual(['sick']);
		expect(r.steps.join(' ')).toContain('never sick leave');
	});
});

describe('§3.3 explanations', () => {
	test('§3.3 every result cites the MOU with a link to section 3.3', () => {
		const r = result({ asOf: '2024-12-31', missedHearings: monthly(3) });
		expect(r.citations.map((c) => c.section)).toEqual(
			expect.arrayContaining([
				'3.3 MOU (4)',
				'3.3 MOU (5)(a)',
				'3.3 MOU (5)(b)',
				'3.3 MOU (5)(c)',
				'3.3 Letter of Understanding',
			]),
		);
		expect(new Set(r.citations.map((c) => c.href))).toEqual(
			new Set(['/handbook/3-3-court-attendance-policy/']),
		);
		expect(r.steps.length).toBeGreaterThan(3);
	});
});

describe('§3.3 bad input names the field', () => {
	test('§3.3 a date that does not exist', () => {
		expect(() =>
			assessCourtDiscipline({ asOf: '2025-02-30', missedHearings: [] }),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: court discipline: asOf: expected a date as YYYY-MM-DD, got "2025-02-30"]`,
		);
	});
	test('§3.3 MOU (6) a fact that is not a condition of the MOU', () => {
		expect(() =>
			assessCourtDiscipline({
				asOf: '2025-03-01',
				missedHearings: [{ date: '2025-01-02', facts: { judgeWasLate: true } }],
			}),
		).toThrowErrorMatchingInlineSnapshot(`[RuleInputError: court discipline: missedHearings.0.facts: expected only the facts of MOU (6) a)–d) (absentFromLastCourtDate, noRecordInCaseFile, noDocumentedNotice, onApprovedTimeOff, toldSupervisorInWriting, excusedBySignedOrder, subpoenaedOrOrdered, notAssignedWorker, toldOlsOfMistake, excusedByOls), got judgeWasLate]`);
	});
	test('§3.3 MOU (6) a fact answered with something other than yes or no', () => {
		expect(() =>
			assessCourtDiscipline({
				asOf: '2025-03-01',
				missedHearings: [{ date: '2025-01-02', facts: { excusedBySignedOrder: 'maybe' } }],
			}),
		).toThrowErrorMatchingInlineSnapshot(`[RuleInputError: court discipline: missedHearings.0.facts.excusedBySignedOrder: expected yes (true) or no (false), got "maybe"]`);
	});
	test('§3.3 MOU (8) telling the supervisor is asked only with an emergency', () => {
		expect(() =>
			assessCourtDiscipline({
				asOf: '2025-03-01',
				missedHearings: [{ date: '2025-01-02', toldSupervisorBeforeCase: true }],
			}),
		).toThrowErrorMatchingInlineSnapshot(`[RuleInputError: court discipline: missedHearings.0.toldSupervisorBeforeCase: expected only with emergency: yes (it is the MOU (8) duty of an employee kept away by an emergency)]`);
	});
	test('§3.3 MOU (6)(b), (8) approved time off and an emergency contradict each other', () => {
		expect(() =>
			assessCourtDiscipline({
				asOf: '2025-03-01',
				missedHearings: [
					{ date: '2025-01-02' },
					{ date: '2025-01-03', emergency: true, facts: { onApprovedTimeOff: true } },
				],
			}),
		).toThrowErrorMatchingInlineSnapshot(`[RuleInputError: court discipline: missedHearings.1.emergency: expected either time off approved in advance (MOU (6)(b), which names non-emergency sick time) or an emergency (MOU (8)), not both]`);
	});
	test('§3.3 MOU (6) an empty "other reason" is not a reason', () => {
		expect(() =>
			assessCourtDiscipline({
				asOf: '2025-03-01',
				missedHearings: [{ date: '2025-01-02', otherReasonAccepted: '   ' }],
			}),
		).toThrowErrorMatchingInlineSnapshot(`[RuleInputError: court discipline: missedHearings.0.otherReasonAccepted: expected the reason management accepted, or leave it out]`);
	});
	test('§3.3 a missed hearing after asOf', () => {
		expect(() =>
			assessCourtDiscipline({
				asOf: '2025-03-01',
				missedHearings: [{ date: '2025-01-02' }, { date: '2025-04-02' }],
			}),
		).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: court discipline: missedHearings.1.date: expected a date on or before asOf (2025-03-01), got "2025-04-02"]`,
		);
	});
	test('§3.3 missedHearings missing', () => {
		expect(() => assessCourtDiscipline({ asOf: '2025-03-01' })).toThrowErrorMatchingInlineSnapshot(
			`[RuleInputError: court discipline: missedHearings: expected a list of missed hearings]`,
		);
	});
});
