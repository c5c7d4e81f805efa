/**
 * Benchmark of the signed-in area (Issue 4 §12), run by `npm run bench` after `npm run build`:
 * seeds 10,000 employees and 40,000 attestations into a fresh libSQL file, starts the built server,
 * then measures (1) the ethics officer dashboard's response time and (2) attestation submissions
 * from 50 concurrent clients: requests per second, p50/p99 latency, errors, and a count afterwards
 * proving every acknowledged submission is in the database. Exits 1 when a target is missed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createDb, type Db } from '../db/client';
import { migrateDb } from '../db/migrate';
import { attestations, campaigns, disclosureEvents, disclosures, gifts, userRoles, users } from '../db/schema';
import { createSession } from '../src/lib/server/session';
import { generateToken, sha256Hex } from '../src/lib/server/tokens';

/** Targets on the 2-core machines (issue 4 §12). */
const TARGETS = { dashboardP95Ms: 200, chartsP95Ms: 300, attestationP99Ms: 100 } as const;
const EMPLOYEES = 10_000;
const ATTESTATIONS = 40_000;
/** A year of disclosures (each reviewed and decided) and of gifts, for the officer's charts. */
const DISCLOSURES = 2_000;
const GIFTS = 5_000;
const WORK_UNITS = 40;
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SUBMISSIONS_PER_CLIENT = 40;
/**
 * Warm-up submissions per client before the measured run, on sessions of their own. A profile of the
 * server (GC events and event-loop stalls against each request's start) showed every request over
 * 100 ms within the first ~600 ms of load: V8 compiling the route's hot code and its first
 * mark-compact, each stalling all 50 in-flight requests by 40–110 ms. After 500 submissions the
 * server is in the steady state a production server spends its days in (0.7 ms of CPU per request
 * instead of 1.0). The warm-up has its own sessions because each session may post 60 times in a
 * burst (POST_BUCKET, src/lib/server/throttle.ts): the measured clients start with a full budget.
 */
const WARMUP_PER_CLIENT = 10;
const DASHBOARD_RUNS = 40;
const CHUNK = 500;

const TODAY = new Date().toISOString().slice(0, 10);
const YEAR = Number(TODAY.slice(0, 4));
/** Four closed campaigns fully certified (4 × 10,000 = 40,000 rows) and the open one under test. */
const PAST = ['ethics', 'harassment', 'handbook', 'ap20'].map((k, i) => ({
	id: `${k}-${YEAR - 1}`,
	kind: (
		[
			'ethics-training',
			'harassment-training',
			'handbook-acknowledgement',
			'ap20-certificate',
		] as const
	)[i]!,
	opensOn: `${YEAR - 1}-01-01`,
	deadlineOn: `${YEAR - 1}-12-31`,
}));
const CURRENT = {
	id: `ethics-${YEAR}`,
	kind: 'ethics-training' as const,
	opensOn: `${YEAR}-01-01`,
	deadlineOn: TODAY,
};

function chunks<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
	});
}

/** Starts the built server (DIST_DIR, default dist) and waits until it answers; its pid gives its CPU time. */
async function startServer(
	env: Record<string, string>,
): Promise<{ baseUrl: string; child: ChildProcess; stop: () => Promise<void> }> {
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const dist = process.env.DIST_DIR ?? 'dist';
	const child = spawn('node', ['http-server/main.ts'], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SITE_URL: baseUrl, DIST_DIR: dist, ...env },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	for (const deadline = Date.now() + 30_000; ;) {
		try {
			if ((await fetch(`${baseUrl}/`)).ok) break;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null || Date.now() > deadline)
			throw new Error('The server did not start.');
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		baseUrl,
		child,
		stop: () => new Promise((r) => (child.once('exit', () => r()), child.kill('SIGTERM'))),
	};
}

