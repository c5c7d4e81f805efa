import { createEvent } from 'ics';
import { addDays } from '@rules/dates';
import type { MailAttachment } from './outbox';

/**
 * A due date as an all-day calendar event (.ics), so that it lands in the employee's calendar. The
 * uid is stable per person and deadline: a second reminder updates the same event, not a new one.
 */

/** Built once per event text and reused with each person's uid: `ics` validates every event it
 * builds (half a millisecond each), and a campaign opening for 10,000 people is 10,000 events that
 * differ only in their UID line. */
const templates = new Map<string, string>();
const UID_PLACEHOLDER = 'uid-placeholder@handbook-portal';

export function dueDateAttachment(event: { uid: string; title: string; dueOn: string; url: string; description: string }): MailAttachment {
	if (/[\r\n]/.test(event.uid) || event.uid.length > 60) throw new Error(`expected a short one-line uid, got ${JSON.stringify(event.uid)}`);
	const key = JSON.stringify([event.title, event.dueOn, event.url, event.description]);
	let template = templates.get(key);
	if (!template) {
		const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
		const { error, value } = createEvent({
			uid: UID_PLACEHOLDER,
			productId: 'dcfs-handbook-portal',
			title: event.title,
			description: event.description,
			url: event.url,
			start: parts(event.dueOn),
			end: parts(addDays(event.dueOn, 1)),
			transp: 'TRANSPARENT',
			busyStatus: 'FREE',
		});
		if (error || !value) throw new Error(`could not build the calendar event for ${event.uid}: ${error?.message ?? 'no value'}`);
		// DTSTAMP is the build time; for a reminder the template's is close enough (same process day).
		template = value;
		if (templates.size > 1_000) templates.clear();
		templates.set(key, template);
	}
	return {
		filename: `due-${event.dueOn}.ics`,
		contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
		content: template.replace(`UID:${UID_PLACEHOLDER}`, `UID:${event.uid}`),
	};
}
