import { asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@db/client';
import { acknowledgedSections, attestations, campaigns, users } from '@db/schema';
import { sectionsToSign, type EarlierAcknowledgement, type SectionToSign } from '@lib/editions/acknowledgement';
import { editions } from '@lib/editions/site';
import { fail } from '@rules/errors';
import { listOpenCampaigns } from './campaigns';
import { personalStatus, type AttestationStatus } from './deadlines';
import type { Authentication, SessionUser } from './session';
import { isoDateInIllinois } from './today';
import { generateId } from './tokens';

/** Attestations: each person's statuses, recording a signature, and receipts. */

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

/** Facts about the request an attestation records. */
export interface AttestContext {
	nowMs: number;
	address: string;
	userAgent: string;
	idempotencyKey: string;
	/** How and when the signer authenticated for this signature (issue 10 §4). */
	signedWith?: Authentication | undefined;
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
	// hash, and the earlier attestation this one supersedes, are read by the INSERT itself, which
	// returns the policy sections the campaign covers (if any) without another read.
	const inserted = await tx.all<{ edition_id: string | null; covers: string | null }>(sql`
		INSERT INTO attestations (id, user_id, campaign_id, text_version, text_sha256, signature, signed_at_ms, address, user_agent, idempotency_key, auth_method, authenticated_at_ms, supersedes_id)
		SELECT ${id}, ${user.id}, c.id, c.text_version, c.text_sha256, ${input.signature.trim()}, ${ctx.nowMs}, ${ctx.address}, ${ctx.userAgent.slice(0, 500)}, ${ctx.idempotencyKey}, ${ctx.signedWith?.method ?? null}, ${ctx.signedWith?.atMs ?? null},
			(SELECT a.id FROM attestations a WHERE a.user_id = ${user.id} AND a.campaign_id = c.id ORDER BY a.signed_at_ms DESC LIMIT 1)
		FROM campaigns c
		WHERE c.id = ${campaignId} AND c.opens_on <= ${isoDateInIllinois(ctx.nowMs)}
		RETURNING (SELECT edition_id FROM campaigns WHERE id = campaign_id) AS edition_id, (SELECT covers FROM campaigns WHERE id = campaign_id) AS covers`);
	const [campaign] = inserted;
	if (!campaign)
		fail('attestation', 'campaign', `expected an open campaign, got ${JSON.stringify(campaignId)}`);
	const covers = campaign.covers ? (JSON.parse(campaign.covers) as string[]) : null;
	if (campaign.edition_id && covers?.length) {
		const editionId = campaign.edition_id;
		const sections = sectionsToSign(editions, { editionId, covers }, await earlierAcknowledgements(tx, user.id));
		if (sections.length)
			await tx.insert(acknowledgedSections).values(sections.map((s) => acknowledgedRow(id, editionId, s)));
	}
	return id;
}

/** The row that records one section of a signature: the text signed and the text signed before. */
function acknowledgedRow(attestationId: string, editionId: string, s: SectionToSign): typeof acknowledgedSections.$inferInsert {
	return {
		attestationId,
		pageKey: s.page.key,
		label: s.label,
		editionId,
		textSha256: s.version.hash,
		previousEditionId: s.previous?.editionId ?? null,
		previousSha256: s.previous?.textSha256 ?? null,
	};
}


/** The latest text this person acknowledged of each page, by page key. */
export async function earlierAcknowledgements(db: Pick<Db, 'select'>, userId: string): Promise<Map<string, EarlierAcknowledgement>> {
	const rows = await db
		.select({ pageKey: acknowledgedSections.pageKey, editionId: acknowledgedSections.editionId, textSha256: acknowledgedSections.textSha256, signedAtMs: attestations.signedAtMs })
		.from(acknowledgedSections)
		.innerJoin(attestations, eq(attestations.id, acknowledgedSections.attestationId))
		.where(eq(attestations.userId, userId))
		.orderBy(asc(attestations.signedAtMs));
	// Oldest first, so the latest acknowledgement of each page is the one kept.
	return new Map(rows.map((r) => [r.pageKey, { editionId: r.editionId, textSha256: r.textSha256, signedAtMs: r.signedAtMs }]));
}

/** The sections an attestation acknowledged, as its receipt lists them. */
export async function acknowledgedSectionsOf(db: Pick<Db, 'select'>, attestationId: string) {
	// In the order they were signed (handbook order): the rowid is the insertion order.
	return db
		.select()
		.from(acknowledgedSections)
		.where(eq(acknowledgedSections.attestationId, attestationId))
		.orderBy(sql`rowid`);
}
