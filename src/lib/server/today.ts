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
