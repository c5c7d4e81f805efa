import { addDays, compareDates, daysBetween, formatDate } from '@rules/dates';
import { shiftWorkdays, type WorkdayCalendar } from '@rules/calendar/workday-calendar';
import { NEW_EMPLOYEE_DAYS } from '@rules/ethics/training';
import { FILING_SCHEDULE } from '@rules/ethics/economic-interests';
import type { AttestationStatus } from '../deadlines';
import { dueDateAttachment } from './ics';
import { MAIL_FOOTER, mailHtml } from './messages';
import type { NewMessage } from './outbox';

/**
 * What the schedule sends on one day, as a pure function of the day, the workday calendar and each
 * campaign's standing: tests move the day over a simulated month; the scheduler (scheduler.ts)
 * loads the facts and queues the result. Every message has a dedupe key, so planning a day twice
 * queues it once.
 *
 * Messages go out on workdays only (§2.2 work week, §2.7 holidays). A point of the schedule that
 * falls on a weekend or holiday is sent on the next workday: a day sends everything whose point lies
 * after the previous workday and on or before it.
 */

/** A campaign's reminder and escalation steps (the ethics officer's to set; these are the defaults). */
export interface CampaignSchedule {
	/** Reminders this many calendar days before the due date (and one on the day). */
	remindDaysBefore: readonly number[];
	/** The supervisor hears of an overdue person after this many workdays. */
	supervisorAfterWorkdays: number;
	/** The ethics officers hear of it after this many workdays. */
	officerAfterWorkdays: number;
}

/** Issue 9's defaults: 14, 7 and 1 days before and on the day; supervisor after 3 workdays, officer after 10. */
export const DEFAULT_SCHEDULE: CampaignSchedule = {
	remindDaysBefore: [14, 7, 1],
	supervisorAfterWorkdays: 3,
	officerAfterWorkdays: 10,
};

/** Someone mail can go to. */
export interface Recipient {
	id: string;
	name: string;
	email: string;
}

/** One person's standing on a campaign (the dashboard's status row). */
export interface PlanStanding extends Recipient {
	supervisorEmployeeId: string | null;
	dueOn: string;
	status: AttestationStatus;
}

/** A campaign as the planner sees it. */
export interface PlanCampaign {
	id: string;
	title: string;
	opensOn: string;
	deadlineOn: string;
	schedule: CampaignSchedule;
	people: readonly PlanStanding[];
}

/** A disclosure waiting for its supervisor's first review (never its content: only who and since when). */
export interface PlanReview {
	disclosureId: string;
	ownerName: string;
	/** The agency date it was submitted. */
	submittedOn: string;
	supervisorEmployeeId: string;
}

/** A disclosure waiting this many workdays for the supervisor's review is brought to the supervisor,
 * then to the ethics officers (issue 9; the handbook sets no review time, so these are the portal's). */
export const REVIEW_WAIT_WORKDAYS = { supervisor: 5, officer: 10 } as const;

/** Everything one day's plan depends on. */
export interface PlanInput {
	/** The agency's calendar date being planned. */
	today: string;
	calendar: WorkdayCalendar;
	/** The portal's public address, for links. */
	baseUrl: string;
	/** When the day's mail may leave (08:00 in the agency's time zone, computed by the caller). */
	sendAtMs: number;
	campaigns: readonly PlanCampaign[];
	/** Supervisors by roster employee id. */
	supervisors: ReadonlyMap<string, Recipient>;
	officers: readonly Recipient[];
	/** Disclosures awaiting the supervisor's review. */
	reviews?: readonly PlanReview[];
	/** Gifts in the register with a written notice due (never the gift's details beyond its date). */
	giftNotices?: readonly { giftId: string; owner: Recipient; receivedOn: string; noticeDueOn: string }[];
	/** Statement of Economic Interests filers (roster flag) who have not filed this year. */
	seiFilers?: readonly Recipient[];
	/** The disclosure review queue, for the officers' digest: counts only. */
	reviewQueue?: { awaitingSupervisor: number; awaitingDetermination: number };
}

/** One line of a person's daily reminder: what is due, where to do it, and its date as .ics. */
interface Item {
	to: Recipient;
	line: string;
	/** What the subject names when the line is alone. */
	title: string;
	href: string;
	campaignId?: string;
	due: { uid: string; title: string; dueOn: string; description: string };
}

