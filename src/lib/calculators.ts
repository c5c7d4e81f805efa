import type { CalculatorDefinition } from '../scripts/calculators/types';
import holidays from '../scripts/calculators/definitions/holidays';
import workdays from '../scripts/calculators/definitions/workdays';
import hoursDeadline from '../scripts/calculators/definitions/hours-deadline';
import vacation from '../scripts/calculators/definitions/vacation';
import vacationLumpSum from '../scripts/calculators/definitions/vacation-lump-sum';
import holidaysInVacation from '../scripts/calculators/definitions/holidays-in-vacation';
import holidayPay from '../scripts/calculators/definitions/holiday-pay';
import sick from '../scripts/calculators/definitions/sick';
import sickPayout from '../scripts/calculators/definitions/sick-payout';
import sickUse from '../scripts/calculators/definitions/sick-use';
import sickLeaveBank from '../scripts/calculators/definitions/sick-leave-bank';
import personal from '../scripts/calculators/definitions/personal';
import personalPayout from '../scripts/calculators/definitions/personal-payout';
import timeUse from '../scripts/calculators/definitions/time-use';
import compTime from '../scripts/calculators/definitions/comp-time';
import courtDiscipline from '../scripts/calculators/definitions/court-discipline';
import attendanceDiscipline from '../scripts/calculators/definitions/attendance-discipline';
import gifts from '../scripts/calculators/definitions/gifts';
import economicInterests from '../scripts/calculators/definitions/economic-interests';
import training from '../scripts/calculators/definitions/training';

/**
 * The one table of calculators: slug → title, description, sections, the rule's schema and compute
 * function, its form and how its answer reads. The /tools/ pages, the JSON API, the tests and the
 * benchmark all walk it. Each row lives in its own module under src/scripts/calculators/definitions/
 * so that a page's browser bundle holds only its own rule.
 */

export type { CalculatorDefinition } from '../scripts/calculators/types';

/** Every calculator, in the order the /tools/ index lists them. */
export const CALCULATORS: readonly CalculatorDefinition[] = [
	holidays,
	workdays,
	hoursDeadline,
	vacation,
	vacationLumpSum,
	holidaysInVacation,
	holidayPay,
	sick,
	sickUse,
	sickPayout,
	sickLeaveBank,
	personal,
	personalPayout,
	timeUse,
	compTime,
	courtDiscipline,
	attendanceDiscipline,
	gifts,
	economicInterests,
	training,
];

const BY_NAME = new Map(CALCULATORS.map((c) => [c.name, c]));

/** The calculator with this slug, or undefined (the API answers 404). */
export function findCalculator(name: string): CalculatorDefinition | undefined {
	return BY_NAME.get(name);
}

/** The calculator with this slug; throws for an unknown one (pages and tests name real ones). */
export function calculator(name: string): CalculatorDefinition {
	const found = BY_NAME.get(name);
	if (!found)
		throw new Error(`No calculator is named "${name}"; known: ${[...BY_NAME.keys()].join(', ')}`);
	return found;
}
