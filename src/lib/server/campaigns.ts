import { asc, desc, eq, lte } from 'drizzle-orm';
import { createInsertSchema } from 'drizzle-zod';
import { z } from 'zod';
import type { Db, Tx } from '@db/client';
import { CAMPAIGN_KINDS, campaigns } from '@db/schema';
import { compareDates } from '@rules/dates';
import { IsoDateFieldSchema } from './iso-date';
import { fail } from '@rules/errors';
import { sha256Hex } from './tokens';
import { editions } from '@lib/editions/site';
import { EDITION_COLLECTIONS } from '@lib/editions/manifest';
import { changesSinceCampaign, roundCovers } from '@lib/editions/acknowledgement';

/** Training periods and acknowledgement campaigns: the officer's form, and listing and opening them. */

/** What each campaign kind certifies, for headings. */
export const CAMPAIGN_KIND_LABELS: Record<(typeof CAMPAIGN_KINDS)[number], string> = {
	'ethics-training': 'Annual ethics training (Ethics Act 5-10)',
	'harassment-training': 'Annual sexual-harassment prevention training (Ethics Act 5-10.5)',
	'handbook-acknowledgement': 'Employee Handbook acknowledgement',
	'ap20-certificate': 'Administrative Procedure #20 certificate of understanding',
};

const editionIds = editions.editions.map((e) => e.id) as [string, ...string[]];
/** One of the released editions (content/editions.yaml). */
const EditionIdSchema = z.enum(editionIds, {
	error: (i) => `expected one of the editions ${editionIds.join(', ')}, got ${JSON.stringify(i.input)}`,
});
/** The collections an acknowledgement covers: ticked boxes (none, one or several), stored as null when none. */
const CoversSchema = z.preprocess(
	(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
	z.array(
		z.enum(EDITION_COLLECTIONS, {
			error: (i) => `expected one of ${EDITION_COLLECTIONS.join(', ')}, got ${JSON.stringify(i.input)}`,
		}),
	),
).transform((list) => (list.length ? [...new Set(list)] : null));

/** Opening a training period or acknowledgement campaign (officer form), derived from the table. */
export const CampaignInputSchema = createInsertSchema(campaigns, {
	id: (s) =>
		s.trim().regex(/^[a-z0-9][a-z0-9-]{2,60}$/, {
			error: (i) =>
				`expected a short name of lower-case letters, digits and dashes (e.g. ethics-2026), got ${JSON.stringify(i.input)}`,
		}),
	kind: () =>
		z.enum(CAMPAIGN_KINDS, {
			error: (i) => `expected one of ${CAMPAIGN_KINDS.join(', ')}, got ${JSON.stringify(i.input)}`,
		}),
	title: (s) => s.trim().min(3, { error: 'expected a title of at least 3 characters' }).max(200),
	opensOn: () => IsoDateFieldSchema,
	deadlineOn: () => IsoDateFieldSchema,
	certificationText: (s) =>
		s
			.trim()
			.min(20, { error: 'expected the full certification text (at least 20 characters)' })
			.max(20_000),
	textVersion: (s) =>
		s.trim().min(1, { error: 'expected a version label for the text, e.g. 2026-1' }).max(40),
	editionId: () => EditionIdSchema.default(editions.current.id),
	covers: () => CoversSchema,
})
	.pick({
		id: true,
		kind: true,
		title: true,
		opensOn: true,
		deadlineOn: true,
		certificationText: true,
		textVersion: true,
		editionId: true,
		covers: true,
	})
	.refine((v) => compareDates(v.deadlineOn, v.opensOn) >= 0, {
		path: ['deadlineOn'],
		error: 'expected a deadline on or after the opening day',
	});
/** A parsed campaign form. */
export type CampaignInput = z.infer<typeof CampaignInputSchema>;

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

/** Opens a campaign; the text's SHA-256 is computed here, never typed. */
export async function openCampaign(
	tx: Tx,
	input: Omit<CampaignInput, 'editionId' | 'covers'> & { editionId?: string | null; covers?: string[] | null },
	actorUserId: string,
	nowMs: number,
	followsCampaignId: string | null = null,
): Promise<void> {
	const [taken] = await tx
		.select({ id: campaigns.id })
		.from(campaigns)
		.where(eq(campaigns.id, input.id))
		.limit(1);
	if (taken) fail('campaign', 'id', `expected a new short name; ${input.id} is already used`);
	await tx.insert(campaigns).values({
		...input,
		textSha256: sha256Hex(input.certificationText),
		createdByUserId: actorUserId,
		createdAtMs: nowMs,
		followsCampaignId,
	});
}

/** Starting a re-acknowledgement round (officer form): what the officer chooses; the rest follows the campaign. */
export const RoundInputSchema = z
	.object({
		id: CampaignInputSchema.shape.id,
		title: CampaignInputSchema.shape.title,
		opensOn: IsoDateFieldSchema,
		deadlineOn: IsoDateFieldSchema,
		certificationText: CampaignInputSchema.shape.certificationText,
	})
	.refine((v) => compareDates(v.deadlineOn, v.opensOn) >= 0, {
		path: ['deadlineOn'],
		error: 'expected a deadline on or after the opening day',
	});
export type RoundInput = z.infer<typeof RoundInputSchema>;

/** A campaign row. */
export type Campaign = typeof campaigns.$inferSelect;

export async function findCampaign(db: Pick<Db, 'select'>, id: string): Promise<Campaign | null> {
	const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id)).limit(1);
	return row ?? null;
}

