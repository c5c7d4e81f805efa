import { eq, is, lt, Placeholder, sql } from 'drizzle-orm';
import type { AstroCookies } from 'astro';
import { readFirstRow, type Db } from '@db/client';
import { withWriteLock } from '@db/write-queue';
import { ROLES, sessions, userRoles, users, type AuthMethod, type Role } from '@db/schema';
import { constantTimeEqualString } from './constant-time';
import { generateToken, hashToken } from './tokens';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'session';
/** A session lives 30 days from its last renewal (Lucia guide). */
export const SESSION_EXPIRES_IN_MS = 30 * 24 * 60 * 60 * 1000;
/** A session used with less than 15 days left is extended by another 30 (sliding expiry). */
export const SESSION_RENEW_WITHIN_MS = 15 * 24 * 60 * 60 * 1000;

/** The signed-in user as pages see it. */
export interface SessionUser {
	id: string;
	employeeId: string | null;
	name: string;
	email: string;
	workUnit: string;
	roles: Role[];
}

/** A validated session. */
export interface Session {
	id: string;
	userId: string;
	expiresAtMs: number;
	/** How and when the person last proved who they are in this session (a signature needs it recent). */
	authMethod: AuthMethod;
	authenticatedAtMs: number;
}

/** How a session's person authenticated: the method, when, and for single sign-on the provider's session. */
export interface Authentication {
	method: AuthMethod;
	atMs: number;
	oidcSid?: string | null;
	oidcSubject?: string | null;
}

/** Result of validating a cookie: both set, or both null. */
export type SessionValidation =
	| { session: Session; user: SessionUser; renewed: boolean }
	| { session: null; user: null; renewed: false };

/** Starts a session for a user; returns the token for the cookie (only its hash is stored).
 * Without `auth`, the person has just given their password. */
export async function createSession(
	db: Pick<Db, 'insert'>,
	userId: string,
	nowMs: number,
	auth: Authentication = { method: 'password', atMs: nowMs },
): Promise<{ token: string; session: Session }> {
	const token = generateToken();
	const session: Session = {
		id: hashToken(token),
		userId,
		expiresAtMs: nowMs + SESSION_EXPIRES_IN_MS,
		authMethod: auth.method,
		authenticatedAtMs: auth.atMs,
	};
	await db.insert(sessions).values({
		...session,
		createdAtMs: nowMs,
		oidcSid: auth.oidcSid ?? null,
		oidcSubject: auth.oidcSubject ?? null,
	});
	return { token, session };
}

/** Records a fresh authentication in a session (a re-authentication before signing). */
export async function recordReauthentication(
	db: Pick<Db, 'update'>,
	sessionId: string,
	auth: Authentication,
): Promise<void> {
	await db
		.update(sessions)
		.set({ authMethod: auth.method, authenticatedAtMs: auth.atMs })
		.where(eq(sessions.id, sessionId));
}

/**
 * The session lookup every signed-in request makes, built once per database: building a drizzle
 * query costs several times more than running it, and only the columns used are read (one
 * statement; the roles come along as a list rather than in a second query).
 */
function buildSessionLookup(db: Db) {
	return db
		.select({
			id: sessions.id,
			expiresAtMs: sessions.expiresAtMs,
			authMethod: sessions.authMethod,
			authenticatedAtMs: sessions.authenticatedAtMs,
			userId: users.id,
			active: users.active,
			employeeId: users.employeeId,
			name: users.name,
			email: users.email,
			workUnit: users.workUnit,
			roles: sql<
				string | null
			>`(SELECT group_concat(${userRoles.role}) FROM ${userRoles} WHERE ${userRoles.userId} = ${sessions.userId})`,
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, sql.placeholder('id')))
		.limit(1)
		.prepare();
}

/** One prepared lookup per database (tests open many). */
const sessionLookups = new WeakMap<Db, ReturnType<typeof buildSessionLookup>>();

function sessionLookup(db: Db): ReturnType<typeof buildSessionLookup> {
	let lookup = sessionLookups.get(db);
	if (!lookup) sessionLookups.set(db, (lookup = buildSessionLookup(db)));
	return lookup;
}

