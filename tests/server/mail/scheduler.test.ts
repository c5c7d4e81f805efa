import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { outbox, seiFilings, users } from '@db/schema';
import { writeTransaction } from '@db/write-queue';
import { openCampaign } from '@lib/server/campaigns';
import { parseMailEnv } from '@lib/server/mail/env';
import { planDay, queueCampaignOpening, queueDailyMail } from '@lib/server/mail/scheduler';
import { nextSendInstant } from '@lib/server/mail/send-window';
import { CampaignScheduleInputSchema, saveSchedule, scheduleOf } from '@lib/server/mail/campaign-schedule';
import { DEFAULT_SCHEDULE } from '@lib/server/mail/plan';
import { inPlanningHours } from '@lib/server/mail/schedule-timer';
import { createSmtpTransport } from '@lib/server/mail/transport';
import { createMailWorker } from '@lib/server/mail/worker';
import { importRoster } from '@lib/server/roster';
import { parseRosterCsv } from '@lib/server/roster-csv';
import { instantInIllinois } from '@lib/server/today';
import { createTempDb } from '../../db/temp-db';
import { startSmtpCatcher, toOf } from './smtp-catcher';

let t: Awaited<ReturnType<typeof createTempDb>>;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;

const ROSTER = [
	'employee_id,name,email,work_unit,supervisor_id,hire_date,bargaining_unit,flags',
	'E100,Olive Officer,olive@illinois.gov,Ethics Office,,2010-01-04,,ethics-officer',
	'E200,Sam Supervisor,sam@illinois.gov,Cook North,,2011-02-01,RC-062,sei',
	'E300,Emma Employee,emma@illinois.gov,Cook North,E200,2012-03-05,RC-062,',
].join('\n');

beforeEach(async () => {
	t = await createTempDb();
	smtp = await startSmtpCatcher();
	const setupMs = Date.UTC(2026, 10, 1, 15);
	await writeTransaction(t.db, (tx) => importRoster(tx, parseRosterCsv(ROSTER), setupMs, '2026-11-01'));
	const [olive] = await t.db.select().from(users).where(eq(users.email, 'olive@illinois.gov'));
	await writeTransaction(t.db, (tx) =>
		openCampaign(
			tx,
			{ id: 'ethics-2026', kind: 'ethics-training', title: 'Ethics training 2026', opensOn: '2026-11-30', deadlineOn: '2026-12-14', certificationText: 'I completed the ethics training.', textVersion: '2026-1' },
			olive!.id,
			setupMs,
		),
	);
});
afterEach(async () => {
	await smtp.stop();
	t.cleanup();
});

describe('issue 9 §3–4 the day is planned from the database and queued once, at 08:00 agency time', () => {
	test('the opening day queues one message for each person, due to leave at 08:00 CST; a second run queues nothing', async () => {
		const nowMs = instantInIllinois('2026-11-30', 7) + 5 * 60_000;
		expect(await queueDailyMail(t.db, { nowMs, baseUrl: 'https://portal.example' })).toMatchObject({ day: '2026-11-30', queued: 5 });
		const rows = await t.db.select().from(outbox).orderBy(outbox.id);
		// Everyone on the roster is told the campaign opened; Monday also brings the weekly digest to
		// Emma's supervisor and to the ethics officer.
		expect(rows.map((r) => `${r.dedupeKey!.split(':')[0]} ${r.toEmail}`).sort()).toEqual([
			'campaign-open emma@illinois.gov',
			'campaign-open olive@illinois.gov',
			'campaign-open sam@illinois.gov',
			'digest olive@illinois.gov',
			'digest sam@illinois.gov',
		]);
		for (const r of rows) expect(r.nextAttemptAtMs).toBe(Date.UTC(2026, 10, 30, 14));
		expect(await queueDailyMail(t.db, { nowMs: nowMs + 3_600_000, baseUrl: 'https://portal.example' })).toMatchObject({ queued: 0 });
	});

	test('queued at 07:05, nothing leaves before 08:00; at 08:00 the opening mail goes with its .ics', async () => {
		const at = { ms: instantInIllinois('2026-11-30', 7) + 5 * 60_000 };
		await queueDailyMail(t.db, { nowMs: at.ms, baseUrl: 'https://portal.example' });
		const env = parseMailEnv({ SMTP_URL: smtp.url });
		const transport = createSmtpTransport({ ...env, smtpUrl: env.smtpUrl! });
		const worker = createMailWorker({ db: t.db, transport, from: env.from, holder: 'a', now: () => at.ms, ratePerSecond: 1000, maxAttempts: 3, sleep: async () => undefined });
		try {
			expect(await worker.runOnce()).toMatchObject({ sent: 0 });
			at.ms = instantInIllinois('2026-11-30', 8);
			expect(await worker.runOnce()).toMatchObject({ sent: 5 });
		} finally {
			transport.close();
		}
		const emma = smtp.received.find((m) => toOf(m) === 'emma@illinois.gov')!;
		expect(emma.subject).toBe('Ethics training 2026: due Monday, December 14, 2026');
		expect(emma.text).toContain('https://portal.example/account/attest/ethics-2026/');
		const ics = emma.attachments.find((a) => a.contentType === 'text/calendar')!;
		expect(ics.filename).toBe('due-2026-12-14.ics');
		expect(ics.content.toString()).toMatch(/DTSTART;VALUE=DATE:20261214/);
	});

	test('a Saturday plans nothing', async () => {
		expect(await queueDailyMail(t.db, { nowMs: instantInIllinois('2026-12-05', 9), baseUrl: 'https://portal.example' })).toMatchObject({ planned: 0, queued: 0 });
	});
});

