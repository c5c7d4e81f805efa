import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '@db/client';
import { campaigns, gifts, outbox, seiFilings, userRoles, users } from '@db/schema';
import { writeTransaction } from '@db/write-queue';
import { addDays } from '@rules/dates';
import { createWorkdayCalendar, type WorkdayCalendar } from '@rules/calendar/workday-calendar';
import { campaignRosterStatus } from '../dashboard';
import { instantInIllinois, isoDateInIllinois } from '../today';
import { loadSchedules } from './campaign-schedule';
import { queueMessage, type NewMessage } from './outbox';
import { nextSendInstant, SEND_HOUR } from './send-window';
import { loadDisclosures } from '../disclosures';
import { DEFAULT_SCHEDULE, openingMessage, planMail, type PlanCampaign, type PlanReview, type Recipient } from './plan';
import type { Tx } from '@db/client';

/** Campaigns whose deadline is this far past still escalate (10 workdays ≈ 2 weeks, plus a new employee's 30 days). */
const LOOKBACK_DAYS = 60;

/**
 * The messages of the agency's day (plan.ts), from the database: open campaigns' standings on that
 * day, their schedules, supervisors and officers. Nothing is written: the preview uses it as it is.
 */
export async function planDay(
	db: Db,
	options: { day: string; baseUrl: string; calendar?: WorkdayCalendar },
): Promise<NewMessage[]> {
	const { day } = options;
	const open = await db
		.select()
		.from(campaigns)
		.where(and(lte(campaigns.opensOn, day), gte(campaigns.deadlineOn, addDays(day, -LOOKBACK_DAYS))));
	const schedules = await loadSchedules(db);
	const planCampaigns: PlanCampaign[] = [];
	const supervisorIds = new Set<string>();
	for (const c of open) {
		const people = await campaignRosterStatus(db, c, day, null);
		for (const p of people) if (p.supervisorEmployeeId) supervisorIds.add(p.supervisorEmployeeId);
		planCampaigns.push({ id: c.id, title: c.title, opensOn: c.opensOn, deadlineOn: c.deadlineOn, schedule: schedules.get(c.id) ?? DEFAULT_SCHEDULE, people });
	}
	// Disclosures still waiting for the supervisor (a correction replaces the one it supersedes).
	const records = await loadDisclosures(db);
	const superseded = new Set(records.map((r) => r.disclosure.supersedesId).filter(Boolean));
	const reviews: PlanReview[] = records
		.filter((r) => r.stage === 'awaiting-supervisor' && r.owner.supervisorEmployeeId && !superseded.has(r.disclosure.id))
		.map((r) => ({ disclosureId: r.disclosure.id, ownerName: r.owner.name, submittedOn: isoDateInIllinois(r.disclosure.submittedAtMs), supervisorEmployeeId: r.owner.supervisorEmployeeId! }));
	for (const r of reviews) supervisorIds.add(r.supervisorEmployeeId);
	const supervisors = new Map<string, Recipient>();
	if (supervisorIds.size)
		for (const s of await db
			.select({ id: users.id, name: users.name, email: users.email, employeeId: users.employeeId })
			.from(users)
			.where(and(eq(users.active, true), inArray(users.employeeId, [...supervisorIds]))))
			supervisors.set(s.employeeId!, { id: s.id, name: s.name, email: s.email });
	const officers = await db
		.select({ id: users.id, name: users.name, email: users.email })
		.from(users)
		.innerJoin(userRoles, eq(userRoles.userId, users.id))
		.where(and(eq(users.active, true), eq(userRoles.role, 'ethics-officer')));
	// Gifts whose written notice is still ahead (a corrected entry replaces the one it supersedes).
	const giftRows = await db
		.select({ id: gifts.id, supersedesId: gifts.supersedesId, receivedOn: gifts.receivedOn, noticeDueOn: gifts.noticeDueOn, owner: { id: users.id, name: users.name, email: users.email } })
		.from(gifts)
		.innerJoin(users, eq(users.id, gifts.userId))
		.where(and(eq(gifts.needsNotice, true), gte(gifts.noticeDueOn, day), eq(users.active, true)));
	const replaced = new Set(giftRows.map((g) => g.supersedesId).filter(Boolean));
	const giftNotices = giftRows
		.filter((g) => !replaced.has(g.id) && g.noticeDueOn)
		.map((g) => ({ giftId: g.id, owner: g.owner, receivedOn: g.receivedOn, noticeDueOn: g.noticeDueOn! }));
	// SEI filers (roster flag) without a filing recorded for this year.
	const filedThisYear = new Set(
		(await db.select({ userId: seiFilings.userId }).from(seiFilings).where(eq(seiFilings.year, Number(day.slice(0, 4))))).map((f) => f.userId),
	);
	const seiFilers = (
		await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(and(eq(users.active, true), eq(users.filesSei, true)))
	).filter((u) => !filedThisYear.has(u.id));
	return planMail({
		today: day,
		calendar: options.calendar ?? createWorkdayCalendar(),
		baseUrl: options.baseUrl,
		sendAtMs: instantInIllinois(day, SEND_HOUR),
		campaigns: planCampaigns,
		supervisors,
		officers,
		reviews,
		giftNotices,
		seiFilers,
		reviewQueue: {
			awaitingSupervisor: records.filter((r) => r.stage === 'awaiting-supervisor' && !superseded.has(r.disclosure.id)).length,
			awaitingDetermination: records.filter((r) => r.stage === 'awaiting-determination' && !superseded.has(r.disclosure.id)).length,
		},
	});
}

