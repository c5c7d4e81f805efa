import { addDays, formatDate } from '../dates';
import { cite, type Citation } from '../result';
import { addHoursExcludingWeekendsAndHolidays } from '../calendar/workday-hours';
import { createWorkdayCalendar, shiftWorkdays, workdayCitations, type WorkdayCalendar } from '../calendar/workday-calendar';
import type { Clock, ClockAnchor, Deadline, Moment } from './schema';

/**
 * Turns a clock of the procedures into a date and time, with the State holiday calendar of handbook
 * 2.7 (rules/calendar). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE: no Date.now, the caller passes every moment.
 */


/** §2.2: the hours of the basic schedule stand in for the "normal business hours" 331 does not define. */
export const BUSINESS_HOURS = { startMinute: 8 * 60 + 30, endMinute: 17 * 60, cite: cite('2.2', 'The basic work schedule for DCFS employees is 8:30 a.m. - 5:00 p.m., … Monday through Friday…') } as const;

/** 331.110(a)(2), 331.160(a)(2): after hours, "immediate" means the start of the next business day. */
export const AFTER_HOURS_CITE = cite('331.110', 'When Child/Youth Incidents occur outside of normal business hours, the "immediate" reporting requirement will occur at the beginning of the next business day.');

/** The reading of "24 hours, excluding weekends and holidays" this guide uses, cited in each result. */
export const WORKDAY_HOURS_READING = 'Hours count only on workdays: the clock stops during Saturdays, Sundays and observed State holidays and resumes at 00:00 of the next workday.';

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A time for people to read. @example formatTime('15:00') //=> '3:00 p.m.' */
export function formatTime(time: string): string {
	const m = minutesOf(time);
	if (m === 0) return 'midnight';
	if (m === 720) return '12:00 noon';
	const h = Math.floor(m / 60) % 12 || 12;
	return `${h}:${String(m % 60).padStart(2, '0')} ${m < 720 ? 'a.m.' : 'p.m.'}`;
}

/** A deadline for people to read; a clock running out at midnight reads "end of <day>".
 * @example formatDue({ date: '2026-11-24', time: '00:00', endsAtMidnight: true }) //=> 'end of Monday, November 23, 2026 (midnight)' */
export function formatDue(due: { date: string; time: string; endsAtMidnight: boolean }): string {
	if (due.endsAtMidnight) return `end of ${formatDate(addDays(due.date, -1))} (midnight)`;
	return `${formatDate(due.date)}, ${formatTime(due.time)}`;
}

/** Whether a moment falls in normal business hours: a workday, 8:30 a.m. to 5:00 p.m.
 * @example isBusinessHours({ date: '2026-11-26', time: '10:00' }) //=> false (Thanksgiving) */
export function isBusinessHours(at: Moment, calendar: WorkdayCalendar = createWorkdayCalendar()): boolean {
	const m = minutesOf(at.time);
	return calendar.isWorkday(at.date) && m >= BUSINESS_HOURS.startMinute && m < BUSINESS_HOURS.endMinute;
}

/** The start of the next business day at or after a moment (the moment itself if it is in business hours).
 * @example nextBusinessStart({ date: '2026-09-04', time: '18:00' }) //=> { date: '2026-09-08', time: '08:30' } (Labor Day) */
export function nextBusinessStart(at: Moment, calendar: WorkdayCalendar = createWorkdayCalendar()): Moment {
	if (isBusinessHours(at, calendar)) return at;
	let day = at.date;
	if (!calendar.isWorkday(day) || minutesOf(at.time) >= BUSINESS_HOURS.endMinute) {
		day = addDays(day, 1);
		while (!calendar.isWorkday(day)) day = addDays(day, 1);
	}
	return { date: day, time: hhmm(BUSINESS_HOURS.startMinute) };
}

function addClockMinutes(at: Moment, minutes: number): { date: string; time: string; endsAtMidnight: boolean } {
	const total = minutesOf(at.time) + minutes;
	return { date: addDays(at.date, Math.floor(total / 1440)), time: hhmm(total % 1440), endsAtMidnight: false };
}

const ANCHOR_TEXT: Record<ClockAnchor, string> = {
	known: 'the time the event became known',
	occurred: 'the time of the event (the injury)',
	entered: 'the time the report is entered in SACWIS',
	created: 'the time the event is created in SACWIS',
};

/** The clock in words, for the checklist.
 * @example describeClock({ kind: 'calendar-hours', hours: 1, anchor: 'known' }) //=> 'within 1 hour of the time the event became known (clock hours, …)' */
