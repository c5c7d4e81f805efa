import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@db/client';
import { gifts, users } from '@db/schema';
import { assessGift, type GiftResult, type PriorGift } from '@rules/ethics/gifts';
import { z } from 'zod';
import { GiftFormInputSchema, type GiftForm } from './gift-form';
import type { FormSpec } from './http';
import { isoDateInIllinois } from './today';
import { generateId } from './tokens';

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
	const { exceptions, friendship } = form;
	return assessGift({
		asOf: todayIso,
		receivedOn: form.receivedOn,
		valueCents: form.value,
		sourceName: form.sourceName,
		kind: form.kind,
		recipient: form.recipient,
		onPremisesOrCatered: form.onPremisesOrCatered,
		prohibitedSource: form.prohibitedSource,
		agency: form.agency,
		exceptions: {
			availableToPublic: exceptions.availableToPublic,
			amountPaidCents: form.amountPaid,
			politicalContribution: exceptions.politicalContribution,
			educationalMaterialsOrMission: exceptions.educationalMaterialsOrMission,
			stateBusinessTravel: exceptions.stateBusinessTravel,
			outsideEmployment: exceptions.outsideEmployment,
			bequest: exceptions.bequest,
			...(form.relative ? { relative: form.relative } : {}),
			...(form.governmental ? { governmental: form.governmental } : {}),
			...(exceptions.friend ? { friendship } : {}),
		},
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
			decidingLayer: result.decidingLayer,
			exceptionsApplying: result.exceptionChecks
				.filter((c) => c.applies)
				.map((c) => `${c.code} ${c.title}`),
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

/** A gift row no correction replaces (currentRows, asked of the database). */
export const NOT_SUPERSEDED_GIFT = sql`${gifts.id} NOT IN (SELECT supersedes_id FROM gifts WHERE supersedes_id IS NOT NULL)`;

/** Every gift with a written notice due, across employees (for the ethics officer); `source` for one source. */
export async function giftNotices(db: Pick<Db, 'select'>, source: string | null = null) {
	return db
		.select({ gift: gifts, owner: { id: users.id, name: users.name, workUnit: users.workUnit } })
		.from(gifts)
		.innerJoin(users, eq(users.id, gifts.userId))
		.where(
			and(
				eq(gifts.needsNotice, true),
				// A corrected gift shows once, as corrected.
				NOT_SUPERSEDED_GIFT,
				source === null ? undefined : eq(gifts.source, source),
			),
		)
		.orderBy(desc(gifts.receivedOn));
}

/** The decision stored with a gift (its `detailsJson`), as the register shows it back. */
export const RecordedDecisionSchema = z.object({
	allowed: z.boolean(),
	decidedBy: z.string(),
	exceptionsApplying: z.array(z.string()).optional(),
	rule: z.string(),
	action: z.object({ text: z.string() }),
	notices: z.array(z.object({ to: z.string(), by: z.string(), contents: z.string() })),
	totals: z.object({
		sourceCalendarYearCents: z.number(),
		tokensFiscalYearCents: z.number(),
		fiscalYear: z.object({ start: z.string(), end: z.string() }),
	}),
});
export type RecordedDecision = z.infer<typeof RecordedDecisionSchema>;

/**
 * The decision of the gift just recorded (`?recorded=<id>`), or null when there is none. A stored
 * decision that does not parse is an error, never a half-shown decision.
 */
export function recordedDecision<T extends { id: string; detailsJson: string }>(
	rows: T[],
	recordedId: string | null,
): { row: T; decision: RecordedDecision } | null {
	const row = recordedId === null ? undefined : rows.find((r) => r.id === recordedId);
	if (!row) return null;
	return { row, decision: RecordedDecisionSchema.parse(JSON.parse(row.detailsJson)) };
}

/** The gift register's form: record the gift with its decision, and audit it (no gift details). */
export const GIFT_FORM: FormSpec<typeof GiftFormInputSchema> = {
	route: 'gift',
	schema: GiftFormInputSchema,
	act: async (tx, input, ctx) => {
		const { id, result } = await recordGift(
			tx,
			ctx.user!.id,
			input,
			isoDateInIllinois(ctx.nowMs),
			ctx.nowMs,
			ctx.idempotencyKey,
		);
		return {
			redirectTo: `/account/gifts/?recorded=${id}`,
			audit: {
				actorUserId: ctx.user!.id,
				action: 'gift.create',
				subject: `gift:${id}`,
				details: { allowed: result.allowed, notice: result.notices.length > 0 },
			},
		};
	},
};