/**
 * Plans the agency's day and queues it, in one transaction; the messages' dedupe keys make a second
 * run the same day queue nothing new. The clock is a parameter.
 * @returns the day planned and how many messages were newly queued
 */
export async function queueDailyMail(
	db: Db,
	options: { nowMs: number; baseUrl: string; calendar?: WorkdayCalendar },
): Promise<{ day: string; planned: number; queued: number }> {
	const day = isoDateInIllinois(options.nowMs);
	const messages = await planDay(db, { day, baseUrl: options.baseUrl, calendar: options.calendar });
	// The plan reruns every few minutes: find what is already queued with a read (WAL readers never
	// wait), so the write transaction, which holds up every other write, carries only what is new.
	const keys = messages.map((m) => m.dedupeKey!).filter(Boolean);
	const known = new Set<string>();
	for (let i = 0; i < keys.length; i += 500)
		for (const row of await db.select({ key: outbox.dedupeKey }).from(outbox).where(inArray(outbox.dedupeKey, keys.slice(i, i + 500))))
			if (row.key) known.add(row.key);
	const fresh = messages.filter((m) => !m.dedupeKey || !known.has(m.dedupeKey));
	let queued = 0;
	if (fresh.length)
		await writeTransaction(db, async (tx) => {
			queued = 0;
			for (const m of fresh) if (await queueMessage(tx, m, options.nowMs)) queued += 1;
		});
	return { day, planned: messages.length, queued };
}

/**
 * Queues the opening message of a campaign for everyone it applies to, in the transaction that opens
 * it (a campaign opened with a date already reached; one opening later is the daily plan's). The
 * same dedupe keys as the plan's, so nobody is told twice.
 * @returns how many were queued
 */
export async function queueCampaignOpening(
	tx: Tx,
	campaign: { id: string; title: string; opensOn: string; deadlineOn: string },
	options: { nowMs: number; baseUrl: string },
): Promise<number> {
	const today = isoDateInIllinois(options.nowMs);
	if (campaign.opensOn > today) return 0;
	const people = await campaignRosterStatus(tx, campaign, today, null);
	const plan: PlanCampaign = { ...campaign, schedule: DEFAULT_SCHEDULE, people };
	const sendAtMs = nextSendInstant(options.nowMs);
	let queued = 0;
	for (const p of people) {
		if (p.status === 'done' || p.status === 'deferred') continue;
		if (await queueMessage(tx, openingMessage(plan, p, options.baseUrl, sendAtMs), options.nowMs)) queued += 1;
	}
	return queued;
}
