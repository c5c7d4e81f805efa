CREATE TABLE `campaign_mail_schedules` (
	`campaign_id` text PRIMARY KEY NOT NULL,
	`remind_days_before` text NOT NULL,
	`supervisor_after_workdays` integer NOT NULL,
	`officer_after_workdays` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`updated_by_user_id` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `worker_leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at_ms` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `kind` text DEFAULT 'notice' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `html_body` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `attachments_json` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `campaign_id` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `dedupe_key` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `status` text DEFAULT 'queued' NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `next_attempt_at_ms` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `claimed_until_ms` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `last_response` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `failed_because` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `possible_duplicate` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe_key_idx` ON `outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at_ms`);--> statement-breakpoint
CREATE INDEX `outbox_campaign_idx` ON `outbox` (`campaign_id`,`status`);--> statement-breakpoint
UPDATE `outbox` SET `status` = 'sent' WHERE `sent_at_ms` IS NOT NULL;--> statement-breakpoint
UPDATE `outbox` SET `kind` = 'invitation' WHERE `subject` = 'Your DCFS Handbook Portal account';--> statement-breakpoint
UPDATE `outbox` SET `kind` = 'password-reset' WHERE `subject` = 'Reset your DCFS Handbook Portal password';
