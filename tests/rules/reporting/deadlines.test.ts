import { describe, expect, test } from 'vitest';
import { buildReportingChecklist, type ReportingChecklist } from '@rules/reporting/checklist';
import { computeDeadline } from '@rules/reporting/clock';
import type { Clock } from '@rules/reporting/schema';

/** The checklist for an event known at a moment (asserting it is a checklist, not "not applicable"). */
function checklist(eventId: string, knownDate: string, knownTime: string, extra: Record<string, unknown> = {}): ReportingChecklist {
	const r = buildReportingChecklist({ eventId, role: 'worker', knownDate, knownTime, ...extra });
	if (r.kind !== 'checklist') throw new Error(`expected a checklist for ${eventId}`);
	return r;
}
const dueOf = (r: ReportingChecklist, titlePart: string, index = 0) => {
	const item = [...r.primary, ...r.notifications, ...r.critical, ...r.afterwards].find((i) => i.title.includes(titlePart));
	if (!item) throw new Error(`no item "${titlePart}"`);
	return item.deadlines[index]?.due;
};

describe('331.70 / 331.110: Child/Youth Incident recorded no later than 24 hours, excluding weekends and holidays (workday hours only)', () => {
	test.each([
		// [label, known date, known time, due date, due time, ends at midnight]
		['Friday afternoon before Labor Day (Monday) 2026', '2026-09-04', '15:00', '2026-09-08', '15:00', false],
		['the day before Thanksgiving 2026 (Thanksgiving and the day after are holidays)', '2026-11-25', '16:00', '2026-11-30', '16:00', false],
		['Christmas Eve 2026 evening (Thursday; Christmas on Friday)', '2026-12-24', '20:00', '2026-12-28', '20:00', false],
		['a Saturday: the clock starts Monday 00:00 and runs out at the end of Monday', '2026-11-21', '10:00', '2026-11-24', '00:00', true],
		["New Year's Day 2022 on a Saturday is observed Friday December 31", '2021-12-30', '12:00', '2022-01-03', '12:00', false],
		["Lincoln's Birthday 2026 (Thursday February 12)", '2026-02-11', '09:00', '2026-02-13', '09:00', false],
		["Veteran's Day 2026 (Wednesday November 11)", '2026-11-10', '18:00', '2026-11-12', '18:00', false],
		['an ordinary Tuesday morning', '2026-11-17', '09:15', '2026-11-18', '09:15', false],
		['Friday before Memorial Day 2025', '2025-05-23', '15:00', '2025-05-27', '15:00', false],
		['Independence Day 2026 on a Saturday is observed Friday July 3', '2026-07-02', '13:00', '2026-07-06', '13:00', false],
	] as const)('331.70: %s', (_label, date, time, dueDate, dueTime, endsAtMidnight) => {
		const r = checklist('child-or-youth-suspended-from-school', date, time, { answers: { intactFamilyCase: false } });
		expect(dueOf(r, 'Create Child/Youth Incident', 1)).toEqual({ date: dueDate, time: dueTime, endsAtMidnight });
	});
});

describe('331.110(a)(2): after hours, "immediately" is the beginning of the next business day (8:30 a.m., handbook 2.2)', () => {
	test.each([
		['Friday 18:00 before Labor Day 2026', '2026-09-04', '18:00', '2026-09-08', '08:30'],
		['Wednesday 17:00 before Thanksgiving 2026', '2026-11-25', '17:00', '2026-11-30', '08:30'],
		['Tuesday 07:00, before the office opens', '2026-11-17', '07:00', '2026-11-17', '08:30'],
		['Tuesday 10:00, in business hours: at once', '2026-11-17', '10:00', '2026-11-17', '10:00'],
	] as const)('331.110: %s', (_label, date, time, dueDate, dueTime) => {
		const r = checklist('medication-dispensing-error', date, time, { answers: { intactFamilyCase: false } });
		expect(dueOf(r, 'Create Child/Youth Incident', 0)).toEqual({ date: dueDate, time: dueTime, endsAtMidnight: false });
	});
});

