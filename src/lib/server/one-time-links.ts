import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '@db/client';
import { ONE_TIME_KINDS, oneTimeTokens } from '@db/schema';
import { generateToken, hashToken } from './tokens';

/** A kind of one-time link. */
export type OneTimeKind = (typeof ONE_TIME_KINDS)[number];

/** How long each kind of link stays valid, in milliseconds. */
export const ONE_TIME_LINK_TTL_MS: Record<OneTimeKind, number> = {
	setup: 24 * 60 * 60 * 1000,
	invitation: 7 * 24 * 60 * 60 * 1000,
	'password-reset': 60 * 60 * 1000,
};

/** The page each kind of link opens. */
export const ONE_TIME_LINK_PATH: Record<OneTimeKind, string> = {
	setup: '/setup/',
	invitation: '/signin/reset/',
	'password-reset': '/signin/reset/',
};

type Writer = Pick<Db, 'insert' | 'update' | 'select'> | Tx;

/** Creates a link; only the token's hash is stored. Returns the full URL to show once. */
export async function createOneTimeLink(
	tx: Writer,
	options: { kind: OneTimeKind; userId: string | null; baseUrl: string },
	nowMs: number,
): Promise<string> {
	const token = generateToken();
	await tx.insert(oneTimeTokens).values({
		id: hashToken(token),
		kind: options.kind,
		userId: options.userId,
		createdAtMs: nowMs,
		expiresAtMs: nowMs + ONE_TIME_LINK_TTL_MS[options.kind],
	});
	return new URL(`${ONE_TIME_LINK_PATH[options.kind]}${token}`, options.baseUrl).href;
}

/** Looks a link up without using it (to show the form): the row, or null when unknown, used or expired. */
export async function findOneTimeLink(
	db: Writer,
	token: string,
	kinds: readonly OneTimeKind[],
	nowMs: number,
) {
	const [row] = await db
		.select()
		.from(oneTimeTokens)
		.where(
			and(
				eq(oneTimeTokens.id, hashToken(token)),
				isNull(oneTimeTokens.usedAtMs),
				gt(oneTimeTokens.expiresAtMs, nowMs),
			),
		)
		.limit(1);
	return row && kinds.includes(row.kind) ? row : null;
}

/** Uses a link: marks it used in the same statement that checks it, so it works exactly once. */
export async function consumeOneTimeLink(
	tx: Writer,
	token: string,
	kinds: readonly OneTimeKind[],
	nowMs: number,
) {
	const [row] = await tx
		.update(oneTimeTokens)
		.set({ usedAtMs: nowMs })
		.where(
			and(
				eq(oneTimeTokens.id, hashToken(token)),
				isNull(oneTimeTokens.usedAtMs),
				gt(oneTimeTokens.expiresAtMs, nowMs),
			),
		)
		.returning();
	return row && kinds.includes(row.kind) ? row : null;
}

/** Marks every unused link of a kind (and user) used: a new link replaces the old ones. */
export async function revokeOneTimeLinks(
	tx: Writer,
	kind: OneTimeKind,
	userId: string | null,
	nowMs: number,
): Promise<void> {
	await tx
		.update(oneTimeTokens)
		.set({ usedAtMs: nowMs })
		.where(
			and(
				eq(oneTimeTokens.kind, kind),
				userId ? eq(oneTimeTokens.userId, userId) : isNull(oneTimeTokens.userId),
				isNull(oneTimeTokens.usedAtMs),
			),
		);
}
