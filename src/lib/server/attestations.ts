import { asc, desc, eq, lte, sql } from 'drizzle-orm';
import { createInsertSchema } from 'drizzle-zod';
import { z } from 'zod';
import type { Db, Tx } from '@db/client';
import { attestations, CAMPAIGN_KINDS, campaigns, users } from '@db/schema';
import { addDays, compareDates, daysBetween, IsoDateSchema } from '@rules/dates';
import { fail } from '@rules/errors';
import { NEW_EMPLOYEE_DAYS } from '@rules/training';
import type { SessionUser } from './session';
import { isoDateInIllinois } from './today';
import { generateId, sha256Hex } from './tokens';

/** What each campaign kind certifies, for headings. */
export const CAMPAIGN_KIND_LABELS: Record<(typeof CAMPAIGN_KINDS)[number], string> = {
	'ethics-training': 'Annual ethics training (Ethics Act 5-10)',
	'harassment-training': 'Annual sexual-harassment prevention training (Ethics Act 5-10.5)',
	'handbook-acknowledgement': 'Employee Handbook acknowledgement',
	'ap20-certificate': 'Administrative Procedure #20 certificate of understanding',
};

/** Opening a training period or acknowledgement campaign (officer form), derived from the table. */
export const CampaignInputSchema = createInsertSchema(campaigns, {
	id: (s) =>
		s
			.trim()
			.regex(/^[a-z0-9][a-z0-9-]{2,60}$/, {
				error: (i) =>
					`expected a short name of lower-case letters, digits and dashes (e.g. ethics-2026), got ${JSON.stringify(i.input)}`,
			}),
	kind: () =>
		z.enum(CAMPAIGN_KINDS, {
			error: (i) => `expected one of ${CAMPAIGN_KINDS.join(', ')}, got ${JSON.stringify(i.input)}`,
		}),
	title: (s) => s.trim().min(3, { error: 'expected a title of at least 3 characters' }).max(200),
	opensOn: () => IsoDateSchema,
	deadlineOn: () => IsoDateSchema,
	certificationText: (s) =>
		s
			.trim()
			.min(20, { error: 'expected the full certification text (at least 20 characters)' })
			.max(20_000),
	textVersion: (s) =>
		s.trim().min(1, { error: 'expected a version label for the text, e.g. 2026-1' }).max(40),
})
	.pick({
		id: true,
		kind: true,
		title: true,
		opensOn: true,
		deadlineOn: true,
		certificationText: true,
		textVersion: true,
	})
	.refine((v) => compareDates(v.deadlineOn, v.opensOn) >= 0, {
		path: ['deadlineOn'],
		error: 'expected a deadline on or after the opening day',
	});
/** A parsed campaign form. */
export type CampaignInput = z.infer<typeof CampaignInputSchema>;

/** The employee's attestation form: the typed signature and the confirmation box. */
export const AttestInputSchema = z.object({
	signature: z
		.string({ error: 'expected your full name as a signature' })
		.trim()
		.min(1, { error: 'expected your full name as a signature, got an empty field' })
		.max(200),
	confirm: z.literal('yes', {
		error: 'expected the box “I certify the statement above” to be ticked',
	}),
});

/** Where one person stands on one campaign. */
export type AttestationStatus = 'done' | 'due' | 'overdue' | 'deferred';

/** A campaign as one person sees it. */
export interface CampaignStatus {
	campaign: typeof campaigns.$inferSelect;
	/** This person's deadline (later for a new employee). */
	dueOn: string;
	status: AttestationStatus;
	/** Days past the deadline (0 unless overdue). */
	daysOverdue: number;
	/** The latest attestation, if any. */
	attestation: typeof attestations.$inferSelect | null;
}

/** The facts of a person that move a deadline. */
export interface DeadlineFacts {
	hireOn: string | null;
	onLeaveSince: string | null;
	leaveReturnedOn: string | null;
}

/**
 * One person's deadline and status for one campaign (one training period), by the same reading as
 * rules/training.ts (a test holds the two together; this form is fast enough to run for 10,000
 * people per dashboard view): a new employee is due 30 days after starting, and stays on that
 * deadline while untrained if they started during the period; a person on approved leave on the
 * period's last day is deferred to the first period after return (3.12).
 */
export function personalStatus(
	campaign: Pick<typeof campaigns.$inferSelect, 'opensOn' | 'deadlineOn'>,
	person: DeadlineFacts,
	attested: boolean,
	todayIso: string,
): { dueOn: string; status: AttestationStatus; daysOverdue: number } {
	let dueOn = campaign.deadlineOn;
	let deferred = false;
	const initialDue = person.hireOn ? addDays(person.hireOn, NEW_EMPLOYEE_DAYS) : null;
	const isNew =
		person.hireOn !== null &&
		initialDue !== null &&
		(compareDates(todayIso, initialDue) <= 0 ||
			(compareDates(person.hireOn, campaign.opensOn) >= 0 && !attested));
	if (isNew) dueOn = initialDue;
	else if (
		person.onLeaveSince &&
		compareDates(person.onLeaveSince, dueOn) <= 0 &&
		(!person.leaveReturnedOn || compareDates(person.leaveReturnedOn, dueOn) > 0)
	) {
		deferred = true;
	}
	if (attested) return { dueOn, status: 'done', daysOverdue: 0 };
	if (deferred) return { dueOn, status: 'deferred', daysOverdue: 0 };
	const late = compareDates(todayIso, dueOn) > 0;
	return {
		dueOn,
		status: late ? 'overdue' : 'due',
		daysOverdue: late ? daysBetween(dueOn, todayIso) : 0,
	};
}

