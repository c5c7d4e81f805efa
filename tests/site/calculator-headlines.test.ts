import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CALCULATORS } from '../../src/lib/calculators';
import { isNotApplicable } from '../../src/scripts/calculators/types';
import { CALCULATOR_INPUTS } from '../calculator-inputs';

/** Generated inputs per calculator, besides its sample: enough to reach each status of its rule. */
const RUNS = 400;
const SEED = 20_261_207;

/** One spelling for what the answer and the steps may word differently: case, spacing, "15.00" against
 * "15", and "2 days" against "2 day(s)". Words and values themselves must match. */
const flat = (text: string) =>
	text
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/(\d+)\.(\d*?)0+\b/g, (_m, whole: string, fraction: string) =>
			fraction ? `${whole}.${fraction}` : whole,
		)
		.replace(/(\d) ([a-z]+?)(?:\(s\)|s\b)/g, '$1 $2');

describe('a headline states what the steps decided (issue 13 §4)', () => {
	test.each(CALCULATORS.map((c) => [`§${c.sections[0]} ${c.name}`, c] as const))(
		'%s: every status in the answer is in the steps, over generated inputs',
		(_label, calc) => {
			const inputs = [calc.sample, ...fc.sample(CALCULATOR_INPUTS[calc.name]!, { numRuns: RUNS, seed: SEED })];
			let checked = 0;
			for (const input of inputs) {
				let result;
				try {
					result = calc.compute(input);
				} catch (error) {
					if ((error as Error).name === 'RuleInputError') continue;
					throw error;
				}
				// "Does not apply" is its own headline: the reason, which the page prints as the answer.
				if (isNotApplicable(result)) continue;
				const answer = flat(calc.present(result).answer);
				const steps = flat(result.steps.join(' \n '));
				const status = calc.status(result);
				expect(status.length, 'a result states at least one status').toBeGreaterThan(0);
				for (const phrase of status.map((p) => flat(p).replace(/\.$/, ''))) {
					expect(answer, `answer for ${JSON.stringify(input)}`).toContain(phrase);
					expect(steps, `steps for ${JSON.stringify(input)}`).toContain(phrase);
				}
				checked += 1;
			}
			expect(checked, 'inputs that computed a result').toBeGreaterThan(RUNS / 10);
		},
	);
});
