/**
 * Rule throughput: computes 100,000 random valid inputs per calculator (through the registry, so the
 * same schema parse as the page and the API) and prints ops/s. Inputs come from fast-check
 * arbitraries with a fixed seed, generated before timing starts.
 * Usage: tsx bench/rules.ts [--runs N] [--json]
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { CALCULATORS } from '../src/lib/calculators';
import { CALCULATOR_INPUTS } from '../tests/calculator-inputs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 100_000;
const SEED = 20_260_101;

interface Row {
	calculator: string;
	runs: number;
	rejected: number;
	ms: number;
	opsPerSecond: number;
}

const rows: Row[] = [];
for (const calc of CALCULATORS) {
	const arbitrary = CALCULATOR_INPUTS[calc.name];
	if (!arbitrary)
		throw new Error(`bench/rules.ts has no input arbitrary for "${calc.name}": add one to tests/calculator-inputs.ts.`);
	const inputs = fc.sample(arbitrary, { numRuns: RUNS, seed: SEED });
	let rejected = 0;
	const started = performance.now();
	for (const input of inputs) {
		try {
			calc.compute(input);
		} catch (error) {
			if ((error as Error).name !== 'RuleInputError') throw error;
			rejected += 1;
		}
	}
	const ms = performance.now() - started;
	rows.push({
		calculator: calc.name,
		runs: inputs.length,
		rejected,
		ms: Math.round(ms),
		opsPerSecond: Math.round((inputs.length / ms) * 1000),
	});
	if (!process.argv.includes('--json')) {
		const r = rows[rows.length - 1]!;
		console.log(
			`${r.calculator.padEnd(24)}${String(r.runs).padStart(9)} inputs${String(r.ms).padStart(8)} ms${r.opsPerSecond.toLocaleString('en-US').padStart(12)} ops/s${r.rejected ? `  (${r.rejected} rejected as invalid)` : ''}`,
		);
	}
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
