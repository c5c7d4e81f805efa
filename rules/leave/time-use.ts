import { z } from '../zod-mini';
import { parseInput } from '../errors';
import { HOURS_PER_WORKDAY } from './leave-units';
import type { Citation, Explanation } from '../result';
import { decideSickPurpose, SickPurposeSchema } from './sick-use';
import {
	INCREMENT_READING,
	INCREMENT_RULES,
	TIME_CONTEXTS,
	TIME_KINDS,
	type IncrementRule,
} from './time-use-sources';

/**
 * The time-use calculator: is a benefit-time request a permitted increment for its kind of time, under
 * each source that governs it (attachment 2.1b, §2.3 B, §2.4 B, §2.5, §2.8 and Policy Guide 87.3)?
 * IMPORTED IN BOTH SERVER- AND CLIENT-SIDE CODE.
 */


const MINUTES_PER_DAY = HOURS_PER_WORKDAY * 60;
/** Attachment 2.1b: "Half days may be either - 3:30, 3:45 or 4:00" (hours:minutes), in minutes. */
const HALF_DAY_MINUTES = { '3:30': 210, '3:45': 225, '4:00': 240 } as const;

/** How much time is requested: hours (minute precision), a half day of 3:30/3:45/4:00, or whole days. */
export const TimeAmountSchema = z.discriminatedUnion(
	'unit',
	[
		z.object({
			unit: z.literal('hours'),
			/** Hours requested, e.g. 1.5; whole minutes only. */
			hours: z.number({ error: 'expected a number of hours' }).check(
				z.positive({ error: (issue) => `expected more than 0 hours, got ${String(issue.input)}` }),
				z.lte(2000, {
					error: (issue) => `expected at most 2000 hours, got ${String(issue.input)}`,
				}),
				z.refine((h) => Math.abs(h * 60 - Math.round(h * 60)) < 1e-9, {
					error: (issue) => `expected hours in whole minutes, got ${String(issue.input)}`,
				}),
			),
		}),
		z.object({
			unit: z.literal('half-day'),
			/** The half-day length of attachment 2.1b. */
			halfDay: z.enum(['3:30', '3:45', '4:00'], {
				error: (issue) =>
					`expected a half day of "3:30", "3:45" or "4:00", got ${JSON.stringify(issue.input)}`,
			}),
		}),
		z.object({
			unit: z.literal('days'),
			/** Whole days requested. */
			days: z
				.number()
				.check(
					z.int({
						error: (issue) => `expected a whole number of days, got ${String(issue.input)}`,
					}),
					z.gte(1, { error: (issue) => `expected at least 1 day, got ${String(issue.input)}` }),
					z.lte(260),
				),
		}),
	],
	{
		error: (issue) =>
			`expected unit "hours", "half-day" or "days", got ${JSON.stringify((issue.input as { unit?: unknown } | undefined)?.unit)}`,
	},
);
export type TimeAmount = z.infer<typeof TimeAmountSchema>;

/** Input of {@link validateTimeUse}. */
/** The verdict in words: the headline's first words and the rule's last step, from one table. */
export const TIME_USE_VERDICTS = {
	allowed: 'Allowed',
	'not-allowed': 'Not allowed',
	'sources-disagree': 'The sources disagree',
	'allowed-if-purpose-qualifies':
		'The amount is allowed; sick time also needs a purpose that qualifies (§2.4 B)',
} as const;

export const TimeUseInputSchema = z.object({
	/** The kind of benefit time. */
	kind: z.enum(TIME_KINDS, {
		error: (issue) =>
			`expected one of ${TIME_KINDS.map((k) => `"${k}"`).join(', ')}, got ${JSON.stringify(issue.input)}`,
	}),
	/** How much is requested. */
	amount: TimeAmountSchema,
	/** Ordinary use, or an absence caused by inclement weather or a transportation emergency; default ordinary. */
	context: z.optional(
		z.enum(TIME_CONTEXTS, {
			error: (issue) =>
				`expected "ordinary" or "inclement-weather", got ${JSON.stringify(issue.input)}`,
		}),
	),
	/** The supervisor grants ½-hour increments after the first hour (§2.3 B, §2.4 B, §2.5). */
	supervisorGrantsHalfHours: z.optional(z.boolean({ error: 'expected true or false' })),
	/** For sick time: what it is for and, for family, whose (§2.4 B; the sick-use rule's questions). */
	sickPurpose: z.optional(SickPurposeSchema),
});
export type TimeUseInput = z.infer<typeof TimeUseInputSchema>;

/** One source's answer. */
export interface SourceCheck {
	source: string;
	rule: string;
	allowed: boolean;
	why: string;
	section: string;
}

/** The request judged under every source that governs it. */
export interface TimeUseResult extends Explanation {
	kind: 'time-use';
	minutes: number;
	/**
	 * allowed: every source allows it; not-allowed: none does, a source forbids the kind here, or the
	 * purpose does not qualify for sick time; sources-disagree: see checks; allowed-if-purpose-qualifies:
	 * the amount is allowed sick time but no purpose was given (§2.4 B decides it, never the amount).
	 */
	verdict: keyof typeof TIME_USE_VERDICTS;
	checks: SourceCheck[];
}

function amountMinutes(amount: TimeAmount): number {
	if (amount.unit === 'hours') return Math.round(amount.hours * 60);
	if (amount.unit === 'half-day') return HALF_DAY_MINUTES[amount.halfDay];
	return amount.days * MINUTES_PER_DAY;
}

/** Whole 7.5-hour days, optionally with one half day of 3:30, 3:45 or 4:00. */
function isDayForm(minutes: number): boolean {
	const rest = minutes % MINUTES_PER_DAY;
	return rest === 0 || Object.values(HALF_DAY_MINUTES).includes(rest as 210 | 225 | 240);
}

