import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attestations, campaigns, disclosureEvents, disclosures, gifts, users } from '@db/schema';
import { giftNotices } from '@lib/server/gift-register';
import { campaignRosterStatus, overdueList, unitCompletion } from '@lib/server/dashboard';
import { burnUp, certifiedBy, completionRanking, giftsBySource, OVERDUE_AGES, overdueAgeing, reviewStageList, reviewTimes } from '@lib/server/charts/officer-charts';
import { ageingChart, burnUpChart, completionChart, giftsChart, reviewTimeChart } from '@lib/server/charts/officer-chart-svgs';
import { createTempDb } from '../../db/temp-db';

/**
 * Issue 14 §1 §5: each chart's numbers against the lists they summarise, on seeded data — the
 * overdue bands against the overdue list each bar opens, the units against the dashboard's
 * completion, the burn-up's last day against the people certified — and a certification late in
 * the evening in Illinois counted on that Illinois day, not the UTC one.
 */

let t: Awaited<ReturnType<typeof createTempDb>>;
const TODAY = '2026-05-15';
const CAMPAIGN = {
	id: 'ethics-2026',
	kind: 'ethics-training' as const,
	title: 'Ethics 2026',
	opensOn: '2026-03-01',
	deadlineOn: '2026-04-30',
	certificationText: 'I certify.',
	textVersion: '1',
	textSha256: 'h',
	createdAtMs: 0,
};
// [employee id, work unit, hired, on leave since, certified at (UTC instant) or null]
const PEOPLE: [string, string, string, string | null, string | null][] = [
	['E1', 'North', '2010-01-01', null, '2026-03-08T05:30:00Z'], // 23:30 CST on March 7
	['E2', 'North', '2010-01-01', null, '2026-03-08T06:30:00Z'], // 00:30 CST on March 8
	['E3', 'North', '2010-01-01', null, null], // overdue 15 days
	['E4', 'North', '2010-01-01', '2026-04-01', null], // on leave over the deadline: deferred
	['E5', 'South', '2010-01-01', null, '2026-04-29T16:00:00Z'],
	['E6', 'South', '2010-01-01', null, null], // overdue 15 days
	['E7', 'South', '2026-04-08', null, null], // new employee, due 2026-05-08: overdue 7 days
	['E8', 'East', '2010-01-01', null, '2026-05-01T15:00:00Z'], // certified late
	['E9', 'East', '2026-03-20', null, null], // new, due 2026-04-19: overdue 26 days
];

beforeAll(async () => {
	t = await createTempDb();
	await t.db.insert(campaigns).values([CAMPAIGN, { ...CAMPAIGN, id: 'old', opensOn: '2025-03-01', deadlineOn: '2025-04-30' }]);
	for (const [emp, unit, hireOn, onLeaveSince, at] of PEOPLE) {
		await t.db.insert(users).values({ id: emp, employeeId: emp, name: emp, email: `${emp}@x.gov`, workUnit: unit, hireOn, onLeaveSince, createdAtMs: 0, updatedAtMs: 0 });
		if (at) {
			const ms = Date.parse(at);
			await t.db.insert(attestations).values({ id: `a-${emp}`, userId: emp, campaignId: CAMPAIGN.id, textVersion: '1', textSha256: 'h', signature: emp, signedAtMs: ms, address: 'x', userAgent: 'x', idempotencyKey: `k-${emp}` });
			// A correction later does not count the person twice; last year's campaign is not this one.
			await t.db.insert(attestations).values({ id: `b-${emp}`, userId: emp, campaignId: CAMPAIGN.id, textVersion: '1', textSha256: 'h', signature: emp, signedAtMs: ms + 86_400_000 * 3, address: 'x', userAgent: 'x', idempotencyKey: `l-${emp}`, supersedesId: `a-${emp}` });
		}
	}
	await t.db.insert(attestations).values({ id: 'old-E3', userId: 'E3', campaignId: 'old', textVersion: '1', textSha256: 'h', signature: 'E3', signedAtMs: Date.parse('2025-03-10T15:00:00Z'), address: 'x', userAgent: 'x', idempotencyKey: 'k-old' });
	// A departed employee never counts.
	await t.db.insert(users).values({ id: 'X1', employeeId: 'X1', name: 'X1', email: 'x1@x.gov', workUnit: 'North', active: false, createdAtMs: 0, updatedAtMs: 0 });
});
afterAll(() => t.cleanup());