/** What the session lookup reads. */
type SessionRow = NonNullable<Awaited<ReturnType<ReturnType<typeof buildSessionLookup>['get']>>>;

/**
 * Runs the session lookup. On a file database its SQL (drizzle's own, so the query is defined once)
 * runs as a statement prepared once on the hot-path reader (db/client.ts readFirstRow); the values
 * come back in the order of the select above. Elsewhere (a libSQL server) drizzle runs it.
 */
async function findSessionRow(db: Db, id: string): Promise<SessionRow | undefined> {
	const lookup = sessionLookup(db);
	const query = lookup.getQuery();
	const values = readFirstRow(
		db,
		query.sql,
		query.params.map((p) => (is(p, Placeholder) ? id : p)),
	);
	if (values === null) return lookup.get({ id });
	if (!values) return undefined;
	const [sessionId, expiresAtMs, authMethod, authenticatedAtMs, userId, active, employeeId, name, email, workUnit, roles] = values;
	return {
		id: String(sessionId),
		expiresAtMs: Number(expiresAtMs),
		authMethod: authMethod === 'oidc' ? 'oidc' : 'password',
		authenticatedAtMs: Number(authenticatedAtMs),
		userId: String(userId),
		active: Boolean(active),
		employeeId: employeeId === null ? null : String(employeeId),
		name: String(name),
		email: String(email),
		workUnit: String(workUnit),
		roles: roles === null ? null : String(roles),
	};
}

/**
 * Looks a cookie token up by its hash: expired sessions and sessions of deactivated accounts are
 * deleted and refused; a session in its second half is extended (the caller re-sets the cookie).
 */
export async function validateSessionToken(
	db: Db,
	token: string,
	nowMs: number,
): Promise<SessionValidation> {
	const none = { session: null, user: null, renewed: false } as const;
	const id = hashToken(token);
	const row = await findSessionRow(db, id);
	// The index lookup already matched; the constant-time check keeps every secret comparison uniform.
	if (!row || !constantTimeEqualString(row.id, id)) return none;
	if (nowMs >= row.expiresAtMs || !row.active) {
		await withWriteLock(db, () => db.delete(sessions).where(eq(sessions.id, id)));
		return none;
	}
	let expiresAtMs = row.expiresAtMs;
	const renewed = expiresAtMs - nowMs < SESSION_RENEW_WITHIN_MS;
	if (renewed) {
		expiresAtMs = nowMs + SESSION_EXPIRES_IN_MS;
		await withWriteLock(db, () =>
			db.update(sessions).set({ expiresAtMs }).where(eq(sessions.id, id)),
		);
	}
	const roles = (row.roles ?? '')
		.split(',')
		.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
	return {
		session: { id, userId: row.userId, expiresAtMs, authMethod: row.authMethod, authenticatedAtMs: row.authenticatedAtMs },
		user: {
			id: row.userId,
			employeeId: row.employeeId,
			name: row.name,
			email: row.email,
			workUnit: row.workUnit,
			roles,
		},
		renewed,
	};
}

/** Ends one session (sign-out). */
export async function invalidateSession(db: Pick<Db, 'delete'>, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (password change, deactivation, an administrator's request). */
export async function invalidateUserSessions(
	db: Pick<Db, 'delete'>,
	userId: string,
): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Deletes expired sessions (housekeeping at start-up). */
export async function deleteExpiredSessions(db: Db, nowMs: number): Promise<void> {
	await db.delete(sessions).where(lt(sessions.expiresAtMs, nowMs));
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure in production, path /, expiring with the session. */
export function setSessionCookie(
	cookies: AstroCookies,
	token: string,
	expiresAtMs: number,
	secure: boolean,
): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		path: '/',
		expires: new Date(expiresAtMs),
	});
}

/** Clears the session cookie. */
export function deleteSessionCookie(cookies: AstroCookies, secure: boolean): void {
	cookies.set(SESSION_COOKIE, '', {
		httpOnly: true,
		sameSite: 'lax',
		secure,
		path: '/',
		maxAge: 0,
	});
}
