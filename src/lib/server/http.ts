import type { APIContext, AstroGlobal } from 'astro';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { idempotencyKeys, type Role } from '@db/schema';
import { type Tx } from '@db/client';
import { writeTransaction } from '@db/write-queue';
import { RuleInputError, toFieldIssues, type FieldIssue } from '@rules/errors';
import { appendAudit, type AuditEvent } from './audit';
import { decideAccess, hasRole } from './authz';
import { recordReauthentication, type Authentication, type SessionUser } from './session';
import { checkSigning } from './signing-auth';
import { findResumedForm } from './oidc/sign-in-requests';
import { formatInstant } from './today';
import type { Services } from './services';
import { HttpError, responseForError } from './http-errors';
import { generateToken } from './tokens';

/** The request context a page or endpoint has (Astro global or API context). */
export type Ctx = Pick<
	APIContext | AstroGlobal,
	'request' | 'locals' | 'url' | 'cookies' | 'routePattern' | 'clientAddress'
>;

/** The client's address as the server saw it (the one place that reads it). */
export function clientAddress(ctx: Pick<Ctx, 'clientAddress'>): string {
	try {
		return ctx.clientAddress;
	} catch {
		// Astro throws when the adapter cannot tell (e.g. in tests with a constructed request).
		return 'unknown';
	}
}

/** The signed-in user, or a 401. */
export function requireUser(ctx: Pick<Ctx, 'locals'>): SessionUser {
	const user = ctx.locals.user;
	if (!user) throw new HttpError(401, 'Please sign in first.');
	return user;
}

/** The signed-in user holding the role, or a 401/403. */
export function requireRole(ctx: Pick<Ctx, 'locals'>, role: Role): SessionUser {
	const user = requireUser(ctx);
	if (!hasRole(user, role))
		throw new HttpError(403, 'Your account does not have access to this page.');
	return user;
}

/** Re-checks the route table for this request (the middleware did it first; pages must not rely on that alone). */
export function requireRouteAccess(ctx: Pick<Ctx, 'locals' | 'routePattern'>): SessionUser | null {
	const decision = decideAccess(ctx.routePattern, ctx.locals.user);
	if (decision === 'sign-in-required') throw new HttpError(401, 'Please sign in first.');
	if (decision === 'forbidden')
		throw new HttpError(403, 'Your account does not have access to this page.');
	return ctx.locals.user;
}

/** A fresh idempotency key to put in a form as a hidden field. */
export function newIdempotencyKey(): string {
	return generateToken();
}

/** The hidden field every state-changing form carries. */
export const IdempotencyKeySchema = z
	.string({ error: 'expected the form to carry its submission key' })
	.regex(/^[a-z2-7]{32}$/, {
		error: 'expected the form to carry its submission key; reload the page and submit again',
	});

/** What a form shows again: an error beside each field (every message in order: a roster file can
 * have many bad lines), the typed values, and the message at the top. */
interface FilledForm {
	errors: Record<string, string>;
	issues: readonly FieldIssue[];
	values: Record<string, string>;
	message: string;
}

/** The state a form renders: untouched, refused, or back from re-authenticating before signing with
 * the typed values to check and submit. */
export type FormState = { status: 'idle' } | ({ status: 'invalid' } & FilledForm) | ({ status: 'resumed' } & FilledForm);

/** What an action did: where to send the browser, and what to write to the audit log. */
export interface ActionResult {
	redirectTo: string;
	audit: AuditEvent | AuditEvent[];
	/** Runs after the commit (e.g. set the session cookie); skipped for a retried submission. */
	onCommitted?: () => void;
}

/** Facts about the request an action may record. */
export interface ActionContext {
	user: SessionUser | null;
	nowMs: number;
	address: string;
	userAgent: string;
	services: Services;
	/** For a signing form: how and when the signer authenticated for this signature. */
	signedWith?: Authentication;
}

/** How one form is handled. */
export interface FormSpec<S extends z.ZodType> {
	/** Route name for the idempotency record, e.g. "attest". */
	route: string;
	/** The form's fields (strings from FormData; files arrive as File). */
	schema: S;
	/** A signature (attestation, disclosure, determination): needs a recent authentication (signing-auth.ts). */
	signing?: boolean;
	/** Object-level check, before parsing: throw HttpError(403/404) to refuse. */
	authorize?: (ctx: ActionContext) => Promise<void> | void;
	/** The change, inside one IMMEDIATE transaction with the idempotency record and the audit entry. */
	act: (
		tx: Tx,
		input: z.output<S>,
		ctx: ActionContext & { idempotencyKey: string },
	) => Promise<ActionResult>;
}

/** Reads a form body into a plain object: repeated names become arrays, files stay File. */
async function readForm(
	request: Request,
): Promise<Record<string, FormDataEntryValue | FormDataEntryValue[]>> {
	// Plain forms are parsed as URL-encoded text: Request.formData() costs several times more, and
	// every attestation comes this way. File uploads (the roster) still go through formData().
	const type = request.headers.get('content-type') ?? '';
	const form = type.startsWith('application/x-www-form-urlencoded')
		? new URLSearchParams(await request.text())
		: await request.formData();
	const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key);
		out[key] = all.length === 1 ? all[0]! : all;
	}
	return out;
}

/** The typed values to put back into the form (strings only; never passwords or files). */
function echoValues(raw: Record<string, unknown>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(raw).filter(
			([k, v]) => typeof v === 'string' && !/password|idempotencyKey/i.test(k),
		) as [string, string][],
	);
}