describe('issue 14 overdue ageing: each band counts exactly the people its bar opens', () => {
	test.each([null, 'North', 'South', 'East'])('work unit %s', async (unit) => {
		const bands = await overdueAgeing(t.db, CAMPAIGN, TODAY, unit);
		for (const band of OVERDUE_AGES) {
			const listed = await overdueList(t.db, CAMPAIGN, TODAY, unit, undefined, band);
			expect(bands.find((b) => b.id === band.id)?.people).toBe(listed.length);
		}
		const everyone = await overdueList(t.db, CAMPAIGN, TODAY, unit);
		expect(bands.reduce((n, b) => n + b.people, 0)).toBe(everyone.length);
	});
	test('the seeded people fall in the bands their due dates give', async () => {
		expect((await overdueAgeing(t.db, CAMPAIGN, TODAY, null)).map((b) => [b.id, b.people])).toEqual([
			['0-7', 1],
			['8-30', 3],
			['31+', 0],
		]);
	});
});

describe('issue 14 completion by work unit: the chart’s numbers are the dashboard’s', () => {
	test('units lowest first, each equal to the dashboard’s completion; agency over everyone not deferred', async () => {
		const { units, agencyPercent } = await completionRanking(t.db, CAMPAIGN, TODAY);
		const dashboard = await unitCompletion(t.db, CAMPAIGN, TODAY, null);
		expect([...units].sort((a, b) => (a.workUnit < b.workUnit ? -1 : 1))).toEqual(dashboard);
		expect(units.map((u) => u.percentDone)).toEqual([...units.map((u) => u.percentDone)].sort((a, b) => a - b));
		const statuses = await campaignRosterStatus(t.db, CAMPAIGN, TODAY, null);
		const counted = statuses.filter((s) => s.status !== 'deferred');
		expect(agencyPercent).toBe(Math.floor((100 * counted.filter((s) => s.status === 'done').length) / counted.length));
	});
});

describe('issue 14 completion over time (burn-up)', () => {
	test('one point per day from the opening to today; the last is everyone certified; the required line is everyone not deferred', async () => {
		const series = await burnUp(t.db, CAMPAIGN, TODAY, null);
		const statuses = await campaignRosterStatus(t.db, CAMPAIGN, TODAY, null);
		expect(series.days[0]?.day).toBe(CAMPAIGN.opensOn);
		expect(series.days.at(-1)).toEqual({ day: TODAY, certified: statuses.filter((s) => s.status === 'done').length });
		expect(series.required).toBe(statuses.filter((s) => s.status !== 'deferred').length);
		expect(series.days.every((d, i) => i === 0 || d.certified >= series.days[i - 1]!.certified)).toBe(true);
	});
	test('a certification at 23:30 in Illinois counts on that Illinois day (March 7), one at 00:30 on the next', async () => {
		const { days } = await burnUp(t.db, CAMPAIGN, TODAY, 'North');
		const on = (day: string) => days.find((d) => d.day === day)?.certified;
		expect([on('2026-03-06'), on('2026-03-07'), on('2026-03-08')]).toEqual([0, 1, 2]);
	});
	test('each point opens exactly the people it counts (the 23:30 certification on March 7 among them)', async () => {
		const { days } = await burnUp(t.db, CAMPAIGN, TODAY, null);
		for (const d of days.filter((_, i) => i % 5 === 0 || i === days.length - 1)) {
			const list = await certifiedBy(t.db, CAMPAIGN, d.day, null);
			expect([list.total, list.people.length]).toEqual([d.certified, d.certified]);
		}
		expect((await certifiedBy(t.db, CAMPAIGN, '2026-03-07', 'North')).people.map((p) => p.id)).toEqual(['E1']);
		const svg = burnUpChart(CAMPAIGN.id, null, await burnUp(t.db, CAMPAIGN, TODAY, null), TODAY);
		expect(svg).toContain('href="/officer/charts/?campaign=ethics-2026&amp;by=2026-03-08#certified-by"');
	});
	test('filtered to a work unit, it counts that unit’s people only', async () => {
		expect((await burnUp(t.db, CAMPAIGN, TODAY, 'East')).days.at(-1)?.certified).toBe(1);
	});
});

