import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const REPORTER = fileURLToPath(new URL('../../scripts/lib/vitest-summary-reporter.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs vitest on the failing fixtures with npm test's summary reporter; returns what it wrote. */
function summarise() {
	const out = join(dir, 'summary.json');
	const r = spawnSync('npx', ['vitest', 'run', '--root', 'tests/fixtures/failing-suites', `--reporter=${REPORTER}`], {
		env: { ...process.env, PORTAL_TEST_SUMMARY: out },
		encoding: 'utf8',
	});
	return { status: r.status, summary: JSON.parse(readFileSync(out, 'utf8')) as { passed: number; failed: number; failures: { file: string; what: string }[] } };
}

describe('npm test closing line: every kind of failure counts, naming its file', () => {
	const { status, summary } = summarise();
	test('the run exits non-zero', () => expect(status).not.toBe(0));
	test.each([
		['a failed assertion', 'assertion.fixture.ts', 'fails: expected 1 to be 2'],
		['a file that fails to load', 'load.fixture.ts', 'the file failed outside its tests'],
		['a failing afterAll hook', 'hook.fixture.ts', 'hook failed'],
		['an unhandled error', 'unhandled.fixture.ts', 'unhandled error: thrown later'],
	])('%s is a failure of %s', (_kind, file, what) => {
		expect(summary.failures.some((f) => f.file.endsWith(file) && f.what.includes(what))).toBe(true);
	});
	test('four failures, and the four passing tests beside them', () => {
		expect(summary.failed).toBe(4);
		expect(summary.passed).toBe(4); // hook 1, unhandled 2, assertion 1
	});
});