function message(
	to: Recipient,
	key: string,
	subject: string,
	intro: string,
	lines: readonly string[],
	link: { href: string; label: string },
	sendAtMs: number,
	attachments: NewMessage['attachments'] = [],
	campaignId?: string,
): NewMessage {
	return {
		kind: 'notice',
		campaignId,
		toEmail: to.email,
		subject,
		dedupeKey: key,
		notBeforeMs: sendAtMs,
		text: [`Hello ${to.name},`, '', intro, '', ...lines.map((l) => `- ${l}`), '', `${link.label}: ${link.href}`, '', MAIL_FOOTER, ''].join('\n'),
		html: mailHtml({ paragraphs: [`Hello ${to.name},`, intro], items: lines, link }),
		attachments,
	};
}

/** The campaign of a bundle when it has only one (counted with that campaign). */
function soleCampaign(items: readonly { campaignId?: string | undefined }[]): string | undefined {
	const ids = new Set(items.map((i) => i.campaignId));
	return ids.size === 1 ? [...ids][0] : undefined;
}

/** The first workday of the week (Monday, or the next workday when Monday is a holiday). */
function isFirstWorkdayOfWeek(day: string, calendar: WorkdayCalendar): boolean {
	const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
	for (let back = 1; back <= weekday; back += 1) if (calendar.isWorkday(addDays(day, -back))) return false;
	return calendar.isWorkday(day);
}

/** The day a person is told of a campaign: its opening, or their first day when they start during it. */
function openingDay(c: PlanCampaign, p: PlanStanding): string {
	const startedOn = p.dueOn !== c.deadlineOn ? addDays(p.dueOn, -NEW_EMPLOYEE_DAYS) : null;
	return startedOn && compareDates(startedOn, c.opensOn) > 0 ? startedOn : c.opensOn;
}

/** The message that tells one person a campaign is open for them, with the due date as .ics. */
export function openingMessage(c: PlanCampaign, p: PlanStanding, baseUrl: string, sendAtMs: number): NewMessage {
	const url = (path: string) => new URL(path, baseUrl).href;
	const due = formatDate(p.dueOn);
	const isNewStart = openingDay(c, p) !== c.opensOn;
	return message(
		p,
		`campaign-open:${c.id}:${p.id}`,
		`${c.title}: due ${due}`,
		isNewStart
			? `Welcome. As a new employee you complete ${c.title} within ${NEW_EMPLOYEE_DAYS} days of starting (Ethics Act 5-10(c)).`
			: `${c.title} is open.`,
		[`${c.title}: due ${due}.`],
		{ href: url(`/account/attest/${c.id}/`), label: 'Open it in the portal' },
		sendAtMs,
		[
			dueDateAttachment({
				uid: `${c.id}.${p.id}@handbook-portal`,
				title: `Due: ${c.title}`,
				dueOn: p.dueOn,
				url: url(`/account/attest/${c.id}/`),
				description: `Certify ${c.title} in the DCFS Handbook Portal by ${due}.`,
			}),
		],
		c.id,
	);
}

/**
 * The messages of one day.
 * @example planMail({ today: '2026-12-04', … }) //=> [{ toEmail, subject: 'Reminder: Ethics training 2026 is due …', dedupeKey: 'reminders:u1:2026-12-04', … }]
 */