/** Turns field issues into one message per field (the first one wins). */
function errorsByField(issues: readonly FieldIssue[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of issues) out[issue.field || 'form'] ??= issue.message;
	return out;
}

/**
 * The one route helper for a form POST. Guard order: throttle, session and role ran in the
 * middleware and the role is re-checked here from the same table; then the object check, the parse
 * (zod, an error per field), the act and the audit entry, all in one IMMEDIATE transaction together
 * with the idempotency record, so a retried submission gets the first answer and a crash before the
 * commit leaves nothing half-written. Returns a Response (redirect or error) or the form's state.
 */
export async function runForm<S extends z.ZodType>(
	ctx: Ctx,
	spec: FormSpec<S>,
): Promise<Response | FormState> {
	if (ctx.request.method !== 'POST') return spec.signing ? resumedForm(ctx) : { status: 'idle' };
	try {
		const user = requireRouteAccess(ctx);
		const services = ctx.locals.services;
		const actx: ActionContext = {
			user,
			nowMs: Date.now(),
			address: clientAddress(ctx),
			userAgent: ctx.request.headers.get('user-agent') ?? '',
			services,
		};
		await spec.authorize?.(actx);
		const raw = await readForm(ctx.request);
		const key = IdempotencyKeySchema.safeParse(raw.idempotencyKey ?? '');
		const parsed = spec.schema.safeParse(raw);
		if (!key.success || !parsed.success) {
			const keyIssues = key.success
				? []
				: toFieldIssues(key.error).map((i) => ({ ...i, field: 'idempotencyKey' }));
			const issues = [...keyIssues, ...(parsed.success ? [] : toFieldIssues(parsed.error))];
			return {
				status: 'invalid',
				errors: errorsByField(issues),
				issues,
				values: echoValues(raw),
				message: 'Please correct the fields marked below.',
			};
		}
		let refreshSession = false;
		if (spec.signing) {
			const session = ctx.locals.session;
			if (!session || !user) throw new HttpError(401, 'Please sign in first.');
			const values = echoValues(raw);
			const check = await checkSigning(
				services,
				{ session, user, raw, cookies: ctx.cookies, returnTo: ctx.url.pathname, formValues: values },
				actx.nowMs,
			);
			if (!check.ok) {
				if ('redirect' in check) return check.redirect;
				const issues = [{ field: check.field, message: check.message }];
				return { status: 'invalid', errors: errorsByField(issues), issues, values, message: 'Please correct the fields marked below.' };
			}
			actx.signedWith = check.auth;
			refreshSession = check.refreshSession;
		}
		try {
			let onCommitted: (() => void) | undefined;
			const redirectTo = await writeTransaction(services.db, async (tx, attempt) => {
				// A rerun starts clean: a rolled-back attempt's after-commit step must never run.
				onCommitted = undefined;
				// In a group, a repeated key is caught by the unique index on insert below, which sends
				// the group back to run member by member; alone, the key is looked up first.
				if (attempt.alone) {
					const [seen] = await tx
						.select()
						.from(idempotencyKeys)
						.where(eq(idempotencyKeys.key, key.data))
						.limit(1);
					if (seen) return seen.redirectTo;
				}
				const result = await spec.act(tx, parsed.data, { ...actx, idempotencyKey: key.data });
				// A password re-entered to sign counts as the session's latest authentication.
				if (refreshSession && actx.signedWith) await recordReauthentication(tx, ctx.locals.session!.id, actx.signedWith);
				onCommitted = result.onCommitted;
				for (const event of [result.audit].flat()) await appendAudit(tx, event, actx.nowMs);
				// A plain statement: the insert builder costs more than the insert on this hot path.
				await tx.run(sql`
					INSERT INTO idempotency_keys (key, user_id, route, redirect_to, created_at_ms)
					VALUES (${key.data}, ${user?.id ?? null}, ${spec.route}, ${result.redirectTo}, ${actx.nowMs})`);
				return result.redirectTo;
			});
			onCommitted?.();
			return new Response(null, { status: 303, headers: { Location: redirectTo } });
		} catch (error) {
			if (error instanceof RuleInputError) {
				return {
					status: 'invalid',
					errors: errorsByField(error.issues),
					issues: error.issues,
					values: echoValues(raw),
					message: 'Please correct the fields marked below.',
				};
			}
			throw error;
		}
	} catch (error) {
		return responseForError(error);
	}
}

/** A signing form's GET after re-authenticating at the provider: what was typed, put back (`?resume=`). */
async function resumedForm(ctx: Ctx): Promise<FormState> {
	const key = ctx.url.searchParams.get('resume');
	const { user, session, services } = ctx.locals;
	if (!key || !user || !session) return { status: 'idle' };
	const values = await findResumedForm(services.db, key, user.id, Date.now());
	if (!values) return { status: 'idle' };
	return {
		status: 'resumed',
		errors: {},
		issues: [],
		values,
		message: `You confirmed who you are at ${formatInstant(session.authenticatedAtMs)}. Check what you typed, then submit to sign.`,
	};
}

/** The one helper for a page's GET data: the role re-check, then `load`; refusals become responses. */
export async function runPage<T>(
	ctx: Ctx,
	load: (user: SessionUser | null, services: Services) => Promise<T>,
): Promise<Response | T> {
	try {
		const user = requireRouteAccess(ctx);
		return await load(user, ctx.locals.services);
	} catch (error) {
		return responseForError(error);
	}
}
