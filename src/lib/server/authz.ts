import type { Role } from '@db/schema';
import type { SessionUser } from './session';

/** Who may open a route: anyone, any signed-in user, or holders of one of the listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

/** One row of the route table. */
export interface RouteRule {
	/** Astro route pattern (`ctx.routePattern`), e.g. "/account/attest/[campaign]". */
	pattern: string;
	access: Access;
	/** A concrete path for the authorization table test. */
	sample: string;
}

/**
 * Role × route, as data: the middleware refuses anything the table does not allow before a page
 * runs, pages then make their object-level checks, and tests/server/authz-table.test.ts walks every
 * row with every role against the real middleware. A route under a protected prefix that is not
 * listed here is refused (fail closed).
 */
export const ROUTE_TABLE: readonly RouteRule[] = [
	{ pattern: '/setup/[token]', access: 'public', sample: '/setup/x' },
	{ pattern: '/signin', access: 'public', sample: '/signin' },
	{ pattern: '/signin/reset/[token]', access: 'public', sample: '/signin/reset/x' },
	{ pattern: '/signin/oidc', access: 'public', sample: '/signin/oidc' },
	{ pattern: '/signin/oidc/callback', access: 'public', sample: '/signin/oidc/callback' },
	{
		pattern: '/signin/oidc/backchannel-logout',
		access: 'public',
		sample: '/signin/oidc/backchannel-logout',
	},
	{ pattern: '/signout', access: 'signed-in', sample: '/signout' },
	{ pattern: '/account', access: 'signed-in', sample: '/account' },
	{ pattern: '/account/attest/[campaign]', access: 'signed-in', sample: '/account/attest/x' },
	{ pattern: '/account/receipts/[id]', access: 'signed-in', sample: '/account/receipts/x' },
	{ pattern: '/account/disclosures', access: 'signed-in', sample: '/account/disclosures' },
	{ pattern: '/account/disclosures/[id]', access: 'signed-in', sample: '/account/disclosures/x' },
	{ pattern: '/account/gifts', access: 'signed-in', sample: '/account/gifts' },
	{ pattern: '/account/password', access: 'signed-in', sample: '/account/password' },
	{ pattern: '/supervisor', access: ['supervisor'], sample: '/supervisor' },
	{
		pattern: '/supervisor/disclosures/[id]',
		access: ['supervisor'],
		sample: '/supervisor/disclosures/x',
	},
	{ pattern: '/officer', access: ['ethics-officer'], sample: '/officer' },
	{ pattern: '/officer/campaigns', access: ['ethics-officer'], sample: '/officer/campaigns' },
	{ pattern: '/officer/charts', access: ['ethics-officer'], sample: '/officer/charts' },
	{ pattern: '/officer/report/[year]', access: ['ethics-officer'], sample: '/officer/report/2026' },
	{ pattern: '/officer/report/[year]/export', access: ['ethics-officer'], sample: '/officer/report/2026/export' },
	{
		pattern: '/officer/campaigns/[id]/round',
		access: ['ethics-officer'],
		sample: '/officer/campaigns/x/round',
	},
	{
		pattern: '/officer/campaigns/[id]/mail',
		access: ['ethics-officer'],
		sample: '/officer/campaigns/x/mail',
	},
	{
		pattern: '/officer/disclosures/[id]',
		access: ['ethics-officer'],
		sample: '/officer/disclosures/x',
	},
	{
		pattern: '/officer/employees/[id]',
		access: ['ethics-officer'],
		sample: '/officer/employees/x',
	},
	{
		pattern: '/officer/export/[list]',
		access: ['ethics-officer'],
		sample: '/officer/export/overdue',
	},
	{
		pattern: '/officer/audit',
		access: ['ethics-officer', 'administrator'],
		sample: '/officer/audit',
	},
	{ pattern: '/admin', access: ['administrator'], sample: '/admin' },
	{ pattern: '/admin/roster', access: ['administrator'], sample: '/admin/roster' },
	{ pattern: '/admin/users/[id]', access: ['administrator'], sample: '/admin/users/x' },
];

/** Path prefixes of the signed-in area: a route here must be in the table. */
export const PROTECTED_PREFIXES = [
	'/setup',
	'/signin',
	'/signout',
	'/account',
	'/supervisor',
	'/officer',
	'/admin',
] as const;

/** The outcome of an access check. */
export type AccessDecision = 'allowed' | 'sign-in-required' | 'forbidden';

/** Finds the table row for an Astro route pattern (trailing slash ignored). */
export function findRouteRule(pattern: string): RouteRule | undefined {
	const normalized = pattern.length > 1 ? pattern.replace(/\/$/, '') : pattern;
	return ROUTE_TABLE.find((r) => r.pattern === normalized);
}

/** True when the pattern lies in the signed-in area. */
export function isProtectedPattern(pattern: string): boolean {
	return PROTECTED_PREFIXES.some((p) => pattern === p || pattern.startsWith(`${p}/`));
}

/** Decides whether a user (or nobody) may open a route. Unknown routes in the area are forbidden. */
export function decideAccess(pattern: string, user: SessionUser | null): AccessDecision {
	if (!isProtectedPattern(pattern)) return 'allowed';
	const rule = findRouteRule(pattern);
	if (!rule) return 'forbidden';
	if (rule.access === 'public') return 'allowed';
	if (!user) return 'sign-in-required';
	if (rule.access === 'signed-in') return 'allowed';
	return rule.access.some((role) => user.roles.includes(role)) ? 'allowed' : 'forbidden';
}

/** True when the user holds the role. */
export function hasRole(user: SessionUser, role: Role): boolean {
	return user.roles.includes(role);
}

/** The people whose compliance records a viewer may see: their own, their reports', or everyone's. */
export function canViewRecordsOf(
	viewer: SessionUser,
	subject: { id: string; supervisorEmployeeId: string | null },
): boolean {
	if (viewer.id === subject.id) return true;
	if (hasRole(viewer, 'ethics-officer')) return true;
	return (
		hasRole(viewer, 'supervisor') &&
		viewer.employeeId !== null &&
		subject.supervisorEmployeeId === viewer.employeeId
	);
}
