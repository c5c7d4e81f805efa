import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { createInsertSchema } from 'drizzle-zod';
import { z } from 'zod';
import type { Db, Tx } from '@db/client';
import {
	DISCLOSURE_KINDS,
	DISCLOSURE_OUTCOMES,
	disclosureEvents,
	disclosures,
	users,
} from '@db/schema';
import { fail } from '@rules/errors';
import { generateId } from './tokens';
import type { Authentication } from './session';

/** Rule 437.40(d) (spec): board travel reimbursements over $200 in a year must be reported. */
export const BOARD_REIMBURSEMENT_REPORT_CENTS = 20_000;

/** Plain-language labels of the Rule 437 disclosure kinds. */
export const DISCLOSURE_KIND_LABELS: Record<(typeof DISCLOSURE_KINDS)[number], string> = {
	'secondary-employment': 'Secondary employment',
	'board-service': 'Board or advisory-committee service',
	'economic-interest': 'Economic interest in a provider or licensed facility',
	'personal-relationship': 'Personal relationship touching an assignment',
	'licensing-or-adoption': 'Foster-care or day-care licensing, or adoption, by you or your spouse',
	'court-witness-payment': 'Payment as a court witness',
};

/** Labels of the review steps and determinations. */
export const OUTCOME_LABELS: Record<(typeof DISCLOSURE_OUTCOMES)[number], string> = {
	'supervisor-reviewed': 'Reviewed by supervisor, sent to the ethics officer',
	'no-conflict': 'Determination: no conflict',
	'conflict-with-conditions': 'Determination: conflict, allowed with recusal or conditions',
	'must-end': 'Determination: conflict, the activity must end',
};

/** The determinations the ethics officer (Conflict of Interest Committee) may make. */
export const DETERMINATIONS = ['no-conflict', 'conflict-with-conditions', 'must-end'] as const;

const dollarsToCents = z
	.string()
	.trim()
	.transform((value, ctx) => {
		if (value === '') return null;
		if (!/^\d{1,7}(\.\d{1,2})?$/.test(value)) {
			ctx.addIssue({
				code: 'custom',
				message: `expected an amount in dollars like 250 or 250.00, got ${JSON.stringify(value)}`,
			});
			return z.NEVER;
		}
		return Math.round(Number(value) * 100);
	});

/** The employee's disclosure form, derived from the table. */
export const DisclosureInputSchema = createInsertSchema(disclosures, {
	kind: () =>
		z.enum(DISCLOSURE_KINDS, {
			error: (i) => `expected one of the listed kinds, got ${JSON.stringify(i.input)}`,
		}),
	description: (s) =>
		s.trim().min(10, { error: 'expected a description of at least 10 characters' }).max(5_000),
	counterparty: (s) =>
		s.trim().min(1, { error: 'expected the organization, employer, facility or court' }).max(300),
})
	.pick({ kind: true, description: true, counterparty: true })
	.extend({
		reimbursement: z
			.string()
			.optional()
			.transform((v) => v ?? '')
			.pipe(dollarsToCents),
	})
	.refine((v) => v.kind !== 'board-service' || v.reimbursement !== null, {
		path: ['reimbursement'],
		error: 'expected the yearly travel reimbursement for board service (0 when none)',
	});
/** A parsed disclosure form. */
export type DisclosureInput = z.infer<typeof DisclosureInputSchema>;

/** A review step: the supervisor's notes, or the officer's determination with notes. */
export const ReviewInputSchema = z.object({
	outcome: z.enum(DISCLOSURE_OUTCOMES, {
		error: (i) => `expected a decision, got ${JSON.stringify(i.input ?? '')}`,
	}),
	notes: z.string({ error: 'expected notes' }).trim().max(5_000).default(''),
});

/** Where a disclosure stands. */
export type DisclosureStage = 'awaiting-supervisor' | 'awaiting-determination' | 'decided';

/** A disclosure with its steps and the stage they put it in. */
export interface DisclosureRecord {
	disclosure: typeof disclosures.$inferSelect;
	owner: { id: string; name: string; workUnit: string; supervisorEmployeeId: string | null };
	events: (typeof disclosureEvents.$inferSelect)[];
	stage: DisclosureStage;
}

/** The stage after a list of steps (oldest first). Without a supervisor on file, it goes straight to the officer. */
export function stageOf(
	events: readonly { outcome: string }[],
	hasSupervisor: boolean,
): DisclosureStage {
	if (events.some((e) => (DETERMINATIONS as readonly string[]).includes(e.outcome)))
		return 'decided';
	if (!hasSupervisor || events.some((e) => e.outcome === 'supervisor-reviewed'))
		return 'awaiting-determination';
	return 'awaiting-supervisor';
}

