import { eq } from 'drizzle-orm';
import { writeTransaction } from '@db/write-queue';
import { userRoles, users } from '@db/schema';
import { appendAudit } from '../audit';
import { createSession, recordReauthentication, type Session } from '../session';
import type { Services } from '../services';
import { completeSignIn, OidcSignInError, type OidcIdentity } from './client';
import { issueResumeKey, takeSignInRequest } from './sign-in-requests';

/**
 * The provider's redirect back to the portal: the parameters checked, the sign-in request of this
 * browser taken (once), the code traded and the ID token checked, then the person found on the
 * roster by the configured claim. Someone the roster does not know, or a deactivated account, is
 * refused with a page and an audit entry, and no account is ever created here. A re-authentication
 * before signing must confirm the person already signed in; it returns to the form with what was typed.
 */

/** What the callback page does. */
export type CallbackOutcome =
	| { kind: 'signed-in'; token: string; session: Session; returnTo: string; roles: string[] }
	| { kind: 'reauthenticated'; returnTo: string }
	| { kind: 'refused'; status: 400 | 403 | 503; message: string };

/** The parameters a provider's answer carries, each at most once. */
const SINGLE_PARAMETERS = ['code', 'state', 'iss', 'error', 'error_description', 'session_state'] as const;

/** Checks the callback's query: a missing or repeated parameter is a 400 with the reason; null when fine. */
export function callbackParameterProblem(search: URLSearchParams): string | null {
	for (const name of SINGLE_PARAMETERS) {
		if (search.getAll(name).length > 1) return `The sign-in answer repeats the parameter "${name}"; it is refused. Start again from the sign-in page.`;
	}
	const error = search.get('error');
	if (error) {
		const description = search.get('error_description');
		return `The identity provider did not sign you in: ${error}${description ? ` (${description})` : ''}. Start again from the sign-in page.`;
	}
	for (const name of ['code', 'state'] as const) {
		if (!search.get(name)) return `The sign-in answer is missing the "${name}" parameter; it is refused. Start again from the sign-in page.`;
	}
	return null;
}

/** Why a callback found no sign-in request: the same words whether it never existed, was used or expired. */
export const NO_SIGN_IN_REQUEST = 'This sign-in was not started in this browser, was already completed, or took longer than 10 minutes. Start again from the sign-in page.';

/** The account a provider identity names on the roster: by e-mail, or by employee id for any other claim. */
async function findRosterAccount(services: Services, claim: string, key: string) {
	const column = claim === 'email' ? users.email : users.employeeId;
	const [user] = await services.db.select({ id: users.id, active: users.active, name: users.name }).from(users).where(eq(column, key)).limit(1);
	return user ?? null;
}

/** Handles one callback request. `cookieKey` is the browser's sign-in request key; `current` its session, if any. */
export async function handleCallback(
	services: Services,
	request: { url: URL; cookieKey: string | undefined; current: { session: Session; userId: string } | null; address: string },
	nowMs: number,
): Promise<CallbackOutcome> {
	const refuse = async (status: 400 | 403 | 503, message: string, reason: string, details: Record<string, unknown> = {}, actorUserId: string | null = null): Promise<CallbackOutcome> => {
		await writeTransaction(services.db, (tx) =>
			appendAudit(tx, { actorUserId, action: 'session.sso-refused', subject: 'account', details: { reason, address: request.address, ...details } }, nowMs),
		);
		return { kind: 'refused', status, message };
	};
	const problem = callbackParameterProblem(request.url.searchParams);
	if (problem) return refuse(400, problem, 'callback');
	const state = await services.signOn.provider(nowMs);
	if (!state.ok) return { kind: 'refused', status: 503, message: state.message };
	const { provider } = state;
	const taken = request.cookieKey ? await writeTransaction(services.db, (tx) => takeSignInRequest(tx, request.cookieKey!, nowMs)) : null;
	if (!taken) return refuse(400, NO_SIGN_IN_REQUEST, 'no-request');

	// The provider redirected to the registered address; a proxy may have changed what this server saw.
	const callbackUrl = new URL(provider.redirectUri);
	callbackUrl.search = request.url.search;
	let identity: OidcIdentity;
	try {
		identity = await completeSignIn(provider, callbackUrl, taken.pending, nowMs);
	} catch (error) {
		if (error instanceof OidcSignInError) return refuse(400, error.message, error.code);
		throw error;
	}
	const account = await findRosterAccount(services, provider.accountClaim, identity.accountKey);
	const who = { claim: provider.accountClaim, accountKey: identity.accountKey };
	if (!account)
		return refuse(403, `Your identity provider account (${identity.accountKey}) is not on the agency’s roster, so the portal has no account for it. Ask Human Resources to check your roster entry.`, 'not-on-roster', who);
	if (!account.active)
		return refuse(403, `The portal account of ${identity.accountKey} is deactivated. Ask an administrator if this is a mistake.`, 'deactivated', who, account.id);

	const auth = { method: 'oidc' as const, atMs: identity.authenticatedAtMs, oidcSid: identity.sid, oidcSubject: identity.subject };
	if (taken.userId) {
		if (!request.current || request.current.userId !== taken.userId || account.id !== taken.userId)
			return refuse(403, `The identity provider confirmed ${identity.accountKey}, who is not the person signed in here: nothing was signed. Sign in again as yourself.`, 'other-person', who, taken.userId);
		const resume = await writeTransaction(services.db, async (tx) => {
			await recordReauthentication(tx, request.current!.session.id, auth);
			await appendAudit(tx, { actorUserId: account.id, action: 'session.reauthenticated', subject: `user:${account.id}`, details: { method: 'oidc', address: request.address } }, nowMs);
			return issueResumeKey(tx, taken.id);
		});
		const back = new URL(taken.returnTo, 'http://portal.invalid');
		back.searchParams.set('resume', resume);
		return { kind: 'reauthenticated', returnTo: back.pathname + back.search };
	}
	const created = await writeTransaction(services.db, async (tx) => {
		const made = await createSession(tx, account.id, nowMs, auth);
		await appendAudit(tx, { actorUserId: account.id, action: 'session.sign-in', subject: `user:${account.id}`, details: { method: 'oidc', address: request.address } }, nowMs);
		return made;
	});
	const roles = await services.db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, account.id));
	return { kind: 'signed-in', ...created, returnTo: taken.returnTo, roles: roles.map((r) => r.role) };
}
