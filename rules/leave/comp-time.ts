import { z } from '../zod-mini';
import { formatCents } from '../money';
import { formatDate } from '../dates';
import { fail, parseInput } from '../errors';
import { BargainingUnitSchema, CentsSchema, hoursSchema, notApplicable } from './leave-units';
import { cite, type Citation, type Explanation, type NotApplicable } from '../result';
import { CalendarDateSchema } from '../calendar/workday-calendar';
import { fiscalYearOf } from '../calendar/fiscal-year';

/**
 * The compensatory-time calculator (§2.6): the fiscal year comp time was earned in, the June 1
 * target, cash-out of what is unused at fiscal year end, the RC-10/14/28/62/63 extension to August 1,
 * and the 30-minute minimum use (attachment 2.1b). IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */

const FISCAL_YEAR_CITATION = cite(
	'2.6',
	'Compensatory ("comp") time will be taken within the fiscal year it was earned at a time convenient to the employee and consistent with the operating needs of the employer.',
);
const JUNE_1_CITATION = cite(
	'2.6',
	'Once comp time has been approved, the Department strongly encourages employees to schedule the liquidation of comp time prior to June 1 of the fiscal year during which it was earned.',
);
const CASH_OUT_CITATION = cite(
	'2.6',
	'If comp time is not used within that fiscal year, it will be paid in cash at the end of the fiscal year.',
);
const EXTENSION_CITATION = cite(
	'2.6',
	'AFSCME RC-10, RC-14, RC-28, RC-62 and RC-63 employees who schedule approved comp time off by June 1st of the fiscal year shall be allowed to use such time through August 1st of the following fiscal year.',
);
const INCREMENT_CITATION = cite(
	'2.1',
	'Comp Time - May be used in increments earned, no less than 30 minute increments.',
	'2.1 attachment 2.1b',
);

/** §2.6: the month-day of the liquidation target and of the scheduling deadline for the extension. */
export const JUNE_1 = '06-01';
/** §2.6: the month-day the extension runs through, in the following fiscal year. */
export const AUGUST_1 = '08-01';
/** §2.6: the bargaining units with the August 1 extension. */
export const EXTENSION_UNITS = ['RC-10', 'RC-14', 'RC-28', 'RC-62', 'RC-63'] as const;
/** Attachment 2.1b: the smallest use of comp time, in minutes. */
export const COMP_MIN_USE_MINUTES = 30;

/** Input of {@link calculateCompTime}. */
export const CompTimeInputSchema = z.object({
	/** The date the comp time was earned (the overtime worked). */
	earnedOn: CalendarDateSchema,
	/** The date to answer for. */
	asOf: CalendarDateSchema,
	/** Bargaining unit, e.g. "RC-62" (RC-10, 14, 28, 62, 63 may get the extension). */
	bargainingUnit: z.optional(BargainingUnitSchema),
	/** The date the approved comp time off was scheduled (for the extension: by June 1). */
	scheduledOn: z.optional(CalendarDateSchema),
	/** Hours of a planned use (checked against the 30-minute minimum). */
	useHours: z.optional(hoursSchema(2000)),
	/** Unused comp hours (for the cash-out amount). */
	unusedHours: z.optional(hoursSchema(2000)),
	/** Cash rate per hour in cents, at the rate the bargaining agreement sets (for the cash-out amount). */
	hourlyRateCents: z.optional(CentsSchema),
});
export type CompTimeInput = z.infer<typeof CompTimeInputSchema>;

/** The comp-time answer for one earning date. */
export interface CompTimeResult extends Explanation {
	kind: 'comp-time';
	fiscalYear: { name: string; start: string; end: string };
	/** The date before which liquidation should be scheduled (encouraged, not required). */
	june1Target: string;
	/** The last day the time may be used (June 30, or August 1 of the next fiscal year with the extension). */
	useThrough: string;
	/** The RC-10/14/28/62/63 extension; not applicable to other units. */
	extension: { granted: boolean; reason: string; useThrough: string } | NotApplicable;
	/** Cash-out of unused time at fiscal year end. */
	cashOut: { date: string; amountCents: number | null; hours: number | null };
	/** The planned use against the 30-minute minimum; not applicable when no use is given. */
	use: { minutes: number; allowed: boolean; why: string } | NotApplicable;
	/** Where things stand on asOf. */
	onAsOf: 'usable' | 'usable-under-extension' | 'fiscal-year-ended';
}


/**
 * Comp time (§2.6): fiscal year, June 1 target, cash-out, the August 1 extension and the 30-minute minimum.
 * @example calculateCompTime({ earnedOn: '2025-09-10', asOf: '2026-06-15', bargainingUnit: 'RC-62', scheduledOn: '2026-05-20' }).useThrough
 * //=> '2026-08-01'
 */
