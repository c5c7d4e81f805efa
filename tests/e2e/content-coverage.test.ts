import { describe, expect, test } from 'vitest';
import { measureCoverage } from '../../scripts/lib/text-coverage.mjs';
import { DIST, SEEDS_DIR } from './built-site';

// Issue #2 "Done when": the built pages hold at least 99% of the documents' text.
const MIN_RATIO = 0.99;

describe('text coverage of the built site against the source documents', () => {
	const results = measureCoverage({ seedsDir: SEEDS_DIR, distDir: DIST });
	test.each(results.map((r) => [r.seed, r.name, r] as const))('seed %s (%s) holds ≥ 99% of its text', (_seed, _name, r) => {
		const report = `${(r.ratio * 100).toFixed(2)}% found; missing passages (first 40):\n${r.missing.slice(0, 40).map((m: string) => `  - ${m.slice(0, 140)}`).join('\n')}`;
		expect(r.ratio, report).toBeGreaterThanOrEqual(MIN_RATIO);
	});
});
