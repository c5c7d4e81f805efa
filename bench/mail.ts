/**
 * Benchmark of mail delivery (issue 9 §6), run by `npm run bench` after `npm run build`: on a fresh
 * libSQL file with 10,000 employees it measures (1) planning and queuing the opening day of a
 * campaign for all of them, (2) the worker's sending rate to a local SMTP server, and (3) the ethics
 * officer dashboard's p95 in the built server while that server's own worker sends. Exits 1 when a
 * target is missed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { createDb } from '../db/client';
import { migrateDb } from '../db/migrate';
import { campaigns, userRoles, users } from '../db/schema';
import { addDays } from '../rules/dates';
import { createWorkdayCalendar } from '../rules/calendar/workday-calendar';
import { parseMailEnv } from '../src/lib/server/mail/env';
import { queueDailyMail } from '../src/lib/server/mail/scheduler';
import { createSmtpTransport } from '../src/lib/server/mail/transport';
import { createMailWorker } from '../src/lib/server/mail/worker';
import { createSession } from '../src/lib/server/session';
import { instantInIllinois, isoDateInIllinois } from '../src/lib/server/today';
import { sha256Hex } from '../src/lib/server/tokens';
import { freePort } from '../scripts/lib/serve.mjs';

const TARGETS = { queueMs: 5_000, messagesPerSecond: 100, dashboardP95Ms: 200 } as const;
const EMPLOYEES = 10_000;
const MEASURED_SENDS = 3_000;
const DASHBOARD_RUNS = 40;

const ms = (n: number) => `${n.toFixed(0)} ms`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** A local SMTP server that only counts what it accepts (parsing would compete for the two cores). */
async function countingSmtp(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
	let received = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, _session, callback) {
			stream.on('data', () => undefined);
			stream.on('end', () => {
				received += 1;
				callback();
			});
		},
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
	const { port } = server.server.address() as AddressInfo;
	return { url: `smtp://127.0.0.1:${port}`, count: () => received, close: () => new Promise((r) => server.close(() => r())) };
}

