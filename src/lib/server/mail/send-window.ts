import { addDays } from '@rules/dates';
import { createWorkdayCalendar, type WorkdayCalendar } from '@rules/calendar/workday-calendar';
import { instantInIllinois, isoDateInIllinois } from '../today';

/** Mail leaves from 08:00 and until 18:00 in the agency's time zone, on workdays (§2.2, §2.7). */
export const SEND_HOUR = 8;
export const SEND_UNTIL_HOUR = 18;

/**
 * When a message may leave: now during a workday's sending hours, else 08:00 on the next workday.
 * Never a weekend or holiday; only a password reset goes at once whatever the day (accounts.ts).
 */
export function nextSendInstant(nowMs: number, calendar: WorkdayCalendar = createWorkdayCalendar()): number {
	let day = isoDateInIllinois(nowMs);
	if (calendar.isWorkday(day) && nowMs < instantInIllinois(day, SEND_UNTIL_HOUR))
		return Math.max(nowMs, instantInIllinois(day, SEND_HOUR));
	do day = addDays(day, 1);
	while (!calendar.isWorkday(day));
	return instantInIllinois(day, SEND_HOUR);
}