describe('issue 9 §4 times follow the agency’s time zone (America/Chicago)', () => {
	test.each([
		['2026-12-07', 8, Date.UTC(2026, 11, 7, 14)],
		['2026-07-07', 8, Date.UTC(2026, 6, 7, 13)],
		// The Sunday clocks go back (2026-11-01) and forward (2026-03-08).
		['2026-11-01', 8, Date.UTC(2026, 10, 1, 14)],
		['2026-03-08', 8, Date.UTC(2026, 2, 8, 13)],
	])('%s %i:00 in Illinois is %i', (day, hour, ms) => {
		expect(instantInIllinois(day, hour)).toBe(ms);
	});
	test.each([
		[instantInIllinois('2026-12-07', 6) + 59 * 60_000, false],
		[instantInIllinois('2026-12-07', 7), true],
		[instantInIllinois('2026-12-07', 17) + 59 * 60_000, true],
		[instantInIllinois('2026-12-07', 18), false],
	])('planning hours 07:00–18:00: %i → %s', (ms, expected) => {
		expect(inPlanningHours(ms)).toBe(expected);
	});
});

describe('issue 9 §4 each campaign’s schedule is the ethics officer’s to set', () => {
	test('a saved schedule replaces the default: reminders 10 days before, not 14 or 7', async () => {
		expect(await scheduleOf(t.db, 'ethics-2026')).toEqual(DEFAULT_SCHEDULE);
		const [olive] = await t.db.select().from(users).where(eq(users.email, 'olive@illinois.gov'));
		const input = CampaignScheduleInputSchema.parse({ remindDaysBefore: '10', supervisorAfterWorkdays: '2', officerAfterWorkdays: '5' });
		await writeTransaction(t.db, (tx) => saveSchedule(tx, 'ethics-2026', input, olive!.id, Date.now()));
		expect(await scheduleOf(t.db, 'ethics-2026')).toEqual({ remindDaysBefore: [10], supervisorAfterWorkdays: 2, officerAfterWorkdays: 5 });
		const keysOn = async (day: string) => (await planDay(t.db, { day, baseUrl: 'https://portal.example' })).map((m) => `${m.dedupeKey!.split(':')[0]} ${m.toEmail}`);
		// December 4 is 10 days before the 14th; December 7 (7 days before) is no longer a reminder day.
		expect(await keysOn('2026-12-04')).toEqual(expect.arrayContaining(['reminders emma@illinois.gov']));
		expect((await keysOn('2026-12-07')).filter((k) => k.startsWith('reminders'))).toEqual([]);
		// The supervisor after 2 workdays: December 16.
		expect(await keysOn('2026-12-16')).toContain('escalations sam@illinois.gov');
	});

	test.each([
		[{ remindDaysBefore: '14, 7, x', supervisorAfterWorkdays: '3', officerAfterWorkdays: '10' }, 'remindDaysBefore', /expected whole numbers of days from 1 to 90 separated by commas, got "x"/],
		[{ remindDaysBefore: '7, 7', supervisorAfterWorkdays: '3', officerAfterWorkdays: '10' }, 'remindDaysBefore', /expected each number of days once/],
		[{ remindDaysBefore: '0', supervisorAfterWorkdays: '3', officerAfterWorkdays: '10' }, 'remindDaysBefore', /from 1 to 90/],
		[{ remindDaysBefore: '7', supervisorAfterWorkdays: '2.5', officerAfterWorkdays: '10' }, 'supervisorAfterWorkdays', /expected a whole number of workdays/],
		[{ remindDaysBefore: '7', supervisorAfterWorkdays: '5', officerAfterWorkdays: '5' }, 'officerAfterWorkdays', /the ethics officer hears after the supervisor/],
	])('bad schedule %j → %s', (raw, field, message) => {
		const parsed = CampaignScheduleInputSchema.safeParse(raw);
		expect(parsed.success).toBe(false);
		const issue = parsed.error!.issues[0]!;
		expect(issue.path.join('.')).toBe(field);
		expect(issue.message).toMatch(message);
	});

	test('reminders given in any order are kept longest first; none at all is allowed (only the due-day reminder)', () => {
		expect(CampaignScheduleInputSchema.parse({ remindDaysBefore: '1 7;14', supervisorAfterWorkdays: 3, officerAfterWorkdays: 10 }).remindDaysBefore).toEqual([14, 7, 1]);
		expect(CampaignScheduleInputSchema.parse({ remindDaysBefore: '', supervisorAfterWorkdays: 3, officerAfterWorkdays: 10 }).remindDaysBefore).toEqual([]);
	});
});

