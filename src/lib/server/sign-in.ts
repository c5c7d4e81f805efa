import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeTransaction } from '@db/write-queue';
import { users } from '@db/schema';
import { EmailSchema } from './accounts';
import { appendAudit } from './audit';
import { verifyPassword } from './password';
import { createSession, type Session } from './session';
import type { Services } from './services';

/** The sign-in form. */
export const SignInSchema = z.object({
	email: EmailSchema,
	password: z
		.string({ error: 'expected your password' })
		.min(1, { error: 'expected your password, got an empty field' })
		.max(256),
});

/** The one answer for an unknown account, a wrong password and a deactivated account. */
export const SIGN_IN_REFUSED = 'The e-mail address or password is not right.';

/** Outcome of a sign-in attempt. */
export type SignInResult =
	| { ok: true; token: string; session: Session; userId: string }
	| { ok: false; reason: 'refused' | 'throttled'; message: string };

/**
 * Checks e-mail and password. Throttled per address (a bucket) and per account (a lockout, keyed on
 * the typed address whether or not it exists, so the behaviour reveals nothing). An unknown account
 * runs the same argon2 work as a wrong password and gets the same answer. Every attempt is audited.
 */
export async function signIn(
	services: Services,
	input: z.infer<typeof SignInSchema>,
	address: string,
	nowMs: number,
): Promise<SignInResult> {
	const { db, throttlers } = services;
	if (!throttlers.signInPerAddress.consume(address, 1, nowMs)) {
		return {
			ok: false,
			reason: 'throttled',
			message: 'Too many sign-in attempts from this network. Please wait a minute and try again.',
		};
	}
	if (!throttlers.signInPerAccount.consume(input.email, nowMs)) {
		const seconds = throttlers.signInPerAccount.retryAfterSeconds(input.email, nowMs);
		return {
			ok: false,
			reason: 'throttled',
			message: `Too many attempts for this account. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
		};
	}
	const [user] = await db.select().from(users).where(eq(users.email, input.email)).limit(1);
	// With single sign-on the only method, a password opens only the break-glass administrator; the
	// same argon2 work and the same answer for everyone else, so the form reveals nothing.
	const passwordsOn = services.signOn.methods.includes('password');
	const allowed = user?.active && (passwordsOn || user.breakGlass);
	const valid = await verifyPassword(allowed ? user!.passwordHash : null, input.password);
	if (!user || !valid) {
		await writeTransaction(db, (tx) =>
			appendAudit(
				tx,
				{
					actorUserId: null,
					action: 'session.sign-in-refused',
					subject: 'account',
					details: { address, ...(user && !allowed && user.active ? { reason: 'password-sign-in-off' } : {}) },
				},
				nowMs,
			),
		);
		return { ok: false, reason: 'refused', message: SIGN_IN_REFUSED };
	}
	throttlers.signInPerAccount.reset(input.email);
	const { token, session } = await writeTransaction(db, async (tx) => {
		const created = await createSession(tx, user.id, nowMs);
		await appendAudit(
			tx,
			{
				actorUserId: user.id,
				action: passwordsOn ? 'session.sign-in' : 'session.break-glass-sign-in',
				subject: `user:${user.id}`,
				details: { address, method: 'password' },
			},
			nowMs,
		);
		return created;
	});
	return { ok: true, token, session, userId: user.id };
}

/** Where to go after signing in: a same-site path from `next`, else the home of the highest role. */
export function landingPath(next: string | null, roles: readonly string[]): string {
	if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\'))
		return next;
	if (roles.includes('ethics-officer')) return '/officer/';
	if (roles.includes('administrator') && !roles.includes('employee')) return '/admin/';
	return '/account/';
}
