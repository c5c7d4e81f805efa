/** The department's time zone: "today" and deadlines are Illinois calendar days. */
export const DEPARTMENT_TIME_ZONE = 'America/Chicago';

// Built once: constructing an Intl.DateTimeFormat costs more than a whole attestation's SQL.
const DATE_FORMAT = new Intl.DateTimeFormat('en-CA', {
	timeZone: DEPARTMENT_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
});
const TIME_FORMAT = new Intl.DateTimeFormat('en-US', {
	timeZone: DEPARTMENT_TIME_ZONE,
	hour12: false,
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	timeZoneName: 'short',
});

/** The Illinois calendar date (YYYY-MM-DD) of an instant. */
export function isoDateInIllinois(atMs: number): string {
	return DATE_FORMAT.format(atMs);
}

/** An instant as Illinois date and time for receipts, e.g. "2026-03-01 14:05 CST". */
export function formatInstant(atMs: number): string {
	return `${isoDateInIllinois(atMs)} ${TIME_FORMAT.format(atMs)}`;
}

const OFFSET_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: DEPARTMENT_TIME_ZONE, timeZoneName: 'longOffset' });

/** The instant of a wall-clock hour on an Illinois calendar date (CST or CDT as that day has it).
 * @example instantInIllinois('2026-12-07', 8) //=> Date.UTC(2026, 11, 7, 14) (08:00 CST) */
export function instantInIllinois(isoDate: string, hour: number): number {
	const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
	const guess = Date.UTC(y, m - 1, d, hour);
	const offset = (at: number) => {
		const name = OFFSET_FORMAT.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
		const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
		return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
	};
	// The offset at the guess, then at the corrected instant (they differ only across a DST change).
	const first = guess - offset(guess) * 60_000;
	return guess - offset(first) * 60_000;
}