async function main(): Promise<number> {
	const dir = mkdtempSync(join(tmpdir(), 'portal-mail-bench-'));
	const url = `file:${join(dir, 'portal.db')}`;
	const smtp = await countingSmtp();
	let failed = 0;
	let child: ReturnType<typeof spawn> | undefined;
	try {
		const db = await createDb({ url });
		await migrateDb(db);
		// The next workday from today: the plan sends only on workdays, and its clock is a parameter.
		const calendar = createWorkdayCalendar();
		let day = isoDateInIllinois(Date.now());
		while (!calendar.isWorkday(day)) day = addDays(day, 1);
		const nowMs = Date.now();
		const text = 'I certify that I completed the annual ethics training program.';
		await db.insert(campaigns).values({ id: 'ethics-bench', kind: 'ethics-training', title: 'Ethics training (bench)', opensOn: day, deadlineOn: addDays(day, 30), certificationText: text, textVersion: '1', textSha256: sha256Hex(text), createdAtMs: nowMs });
		const people = Array.from({ length: EMPLOYEES }, (_, i) => ({
			id: `u${i}`,
			employeeId: `E${String(i).padStart(5, '0')}`,
			name: `Employee ${i}`,
			email: `employee${i}@illinois.gov`,
			workUnit: `Unit ${String(i % 40).padStart(2, '0')}`,
			supervisorEmployeeId: i % 20 === 0 ? null : `E${String(i - (i % 20)).padStart(5, '0')}`,
			hireOn: '2015-01-05',
			createdAtMs: nowMs,
			updatedAtMs: nowMs,
		}));
		await db.transaction(async (tx) => {
			for (let i = 0; i < people.length; i += 500) {
				const part = people.slice(i, i + 500);
				await tx.insert(users).values(part);
				await tx.insert(userRoles).values(part.map((p) => ({ userId: p.id, role: 'employee' as const })));
			}
			await tx.insert(userRoles).values({ userId: 'u0', role: 'ethics-officer' });
		});

		// (1) The opening day for 10,000 people, planned and queued.
		const t0 = performance.now();
		const plan = await queueDailyMail(db, { nowMs: instantInIllinois(day, 7), baseUrl: 'http://127.0.0.1' });
		const queueMs = performance.now() - t0;
		const ok1 = plan.queued >= EMPLOYEES && queueMs < TARGETS.queueMs;
		console.log(`Opening ${day} for ${EMPLOYEES} employees: ${plan.queued} messages queued in ${ms(queueMs)} (target < ${TARGETS.queueMs} ms) ${ok1 ? '✓' : '✗'}`);
		if (!ok1) failed += 1;

		// (2) The worker's rate to a local SMTP server.
		const env = parseMailEnv({ SMTP_URL: smtp.url });
		const transport = createSmtpTransport({ ...env, smtpUrl: env.smtpUrl! });
		const worker = createMailWorker({ db, transport, from: env.from, holder: 'bench', now: () => instantInIllinois(day, 9), ratePerSecond: 10_000, maxAttempts: 3, batchSize: 500 });
		const t1 = performance.now();
		while (smtp.count() < MEASURED_SENDS) {
			const round = await worker.runOnce();
			if (round.sent === 0) break;
		}
		const perSecond = (smtp.count() / (performance.now() - t1)) * 1000;
		await worker.stop();
		transport.close();
		const ok2 = perSecond >= TARGETS.messagesPerSecond;
		console.log(`Worker: ${smtp.count()} messages sent at ${perSecond.toFixed(0)} per second (target ≥ ${TARGETS.messagesPerSecond}) ${ok2 ? '✓' : '✗'}`);
		if (!ok2) failed += 1;

		// (3) The dashboard while the built server's own worker sends the rest.
		await db.run(sql`UPDATE outbox SET next_attempt_at_ms = 0 WHERE status = 'queued'`);
		const officer = (await createSession(db, 'u0', Date.now())).token;
		db.$client.close();
		const port = await freePort();
		const base = `http://127.0.0.1:${port}`;
		child = spawn('node', ['http-server/main.ts'], {
			env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SITE_URL: base, DIST_DIR: process.env.DIST_DIR ?? 'dist', DATABASE_URL: url, NODE_ENV: 'production', SMTP_URL: smtp.url, MAIL_RATE_PER_SECOND: '200', LOG_REQUESTS: 'off' },
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		for (const deadline = Date.now() + 30_000; ;) {
			if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
			if (Date.now() > deadline || child.exitCode !== null) throw new Error(`The server did not start (exit ${child.exitCode}); /healthz: ${await fetch(`${base}/healthz`).then((r) => r.text(), (e: Error) => e.message)}`);
			await new Promise((r) => setTimeout(r, 200));
		}
		const dashboard = async () => {
			const start = performance.now();
			const res = await fetch(`${base}/officer/?campaign=ethics-bench`, { headers: { cookie: `session=${officer}` } });
			await res.text();
			if (res.status !== 200) throw new Error(`dashboard answered ${res.status}`);
			return performance.now() - start;
		};
		await dashboard();
		const sentBefore = smtp.count();
		const times: number[] = [];
		for (let i = 0; i < DASHBOARD_RUNS; i++) times.push(await dashboard());
		const sentDuring = smtp.count() - sentBefore;
		times.sort((a, b) => a - b);
		const p95 = percentile(times, 95);
		const ok3 = p95 < TARGETS.dashboardP95Ms && sentDuring > 0;
		console.log(`Dashboard while sending (${sentDuring} messages went out meanwhile): p50 ${ms(percentile(times, 50))}, p95 ${ms(p95)} (target < ${TARGETS.dashboardP95Ms} ms) ${ok3 ? '✓' : '✗'}`);
		if (!ok3) failed += 1;
	} finally {
		if (child && child.exitCode === null) await new Promise((r) => (child!.once('exit', r), child!.kill('SIGTERM')));
		await smtp.close();
		rmSync(dir, { recursive: true, force: true });
	}
	return failed ? 1 : 0;
}

process.exit(await main());
