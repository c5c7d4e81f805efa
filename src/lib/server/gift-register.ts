import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@db/client';
import { gifts, users } from '@db/schema';
import { assessGift, type GiftResult, type PriorGift } from '@rules/ethics/gifts';
import type { GiftForm } from './gift-form';
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

/** Every gift with a written notice due, across employees (for the ethics officer). */
export async function giftNotices(db: Pick<Db, 'select'>) {
	return db
		.select({ gift: gifts, owner: { id: users.id, name: users.name, workUnit: users.workUnit } })
		.from(gifts)
		.innerJoin(users, eq(users.id, gifts.userId))
		.where(eq(gifts.needsNotice, true))
		.orderBy(desc(gifts.receivedOn));
}