/** The rounds that follow a campaign, oldest first. */
export async function roundsFollowing(db: Pick<Db, 'select'>, id: string): Promise<Campaign[]> {
	return db.select().from(campaigns).where(eq(campaigns.followsCampaignId, id)).orderBy(asc(campaigns.createdAtMs));
}

/**
 * What the current edition changed in the sections a campaign covers, or null when there is nothing
 * to re-acknowledge (no edition, no covered text, or the campaign is on the current edition).
 */
export function pendingChanges(campaign: Pick<Campaign, 'editionId' | 'covers'>) {
	const changes = changesSinceCampaign(editions, campaign, editions.current.id);
	return changes.toAcknowledge.length || changes.removed.length ? changes : null;
}

/** The certification text a round proposes: what changed, in which edition, and that it was read. */
export function proposedRoundText(campaign: Pick<Campaign, 'title' | 'editionId' | 'covers'>): string {
	const changes = pendingChanges(campaign);
	const labels = changes?.toAcknowledge.map((s) => s.label) ?? [];
	return `I have read the changes made by edition ${editions.current.id} (${editions.current.date}) to the sections covered by “${campaign.title}” (edition ${campaign.editionId}): ${labels.join('; ')}. I understand them and agree to comply with them.`;
}

/**
 * Opens a re-acknowledgement round: the campaign's kind, bound to the current edition, covering
 * exactly the sections the current edition changed or added since the campaign's edition.
 */
export async function openRound(tx: Tx, follows: Campaign, input: RoundInput, actorUserId: string, nowMs: number): Promise<string[]> {
	const started = (await roundsFollowing(tx, follows.id)).find((r) => r.editionId === editions.current.id);
	if (started)
		fail('campaign', 'follows', `expected one round per edition; ${started.id} already asks for the changes of edition ${editions.current.id}`);
	const changes = pendingChanges(follows);
	const covers = changes ? roundCovers(changes) : [];
	if (covers.length === 0)
		fail('campaign', 'follows', `expected a campaign whose covered sections changed since edition ${follows.editionId}; ${follows.id} has none to re-acknowledge`);
	await openCampaign(
		tx,
		{ ...input, kind: follows.kind, textVersion: editions.current.id, editionId: editions.current.id, covers },
		actorUserId,
		nowMs,
		follows.id,
	);
	return covers;
}