/** Records a disclosure (append-only). */
export async function recordDisclosure(
	tx: Tx,
	userId: string,
	input: DisclosureInput,
	nowMs: number,
	idempotencyKey: string,
	auth?: Authentication,
): Promise<string> {
	const id = generateId();
	await tx.insert(disclosures).values({
		authMethod: auth?.method ?? null,
		authenticatedAtMs: auth?.atMs ?? null,
		id,
		userId,
		kind: input.kind,
		description: input.description,
		counterparty: input.counterparty,
		reimbursementCents: input.reimbursement,
		submittedAtMs: nowMs,
		idempotencyKey,
	});
	return id;
}

/** Loads disclosures with their owners and steps; `where` picks which owners. */
export async function loadDisclosures(
	db: Pick<Db, 'select'>,
	filter: { userIds?: string[]; ids?: string[]; undecided?: boolean } = {},
): Promise<DisclosureRecord[]> {
	let query = db
		.select({
			disclosure: disclosures,
			owner: {
				id: users.id,
				name: users.name,
				workUnit: users.workUnit,
				supervisorEmployeeId: users.supervisorEmployeeId,
			},
		})
		.from(disclosures)
		.innerJoin(users, eq(users.id, disclosures.userId))
		.orderBy(desc(disclosures.submittedAtMs))
		.$dynamic();
	if (filter.userIds)
		query = query.where(inArray(disclosures.userId, filter.userIds.length ? filter.userIds : ['']));
	if (filter.ids)
		query = query.where(inArray(disclosures.id, filter.ids.length ? filter.ids : ['']));
	// The review queue: no determination yet (stageOf's "decided", asked of the database).
	if (filter.undecided)
		query = query.where(
			sql`NOT EXISTS (SELECT 1 FROM disclosure_events e WHERE e.disclosure_id = ${disclosures.id} AND e.outcome <> 'supervisor-reviewed')`,
		);
	const rows = await query;
	const events = rows.length
		? await db
				.select()
				.from(disclosureEvents)
				.where(
					inArray(
						disclosureEvents.disclosureId,
						rows.map((r) => r.disclosure.id),
					),
				)
				.orderBy(asc(disclosureEvents.atMs))
		: [];
	const byDisclosure = new Map<string, (typeof events)[number][]>();
	for (const e of events) byDisclosure.set(e.disclosureId, [...(byDisclosure.get(e.disclosureId) ?? []), e]);
	return rows.map((r) => {
		const mine = byDisclosure.get(r.disclosure.id) ?? [];
		return { ...r, events: mine, stage: stageOf(mine, r.owner.supervisorEmployeeId !== null) };
	});
}

/** One disclosure, or null. */
export async function findDisclosure(
	db: Pick<Db, 'select'>,
	id: string,
): Promise<DisclosureRecord | null> {
	return (await loadDisclosures(db, { ids: [id] }))[0] ?? null;
}

/**
 * Adds a review step, checking it fits the stage: a supervisor reviews what awaits the supervisor;
 * the officer decides what awaits a determination. Steps are append-only.
 */
export async function recordReviewStep(
	tx: Tx,
	record: DisclosureRecord,
	actor: { id: string; as: 'supervisor' | 'ethics-officer' },
	input: z.infer<typeof ReviewInputSchema>,
	nowMs: number,
	idempotencyKey: string,
	auth?: Authentication,
): Promise<void> {
	if (actor.as === 'supervisor') {
		if (input.outcome !== 'supervisor-reviewed')
			fail(
				'review',
				'outcome',
				'expected “reviewed, send to the ethics officer”; determinations are the ethics officer’s',
			);
		if (record.stage !== 'awaiting-supervisor')
			fail(
				'review',
				'outcome',
				'expected a disclosure awaiting your review; this one has moved on',
			);
	} else {
		if (!(DETERMINATIONS as readonly string[]).includes(input.outcome))
			fail('review', 'outcome', `expected one of ${DETERMINATIONS.join(', ')}`);
		if (record.stage === 'awaiting-supervisor')
			fail(
				'review',
				'outcome',
				'expected the supervisor’s review first (Rule 437: the supervisor reviews, then the ethics officer decides)',
			);
		if (record.stage === 'decided')
			fail(
				'review',
				'outcome',
				'expected an undecided disclosure; this one is decided (the employee files a new disclosure to reopen it)',
			);
		if (input.outcome !== 'no-conflict' && input.notes === '')
			fail('review', 'notes', 'expected notes stating the recusal, conditions or what must end');
	}
	await tx.insert(disclosureEvents).values({
		id: generateId(),
		disclosureId: record.disclosure.id,
		actorUserId: actor.id,
		outcome: input.outcome,
		notes: input.notes,
		atMs: nowMs,
		idempotencyKey,
		authMethod: auth?.method ?? null,
		authenticatedAtMs: auth?.atMs ?? null,
	});
}
