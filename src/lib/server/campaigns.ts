import { asc, desc, eq, lte } from 'drizzle-orm';
import { createInsertSchema } from 'drizzle-zod';
import { z } from 'zod';
import type { Db, Tx } from '@db/client';
import { CAMPAIGN_KINDS, campaigns } from '@db/schema';
import { compareDates } from '@rules/dates';
import { IsoDateFieldSchema } from './iso-date';
import { fail } from '@rules/errors';
import { sha256Hex } from './tokens';

/** Training periods and acknowledgement campaigns: the officer's form, and listing and opening them. */

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
	await tx.insert(campaigns).values({
		...input,
		textSha256: sha256Hex(input.certificationText),
		createdByUserId: actorUserId,
		createdAtMs: nowMs,
	});
}
