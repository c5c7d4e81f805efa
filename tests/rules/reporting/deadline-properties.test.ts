import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createWorkdayCalendar } from '@rules/calendar/workday-calendar';
import { addDays, fromDayNumber, toDayNumber } from '@rules/dates';
import { computeDeadline, isBusinessHours } from '@rules/reporting/clock';
import type { Clock } from '@rules/reporting/schema';

const calendar = createWorkdayCalendar();
const moment = fc.record({
	date: fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2032-12-31') }).map(fromDayNumber),
	time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
});
const notBefore = (due: { date: string; time: string }, known: { date: string; time: string }) => due.date > known.date || (due.date === known.date && due.time >= known.time);
/** The calendar day a deadline falls on: a clock that runs out at midnight belongs to the day it ends. */
const dayOf = (due: { date: string; endsAtMidnight: boolean }) => (due.endsAtMidnight ? addDays(due.date, -1) : due.date);

describe('deadline properties', () => {
	test.each([[1], [24], [48]])('331.70: %i hours excluding weekends and holidays never ends before the time known, nor on a weekend or holiday', (hours) => {
		fc.assert(
			fc.property(moment, (known) => {
				const d = computeDeadline({ kind: 'workday-hours', hours, anchor: 'known' }, { known }, calendar);
				expect(d.due).toBeDefined();
				expect(notBefore(d.due!, known)).toBe(true);
				expect(calendar.isWorkday(dayOf(d.due!))).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});
	test('331.110: "immediately" after hours is never earlier than the time known and always falls in business hours', () => {
		fc.assert(
			fc.property(moment, (known) => {
				const d = computeDeadline({ kind: 'immediately', afterHours: 'next-business-day' }, { known }, calendar);
				expect(notBefore(d.due!, known)).toBe(true);
				expect(isBusinessHours(d.due!, calendar)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});
	test.each([[1], [4], [8], [24]])('331.60 / 331.140: %i clock hours is exactly that many hours later (weekends and holidays count)', (hours) => {
		fc.assert(
			fc.property(moment, (known) => {
				const d = computeDeadline({ kind: 'calendar-hours', hours, anchor: 'known' } as Clock, { known }, calendar);
				const minutes = (m: { date: string; time: string }) => toDayNumber(m.date) * 1440 + Number(m.time.slice(0, 2)) * 60 + Number(m.time.slice(3));
				expect(minutes(d.due!) - minutes(known)).toBe(hours * 60);
			}),
			{ numRuns: 200 },
		);
	});
	test('331.220: 5 workdays never ends on a weekend or holiday and never before the start', () => {
		fc.assert(
			fc.property(moment, (created) => {
				const d = computeDeadline({ kind: 'workdays', days: 5, anchor: 'created' }, { known: created, created }, calendar);
				expect(notBefore(d.due!, created)).toBe(true);
				expect(calendar.isWorkday(dayOf(d.due!))).toBe(true);
			}),
			{ numRuns: 200 },
		);
	});
});