describe('clocks that count every hour, weekends and holidays included', () => {
	test.each([
		['331.60: CIRU within one hour, Saturday 23:30', 'whereabouts-unknown', '2026-11-28', '23:30', {}, 'Contact CIRU', '2026-11-29', '00:30'],
		['331.70(d): DCFS Guardian within one hour of a school suspension, Thanksgiving Day', 'child-or-youth-suspended-from-school', '2026-11-26', '09:10', { answers: { intactFamilyCase: false } }, 'Office of the DCFS Guardian', '2026-11-26', '10:10'],
		['331.140(a)(1)(A)(ii): TriStar within 24 hours of the injury (Friday 14:00)', 'dcfs-personnel-work-related-injury-medical-emergency', '2026-11-20', '16:00', { occurredDate: '2026-11-20', occurredTime: '14:00' }, 'TriStar', '2026-11-21', '14:00'],
		['331.140(a)(1)(A)(iii): OSHA within 8 hours of a workplace fatality', 'dcfs-personnel-work-related-injury-medical-emergency', '2026-12-24', '20:00', { answers: { injuryOutcome: 'fatality' } }, 'workplace fatality', '2026-12-25', '04:00'],
		['331.140(a)(1)(A)(iii): OSHA within 24 hours of a hospital admission', 'dcfs-personnel-work-related-injury-medical-emergency', '2026-11-25', '11:00', { answers: { injuryOutcome: 'hospital-or-eye' } }, 'hospital admission', '2026-11-26', '11:00'],
		['331.140(a)(1)(A)(i): DCFS personnel incident within 24 hours (not excluding weekends)', 'dcfs-personnel-arrested-charged-with-convicted-of-a-crime', '2026-11-27', '09:00', {}, 'Create Personnel Incident', '2026-11-28', '09:00'],
		['331.50(a)(3): DCFS Guardian within 24 hours of a death', 'death-dcfs-child-or-youth-in-care-served-by-the-department', '2026-12-31', '22:00', {}, 'Office of the DCFS Guardian', '2027-01-01', '22:00'],
		['331.120: supervisor e-mails the Critical Event Report within 4 hours', 'abducted-from-placement', '2026-11-28', '22:00', {}, 'Critical Event Report', '2026-11-29', '02:00'],
	] as const)('%s', (_label, eventId, date, time, extra, item, dueDate, dueTime) => {
		const r = checklist(eventId, date, time, extra);
		const index = item === 'Create Personnel Incident' ? 1 : 0;
		expect(dueOf(r, item, index)).toEqual({ date: dueDate, time: dueTime, endsAtMidnight: false });
	});
});

describe('clocks that run from the SACWIS entry', () => {
	test('331.70: the GAL receives a copy no later than 3 days after the report is entered', () => {
		const r = checklist('sexualized-behavior', '2026-11-25', '10:00', { enteredDate: '2026-11-25', enteredTime: '15:00' });
		expect(dueOf(r, 'guardian ad litem')).toEqual({ date: '2026-11-28', time: '15:00', endsAtMidnight: false });
	});
	test('331.220: child and youth final disposition within 5 days, excluding weekends and holidays', () => {
		const r = checklist('sexualized-behavior', '2026-11-25', '10:00', { enteredDate: '2026-11-25', enteredTime: '15:00' });
		// Thanksgiving (26th), day after (27th) and the weekend are skipped: Nov 30, Dec 1, 2, 3, 4.
		expect(dueOf(r, 'Final disposition')).toEqual({ date: '2026-12-05', time: '00:00', endsAtMidnight: true });
	});
	test('331.210: personnel, caregiver and facility events close automatically 10 days after creation', () => {
		const r = checklist('threat-made-against-pos-office-facility', '2026-11-20', '10:00', { enteredDate: '2026-11-20', enteredTime: '11:00' });
		expect(dueOf(r, 'closes automatically')).toEqual({ date: '2026-11-30', time: '11:00', endsAtMidnight: false });
	});
	test('331.70: without the entry time the GAL clock is stated, not guessed', () => {
		const r = checklist('sexualized-behavior', '2026-11-25', '10:00');
		const gal = r.notifications.find((n) => n.contact?.name.includes('guardian ad litem'));
		expect(gal?.deadlines[0]?.due).toBeUndefined();
		expect(gal?.deadlines[0]?.dueText).toMatch(/enter that date and time/);
	});
});

describe('computeDeadline: clocks with no time', () => {
	test.each([
		['331 Appendix D: no time stated', { kind: 'unstated' }, 'unstated'],
		['331 Appendix G: as soon as possible', { kind: 'as-soon-as-possible' }, 'as-soon-as-possible'],
	] as const)('%s', (_label, clock, counting) => {
		const d = computeDeadline(clock as Clock, { known: { date: '2026-11-23', time: '10:00' } });
		expect(d.counting).toBe(counting);
		expect(d.due).toBeUndefined();
	});
});