/** Every campaign open on `todayIso`, newest first. */
export async function listOpenCampaigns(db: Pick<Db, 'select'>, todayIso: string) {
	return db
		.select()
		.from(campaigns)
		.where(lte(campaigns.opensOn, todayIso))
		.orderBy(desc(campaigns.opensOn), asc(campaigns.id));
}

/** Every campaign, newest first. */
export async function listCampaigns(db: Pick<Db, 'select'>) {
	return db.select().from(campaigns).orderBy(desc(campaigns.opensOn), asc(campaigns.id));
}

/** A person's status on every open campaign. */
export async function campaignStatusesFor(
	db: Db,
	userId: string,
	todayIso: string,
): Promise<CampaignStatus[]> {
	const [person] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
	if (!person) return [];
	const open = await listOpenCampaigns(db, todayIso);
	const mine = await db
		.select()
		.from(attestations)
		.where(eq(attestations.userId, userId))
		.orderBy(desc(attestations.signedAtMs));
	return open.map((campaign) => {
		const attestation = mine.find((a) => a.campaignId === campaign.id) ?? null;
		return {
			campaign,
			attestation,
			...personalStatus(campaign, person, attestation !== null, todayIso),
		};
	});
}

/** A person's attestations (receipts), newest first. */
export async function attestationsOf(db: Pick<Db, 'select'>, userId: string) {
	return db
		.select({ attestation: attestations, campaign: campaigns })
		.from(attestations)
		.innerJoin(campaigns, eq(campaigns.id, attestations.campaignId))
		.where(eq(attestations.userId, userId))
		.orderBy(desc(attestations.signedAtMs));
}

/** One receipt with its campaign and signer. */
export async function findReceipt(db: Pick<Db, 'select'>, attestationId: string) {
	const [row] = await db
		.select({ attestation: attestations, campaign: campaigns, user: users })
		.from(attestations)
		.innerJoin(campaigns, eq(campaigns.id, attestations.campaignId))
		.innerJoin(users, eq(users.id, attestations.userId))
		.where(eq(attestations.id, attestationId))
		.limit(1);
	return row ?? null;
}

/** Opens a campaign; the text's SHA-256 is computed here, never typed. */
export async function openCampaign(
	tx: Tx,
	input: CampaignInput,
	actorUserId: string,
	nowMs: number,
): Promise<void> {
	const [taken] = await tx
		.select({ id: campaigns.id })
		.from(campaigns)
		.where(eq(campaigns.id, input.id))
		.limit(1);
	if (taken) fail('campaign', 'id', `expected a new short name; ${input.id} is already used`);
	await tx
		.insert(campaigns)
		.values({
			...input,
			textSha256: sha256Hex(input.certificationText),
			createdByUserId: actorUserId,
			createdAtMs: nowMs,
		});
}

/** Facts about the request an attestation records. */
export interface AttestContext {
	nowMs: number;
	address: string;
	userAgent: string;
	idempotencyKey: string;
}

/**
 * Records an attestation: the exact text version and hash, when, from where, and the typed
 * signature, which must match the name on the roster. Certifying again appends a new row that
 * supersedes the earlier one (a correction), never an update.
 */
export async function recordAttestation(
	tx: Tx,
	user: Pick<SessionUser, 'id' | 'name'>,
	campaignId: string,
	input: z.infer<typeof AttestInputSchema>,
	ctx: AttestContext,
): Promise<string> {
	const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
	if (normalize(input.signature) !== normalize(user.name)) {
		fail(
			'attestation',
			'signature',
			`expected your name as on the roster (${user.name}), got ${JSON.stringify(input.signature)}`,
		);
	}
	const id = generateId();
	// One statement on the hot path (50 people certifying at once): the campaign's text version and
	// hash, and the earlier attestation this one supersedes, are read by the INSERT itself.
	const result = await tx.run(sql`
		INSERT INTO attestations (id, user_id, campaign_id, text_version, text_sha256, signature, signed_at_ms, address, user_agent, idempotency_key, supersedes_id)
		SELECT ${id}, ${user.id}, c.id, c.text_version, c.text_sha256, ${input.signature.trim()}, ${ctx.nowMs}, ${ctx.address}, ${ctx.userAgent.slice(0, 500)}, ${ctx.idempotencyKey},
			(SELECT a.id FROM attestations a WHERE a.user_id = ${user.id} AND a.campaign_id = c.id ORDER BY a.signed_at_ms DESC LIMIT 1)
		FROM campaigns c
		WHERE c.id = ${campaignId} AND c.opens_on <= ${isoDateInIllinois(ctx.nowMs)}`);
	if (result.rowsAffected === 0)
		fail('attestation', 'campaign', `expected an open campaign, got ${JSON.stringify(campaignId)}`);
	return id;
}
