import { createEvent } from 'ics';
import { addDays } from '@rules/dates';
import type { MailAttachment } from './outbox';

/**
 * A due date as an all-day calendar event (.ics), so that it lands in the employee's calendar. The
 * uid is stable per person and deadline: a second reminder updates the same event, not a new one.
 */
export function dueDateAttachment(event: { uid: string; title: string; dueOn: string; url: string; description: string }): MailAttachment {
	const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
	const { error, value } = createEvent({
		uid: event.uid,
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
	return { filename: `due-${event.dueOn}.ics`, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: value };
}