export function planMail(input: PlanInput): NewMessage[] {
	const { today, calendar, baseUrl, sendAtMs } = input;
	if (!calendar.isWorkday(today)) return [];
	const previous = shiftWorkdays(today, 1, -1, calendar).date;
	/** A schedule point belongs to today when it lies after the previous workday, up to today. */
	const isToday = (point: string) => compareDates(point, previous) > 0 && compareDates(point, today) <= 0;
	const url = (path: string) => new URL(path, baseUrl).href;
	const out: NewMessage[] = [];
	const reminders = new Map<string, Item[]>();
	const campaignItem = (c: PlanCampaign, p: PlanStanding, line: string): Item => ({
		to: p,
		line,
		title: c.title,
		href: url(`/account/attest/${c.id}/`),
		campaignId: c.id,
		due: { uid: `${c.id}.${p.id}@handbook-portal`, title: `Due: ${c.title}`, dueOn: p.dueOn, description: `Certify ${c.title} in the DCFS Handbook Portal.` },
	});
	const escalations = new Map<string, { to: Recipient; lines: string[]; campaigns: Set<string | undefined> }>();
	const escalate = (to: Recipient, line: string, campaignId: string | undefined) => {
		const entry = escalations.get(to.id) ?? { to, lines: [], campaigns: new Set() };
		entry.lines.push(line);
		entry.campaigns.add(campaignId);
		escalations.set(to.id, entry);
	};
	const push = <T>(map: Map<string, T[]>, key: string, item: T) => map.set(key, [...(map.get(key) ?? []), item]);

	for (const c of input.campaigns) {
		for (const p of c.people) {
			if (p.status === 'done' || p.status === 'deferred') continue;
			const due = formatDate(p.dueOn);
			// Opening (or, for someone who starts during the campaign, their first day): one message each.
			const opening = openingDay(c, p);
			if (isToday(opening)) {
				out.push(openingMessage(c, p, baseUrl, sendAtMs));
				continue;
			}
			if (p.status === 'due') {
				const points = [...c.schedule.remindDaysBefore.map((d) => addDays(p.dueOn, -d)), p.dueOn];
				if (points.some(isToday)) {
					const left = daysBetween(today, p.dueOn);
					push(reminders, p.id, campaignItem(c, p, `${c.title}: due ${due} (${left === 0 ? 'today' : left === 1 ? 'tomorrow' : `in ${left} days`}).`));
				}
				continue;
			}
			// Overdue: the person on the first workday after, then the supervisor and the officers.
			if (isToday(addDays(p.dueOn, 1)))
				push(reminders, p.id, campaignItem(c, p, `${c.title}: overdue since ${due}.`));
			const supervisor = p.supervisorEmployeeId ? input.supervisors.get(p.supervisorEmployeeId) : undefined;
			const workdaysLate = (n: number) => shiftWorkdays(p.dueOn, n, 1, calendar).date;
			const line = `${p.name}: ${c.title}, due ${due}, not certified.`;
			if (supervisor && isToday(workdaysLate(c.schedule.supervisorAfterWorkdays)))
				escalate(supervisor, `${line} (${c.schedule.supervisorAfterWorkdays} workdays late)`, c.id);
			if (isToday(workdaysLate(c.schedule.officerAfterWorkdays)))
				for (const officer of input.officers) escalate(officer, `${line} (${c.schedule.officerAfterWorkdays} workdays late)`, c.id);
		}
	}
	// Disclosures waiting for the supervisor's first review: the supervisor, then the officers.
	for (const r of input.reviews ?? []) {
		const after = (n: number) => shiftWorkdays(r.submittedOn, n, 1, calendar).date;
		const line = (n: number) => `A disclosure by ${r.ownerName}, submitted ${formatDate(r.submittedOn)}, has waited ${n} workdays for the supervisor's review: ${url(`/supervisor/disclosures/${r.disclosureId}/`)}`;
		const supervisor = input.supervisors.get(r.supervisorEmployeeId);
		if (supervisor && isToday(after(REVIEW_WAIT_WORKDAYS.supervisor))) escalate(supervisor, line(REVIEW_WAIT_WORKDAYS.supervisor), undefined);
		if (isToday(after(REVIEW_WAIT_WORKDAYS.officer)))
			for (const officer of input.officers) escalate(officer, line(REVIEW_WAIT_WORKDAYS.officer), undefined);
	}

	// Gifts whose written notice falls due: a week before and the day before (the register's flag).
	for (const g of input.giftNotices ?? [])
		for (const before of [7, 1])
			if (isToday(addDays(g.noticeDueOn, -before)))
				push(reminders, g.owner.id, {
					to: g.owner,
					line: `The written notice for the gift you recorded as received on ${formatDate(g.receivedOn)}, is due ${formatDate(g.noticeDueOn)}.`,
					title: 'gift notice due',
					href: url('/account/gifts/'),
					due: { uid: `gift-notice.${g.giftId}@handbook-portal`, title: 'Due: written notice of a gift', dueOn: g.noticeDueOn, description: 'Send the written notice of the gift recorded in the DCFS Handbook Portal.' },
				});
	// Statement of Economic Interests: a week before and on the OIG return date (§3.11), and before the
	// filing deadline (Rule 437.60), to each filer who has not filed this year.
	const year = Number(today.slice(0, 4));
	const seiDate = (m: number, d: number) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	const returnBy = seiDate(FILING_SCHEDULE.returnToOig.month, FILING_SCHEDULE.returnToOig.day);
	const fileBy = seiDate(FILING_SCHEDULE.fileBy.month, FILING_SCHEDULE.fileBy.day);
	const seiPoints = [addDays(returnBy, -7), returnBy, addDays(fileBy, -1)];
	if (seiPoints.some(isToday))
		for (const filer of input.seiFilers ?? [])
			push(reminders, filer.id, {
				to: filer,
				line: `Statement of Economic Interests ${year}: return it to the DCFS Office of Inspector General by ${formatDate(returnBy)} (§${FILING_SCHEDULE.returnToOig.label}); the filing deadline is ${formatDate(fileBy)} (${FILING_SCHEDULE.fileBy.label}).`,
				title: `Statement of Economic Interests ${year}`,
				href: url('/account/'),
				due: { uid: `sei-${year}.${filer.id}@handbook-portal`, title: 'Due: Statement of Economic Interests to the OIG', dueOn: returnBy, description: 'Return the Statement of Economic Interests to the DCFS Office of Inspector General.' },
			});

	// One reminder message a day per person, bundling what is due, with each due date as .ics.
	for (const [userId, items] of reminders) {
		const one = items.length === 1 ? items[0]! : null;
		out.push(
			message(
				items[0]!.to,
				`reminders:${userId}:${today}`,
				one ? `Reminder: ${one.title}` : `Reminder: ${items.length} things to complete`,
				'Please complete what is listed below in the portal.',
				items.map((i) => i.line),
				{ href: one ? one.href : url('/account/'), label: 'Open the portal' },
				sendAtMs,
				items.map((i) => dueDateAttachment({ ...i.due, url: i.href })),
				soleCampaign(items),
			),
		);
	}
	// One escalation message a day per supervisor or officer, bundling the people newly late.
	for (const [userId, { to, lines, campaigns }] of escalations) {
		const officer = input.officers.some((o) => o.id === userId);
		out.push(
			message(
				to,
				`escalations:${userId}:${today}`,
				`Waiting on you: ${lines.length} ${lines.length === 1 ? 'item' : 'items'}`,
				officer ? 'These are still open after the escalation period:' : 'Items of the people you supervise are waiting:',
				lines,
				{ href: url(officer ? '/officer/' : '/supervisor/'), label: officer ? 'Open the dashboard' : 'Open your team' },
				sendAtMs,
				[],
				campaigns.size === 1 ? [...campaigns][0] : undefined,
			),
		);
	}
	// The weekly digest, on the week's first workday: each supervisor's open items, and for the officers
	// the completion of every open campaign.
	if (isFirstWorkdayOfWeek(today, calendar)) {
		const open = input.campaigns.filter((c) => compareDates(c.opensOn, today) <= 0);
		const bySupervisor = new Map<string, string[]>();
		for (const c of open)
			for (const p of c.people) {
				if (p.status !== 'due' && p.status !== 'overdue') continue;
				const s = p.supervisorEmployeeId ? input.supervisors.get(p.supervisorEmployeeId) : undefined;
				if (s) push(bySupervisor, s.id, `${p.name}: ${c.title}, ${p.status === 'overdue' ? 'overdue since' : 'due'} ${formatDate(p.dueOn)}.`);
			}
		for (const [id, lines] of bySupervisor) {
			const to = [...input.supervisors.values()].find((s) => s.id === id)!;
			out.push(message(to, `digest:${id}:${today}`, `This week: ${lines.length} open ${lines.length === 1 ? 'item' : 'items'} in your team`, 'Open certifications of the people you supervise:', lines, { href: url('/supervisor/'), label: 'Open your team' }, sendAtMs));
		}
		const queue = input.reviewQueue;
		const queueLines =
			queue && queue.awaitingSupervisor + queue.awaitingDetermination > 0
				? [`Disclosures: ${queue.awaitingSupervisor} waiting for a supervisor's review, ${queue.awaitingDetermination} waiting for your determination.`]
				: [];
		if (open.length || queueLines.length)
			for (const officer of input.officers) {
				const lines = [
					...open.map((c) => {
						const counted = c.people.filter((p) => p.status !== 'deferred');
						const done = counted.filter((p) => p.status === 'done').length;
						const overdue = counted.filter((p) => p.status === 'overdue').length;
						return `${c.title}: ${done} of ${counted.length} done, ${overdue} overdue (due ${formatDate(c.deadlineOn)}).`;
					}),
					...queueLines,
				];
				out.push(message(officer, `digest:${officer.id}:${today}`, 'This week: completion by campaign', 'Completion of the open campaigns:', lines, { href: url('/officer/'), label: 'Open the dashboard' }, sendAtMs));
			}
	}
	return out;
}