export function describeClock(clock: Clock): string {
	switch (clock.kind) {
		case 'immediately':
			return clock.afterHours === 'next-business-day' ? 'immediately (after hours: at the beginning of the next business day)' : 'immediately, at any hour';
		case 'as-soon-as-possible':
			return 'as soon as possible';
		case 'unstated':
			return 'no time stated in the procedures';
		case 'calendar-hours':
			return `within ${clock.hours} hour${clock.hours === 1 ? '' : 's'} of ${ANCHOR_TEXT[clock.anchor]} (clock hours, nights, weekends and holidays included)`;
		case 'workday-hours':
			return `no later than ${clock.hours} hours, excluding weekends and holidays, from ${ANCHOR_TEXT[clock.anchor]}`;
		case 'calendar-days':
			return `no later than ${clock.days} days after ${ANCHOR_TEXT[clock.anchor]}`;
		case 'workdays':
			return `within ${clock.days} days (excluding weekends and holidays) of ${ANCHOR_TEXT[clock.anchor]}`;
	}
}

/**
 * The deadline of one clock, from the moments known so far. Never reads the clock of the machine.
 * @example computeDeadline({ kind: 'workday-hours', hours: 24, anchor: 'known' }, { known: { date: '2026-11-25', time: '16:00' } }).dueText
 * //=> 'Monday, November 30, 2026, 4:00 p.m.' (Thanksgiving and the day after, then the weekend, do not count)
 */
export function computeDeadline(clock: Clock, moments: Partial<Record<ClockAnchor, Moment>> & { known: Moment }, calendar: WorkdayCalendar = createWorkdayCalendar()): Deadline {
	const clockText = describeClock(clock);
	const base = { clockText, citations: [] as Citation[] };
	if (clock.kind === 'unstated') return { ...base, counting: 'unstated', dueText: 'No time is stated: do it as part of reporting the event.', steps: [] };
	if (clock.kind === 'as-soon-as-possible') return { ...base, counting: 'as-soon-as-possible', dueText: 'As soon as possible.', steps: [] };
	const known = moments.known;
	if (clock.kind === 'immediately') {
		if (clock.afterHours === 'next-business-day' && !isBusinessHours(known, calendar)) {
			const start = nextBusinessStart(known, calendar);
			return {
				...base,
				counting: 'immediately',
				due: { ...start, endsAtMidnight: false },
				dueText: `At the beginning of the next business day: ${formatDate(start.date)}, ${formatTime(start.time)}`,
				steps: [`${formatDate(known.date)} at ${known.time} is outside normal business hours (workdays 8:30 a.m.–5:00 p.m.), so "immediately" means the beginning of the next business day, ${start.date} at ${start.time}.`],
				citations: [AFTER_HOURS_CITE, BUSINESS_HOURS.cite, ...workdayCitations()],
			};
		}
		return { ...base, counting: 'immediately', due: { ...known, endsAtMidnight: false }, dueText: `Immediately (it became known ${formatDate(known.date)}, ${formatTime(known.time)})`, steps: ['"Immediately" applies at any hour of the day or night.'] };
	}
	const anchor = moments[clock.anchor] ?? (clock.anchor === 'occurred' ? known : undefined);
	const anchorNote = clock.anchor === 'occurred' && !moments.occurred ? ['The time of the event was not given; the time it became known is used.'] : [];
	if (!anchor) return { ...base, counting: clock.kind === 'workday-hours' ? 'workday-hours' : clock.kind === 'calendar-hours' ? 'clock-hours' : clock.kind, dueText: `Counts from ${ANCHOR_TEXT[clock.anchor]}: enter that date and time to see the deadline.`, steps: [] };
	switch (clock.kind) {
		case 'calendar-hours': {
			const due = addClockMinutes(anchor, clock.hours * 60);
			return { ...base, counting: 'clock-hours', due, dueText: formatDue(due), steps: [...anchorNote, `${anchor.date} ${anchor.time} + ${clock.hours} clock hour(s) = ${due.date} ${due.time}; nights, weekends and holidays count because the procedures do not exclude them.`] };
		}
		case 'workday-hours': {
			const r = addHoursExcludingWeekendsAndHolidays({ date: anchor.date, time: anchor.time, hours: clock.hours });
			const due = { ...r.deadline, endsAtMidnight: r.endsAtMidnight };
			return { ...base, counting: 'workday-hours', due, dueText: formatDue(due), steps: [...anchorNote, WORKDAY_HOURS_READING, ...r.steps], citations: r.citations };
		}
		case 'calendar-days': {
			const due = { date: addDays(anchor.date, clock.days), time: anchor.time, endsAtMidnight: false };
			return { ...base, counting: 'calendar-days', due, dueText: formatDue(due), steps: [`${anchor.date} + ${clock.days} calendar day(s) = ${due.date}.`] };
		}
		case 'workdays': {
			const shifted = shiftWorkdays(anchor.date, clock.days, 1, calendar);
			const due = { date: addDays(shifted.date, 1), time: '00:00', endsAtMidnight: true };
			return { ...base, counting: 'workdays', due, dueText: formatDue(due), steps: [`${clock.days} workday(s) after ${anchor.date} is ${shifted.date} (skipping ${shifted.weekendDaysSkipped} weekend day(s) and ${shifted.holidaysSkipped.length} holiday(s)); due by the end of that day.`], citations: workdayCitations() };
		}
	}
}