const hm = (minutes: number) =>
	`${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

function check(rule: IncrementRule, minutes: number, granted: boolean): SourceCheck {
	const base = { source: rule.source, rule: rule.summary, section: rule.citation.section };
	if (rule.minMinutes === null)
		return { ...base, allowed: false, why: `${rule.source}: ${rule.summary}.` };
	if (rule.dayForms && isDayForm(minutes))
		return {
			...base,
			allowed: true,
			why: `${hm(minutes)} is whole days and/or a half day, which ${rule.source} allows.`,
		};
	if (minutes >= rule.minMinutes && minutes % rule.stepMinutes === 0)
		return {
			...base,
			allowed: true,
			why: `${hm(minutes)} is at least ${hm(rule.minMinutes)}${rule.stepMinutes > 1 ? ` in steps of ${rule.stepMinutes} minutes` : ''}.`,
		};
	if (
		rule.grant &&
		granted &&
		minutes >= rule.grant.minMinutes &&
		minutes % rule.grant.stepMinutes === 0
	)
		return {
			...base,
			allowed: true,
			why: `${hm(minutes)} uses the supervisor's grant of ½-hour increments after the first hour.`,
		};
	const needsGrant =
		rule.grant &&
		!granted &&
		minutes >= rule.grant.minMinutes &&
		minutes % rule.grant.stepMinutes === 0;
	return {
		...base,
		allowed: false,
		why: needsGrant
			? `${hm(minutes)} needs the supervisor's grant of ½-hour increments (${rule.summary}).`
			: `${hm(minutes)} is not a permitted increment: ${rule.summary}.`,
	};
}

function disagreement(checks: SourceCheck[]): string {
	const names = (allowed: boolean) =>
		checks
			.filter((c) => c.allowed === allowed)
			.map((c) => c.source)
			.join(' and ');
	const refusing = checks.filter((c) => !c.allowed).length;
	return `The sources disagree on this amount: ${names(true)} allow${checks.length - refusing === 1 ? 's' : ''} it; ${names(false)} ${refusing === 1 ? 'does' : 'do'} not. Ask the supervisor or Labor Relations which applies.`;
}

/**
 * Checks a benefit-time request against the increment rules of its kind, source by source.
 * @example validateTimeUse({ kind: 'personal', amount: { unit: 'hours', hours: 1 } }).verdict
 * //=> 'sources-disagree' (attachment 2.1b allows 1 hour; §2.5 requires 2 hours unless the supervisor grants ½-hour increments)
 */
export function validateTimeUse(raw: unknown): TimeUseResult {
	const input = parseInput(TimeUseInputSchema, raw, 'time use');
	const context = input.context ?? 'ordinary';
	const granted = input.supervisorGrantsHalfHours === true;
	const minutes = amountMinutes(input.amount);
	const rules = INCREMENT_RULES.filter(
		(r) => r.kind === input.kind && r.contexts.includes(context),
	);
	const checks = rules.map((r) => check(r, minutes, granted));
	const forbidden = rules.some((r) => r.minMinutes === null);
	const allowedCount = checks.filter((c) => c.allowed).length;
	const amountVerdict =
		forbidden || allowedCount === 0
			? 'not-allowed'
			: allowedCount === checks.length
				? 'allowed'
				: 'sources-disagree';
	const steps = [
		`Requested ${hm(minutes)} (hours:minutes) of ${input.kind} time, ${context === 'ordinary' ? 'ordinary use' : 'for inclement weather or a transportation emergency'}${granted ? ', with the supervisor granting ½-hour increments' : ''}.`,
		...checks.map((c) => `${c.allowed ? 'Allowed' : 'Not allowed'} under ${c.source}: ${c.why}`),
		forbidden
			? `In this context a source forbids ${input.kind} time outright, so it cannot be used whatever the amount.`
			: amountVerdict === 'sources-disagree'
				? disagreement(checks)
				: `Every source ${amountVerdict === 'allowed' ? 'allows' : 'refuses'} this amount.`,
		INCREMENT_READING,
	];
	// Sick time is for the purposes §2.4 B lists: an allowed amount is not yet permission.
	let verdict: TimeUseResult['verdict'] = amountVerdict;
	const purposeCitations: Citation[] = [];
	let purposeRule: string | undefined;
	if (input.kind === 'sick' && context === 'ordinary' && amountVerdict !== 'not-allowed') {
		if (!input.sickPurpose) {
			if (amountVerdict === 'allowed') verdict = 'allowed-if-purpose-qualifies';
			steps.push('Sick time may be used only for your own illness, disability or injury, a medical appointment, or the illness, disability, injury or death of immediate family or household (§2.4 B): check the purpose with the sick-time use calculator (/tools/sick-use/).');
		} else {
			const use = decideSickPurpose(input.sickPurpose, 'sickPurpose.', 'time use');
			steps.push(...use.steps);
			purposeCitations.push(...use.citations);
			if (!use.allowed) {
				verdict = 'not-allowed';
				purposeRule = use.rule;
			}
		}
	}
	steps.push(`In all: ${TIME_USE_VERDICTS[verdict]}.`);
	return {
		kind: 'time-use',
		minutes,
		verdict,
		checks,
		rule: purposeRule ?? `The increments for ${input.kind} time under each source that governs it${context === 'inclement-weather' ? ' when weather or a transportation emergency causes the absence' : ''}.`,
		steps,
		citations: [...rules.map((r) => r.citation), ...purposeCitations]
			.filter(
				(c, i, all) => all.findIndex((o) => o.section === c.section && o.quote === c.quote) === i,
			),
	};
}