export function calculateCompTime(raw: unknown): CompTimeResult {
	const input = parseInput(CompTimeInputSchema, raw, 'comp time');
	if (input.asOf < input.earnedOn)
		fail(
			'comp time',
			'asOf',
			`expected a date on or after earnedOn (${input.earnedOn}), got "${input.asOf}"`,
		);
	const fy = fiscalYearOf(input.earnedOn);
	if (input.scheduledOn !== undefined && input.scheduledOn < input.earnedOn)
		fail(
			'comp time',
			'scheduledOn',
			`expected a date on or after earnedOn (${input.earnedOn}), got "${input.scheduledOn}"`,
		);
	const june1 = `${fy.endYear}-${JUNE_1}`;
	const august1 = `${fy.endYear}-${AUGUST_1}`;
	const steps: string[] = [
		`Earned ${formatDate(input.earnedOn)}, in fiscal year ${fy.name} (${fy.start} to ${fy.end}): to be taken within it.`,
		`Liquidation should be scheduled before ${formatDate(june1)} (encouraged).`,
	];
	const citations: Citation[] = [FISCAL_YEAR_CITATION, JUNE_1_CITATION, CASH_OUT_CITATION];

	let extension: CompTimeResult['extension'];
	const unit = input.bargainingUnit;
	if (!unit || !(EXTENSION_UNITS as readonly string[]).includes(unit)) {
		extension = notApplicable(
			`${unit ?? 'No bargaining unit given'}: the August 1 extension is for AFSCME ${EXTENSION_UNITS.join(', ')} only.`,
			'Only AFSCME RC-10, RC-14, RC-28, RC-62 and RC-63 employees may use scheduled comp time through August 1.',
			[`${unit ?? 'No unit'} is not one of ${EXTENSION_UNITS.join(', ')}.`],
			[EXTENSION_CITATION],
		);
		steps.push(
			`${unit ?? 'No bargaining unit given'}: no extension; unused time is paid in cash at the end of ${fy.name}.`,
		);
	} else {
		const granted = input.scheduledOn !== undefined && input.scheduledOn <= june1;
		const reason =
			input.scheduledOn === undefined
				? `No scheduling date given: the time must be scheduled by ${june1} for the extension.`
				: granted
					? `Scheduled on ${input.scheduledOn}, by June 1 (${june1}).`
					: `Scheduled on ${input.scheduledOn}, after June 1 (${june1}).`;
		extension = { granted, reason, useThrough: august1 };
		steps.push(
			`${unit} may use comp time scheduled by ${formatDate(june1)} through ${formatDate(august1)}, in the following fiscal year. ${reason}`,
		);
		citations.push(EXTENSION_CITATION);
	}
	const extended = !('kind' in extension) && extension.granted;
	const useThrough = extended ? august1 : fy.end;

	const hours = input.unusedHours ?? null;
	const amountCents =
		hours !== null && input.hourlyRateCents !== undefined
			? Math.round(hours * input.hourlyRateCents)
			: null;
	steps.push(
		amountCents !== null
			? `Unused at the end of ${fy.name}: ${hours} hour(s) × ${formatCents(input.hourlyRateCents!)} = ${formatCents(amountCents)} paid in cash.`
			: `Unused time at the end of ${fy.name} (${fy.end}) is paid in cash${hours === null ? '' : `: ${hours} hour(s); give hourlyRateCents for the amount`}.`,
	);
	// The handbook does not say when extended time left unused on August 1 is paid; the result says so.
	if (extended)
		steps.push(
			`Time scheduled under the extension is used by ${august1}; the handbook does not say when extended time left unused after it is paid.`,
		);

	let use: CompTimeResult['use'];
	if (input.useHours === undefined)
		use = notApplicable(
			'No planned use given.',
			'Comp time is used in increments earned, no less than 30 minutes.',
			['Give useHours to check a planned use.'],
			[INCREMENT_CITATION],
		);
	else {
		const minutes = Math.round(input.useHours * 60);
		const allowed =
			minutes >= COMP_MIN_USE_MINUTES && Math.abs(input.useHours * 60 - minutes) < 1e-9;
		use = {
			minutes,
			allowed,
			why: allowed
				? `${minutes} minutes is at least ${COMP_MIN_USE_MINUTES}.`
				: `${input.useHours} hour(s) is less than ${COMP_MIN_USE_MINUTES} minutes or not whole minutes.`,
		};
		steps.push(`Planned use: ${use.why}`);
		citations.push(INCREMENT_CITATION);
	}
	const onAsOf =
		input.asOf <= fy.end
			? 'usable'
			: input.asOf <= useThrough
				? 'usable-under-extension'
				: 'fiscal-year-ended';
	steps.push(
		`Use it by ${formatDate(useThrough)}. On ${input.asOf}: ${onAsOf === 'usable' ? `usable until ${useThrough}` : onAsOf === 'usable-under-extension' ? `usable under the extension until ${useThrough}` : `${fy.name} has ended; unused time is paid in cash`}.`,
	);

	return {
		kind: 'comp-time',
		fiscalYear: { name: fy.name, start: fy.start, end: fy.end },
		june1Target: june1,
		useThrough,
		extension,
		cashOut: { date: fy.end, amountCents, hours },
		use,
		onAsOf,
		rule: 'Comp time is taken within the fiscal year earned (July 1–June 30), ideally scheduled before June 1; unused time is paid in cash at fiscal year end, except that AFSCME RC-10, RC-14, RC-28, RC-62 and RC-63 employees who schedule it by June 1 may use it through August 1; each use is at least 30 minutes.',
		steps,
		citations,
	};
}