/** CPU time (user + system) a process has used, in milliseconds (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

// Plain node:http with keep-alive: fetch costs the load generator more CPU than the server spends
// on a request, and both share the same two cores.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP request; resolves with status, location header and body. */
function send(
	url: string,
	options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; location: string; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request(
			url,
			{ method: options.method ?? 'GET', headers: options.headers, agent },
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (body += chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						location: String(res.headers.location ?? ''),
						body,
					}),
				);
			},
		);
		req.on('error', reject);
		req.end(options.body);
	});
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function seed(
	db: Db,
): Promise<{
	officerToken: string;
	clients: { token: string; name: string }[];
	warmClients: { token: string; name: string }[];
}> {
	const nowMs = Date.now();
	const text = 'I certify that I completed the annual training program.';
	await db.insert(campaigns).values(
		[...PAST, CURRENT].map((c) => ({
			...c,
			title: c.id,
			certificationText: text,
			textVersion: '1',
			textSha256: sha256Hex(text),
			createdAtMs: nowMs,
		})),
	);
	const people = Array.from({ length: EMPLOYEES }, (_, i) => ({
		id: `u${i}`,
		employeeId: `E${String(i).padStart(5, '0')}`,
		name: `Employee ${i}`,
		email: `employee${i}@illinois.gov`,
		workUnit: `Unit ${String(i % WORK_UNITS).padStart(2, '0')}`,
		supervisorEmployeeId: i % 20 === 0 ? null : `E${String(i - (i % 20)).padStart(5, '0')}`,
		hireOn: '2015-01-05',
		filesSei: i % 20 === 0,
		createdAtMs: nowMs,
		updatedAtMs: nowMs,
	}));
	await db.transaction(async (tx) => {
		for (const part of chunks(people, CHUNK)) await tx.insert(users).values(part);
		for (const part of chunks(people, CHUNK))
			await tx
				.insert(userRoles)
				.values(part.map((p) => ({ userId: p.id, role: 'employee' as const })));
		await tx.insert(userRoles).values({ userId: 'u0', role: 'ethics-officer' });
		// A year of history: last year's certifications spread over its days (the charts' burn-up).
		const yearStartMs = Date.parse(`${YEAR - 1}-01-01T15:00:00Z`);
		const rows = PAST.flatMap((c) =>
			people.map((p, index) => ({
				id: `${c.id}-${p.id}`,
				userId: p.id,
				campaignId: c.id,
				textVersion: '1',
				textSha256: sha256Hex(text),
				signature: p.name,
				signedAtMs: yearStartMs + (index % 365) * 86_400_000,
				address: '127.0.0.1',
				userAgent: 'seed',
				idempotencyKey: `seed-${c.id}-${p.id}`,
			})),
		).slice(0, ATTESTATIONS);
		for (const part of chunks(rows, CHUNK)) await tx.insert(attestations).values(part);
		// A year of disclosures with their review steps, and of gifts, for the charts of last year.
		const disclosureRows = Array.from({ length: DISCLOSURES }, (_, i) => ({
			id: `d${i}`,
			userId: `u${(i * 13) % EMPLOYEES}`,
			kind: 'secondary-employment' as const,
			description: 'Weekend work',
			counterparty: `Employer ${i % 50}`,
			submittedAtMs: yearStartMs + (i % 330) * 86_400_000,
			idempotencyKey: `seed-d${i}`,
		}));
		for (const part of chunks(disclosureRows, CHUNK)) await tx.insert(disclosures).values(part);
		const events = disclosureRows.flatMap((d, i) => [
			{ id: `${d.id}-r`, disclosureId: d.id, actorUserId: 'u0', outcome: 'supervisor-reviewed' as const, notes: '', atMs: d.submittedAtMs + (1 + (i % 9)) * 86_400_000, idempotencyKey: `seed-${d.id}-r` },
			{ id: `${d.id}-d`, disclosureId: d.id, actorUserId: 'u0', outcome: 'no-conflict' as const, notes: '', atMs: d.submittedAtMs + (12 + (i % 20)) * 86_400_000, idempotencyKey: `seed-${d.id}-d` },
		]);
		for (const part of chunks(events, CHUNK)) await tx.insert(disclosureEvents).values(part);
		const giftRows = Array.from({ length: GIFTS }, (_, i) => ({
			id: `g${i}`,
			userId: `u${(i * 7) % EMPLOYEES}`,
			source: `Provider ${i % 60}`,
			receivedOn: `${YEAR - 1}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
			valueCents: 1_000 + (i % 90) * 100,
			kind: 'meal',
			disposition: 'kept',
			detailsJson: '{}',
			needsNotice: i % 5 === 0,
			recordedAtMs: nowMs,
			idempotencyKey: `seed-g${i}`,
		}));
		for (const part of chunks(giftRows, CHUNK)) await tx.insert(gifts).values(part);
	});
	const officerToken = (await createSession(db, 'u0', nowMs)).token;
	const sessionsFor = async (offset: number) => {
		const out = [];
		for (let i = 1; i <= CLIENTS; i++)
			out.push({
				token: (await createSession(db, `u${i * 7 + offset}`, nowMs)).token,
				name: `Employee ${i * 7 + offset}`,
			});
		return out;
	};
	return { officerToken, clients: await sessionsFor(0), warmClients: await sessionsFor(3) };
}

async function main(): Promise<number> {
	// BENCH_DB_DIR keeps the seeded database for profiling; by default a temporary folder is removed.
	const dir = process.env.BENCH_DB_DIR ?? mkdtempSync(join(tmpdir(), 'portal-bench-'));
	const url = `file:${join(dir, 'portal.db')}`;
	let server: Awaited<ReturnType<typeof startServer>> | undefined;
	try {
		const db = await createDb({ url });
		await migrateDb(db);
		const seedStart = performance.now();
		const { officerToken, clients, warmClients } = await seed(db);
		const [counts] = await db.all<{ u: number; a: number }>(
			sql`SELECT (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM attestations) AS a`,
		);
		console.log(
			`Seeded ${counts!.u} employees and ${counts!.a} attestations in ${ms(performance.now() - seedStart)}.`,
		);

		server = await startServer({ DATABASE_URL: url, NODE_ENV: 'production' });
		const base = server.baseUrl;
		const serverPid = server.child.pid!;

		// 1. Dashboard: sequential requests after a warm-up.
		const dashboard = async () => {
			const start = performance.now();
			const res = await send(`${base}/officer/?campaign=${CURRENT.id}`, {
				headers: { cookie: `session=${officerToken}` },
			});
			if (res.status !== 200 || !res.body.includes('data-testid="completion-total"'))
				throw new Error(`dashboard answered ${res.status}`);
			return performance.now() - start;
		};
		for (let i = 0; i < 3; i++) await dashboard();
		const dashTimes: number[] = [];
		const dashCpu0 = cpuMs(serverPid);
		for (let i = 0; i < DASHBOARD_RUNS; i++) dashTimes.push(await dashboard());
		const dashCpuMs = (cpuMs(serverPid) - dashCpu0) / DASHBOARD_RUNS;
		dashTimes.sort((a, b) => a - b);
		const dashP95 = percentile(dashTimes, 95);
		console.log(
			`Dashboard (${EMPLOYEES} employees, ${DASHBOARD_RUNS} requests): p50 ${ms(percentile(dashTimes, 50))}, p95 ${ms(dashP95)} (target < ${TARGETS.dashboardP95Ms} ms); server CPU ${ms(dashCpuMs)} per request`,
		);

		// 1b. The officer's charts (issue 14 §4) on last year's first campaign: 10,000 people, a year of days.
		const chartsPage = async () => {
			const start = performance.now();
			const res = await send(`${base}/officer/charts/?campaign=${PAST[0]!.id}&year=${YEAR - 1}`, { headers: { cookie: `session=${officerToken}` } });
			if (res.status !== 200 || !res.body.includes('id="chart-burn-up-title"')) throw new Error(`charts page answered ${res.status}`);
			return performance.now() - start;
		};
		for (let i = 0; i < 3; i++) await chartsPage();
		const chartTimes: number[] = [];
		for (let i = 0; i < DASHBOARD_RUNS; i++) chartTimes.push(await chartsPage());
		chartTimes.sort((a, b) => a - b);
		const chartsP95 = percentile(chartTimes, 95);
		console.log(
			`Officer charts (${EMPLOYEES} employees, a year of history, ${DASHBOARD_RUNS} requests): p50 ${ms(percentile(chartTimes, 50))}, p95 ${ms(chartsP95)} (target < ${TARGETS.chartsP95Ms} ms)`,
		);

		// 1c. Last year's annual compliance report: two training periods of 10,000 people, and the SEI filers.
		const reportPage = async () => {
			const start = performance.now();
			const res = await send(`${base}/officer/report/${YEAR - 1}/`, { headers: { cookie: `session=${officerToken}` } });
			if (res.status !== 200 || !res.body.includes('data-testid="report-summary"')) throw new Error(`report answered ${res.status}`);
			return performance.now() - start;
		};
		for (let i = 0; i < 2; i++) await reportPage();
		const reportTimes: number[] = [];
		for (let i = 0; i < 10; i++) reportTimes.push(await reportPage());
		reportTimes.sort((a, b) => a - b);
		console.log(`Annual compliance report (${EMPLOYEES} employees, 2 training periods, 10 requests): p50 ${ms(percentile(reportTimes, 50))}, max ${ms(reportTimes.at(-1)!)} (reported, no target)`);

		// 2. Attestations: 50 clients, each submitting in a loop, after a warm-up round (reported, not
		// measured; see WARMUP_PER_CLIENT).
		const submit = async (client: (typeof clients)[number], into: { latencies: number[]; acknowledged: string[]; errors: number }) => {
			const key = generateToken();
			const t0 = performance.now();
			try {
				const res = await send(`${base}/account/attest/${CURRENT.id}/`, {
					method: 'POST',
					headers: {
						cookie: `session=${client.token}`,
						origin: base,
						'content-type': 'application/x-www-form-urlencoded',
					},
					body: new URLSearchParams({
						idempotencyKey: key,
						confirm: 'yes',
						signature: client.name,
					}).toString(),
				});
				if (res.status === 303 && res.location.startsWith('/account/receipts/')) into.acknowledged.push(key);
				else into.errors += 1;
			} catch {
				into.errors += 1;
			}
			into.latencies.push(performance.now() - t0);
		};
		// The seeding left this process (the load generator) a large heap; collect it now so that the
		// client's own GC pauses are not counted as server latency (npm run bench passes --expose-gc).
		(globalThis as { gc?: () => void }).gc?.();
		const warm = { latencies: [] as number[], acknowledged: [] as string[], errors: 0 };
		await Promise.all(warmClients.map(async (client) => {
			for (let i = 0; i < WARMUP_PER_CLIENT; i++) await submit(client, warm);
		}));
		warm.latencies.sort((a, b) => a - b);
		console.log(`Attestation warm-up (${warm.latencies.length} submissions, not measured): max ${ms(warm.latencies.at(-1) ?? 0)}, errors ${warm.errors}`);
		const before = (await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM attestations`))[0]!.n;
		const run = { latencies: [] as number[], acknowledged: [] as string[], errors: 0 };
		const { latencies, acknowledged } = run;
		const started = performance.now();
		const cpu0 = cpuMs(serverPid);
		await Promise.all(
			clients.map(async (client) => {
				for (let i = 0; i < SUBMISSIONS_PER_CLIENT; i++) await submit(client, run);
			}),
		);
		const errors = run.errors + warm.errors;
		const elapsedS = (performance.now() - started) / 1000;
		const attestCpuMs = (cpuMs(serverPid) - cpu0) / latencies.length;
		latencies.sort((a, b) => a - b);
		const p99 = percentile(latencies, 99);
		const after = (await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM attestations`))[0]!.n;
		const stored = (
			await db.all<{ n: number }>(
				sql`SELECT count(*) AS n FROM attestations WHERE idempotency_key IN (SELECT value FROM json_each(${JSON.stringify(acknowledged)}))`,
			)
		)[0]!.n;
		const lost = acknowledged.length - stored;
		console.log(
			`Attestations (${CLIENTS} concurrent clients, ${latencies.length} submissions): ${(latencies.length / elapsedS).toFixed(0)} req/s, ` +
				`p50 ${ms(percentile(latencies, 50))}, p99 ${ms(p99)} (target < ${TARGETS.attestationP99Ms} ms), errors ${errors}, ` +
				`acknowledged ${acknowledged.length}, stored ${stored} (rows ${before} → ${after}), lost ${lost}; server CPU ${ms(attestCpuMs)} per request`,
		);
		db.$client.close();

		const misses = [
			dashP95 >= TARGETS.dashboardP95Ms &&
				`dashboard p95 ${ms(dashP95)} ≥ ${TARGETS.dashboardP95Ms} ms`,
			chartsP95 >= TARGETS.chartsP95Ms && `charts p95 ${ms(chartsP95)} ≥ ${TARGETS.chartsP95Ms} ms`,
			p99 >= TARGETS.attestationP99Ms &&
				`attestation p99 ${ms(p99)} ≥ ${TARGETS.attestationP99Ms} ms`,
			errors > 0 && `${errors} errors`,
			lost !== 0 && `${lost} acknowledged submissions missing`,
			after - before !== acknowledged.length &&
				`row count grew by ${after - before}, expected ${acknowledged.length}`,
		].filter(Boolean);
		if (misses.length) console.log(`MISSED: ${misses.join('; ')}`);
		return misses.length ? 1 : 0;
	} finally {
		agent.destroy();
		await server?.stop();
		if (!process.env.BENCH_DB_DIR) rmSync(dir, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	},
);
