CREATE TABLE `sign_in_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`nonce` text NOT NULL,
	`code_verifier` text NOT NULL,
	`max_age_seconds` integer,
	`user_id` text,
	`return_to` text NOT NULL,
	`form_json` text,
	`resume_id` text,
	`created_at_ms` integer NOT NULL,
	`expires_at_ms` integer NOT NULL,
	`used_at_ms` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sign_in_requests_resumeId_unique` ON `sign_in_requests` (`resume_id`);--> statement-breakpoint
ALTER TABLE `attestations` ADD `auth_method` text;--> statement-breakpoint
ALTER TABLE `attestations` ADD `authenticated_at_ms` integer;--> statement-breakpoint
ALTER TABLE `disclosure_events` ADD `auth_method` text;--> statement-breakpoint
ALTER TABLE `disclosure_events` ADD `authenticated_at_ms` integer;--> statement-breakpoint
ALTER TABLE `disclosures` ADD `auth_method` text;--> statement-breakpoint
ALTER TABLE `disclosures` ADD `authenticated_at_ms` integer;--> statement-breakpoint
ALTER TABLE `sessions` ADD `auth_method` text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `authenticated_at_ms` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `oidc_sid` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `oidc_subject` text;--> statement-breakpoint
CREATE INDEX `sessions_oidc_sid_idx` ON `sessions` (`oidc_sid`);--> statement-breakpoint
CREATE INDEX `sessions_oidc_subject_idx` ON `sessions` (`oidc_subject`);--> statement-breakpoint
ALTER TABLE `users` ADD `break_glass` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Sessions open before this release authenticated when they were created.
UPDATE `sessions` SET `authenticated_at_ms` = `created_at_ms`;--> statement-breakpoint
-- The break-glass administrator is the one the setup flow made: the first administrator not on the roster.
UPDATE `users` SET `break_glass` = true WHERE `id` = (
	SELECT u.`id` FROM `users` u JOIN `user_roles` r ON r.`user_id` = u.`id` AND r.`role` = 'administrator'
	WHERE u.`employee_id` IS NULL ORDER BY u.`created_at_ms` LIMIT 1
);
