import { campaigns } from '@db/schema';
import { addDays, compareDates, daysBetween } from '@rules/dates';
import { NEW_EMPLOYEE_DAYS } from '@rules/ethics/training';

/** One person's deadline and status on one campaign (the dashboard's SQL form is in dashboard.ts). */

/** Where one person stands on one campaign. */
export type AttestationStatus = 'done' | 'due' | 'overdue' | 'deferred';

/** The facts of a person that move a deadline. */
export interface DeadlineFacts {
	hireOn: string | null;
	onLeaveSince: string | null;
	leaveReturnedOn: string | null;
}

/**
 * One person's deadline and status for one campaign (one training period), by the same reading as
 * rules/training.ts (a test holds the two together; this form is fast enough to run for 10,000
 * people per dashboard view): a new employee is due 30 days after starting, and stays on that
 * deadline while untrained if they started during the period; a person on approved leave on the
 * period's last day is deferred to the first period after return (3.12).
 */
export function personalStatus(
	campaign: Pick<typeof campaigns.$inferSelect, 'opensOn' | 'deadlineOn'>,
	person: DeadlineFacts,
	attested: boolean,
	todayIso: string,
): { dueOn: string; status: AttestationStatus; daysOverdue: number } {
	let dueOn = campaign.deadlineOn;
	let deferred = false;
	const initialDue = person.hireOn ? addDays(person.hireOn, NEW_EMPLOYEE_DAYS) : null;
	const isNew =
		person.hireOn !== null &&
		initialDue !== null &&
		(compareDates(todayIso, initialDue) <= 0 ||
			(compareDates(person.hireOn, campaign.opensOn) >= 0 && !attested));
	if (isNew) dueOn = initialDue;
	else if (
		person.onLeaveSince &&
		compareDates(person.onLeaveSince, dueOn) <= 0 &&
		(!person.leaveReturnedOn || compareDates(person.leaveReturnedOn, dueOn) > 0)
	) {
		deferred = true;
	}
	if (attested) return { dueOn, status: 'done', daysOverdue: 0 };
	if (deferred) return { dueOn, status: 'deferred', daysOverdue: 0 };
	const late = compareDates(todayIso, dueOn) > 0;
	return {
		dueOn,
		status: late ? 'overdue' : 'due',
		daysOverdue: late ? daysBetween(dueOn, todayIso) : 0,
	};
}
