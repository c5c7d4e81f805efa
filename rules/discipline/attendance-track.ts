import { shiftWorkdays, type WorkdayCalendar } from '../calendar/workday-calendar';

/**
 * The attendance track as data: the one-hour threshold, the MOA 8.A steps with the days served (8.C),
 * the 24-month restart, the 5-day no-call-in run, and the quotes cited for each. attendance-discipline.ts
 * walks it. IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

/** 3.4: arriving one hour or more after the regular starting time is an unauthorized absence. */
export const LATE_TO_UA_THRESHOLD_MINUTES = 60;
/** MOA 2: under a "current practice", a UA under ½ day (3.75 of 7.5 hours, 2.1 A) goes to the misuse-of-time track. */
export const HALF_DAY_MINUTES = 225;
/** MOA 9: the progression starts over when the last disciplinary action is more than 24 months old. */
export const RESET_AFTER_MONTHS = 24;
/** MOA 8.D / Master Agreement Art. IX: five consecutive days of UA with no call-in → discharge. */
export const CONSECUTIVE_NO_CALL_IN_DAYS = 5;

/** MOA 8.A: the step for each offense, with the suspension days noticed and the days actually served (8.C). */
export const ATTENDANCE_STEPS = [
	{ step: 1, action: 'Counseling', suspensionDays: 0, servedDays: 0 },
	{ step: 2, action: 'Oral reprimand', suspensionDays: 0, servedDays: 0 },
	{ step: 3, action: 'Written reprimand', suspensionDays: 0, servedDays: 0 },
	{ step: 4, action: '2nd written reprimand', suspensionDays: 0, servedDays: 0 },
	{ step: 5, action: '1-day suspension', suspensionDays: 1, servedDays: 0 },
	{ step: 6, action: '3-day suspension', suspensionDays: 3, servedDays: 0 },
	{ step: 7, action: '5-day suspension', suspensionDays: 5, servedDays: 0 },
	{ step: 8, action: '7-day suspension', suspensionDays: 7, servedDays: 0 },
	{ step: 9, action: '10-day suspension', suspensionDays: 10, servedDays: 0 },
	{ step: 10, action: '15-day suspension', suspensionDays: 15, servedDays: 0 },
	// 8.C: the last suspension before discharge is the only one served, and only 5 of its days.
	{ step: 11, action: '20-day suspension', suspensionDays: 20, servedDays: 5 },
	{ step: 12, action: 'Discharge', suspensionDays: 0, servedDays: 0 },
] as const;

/** The decisive words of §2.1 B, §3.4 and the MOA, by topic. */
export const ATTENDANCE_QUOTES = {
	track: {
		label: '3.4 MOA 8.A',
		quote:
			'Unauthorized absences shall be subject to the following corrective and progressive disciplinary action: 1st Counseling … 12th Discharge',
	},
	separate: {
		label: '3.4 MOA 8.B',
		quote:
			'Each day of unauthorized absence shall be considered a separate offense for the purposes of progressive discipline.',
	},
	noCallIn: {
		label: '3.4 MOA 8.C',
		quote: 'Each day of unauthorized absence without a call-in shall be considered as two offenses',
	},
	served: {
		label: '3.4 MOA 8.C',
		quote:
			'except for the last offense before discharge, no employee will serve any suspension time. … An employee will only serve five (5) days of actual suspension time for the last offense prior to discharge.',
	},
	xa: {
		label: '3.4 MOA 8.D',
		quote:
			'this section does not alter the provision in Article IX of the Master Agreement regarding discharge for five (5) consecutive days of unauthorized absence with no call-in (XA).',
	},
	reset: {
		label: '3.4 MOA 9',
		quote:
			'Discipline will be considered timely and progressive based on a rolling 24-month period. If the last disciplinary action is more than 24 months old, the progression will start over.',
	},
	threshold: {
		label: '3.4',
		quote:
			'the threshold between tardiness and "Unauthorized Absence" (UA) is one (1) hour after an employee\'s regular starting time.',
	},
	misuse: {
		label: '3.4 MOA 2',
		quote:
			'Where current practices exist, any unauthorized absence which is less than a ½ day will be treated under Article IX of the Master Contract as misuse of time … However, such absences shall not be subject to #8 of this agreement.',
	},
	consultation: {
		label: '3.4 MOA 11',
		quote:
			'Upon request by the local Union president or designee, employees will be afforded a joint Union/Management consultation at the last suspension prior to discharge.',
	},
	callIn: {
		label: '2.1 B',
		quote:
			'you must contact the supervisor (or authorized designee) no later than one hour after the start of your shift assignment unless emergency circumstances prevent you from calling in.',
	},
} as const;

/** A step on the MOA 8.A track. */
export interface AttendanceStep {
	step: number;
	action: string;
	suspensionDays: number;
	/** Days actually served (only the last suspension before discharge: 5). */
	servedDays: number;
	/** Days noticed but not served. */
	paperDays: number;
}

/** A late arrival and how it was classified. */
export interface LateArrivalClass {
	date: string;
	minutesLate: number;
	classification: 'on-time' | 'late' | 'unauthorized-absence' | 'misuse-of-time';
}

/** The step for an offense count (12 and beyond: discharge). */
export function stepFor(count: number): AttendanceStep {
	const row = ATTENDANCE_STEPS[Math.min(count, ATTENDANCE_STEPS.length) - 1]!;
	return {
		step: row.step,
		action: row.action,
		suspensionDays: row.suspensionDays,
		servedDays: row.servedDays,
		paperDays: row.suspensionDays - row.servedDays,
	};
}

/** Minutes since midnight of an HH:MM time. */
export function minutes(time: string): number {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Late, a UA, or (under a current practice) misuse of time, from minutes late. */
export function classifyLate(
	minutesLate: number,
	misuseOfTimePractice: boolean,
): LateArrivalClass['classification'] {
	if (minutesLate <= 0) return 'on-time';
	if (minutesLate < LATE_TO_UA_THRESHOLD_MINUTES) return 'late';
	return misuseOfTimePractice && minutesLate < HALF_DAY_MINUTES
		? 'misuse-of-time'
		: 'unauthorized-absence';
}

/** The 5th workday of the first run of 5 consecutive workdays of UA without call-in. */
export function consecutiveNoCallInRun(
	days: readonly string[],
	calendar: WorkdayCalendar,
): string | null {
	let run = 0;
	let previous: string | null = null;
	for (const day of days) {
		run = previous !== null && shiftWorkdays(previous, 1, 1, calendar).date === day ? run + 1 : 1;
		if (run >= CONSECUTIVE_NO_CALL_IN_DAYS) return day;
		previous = day;
	}
	return null;
}
