import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@db/client';
import { userRoles, users } from '@db/schema';
import { fail } from '@rules/errors';
import { createOneTimeLink, revokeOneTimeLinks } from './one-time-links';
import { accountLinkMessage } from './mail/messages';
import { queueMessage } from './mail/outbox';
import { nextSendInstant } from './mail/send-window';
import { hashPassword, NewPasswordSchema } from './password';
import { invalidateUserSessions } from './session';
import { generateId } from './tokens';

/** A sign-in e-mail address, lower-cased. */
export const EmailSchema = z
	.string({ error: 'expected an e-mail address' })
	.trim()
	.toLowerCase()
	.pipe(
		z.email({
			error: (i) =>
				`expected an e-mail address like name@illinois.gov, got ${JSON.stringify(i.input)}`,
		}),
	);

/** The first-run form: the first administrator. */
export const FirstAdministratorSchema = z
	.object({
		name: z
			.string({ error: 'expected your name' })
			.trim()
			.min(1, { error: 'expected your name, got an empty text' })
			.max(200),
		email: EmailSchema,
		password: NewPasswordSchema,
		confirm: z.string({ error: 'expected the password again' }),
	})
	.refine((v) => v.password === v.confirm, {
		path: ['confirm'],
		error: 'expected the same password twice; the two differ',
	});
/** The parsed first-run form. */
export type FirstAdministrator = z.infer<typeof FirstAdministratorSchema>;

/** Setting a password from an invitation or reset link. */
export const SetPasswordSchema = z
	.object({
		password: NewPasswordSchema,
		confirm: z.string({ error: 'expected the password again' }),
	})
	.refine((v) => v.password === v.confirm, {
		path: ['confirm'],
		error: 'expected the same password twice; the two differ',
	});

/** True when an active administrator exists (first run is over). */
export async function administratorExists(db: Pick<Db, 'select'> | Tx): Promise<boolean> {
	const [row] = await db
		.select({ id: users.id })
		.from(userRoles)
		.innerJoin(users, eq(users.id, userRoles.userId))
		.where(and(eq(userRoles.role, 'administrator'), eq(users.active, true)))
		.limit(1);
	return row !== undefined;
}

/** Creates the first administrator; refuses when one exists (the setup link is then spent for nothing). */
export async function createFirstAdministrator(
	tx: Tx,
	input: FirstAdministrator,
	nowMs: number,
): Promise<string> {
	if (await administratorExists(tx))
		fail('setup', '', 'An administrator already exists; sign in instead.');
	const [existing] = await tx.select().from(users).where(eq(users.email, input.email)).limit(1);
	const id = existing?.id ?? generateId();
	const passwordHash = await hashPassword(input.password);
	if (existing) {
		await tx
			.update(users)
			.set({ passwordHash, active: true, breakGlass: true, updatedAtMs: nowMs })
			.where(eq(users.id, id));
	} else {
		await tx.insert(users).values({
			id,
			name: input.name,
			email: input.email,
			passwordHash,
			// Kept by the setup flow: the one password sign-in left when single sign-on is the only method.
			breakGlass: true,
			createdAtMs: nowMs,
			updatedAtMs: nowMs,
		});
	}
	await tx.insert(userRoles).values({ userId: id, role: 'administrator' }).onConflictDoNothing();
	return id;
}

/** Sets a user's password and ends all their sessions in the same transaction (Lucia's updateUserPassword). */
export async function setPassword(
	tx: Tx,
	userId: string,
	password: string,
	nowMs: number,
): Promise<void> {
	const passwordHash = await hashPassword(password);
	await tx.update(users).set({ passwordHash, updatedAtMs: nowMs }).where(eq(users.id, userId));
	await invalidateUserSessions(tx, userId);
}

/** Whether a password link (invitation, reset) may be issued or used for a person: with single sign-on
 * the only method, only for the break-glass administrator. */
export function passwordLinksAllowed(methods: readonly string[], person: { breakGlass: boolean }): boolean {
	return methods.includes('password') || person.breakGlass;
}

/** Why no password link is issued when passwords are off. */
export const PASSWORD_LINKS_OFF =
	'Password sign-in is off (SIGNIN_METHODS=oidc): people sign in with their agency account, so no password link is issued or accepted. Only the break-glass administrator keeps a password.';

/** Creates an invitation (no password yet) or a password-reset link for a user, and queues its mail. */
export async function issueAccountLink(
	tx: Tx,
	user: { id: string; email: string; name: string; passwordHash: string | null },
	baseUrl: string,
	nowMs: number,
): Promise<{ kind: 'invitation' | 'password-reset'; link: string }> {
	const kind = user.passwordHash ? 'password-reset' : 'invitation';
	await revokeOneTimeLinks(tx, kind, user.id, nowMs);
	const link = await createOneTimeLink(tx, { kind, userId: user.id, baseUrl }, nowMs);
	// A reset is asked for now and lasts an hour: it goes at once. An invitation waits for sending hours.
	await queueMessage(tx, { ...accountLinkMessage(kind, user, link), notBeforeMs: kind === 'invitation' ? nextSendInstant(nowMs) : nowMs }, nowMs);
	return { kind, link };
}
