CREATE TABLE `attestations` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`campaign_id` text NOT NULL,
	`text_version` text NOT NULL,
	`text_sha256` text NOT NULL,
	`signature` text NOT NULL,
	`signed_at_ms` integer NOT NULL,
	`address` text NOT NULL,
	`user_agent` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`supersedes_id` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attestations_idempotencyKey_unique` ON `attestations` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `attestations_user_campaign_idx` ON `attestations` (`user_id`,`campaign_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at_ms` integer NOT NULL,
	`actor_user_id` text,
	`action` text NOT NULL,
	`subject` text NOT NULL,
	`details_json` text DEFAULT '{}' NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_hash_idx` ON `audit_log` (`hash`);--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`opens_on` text NOT NULL,
	`deadline_on` text NOT NULL,
	`certification_text` text NOT NULL,
	`text_version` text NOT NULL,
	`text_sha256` text NOT NULL,
	`created_by_user_id` text,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `disclosure_events` (
	`id` text PRIMARY KEY NOT NULL,
	`disclosure_id` text NOT NULL,
	`actor_user_id` text NOT NULL,
	`outcome` text NOT NULL,
	`notes` text NOT NULL,
	`at_ms` integer NOT NULL,
	`idempotency_key` text NOT NULL,
	FOREIGN KEY (`disclosure_id`) REFERENCES `disclosures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disclosure_events_idempotencyKey_unique` ON `disclosure_events` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `disclosure_events_disclosure_idx` ON `disclosure_events` (`disclosure_id`);--> statement-breakpoint
CREATE TABLE `disclosures` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`counterparty` text NOT NULL,
	`reimbursement_cents` integer,
	`submitted_at_ms` integer NOT NULL,
	`idempotency_key` text NOT NULL,
	`supersedes_id` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disclosures_idempotencyKey_unique` ON `disclosures` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `disclosures_user_idx` ON `disclosures` (`user_id`);--> statement-breakpoint
CREATE TABLE `gifts` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`source` text NOT NULL,
	`received_on` text NOT NULL,
	`value_cents` integer NOT NULL,
	`kind` text NOT NULL,
	`disposition` text NOT NULL,
	`details_json` text NOT NULL,
	`needs_notice` integer NOT NULL,
	`notice_due_on` text,
	`recorded_at_ms` integer NOT NULL,
	`idempotency_key` text NOT NULL,
	`supersedes_id` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gifts_idempotencyKey_unique` ON `gifts` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `gifts_user_idx` ON `gifts` (`user_id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`user_id` text,
	`route` text NOT NULL,
	`redirect_to` text NOT NULL,
	`created_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `one_time_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`user_id` text,
	`created_at_ms` integer NOT NULL,
	`expires_at_ms` integer NOT NULL,
	`used_at_ms` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to_email` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`sent_at_ms` integer
);
--> statement-breakpoint
CREATE TABLE `sei_filings` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`year` integer NOT NULL,
	`filed_on` text NOT NULL,
	`recorded_by_user_id` text NOT NULL,
	`recorded_at_ms` integer NOT NULL,
	`idempotency_key` text NOT NULL,
	`supersedes_id` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sei_filings_idempotencyKey_unique` ON `sei_filings` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `sei_filings_user_year_idx` ON `sei_filings` (`user_id`,`year`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at_ms` integer NOT NULL,
	`created_at_ms` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `user_roles` (
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`user_id`, `role`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`employee_id` text,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`work_unit` text DEFAULT '' NOT NULL,
	`supervisor_employee_id` text,
	`hire_on` text,
	`bargaining_unit` text DEFAULT '' NOT NULL,
	`files_sei` integer DEFAULT false NOT NULL,
	`on_leave_since` text,
	`leave_returned_on` text,
	`password_hash` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_employeeId_unique` ON `users` (`employee_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_supervisor_idx` ON `users` (`supervisor_employee_id`);--> statement-breakpoint
CREATE INDEX `users_work_unit_idx` ON `users` (`work_unit`);