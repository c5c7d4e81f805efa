// A vitest reporter for `npm test`'s closing line: it writes, to the file named by
// PORTAL_TEST_SUMMARY, what passed and what failed, counting as failures not only failed tests but
// also a test file that failed to load or whose hook failed, and every unhandled error; each failure
// names its file.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** @param {string} path */
const rel = (path) => relative(process.cwd(), path) || path;

/** @param {{ message?: string }[]} errors */
const firstLine = (errors) => String(errors[0]?.message ?? 'failed').split('\n')[0];

export default class SummaryReporter {
	/**
	 * @param {ReadonlyArray<import('vitest/node').TestModule>} testModules
	 * @param {ReadonlyArray<import('vitest/node').SerializedError & { VITEST_TEST_PATH?: string }>} unhandledErrors
	 */
	onTestRunEnd(testModules, unhandledErrors) {
		const summary = { passed: 0, failed: 0, skipped: 0, failures: /** @type {{ file: string; what: string }[]} */ ([]) };
		for (const module of testModules) {
			const file = module.relativeModuleId || rel(module.moduleId);
			let failedTests = 0;
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') summary.passed += 1;
				else if (state === 'failed') {
					failedTests += 1;
					summary.failures.push({ file, what: `${test.fullName}: ${firstLine(test.result().errors ?? [])}` });
				} else summary.skipped += 1;
			}
			summary.failed += failedTests;
			// A load error or a failing beforeAll/afterAll fails the file without failing a test: one failure.
			const moduleErrors = [...module.errors(), ...[...module.children.allSuites()].flatMap((s) => s.errors())];
			if (moduleErrors.length > 0 || (module.state() === 'failed' && failedTests === 0)) {
				summary.failed += 1;
				summary.failures.push({ file, what: `the file failed outside its tests: ${firstLine(moduleErrors)}` });
			}
		}
		for (const error of unhandledErrors) {
			summary.failed += 1;
			summary.failures.push({ file: error.VITEST_TEST_PATH ? rel(error.VITEST_TEST_PATH) : '(no test file)', what: `unhandled error: ${firstLine([error])}` });
		}
		if (process.env.PORTAL_TEST_SUMMARY) writeFileSync(process.env.PORTAL_TEST_SUMMARY, JSON.stringify(summary));
	}
}
