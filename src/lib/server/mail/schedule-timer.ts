import type { Db } from '@db/client';
import { DEPARTMENT_TIME_ZONE } from '../today';
import { queueDailyMail } from './scheduler';

/** How often the day's plan is (re)run: new campaigns and people are picked up within this time. */
export const PLAN_EVERY_MS = 10 * 60_000;

/** The day is planned between 07:00 and 18:00 agency time: mail never goes out at night. */
export const PLAN_HOURS = { from: 7, to: 18 } as const;

const HOUR_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: DEPARTMENT_TIME_ZONE, hour: 'numeric', hourCycle: 'h23' });

/** Whether an instant falls in the planning hours of the agency's day. */
export function inPlanningHours(nowMs: number): boolean {
	const hour = Number(HOUR_FORMAT.format(nowMs));
	return hour >= PLAN_HOURS.from && hour < PLAN_HOURS.to;
}

/** Runs the day's plan now and every `everyMs` (the real clock: this is the edge that reads it). */
export function runSchedule(db: Db, baseUrl: string, everyMs: number): { stop(): void } {
	const tick = () => {
		const nowMs = Date.now();
		if (!inPlanningHours(nowMs)) return;
		queueDailyMail(db, { nowMs, baseUrl }).catch((error: unknown) =>
			console.error(JSON.stringify({ level: 'error', msg: 'mail schedule failed', error: error instanceof Error ? error.message : String(error) })),
		);
	};
	tick();
	const timer = setInterval(tick, everyMs);
	timer.unref();
	return { stop: () => clearInterval(timer) };
}
