import {
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/**
 * The signed-in area's tables. Keys are camelCase in TypeScript and snake_case in SQL (drizzle
 * `casing: 'snake_case'`, set in client.ts and drizzle.config.ts). Instants are integer
 * milliseconds since the epoch (`…AtMs`); calendar dates are ISO `YYYY-MM-DD` text (`…On`).
 *
 * Append-only (a custom migration adds triggers that RAISE on UPDATE and DELETE): attestations,
 * disclosures, disclosure_events, gifts, sei_filings, campaigns, noncompletion_reasons, acknowledged_sections and audit_log. A correction is a new row whose
 * `supersedesId` names the row it replaces.
 */

/** The four roles; a user holds one or more. */
export const ROLES = ['employee', 'supervisor', 'ethics-officer', 'administrator'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Accounts: one per roster employee, plus administrators created at setup. Never deleted. */
export const users = sqliteTable(
	'users',
	{
		/** Random id (base32, 80 bits). */
		id: text().primaryKey(),
		/** Roster employee id; null for an administrator who is not on the roster. */
		employeeId: text().unique(),
		/** Display name as on the roster. */
		name: text().notNull(),
		/** Lower-cased sign-in address. */
		email: text().notNull().unique(),
		/** Work unit (for the dashboard's bars and filters). */
		workUnit: text().notNull().default(''),
		/** Roster employee id of this person's supervisor. */
		supervisorEmployeeId: text(),
		/** Start date, YYYY-MM-DD (new employees certify within 30 days of it). */
		hireOn: text(),
		/** Bargaining unit code as on the roster ('' when none). */
		bargainingUnit: text().notNull().default(''),
		/** Files a Statement of Economic Interests (roster flag `sei`). */
		filesSei: integer({ mode: 'boolean' }).notNull().default(false),
		/** First day of the latest approved leave (roster flag `on-leave`, dated by the import that first saw it). */
		onLeaveSince: text(),
		/** Day of return from that leave (the first import without the flag); null while on leave or never on leave. */
		leaveReturnedOn: text(),
		/** argon2id PHC string; null until the invitation is accepted. */
		passwordHash: text(),
		/** False once the person left the roster or an administrator deactivated the account. */
		active: integer({ mode: 'boolean' }).notNull().default(true),
		/** The break-glass administrator made by the setup flow: keeps password sign-in when single
		 * sign-on is the only method (SIGNIN_METHODS=oidc), for the day the provider is down. */
		breakGlass: integer({ mode: 'boolean' }).notNull().default(false),
		createdAtMs: integer().notNull(),
		updatedAtMs: integer().notNull(),
	},
	(t) => [
		index('users_supervisor_idx').on(t.supervisorEmployeeId),
		index('users_work_unit_idx').on(t.workUnit),
	],
);

/** Role grants. */
export const userRoles = sqliteTable(
	'user_roles',
	{
		userId: text()
			.notNull()
			.references(() => users.id),
		role: text({ enum: ROLES }).notNull(),
	},
	(t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** How a person proved who they are: a password, or the agency's identity provider (OpenID Connect). */
export const AUTH_METHODS = ['password', 'oidc'] as const;
/** One of {@link AUTH_METHODS}. */
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** How and when the signer authenticated for a signature (issue 10 §4); null on rows signed before
 * signatures re-authenticated. A function: each table needs its own column builders. */
const signerAuthentication = () => ({
	authMethod: text({ enum: AUTH_METHODS }),
	authenticatedAtMs: integer(),
});

/** Sessions as the Lucia guide stores them: the id is the SHA-256 (hex) of the cookie token. */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text().primaryKey(),
		userId: text()
			.notNull()
			.references(() => users.id),
		expiresAtMs: integer().notNull(),
		createdAtMs: integer().notNull(),
		/** How the person last authenticated in this session, and when (a signature needs it recent). */
		authMethod: text({ enum: AUTH_METHODS }).notNull().default('password'),
		authenticatedAtMs: integer().notNull().default(0),
		/** The provider's session id (`sid`) and subject, for its back-channel logout. */
		oidcSid: text(),
		oidcSubject: text(),
	},
	(t) => [
		index('sessions_user_idx').on(t.userId),
		index('sessions_oidc_sid_idx').on(t.oidcSid),
		index('sessions_oidc_subject_idx').on(t.oidcSubject),
	],
);

/**
 * A single sign-on in progress, between leaving for the provider and its callback. The browser
 * holds a random key in a cookie and the row is found by its hash, so a callback only works in the
 * browser that started it (no login CSRF). Used once; lives 10 minutes. For a re-authentication
 * before signing, it also keeps the account it must be and what was typed on the form.
 */
export const signInRequests = sqliteTable('sign_in_requests', {
	/** SHA-256 (hex) of the key in the browser's cookie. */
	id: text().primaryKey(),
	state: text().notNull(),
	nonce: text().notNull(),
	codeVerifier: text().notNull(),
	/** Set for a re-authentication: the login must be this fresh (seconds). */
	maxAgeSeconds: integer(),
	/** Set for a re-authentication: the signed-in account the provider must confirm. */
	userId: text().references(() => users.id),
	/** Same-site path to return to. */
	returnTo: text().notNull(),
	/** The form's typed values (JSON), put back after a re-authentication. */
	formJson: text(),
	/** SHA-256 (hex) of the one-time key that puts the typed values back after the return. */
	resumeId: text().unique(),
	createdAtMs: integer().notNull(),
	expiresAtMs: integer().notNull(),
	usedAtMs: integer(),
});

/** Kinds of one-time link. */
export const ONE_TIME_KINDS = ['setup', 'invitation', 'password-reset'] as const;

/** One-time links (setup, invitation, password reset): stored as SHA-256 hashes, single use, expiring. */
export const oneTimeTokens = sqliteTable('one_time_tokens', {
	/** SHA-256 (hex) of the token in the link. */
	id: text().primaryKey(),
	kind: text({ enum: ONE_TIME_KINDS }).notNull(),
	/** The account it opens; null for the first-run setup link. */
	userId: text().references(() => users.id),
	createdAtMs: integer().notNull(),
	expiresAtMs: integer().notNull(),
	/** Set when the link is used; a used link never works again. */
	usedAtMs: integer(),
});

/** What a queued message is about (the admin screen filters by it). */
export const MAIL_KINDS = ['invitation', 'password-reset', 'notice'] as const;

/** Why a message failed: the relay refused it (a 5xx: it bounced), it ran out of attempts, or a crash
 * interrupted it twice. */
export const MAIL_FAILURES = ['refused', 'out-of-attempts', 'interrupted-twice'] as const;

/** Where a message stands: queued (due at `nextAttemptAtMs`), sending (claimed by a worker until
 * `claimedUntilMs`), sent, or failed (a permanent answer, or out of attempts). */
export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;

/**
 * The durable outbox: every message is a row first, written in the same transaction as the event
 * that causes it; the mail worker sends due rows (src/lib/server/mail/worker.ts).
 */
export const outbox = sqliteTable(
	'outbox',
	{
		id: integer().primaryKey({ autoIncrement: true }),
		kind: text({ enum: MAIL_KINDS }).notNull().default('notice'),
		toEmail: text().notNull(),
		subject: text().notNull(),
		/** Plain-text body. */
		body: text().notNull(),
		/** HTML body, when there is one. */
		htmlBody: text(),
		/** Attachments as JSON `[{ filename, contentType, content }]` (text content: the .ics of a due date). */
		attachmentsJson: text(),
		/** The campaign a schedule message is about, for its counts; null for account mail and bundles of several. */
		campaignId: text(),
		/** One message per key: queuing the same event twice keeps the first. */
		dedupeKey: text(),
		createdAtMs: integer().notNull(),
		status: text({ enum: MAIL_STATUSES }).notNull().default('queued'),
		/** Attempts started (a crash after the start still counts). */
		attempts: integer().notNull().default(0),
		/** When a queued message is due; 0 for "now". */
		nextAttemptAtMs: integer().notNull().default(0),
		/** While sending: until when the claim holds; after it a crashed send is retried once. */
		claimedUntilMs: integer(),
		/** The relay's last answer (accepted, or why not). */
		lastResponse: text(),
		/** Set with status "failed". */
		failedBecause: text({ enum: MAIL_FAILURES }),
		/** Set when a send may have happened before a crash and the message was sent again. */
		possibleDuplicate: integer({ mode: 'boolean' }).notNull().default(false),
		sentAtMs: integer(),
	},
	(t) => [
		uniqueIndex('outbox_dedupe_key_idx').on(t.dedupeKey),
		index('outbox_due_idx').on(t.status, t.nextAttemptAtMs),
		index('outbox_campaign_idx').on(t.campaignId, t.status),
	],
);

/** A campaign's reminder and escalation steps, set by the ethics officer (defaults when absent). */
export const campaignMailSchedules = sqliteTable('campaign_mail_schedules', {
	campaignId: text()
		.primaryKey()
		.references(() => campaigns.id),
	/** Calendar days before the due date, comma-separated ("14,7,1"). */
	remindDaysBefore: text().notNull(),
	supervisorAfterWorkdays: integer().notNull(),
	officerAfterWorkdays: integer().notNull(),
	updatedAtMs: integer().notNull(),
	updatedByUserId: text().references(() => users.id),
});

/** Who may run the mail worker: one row per job, held until `expiresAtMs` and renewed while alive. */
export const workerLeases = sqliteTable('worker_leases', {
	name: text().primaryKey(),
	holder: text().notNull(),
	expiresAtMs: integer().notNull(),
});

/** Kinds of attestation campaign (Ethics Act 5-10(d), 5-10.5, handbook, AP #20). */
export const CAMPAIGN_KINDS = [
	'ethics-training',
	'harassment-training',
	'handbook-acknowledgement',
	'ap20-certificate',
] as const;

/** A training period or acknowledgement campaign: its deadline and the exact text certified. Append-only. */
export const campaigns = sqliteTable('campaigns', {
	/** Slug, e.g. "ethics-2026". */
	id: text().primaryKey(),
	kind: text({ enum: CAMPAIGN_KINDS }).notNull(),
	title: text().notNull(),
	opensOn: text().notNull(),
	/** Last day to certify, YYYY-MM-DD. */
	deadlineOn: text().notNull(),
	/** The certification text shown and signed, exactly. */
	certificationText: text().notNull(),
	/** Version label of the text (e.g. "2026-1"). */
	textVersion: text().notNull(),
	/** SHA-256 (hex) of certificationText. */
	textSha256: text().notNull(),
	createdByUserId: text().references(() => users.id),
	createdAtMs: integer().notNull(),
	/** The policy edition the campaign is bound to (content/editions.yaml); null for campaigns opened before editions. */
	editionId: text(),
	/**
	 * What the campaign asks people to acknowledge, as JSON: collection names ("handbook") and page
	 * keys ("handbook/2-3-vacation"), read in its edition; null when it covers no policy text.
	 */
	covers: text({ mode: 'json' }).$type<string[]>(),
	/** The campaign a re-acknowledgement round follows (its changed sections only). */
	followsCampaignId: text(),
});

/** One signed certification. Append-only; a correction supersedes an earlier row. */
export const attestations = sqliteTable(
	'attestations',
	{
		id: text().primaryKey(),
		userId: text()
			.notNull()
			.references(() => users.id),
		campaignId: text()
			.notNull()
			.references(() => campaigns.id),
		textVersion: text().notNull(),
		textSha256: text().notNull(),
		/** The name the employee typed as a signature. */
		signature: text().notNull(),
		signedAtMs: integer().notNull(),
		address: text().notNull(),
		userAgent: text().notNull(),
		idempotencyKey: text().notNull().unique(),
		supersedesId: text(),
		...signerAuthentication(),
	},
	// signedAtMs in the index: "the latest attestation of this person on this campaign" needs no sort.
	(t) => [index('attestations_user_campaign_idx').on(t.userId, t.campaignId, t.signedAtMs)],
);

/**
 * Each policy section an attestation acknowledged: the edition and the SHA-256 of the text signed
 * and, when the signer had acknowledged the section before, the edition and hash of that text (what
 * the redline they saw started from). Append-only, like the attestation it belongs to.
 */
export const acknowledgedSections = sqliteTable(
	'acknowledged_sections',
	{
		attestationId: text()
			.notNull()
			.references(() => attestations.id),
		/** "<collection>/<page id>", as in the editions' manifests. */
		pageKey: text().notNull(),
		/** The section's number and title as shown, e.g. "2.3 Vacation". */
		label: text().notNull(),
		editionId: text().notNull(),
		textSha256: text().notNull(),
		previousEditionId: text(),
		previousSha256: text(),
	},
	// Read by attestation (a receipt; a signer's earlier texts), which the key's prefix serves.
	(t) => [primaryKey({ columns: [t.attestationId, t.pageKey] })],
);

/** Rule 437 disclosure kinds. */
export const DISCLOSURE_KINDS = [
	'secondary-employment',
	'board-service',
	'economic-interest',
	'personal-relationship',
	'licensing-or-adoption',
	'court-witness-payment',
] as const;

/** A conflict-of-interest disclosure. Append-only; its review steps are disclosure_events. */
export const disclosures = sqliteTable(
	'disclosures',
	{
		id: text().primaryKey(),
		userId: text()
			.notNull()
			.references(() => users.id),
		kind: text({ enum: DISCLOSURE_KINDS }).notNull(),
		/** Free-text description. */
		description: text().notNull(),
		/** Organization, employer, facility or court involved. */
		counterparty: text().notNull(),
		/** Yearly travel reimbursement in cents (board service: over $200 a year must be reported). */
		reimbursementCents: integer(),
		submittedAtMs: integer().notNull(),
		idempotencyKey: text().notNull().unique(),
		supersedesId: text(),
		...signerAuthentication(),
	},
	(t) => [index('disclosures_user_idx').on(t.userId)],
);

/** Steps of a disclosure's review. */
export const DISCLOSURE_OUTCOMES = [
	'supervisor-reviewed',
	'no-conflict',
	'conflict-with-conditions',
	'must-end',
] as const;

/** Review and determination steps of a disclosure. Append-only. */
export const disclosureEvents = sqliteTable(
	'disclosure_events',
	{
		id: text().primaryKey(),
		disclosureId: text()
			.notNull()
			.references(() => disclosures.id),
		actorUserId: text()
			.notNull()
			.references(() => users.id),
		outcome: text({ enum: DISCLOSURE_OUTCOMES }).notNull(),
		notes: text().notNull(),
		atMs: integer().notNull(),
		idempotencyKey: text().notNull().unique(),
		...signerAuthentication(),
	},
	(t) => [index('disclosure_events_disclosure_idx').on(t.disclosureId)],
);

/** A gift offered or received, with the rules' decision. Append-only. */
export const gifts = sqliteTable(
	'gifts',
	{
		id: text().primaryKey(),
		userId: text()
			.notNull()
			.references(() => users.id),
		source: text().notNull(),
		receivedOn: text().notNull(),
		valueCents: integer().notNull(),
		kind: text().notNull(),
		disposition: text().notNull(),
		/** The employee's answers and the rules' result, as JSON. */
		detailsJson: text().notNull(),
		/** True when the rules say a written notice is due. */
		needsNotice: integer({ mode: 'boolean' }).notNull(),
		noticeDueOn: text(),
		recordedAtMs: integer().notNull(),
		idempotencyKey: text().notNull().unique(),
		supersedesId: text(),
	},
	(t) => [index('gifts_user_idx').on(t.userId)],
);

/** A Statement of Economic Interests filing, recorded by the ethics officer. Append-only. */
export const seiFilings = sqliteTable(
	'sei_filings',
	{
		id: text().primaryKey(),
		userId: text()
			.notNull()
			.references(() => users.id),
		/** The filing year (statements are due each spring for the year before). */
		year: integer().notNull(),
		/** The day it was filed, YYYY-MM-DD. */
		filedOn: text().notNull(),
		recordedByUserId: text()
			.notNull()
			.references(() => users.id),
		recordedAtMs: integer().notNull(),
		idempotencyKey: text().notNull().unique(),
		supersedesId: text(),
	},
	(t) => [index('sei_filings_user_year_idx').on(t.userId, t.year)],
);

/** Why someone did not complete a training or file a statement (the annual compliance report). */
export const NONCOMPLETION_REASONS = ['on-leave', 'separated', 'other'] as const;

/**
 * The ethics officer's record of why a person did not complete a training period (`campaignId`) or
 * file a Statement of Economic Interests (`seiYear`), and the action taken. Append-only; a
 * correction supersedes the earlier row.
 */
export const noncompletionReasons = sqliteTable(
	'noncompletion_reasons',
	{
		id: text().primaryKey(),
		userId: text()
			.notNull()
			.references(() => users.id),
		/** The training period not completed, or null for a statement not filed. */
		campaignId: text().references(() => campaigns.id),
		/** The SEI filing year not filed, or null for a training period. */
		seiYear: integer(),
		reason: text({ enum: NONCOMPLETION_REASONS }).notNull(),
		/** What the reason "other" was, in the officer's words ('' otherwise). */
		detail: text().notNull().default(''),
		/** The action taken (reminder, referral, none needed, …). */
		action: text().notNull(),
		recordedByUserId: text()
			.notNull()
			.references(() => users.id),
		recordedAtMs: integer().notNull(),
		idempotencyKey: text().notNull().unique(),
		supersedesId: text(),
	},
	(t) => [index('noncompletion_reasons_user_idx').on(t.userId)],
);

/** Claimed form submissions: a retried submission finds its key and gets the first answer again. */
export const idempotencyKeys = sqliteTable('idempotency_keys', {
	key: text().primaryKey(),
	userId: text(),
	route: text().notNull(),
	/** Where the first submission was sent afterwards. */
	redirectTo: text().notNull(),
	createdAtMs: integer().notNull(),
});

/** The audit log: a hash chain. `hash` = SHA-256 of (prevHash + the entry's canonical JSON). Append-only. */
export const auditLog = sqliteTable(
	'audit_log',
	{
		seq: integer().primaryKey({ autoIncrement: true }),
		atMs: integer().notNull(),
		actorUserId: text(),
		action: text().notNull(),
		subject: text().notNull(),
		detailsJson: text().notNull().default('{}'),
		prevHash: text().notNull(),
		hash: text().notNull(),
	},
	(t) => [uniqueIndex('audit_log_hash_idx').on(t.hash)],
);

/** Tables whose rows may never be updated or deleted (the triggers' list). */
export const APPEND_ONLY_TABLES = [
	'attestations',
	'disclosures',
	'disclosure_events',
	'gifts',
	'sei_filings',
	'campaigns',
	'noncompletion_reasons',
	'acknowledged_sections',
	'audit_log',
] as const;