describe('issue 9 §3 opening a campaign tells everyone it applies to, in the transaction that opens it', () => {
	test('opened after its start date: one opening each, queued at once; the daily plan adds none', async () => {
		const nowMs = instantInIllinois('2026-12-02', 10);
		const [olive] = await t.db.select().from(users).where(eq(users.email, 'olive@illinois.gov'));
		const campaign = { id: 'harassment-2026', kind: 'harassment-training' as const, title: 'Harassment prevention 2026', opensOn: '2026-11-25', deadlineOn: '2026-12-31', certificationText: 'I completed it.', textVersion: '1' };
		const queued = await writeTransaction(t.db, async (tx) => {
			await openCampaign(tx, campaign, olive!.id, nowMs);
			return queueCampaignOpening(tx, campaign, { nowMs, baseUrl: 'https://portal.example' });
		});
		expect(queued).toBe(3);
		const rows = await t.db.select().from(outbox).where(eq(outbox.campaignId, 'harassment-2026'));
		expect(rows.map((r) => r.toEmail).sort()).toEqual(['emma@illinois.gov', 'olive@illinois.gov', 'sam@illinois.gov']);
		for (const r of rows) expect(r.nextAttemptAtMs).toBe(nowMs);
		await queueDailyMail(t.db, { nowMs, baseUrl: 'https://portal.example' });
		expect(await t.db.select().from(outbox).where(eq(outbox.campaignId, 'harassment-2026'))).toHaveLength(3);
	});

	test.each([
		['a workday at 10:00 → now', instantInIllinois('2026-12-02', 10), instantInIllinois('2026-12-02', 10)],
		['a workday at 06:30 → 08:00 that day', instantInIllinois('2026-12-02', 6) + 30 * 60_000, instantInIllinois('2026-12-02', 8)],
		['a workday at 19:00 → 08:00 the next workday', instantInIllinois('2026-12-02', 19), instantInIllinois('2026-12-03', 8)],
		['Saturday → Monday 08:00', instantInIllinois('2026-12-05', 11), instantInIllinois('2026-12-07', 8)],
		['Christmas Eve evening → Monday the 28th (Christmas is a holiday)', instantInIllinois('2026-12-24', 20), instantInIllinois('2026-12-28', 8)],
	])('§2.2, §2.7 %s', (_name, nowMs, expected) => {
		expect(nextSendInstant(nowMs)).toBe(expected);
	});
});

describe('issue 9 §3 Statement of Economic Interests reminders come from the roster flag and stop once filed', () => {
	test('§3.11 a week before April 23 the filer is reminded; with the filing recorded, not', async () => {
		const keysOn = async (day: string) => (await planDay(t.db, { day, baseUrl: 'https://portal.example' })).map((m) => `${m.dedupeKey!.split(':')[0]} ${m.toEmail}`);
		expect(await keysOn('2027-04-16')).toEqual(['reminders sam@illinois.gov']);
		const [sam, olive] = await Promise.all(['sam@illinois.gov', 'olive@illinois.gov'].map(async (email) => (await t.db.select().from(users).where(eq(users.email, email)))[0]!));
		await t.db.insert(seiFilings).values({ id: 'f1', userId: sam!.id, year: 2027, filedOn: '2027-04-10', recordedByUserId: olive!.id, recordedAtMs: Date.now(), idempotencyKey: 'k-f1' });
		expect(await keysOn('2027-04-16')).toEqual([]);
	});
});
