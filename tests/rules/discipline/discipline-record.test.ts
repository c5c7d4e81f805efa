import { describe, expect, test } from 'vitest';
import { assessAttendanceDiscipline } from '@rules/discipline/attendance-discipline';
import { assessCourtDiscipline } from '@rules/discipline/court-discipline';
import { addMonths } from '@rules/dates';

const courtRecord = (raw: unknown) => {
	const r = assessCourtDiscipline(raw);
	if (r.kind !== 'result') throw new Error(`expected a result, got ${r.reason}`);
	return r.record;
};
const attendanceRecord = (raw: unknown) => {
	const r = assessAttendanceDiscipline(raw);
	if (r.kind !== 'result') throw new Error(`expected a result, got ${r.reason}`);
	return r.record;
};
/** n unexcused missed court days, one a month from January 2024. */
const monthly = (n: number) =>
	Array.from({ length: n }, (_, i) => ({ date: addMonths('2024-01-10', i) }));

describe('§3.3 MOU (5) the record for the file: decision and penalty of the step reached', () => {
	test.each([
		{ name: '§3.3 MOU (5)(a) 1st: written reprimand, nothing unpaid', n: 1, action: 'Written reprimand', unpaid: 0, paper: 0, benefit: /does not arise/ },
		{ name: '§3.3 MOU (5)(b) 2nd: 3 days, 1 unpaid, 2 paper, 1 replaceable', n: 2, action: '3-day suspension', unpaid: 1, paper: 2, benefit: /up to 1 of the 1 unpaid day/ },
		{ name: '§3.3 MOU (5)(c) 3rd: 7 days, 3 unpaid, 4 paper, 2 replaceable', n: 3, action: '7-day suspension', unpaid: 3, paper: 4, benefit: /up to 2 of the 3 unpaid day/ },
		{ name: '§3.3 MOU (5)(d) 4th: 12 days, 5 unpaid, 7 paper', n: 4, action: '12-day suspension', unpaid: 5, paper: 7, benefit: /never sick leave/ },
		{ name: '§3.3 MOU (5)(e) 5th: 20 days, 8 unpaid, 12 paper', n: 5, action: '20-day suspension', unpaid: 8, paper: 12, benefit: /up to 2 of the 8/ },
		{ name: '§3.3 MOU (5)(f) 6th: discharge', n: 6, action: 'Discharge', unpaid: 0, paper: 0, benefit: /does not arise/ },
	])('$name', ({ n, action, unpaid, paper, benefit }) => {
		const record = courtRecord({ asOf: '2024-12-31', missedHearings: monthly(n) });
		expect(record.decision).toMatchObject({ step: n, action, unpaidDays: unpaid, paperDays: paper });
		expect(record.decision.benefitTime).toMatch(benefit);
		expect(record.occurrences.map((o) => [o.date, o.step, o.stopsCounting])).toEqual(
			monthly(n).map((h, i) => [h.date, i + 1, `on ${addMonths(h.date, 24)}`]),
		);
		expect(record.href).toBe('/handbook/3-3-court-attendance-policy/');
	});

	test('§3.3 MOU (4)–(8) the record names excused days and days awaiting management, and quotes the MOU', () => {
		const record = courtRecord({
			asOf: '2025-06-01',
			missedHearings: [
				{ date: '2024-09-03' },
				{ date: '2025-01-06', facts: { excusedBySignedOrder: true } },
				{ date: '2025-02-03', otherReasonAccepted: 'Courthouse closed' },
				{ date: '2025-05-12', emergency: true, toldSupervisorBeforeCase: true },
			],
		});
		expect(record.notes).toEqual([
			'2025-01-06: excused under MOU (6)(c): excused by the judge in a signed order on the prior court date.',
			'2025-02-03: excused, another reason accepted by management (MOU (6)): "Courthouse closed".',
			"2025-05-12: an emergency reported to the supervisor (MOU (8)); management's decision, not counted. If counted: step 2, 3-day suspension: 1 unpaid, 2 on paper.",
		]);
		expect(record.quotes.map((q) => q.label)).toEqual(
			expect.arrayContaining(['3.3 MOU (4)', '3.3 MOU (5)(a)', '3.3 MOU (6)(c)', '3.3 MOU (6)', '3.3 MOU (8)']),
		);
		expect(new Set(record.quotes.map((q) => q.label)).size).toBe(record.quotes.length);
	});

	test('§3.3 MOU (5) an occurrence older than 24 months is listed as no longer counting', () => {
		const record = courtRecord({ asOf: '2026-06-01', missedHearings: [{ date: '2024-01-10' }, { date: '2026-05-01' }] });
		expect(record.occurrences.map((o) => o.stopsCounting)).toEqual(['stopped on 2026-01-10', 'on 2028-05-01']);
	});
});

describe('§3.4 MOA 8, 9 the record for the file: step, served and paper days, when offenses stop counting', () => {
	test('§3.4 MOA 8.C, 9 step 4 since 2025-10-01, missed 2026-03-02 without calling in → step 6, 3 days on paper', () => {
		const record = attendanceRecord({
			asOf: '2026-03-31',
			standing: { step: 4, lastActionOn: '2025-10-01' },
			unauthorizedAbsences: [{ date: '2026-03-02', calledIn: false }],
		});
		expect(record.decision).toMatchObject({ step: 6, action: '3-day suspension', unpaidDays: 0, paperDays: 3 });
		expect(record.decision.benefitTime).toMatch(/no wages lost/);
		expect(record.occurrences).toEqual([
			{
				date: '2026-03-02',
				countedAs: 'offenses 5 and 6, no call-in',
				step: 6,
				action: '3-day suspension',
				stopsCounting: 'when the progression starts over: after 2028-03-02, unless another action comes first',
			},
		]);
		expect(record.notes).toEqual(['Standing entered: step 4 (2nd written reprimand) since the disciplinary action of 2025-10-01.']);
		expect(record.quotes.map((q) => q.label)).toEqual(expect.arrayContaining(['3.4 MOA 8.A', '3.4 MOA 8.C', '3.4 MOA 9']));
	});

	test('§3.4 MOA 8.C step 11: the last suspension before discharge serves 5 of its 20 days', () => {
		const record = attendanceRecord({
			asOf: '2026-03-31',
			standing: { step: 10, lastActionOn: '2025-10-01' },
			unauthorizedAbsences: [{ date: '2026-03-02', calledIn: true }],
		});
		expect(record.decision).toMatchObject({ step: 11, unpaidDays: 5, paperDays: 15 });
	});

	test('§3.4 MOA 9 days before a restart no longer count; the record says nothing counts once the progression has run out', () => {
		const restarted = attendanceRecord({
			asOf: '2026-03-31',
			unauthorizedAbsences: [
				{ date: '2023-01-09', calledIn: true },
				{ date: '2026-03-02', calledIn: true },
			],
		});
		expect(restarted.occurrences.map((o) => o.stopsCounting)).toEqual([
			'no longer counts: the progression started over',
			'when the progression starts over: after 2028-03-02, unless another action comes first',
		]);
		const runOut = attendanceRecord({ asOf: '2026-03-31', unauthorizedAbsences: [{ date: '2023-01-09', calledIn: true }] });
		expect(runOut.decision).toMatchObject({ step: null, action: 'No offense counts in the current progression' });
	});
});