describe('issue 14 §1 the charts as SVG: a title, a description, links to the lists, no inline style', () => {
	test('each chart', async () => {
		const { units, agencyPercent } = await completionRanking(t.db, CAMPAIGN, TODAY);
		const svgs = [
			completionChart(CAMPAIGN.id, units, agencyPercent),
			ageingChart(CAMPAIGN.id, null, await overdueAgeing(t.db, CAMPAIGN, TODAY, null)),
			burnUpChart(CAMPAIGN.id, null, await burnUp(t.db, CAMPAIGN, TODAY, null), TODAY),
		];
		for (const svg of svgs) {
			const open = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
			expect(open).toContain('role="group"');
			expect(open).toMatch(/aria-labelledby="chart-[a-z-]+-title"/);
			expect(open).toMatch(/aria-describedby="chart-[a-z-]+-desc"/);
			expect(svg).toMatch(/<title id="chart-[a-z-]+-title">[^<]+<\/title><desc id="chart-[a-z-]+-desc">[^<]+<\/desc>/);
			expect(svg).not.toMatch(/<style|style="/);
			expect(svg).toMatch(/<a [^>]*href="\/officer\/(charts\/)?\?campaign=ethics-2026/);
		}
		expect(svgs[1]).toContain('href="/officer/?campaign=ethics-2026&amp;age=8-30#overdue"');
		expect(svgs[0]).toContain(`Agency ${agencyPercent}%`);
		if (process.env.PRINT_CHART) console.log(svgs[0]);
	});
});

const at = (iso: string) => Date.parse(iso);
describe('issue 14 disclosure review time: by the month (Illinois) each stage finished, median and 90th percentile by nearest rank', () => {
	beforeAll(async () => {
		// [id, submitted, supervisor reviewed, decided]
		const cases: [string, string, string | null, string | null][] = [
			['d1', '2026-01-05T15:00:00Z', '2026-01-07T15:00:00Z', '2026-01-20T15:00:00Z'], // 2 days, then 13
			['d2', '2026-01-10T15:00:00Z', '2026-01-14T15:00:00Z', null], // 4 days; still with the officer
			['d3', '2026-01-20T15:00:00Z', '2026-01-30T15:00:00Z', '2026-02-03T15:00:00Z'], // 10 days, then 4 (in February)
			['d4', '2026-01-25T15:00:00Z', '2026-02-01T05:30:00Z', null], // 6.6 days, finished 23:30 CST on January 31: counts in January
			['d5', '2025-12-20T15:00:00Z', '2025-12-28T15:00:00Z', '2026-01-02T15:00:00Z'], // supervisor stage in 2025; determination in 2026
			['d6', '2026-01-06T15:00:00Z', null, null], // waiting for the supervisor: no stage finished
		];
		for (const [id, submitted, reviewed, decided] of cases) {
			await t.db.insert(disclosures).values({ id, userId: 'E1', kind: 'secondary-employment', description: 'x', counterparty: 'y', submittedAtMs: at(submitted), idempotencyKey: `k-${id}` });
			if (reviewed) await t.db.insert(disclosureEvents).values({ id: `${id}-r`, disclosureId: id, actorUserId: 'E2', outcome: 'supervisor-reviewed', notes: '', atMs: at(reviewed), idempotencyKey: `k-${id}-r` });
			if (decided) await t.db.insert(disclosureEvents).values({ id: `${id}-d`, disclosureId: id, actorUserId: 'E3', outcome: 'no-conflict', notes: '', atMs: at(decided), idempotencyKey: `k-${id}-d` });
		}
	});
	test('2026 by month and stage', async () => {
		expect(await reviewTimes(t.db, 2026)).toEqual([
			{ stage: 'determination', month: '2026-01', disclosures: 2, medianDays: 5, p90Days: 13 },
			{ stage: 'supervisor', month: '2026-01', disclosures: 4, medianDays: 4, p90Days: 10 },
			{ stage: 'determination', month: '2026-02', disclosures: 1, medianDays: 4, p90Days: 4 },
		]);
	});
	test('the year boundary: a stage finished in December 2025 counts in 2025 only', async () => {
		expect(await reviewTimes(t.db, 2025)).toEqual([{ stage: 'supervisor', month: '2025-12', disclosures: 1, medianDays: 8, p90Days: 8 }]);
	});
	test('each point opens exactly the disclosures it counts', async () => {
		for (const point of await reviewTimes(t.db, 2026)) {
			const listed = await reviewStageList(t.db, 2026, point.month, point.stage);
			expect(listed.length).toBe(point.disclosures);
			const days = listed.map((r) => r.days).sort((a, b) => a - b);
			expect(days[Math.ceil(0.5 * days.length) - 1]).toBe(point.medianDays);
			expect(days[Math.ceil(0.9 * days.length) - 1]).toBe(point.p90Days);
		}
		expect((await reviewStageList(t.db, 2026, '2026-01', 'supervisor')).map((r) => [r.id, r.days])).toEqual([['d3', 10], ['d4', 6.6], ['d2', 4], ['d1', 2]]);
		const svg = reviewTimeChart(2026, await reviewTimes(t.db, 2026));
		expect(svg).toContain('href="/officer/charts/?year=2026&amp;review=2026-01:supervisor#review-list"');
	});
	test('the chart says each stage’s medians in its description', async () => {
		const svg = reviewTimeChart(2026, await reviewTimes(t.db, 2026));
		expect(svg).toMatch(/Supervisor review: 2026-01 median 4 days/);
		expect(svg).not.toMatch(/<style|style="/);
	});
});

describe('issue 14 gifts by source and month: the notices a bar opens are the ones it counts', () => {
	beforeAll(async () => {
		const gift = (id: string, source: string, receivedOn: string, needsNotice: boolean, supersedesId: string | null = null) => ({
			id, userId: 'E1', source, receivedOn, valueCents: 5_000, kind: 'meal', disposition: 'kept', detailsJson: '{}', needsNotice, recordedAtMs: 0, idempotencyKey: `k-${id}`, supersedesId,
		});
		await t.db.insert(gifts).values([
			gift('g1', 'Acme Foster Care', '2026-01-10', true),
			gift('g2', 'Acme Foster Care', '2026-01-20', false),
			gift('g3', 'Acme Foster Care', '2026-03-02', true),
			gift('g3b', 'Acme Foster Care', '2026-03-02', true, 'g3'), // a correction of g3: counted once
			gift('g4', 'Best Providers', '2026-02-14', false),
			gift('g5', 'Best Providers', '2025-12-31', true), // last year
		]);
	});
	test('counts by source, most first, by month; corrections once; the year’s edges kept', async () => {
		expect(await giftsBySource(t.db, 2026)).toEqual([
			{ source: 'Acme Foster Care', gifts: 3, valueCents: 15_000, needNotice: 2, byMonth: { '2026-01': 2, '2026-03': 1 } },
			{ source: 'Best Providers', gifts: 1, valueCents: 5_000, needNotice: 0, byMonth: { '2026-02': 1 } },
		]);
		expect((await giftsBySource(t.db, 2025)).map((g) => g.source)).toEqual(['Best Providers']);
	});
	test('each source’s notices in the chart equal the drill-down list of its notices', async () => {
		for (const s of await giftsBySource(t.db, 2026)) {
			const listed = (await giftNotices(t.db, s.source)).filter((g) => g.gift.receivedOn.startsWith('2026'));
			expect(listed.length).toBe(s.needNotice);
		}
		const svg = giftsChart(2026, await giftsBySource(t.db, 2026));
		expect(svg).toContain('href="/officer/?source=Acme+Foster+Care#gifts"');
		expect(svg).toContain('2 need a notice');
	});
});
