#!/usr/bin/env node
// The one test command (`npm test`): type check, unit and integration tests (and the rules again in two
// far-off time zones), then a production build, then the end-to-end and built-site tests in Debian's
// Chromium. Exits non-zero if any step fails; the last line sums up every vitest run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium, ensurePdfTools } from './lib/chromium.mjs';

const reports = mkdtempSync(join(tmpdir(), 'portal-test-'));
const REPORTER = fileURLToPath(new URL('./lib/vitest-summary-reporter.mjs', import.meta.url));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {{ file: string; what: string }[]} */
const failures = [];

/** Runs a command with inherited output; returns its exit status. */
function exec(label, cmd, args, env = {}) {
	console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return r.status ?? 1;
}

function run(label, cmd, args, env = {}) {
	const status = exec(label, cmd, args, env);
	if (status !== 0) finish(`✖ ${label} failed (exit ${status}).`, status);
}

let runs = 0;
/** A vitest run whose counts join the summary. A file that fails to load, a failing hook and an
 * unhandled error count as failures (scripts/lib/vitest-summary-reporter.mjs); so does a run that
 * exits non-zero without saying why. */
function vitest(label, args, env = {}) {
	const file = join(reports, `run-${(runs += 1)}.json`);
	const status = exec(label, 'vitest', ['run', ...args, '--reporter=default', `--reporter=${REPORTER}`], { ...env, PORTAL_TEST_SUMMARY: file });
	let counted = 0;
	try {
		const summary = JSON.parse(readFileSync(file, 'utf8'));
		totals.passed += summary.passed;
		totals.skipped += summary.skipped;
		totals.failed += summary.failed;
		failures.push(...summary.failures);
		counted = summary.failed;
	} catch {
		// The run died before its reporter wrote anything; counted below.
	}
	if (status !== 0 && counted === 0) {
		totals.failed += 1;
		failures.push({ file: `(${label})`, what: `vitest exited ${status} before reporting a failure` });
	}
	if (status !== 0) finish(`✖ ${label} failed (exit ${status}).`, status);
}

function finish(message, code) {
	console.log(`\n${message}`);
	const files = [...new Set(failures.map((f) => f.file))];
	if (files.length > 0) {
		for (const f of failures) console.log(`  ✖ ${f.file} — ${f.what}`);
		console.log(`Failed in: ${files.join(', ')}`);
	}
	console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
	rmSync(reports, { recursive: true, force: true });
	process.exit(code);
}

const chromium = ensureChromium();
const pdftotext = ensurePdfTools();
run('content collection types', 'astro', ['sync']);
run('type check (TypeScript strict)', 'tsc', ['--noEmit', '-p', '.']);
run('astro check (.astro components and pages)', 'astro', ['check']);
run('lint (ESLint: typescript-eslint, eslint-plugin-astro)', 'eslint', ['.']);
vitest('unit and integration tests', []);
vitest('rules tests in far-off time zones (Pacific/Apia)', ['tests/rules'], { TZ: 'Pacific/Apia' });
vitest('rules tests in far-off time zones (America/Santiago)', ['tests/rules'], { TZ: 'America/Santiago' });
run('production build with search index', 'npm', ['run', 'build']);
vitest('end-to-end tests (Chromium)', ['--config', 'tests/e2e/vitest.config.ts'], { CHROMIUM_PATH: chromium, PDFTOTEXT_PATH: pdftotext });
// Issue 11: the site built again from a fixture with a second edition, for the editions tests.
const fixture = mkdtempSync(join(tmpdir(), 'portal-editions-'));
run('second-edition fixture', 'tsx', ['tests/fixtures/editions/make-second-edition.ts', fixture]);
run('build of the second-edition fixture', 'npm', ['run', 'build'], { CONTENT_DIR: join(fixture, 'content'), DIST_DIR: 'dist-editions' });
vitest('editions end-to-end tests (Chromium, fixture build)', ['--config', 'tests/e2e/editions/vitest.config.ts'], { CHROMIUM_PATH: chromium, PDFTOTEXT_PATH: pdftotext, DIST_DIR: 'dist-editions' });
rmSync(fixture, { recursive: true, force: true });
finish('✔ All test suites passed.', 0);
