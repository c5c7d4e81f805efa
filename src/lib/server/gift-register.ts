import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@db/client';
import { gifts, users } from '@db/schema';
import { PROHIBITED_SOURCE_QUESTIONS } from '@rules/gift-exceptions';
import { assessGift, GIFT_KINDS, type GiftResult, type PriorGift } from '@rules/gifts';
import { IsoDateSchema } from '@rules/dates';
import { generateId } from './tokens';

/** What the employee did with the gift. */
export const GIFT_DISPOSITIONS = ['kept', 'returned', 'donated', 'declined'] as const;

/** The agency (Rule 437) questions shown on the form, by field name. */
export const AGENCY_QUESTIONS = [
	{
		key: 'sourceInRule437Scope',
		question:
			'Is the giver licensed or regulated by DCFS, or does it hold a DCFS grant, contract, purchase-of-service or adoption-assistance agreement?',
	},
	{
		key: 'underDecisionMakingAuthority',
		question: 'Do you have decision-making authority over the giver?',
	},
	{
		key: 'mightInfluenceDuties',
		question: 'Might the circumstances reasonably be seen as influencing your official duties?',
	},
] as const;

const box = z
	.string()
	.optional()
	.transform((v) => v === 'yes');

/** The gift form: the register's fields plus the questions the rules need. */
export const GiftFormSchema = z.object({
	sourceName: z
		.string({ error: 'expected the name of the giver' })
		.trim()
		.min(1, { error: 'expected the name of the giver, got an empty field' })
		.max(200),
	receivedOn: IsoDateSchema,
	value: z
		.string({ error: 'expected the value in dollars' })
		.trim()
		.regex(/^\d{1,7}(\.\d{1,2})?$/, {
			error: (i) =>
				`expected the value in dollars like 25 or 25.50, got ${JSON.stringify(i.input)}`,
		})
		.transform((v) => Math.round(Number(v) * 100)),
	kind: z.enum(GIFT_KINDS, {
		error: (i) => `expected one of the listed kinds, got ${JSON.stringify(i.input ?? '')}`,
	}),
	disposition: z.enum(GIFT_DISPOSITIONS, {
		error: (i) =>
			`expected kept, returned, donated or declined, got ${JSON.stringify(i.input ?? '')}`,
	}),
	onPremisesOrCatered: box,
	...Object.fromEntries(PROHIBITED_SOURCE_QUESTIONS.map((q) => [`ps_${q.key}`, box])),
	...Object.fromEntries(AGENCY_QUESTIONS.map((q) => [`ag_${q.key}`, box])),
}) as z.ZodType<GiftForm>;

/** The parsed gift form. */
export interface GiftForm {
	sourceName: string;
	receivedOn: string;
	value: number;
	kind: (typeof GIFT_KINDS)[number];
	disposition: (typeof GIFT_DISPOSITIONS)[number];
	onPremisesOrCatered: boolean;
	[question: `ps_${string}` | `ag_${string}`]: boolean;
}

/** A person's gift register (every row; corrections supersede), newest first. */
export async function giftsOf(db: Pick<Db, 'select'>, userId: string) {
	return db
		.select()
		.from(gifts)
		.where(eq(gifts.userId, userId))
		.orderBy(desc(gifts.receivedOn), desc(gifts.recordedAtMs));
}

/** Rows still in force: a row superseded by a later correction drops out. */
export function currentRows<T extends { id: string; supersedesId: string | null }>(
	rows: readonly T[],
): T[] {
	const superseded = new Set(rows.map((r) => r.supersedesId).filter(Boolean));
	return rows.filter((r) => !superseded.has(r.id));
}

/** Asks the gifts rules about one gift, with the person's register as prior gifts. Throws RuleInputError on bad input. */
export function assessRegisteredGift(
	form: GiftForm,
	prior: readonly (typeof gifts.$inferSelect)[],
	todayIso: string,
): GiftResult {
	const priorGifts: PriorGift[] = currentRows(prior).map((g) => ({
		receivedOn: g.receivedOn,
		valueCents: g.valueCents,
		sourceName: g.source,
		kind: g.kind as PriorGift['kind'],
		kept: g.disposition === 'kept',
	}));
	return assessGift({
		asOf: todayIso,
		receivedOn: form.receivedOn,
		valueCents: form.value,
		sourceName: form.sourceName,
		kind: form.kind,
		onPremisesOrCatered: form.onPremisesOrCatered,
		prohibitedSource: Object.fromEntries(
			PROHIBITED_SOURCE_QUESTIONS.map((q) => [q.key, form[`ps_${q.key}`] ?? false]),
		),
		agency: Object.fromEntries(AGENCY_QUESTIONS.map((q) => [q.key, form[`ag_${q.key}`] ?? false])),
		priorGifts,
	});
}

/** Records a gift with the rules' decision (append-only). */
export async function recordGift(
	tx: Tx,
	userId: string,
	form: GiftForm,
	todayIso: string,
	nowMs: number,
	idempotencyKey: string,
): Promise<{ id: string; result: GiftResult }> {
	const prior = await giftsOf(tx, userId);
	const result = assessRegisteredGift(form, prior, todayIso);
	const notice = result.notices[0];
	const id = generateId();
	await tx.insert(gifts).values({
		id,
		userId,
		source: form.sourceName,
		receivedOn: form.receivedOn,
		valueCents: form.value,
		kind: form.kind,
		disposition: form.disposition,
		detailsJson: JSON.stringify({
			form,
			allowed: result.allowed,
			decidedBy: result.decidedBy,
			rule: result.rule,
			action: result.action,
			notices: result.notices,
			totals: result.totals,
		}),
		needsNotice: notice !== undefined,
		noticeDueOn: notice?.by ?? null,
		recordedAtMs: nowMs,
		idempotencyKey,
	});
	return { id, result };
}

/** Every gift with a written notice due, across employees (for the ethics officer). */
export async function giftNotices(db: Pick<Db, 'select'>) {
	return db
		.select({ gift: gifts, owner: { id: users.id, name: users.name, workUnit: users.workUnit } })
		.from(gifts)
		.innerJoin(users, eq(users.id, gifts.userId))
		.where(eq(gifts.needsNotice, true))
		.orderBy(desc(gifts.receivedOn));
}
