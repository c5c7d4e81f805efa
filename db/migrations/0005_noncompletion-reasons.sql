CREATE TABLE `noncompletion_reasons` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`campaign_id` text,
	`sei_year` integer,
	`reason` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL,
	`action` text NOT NULL,
	`recorded_by_user_id` text NOT NULL,
	`recorded_at_ms` integer NOT NULL,
	`idempotency_key` text NOT NULL,
	`supersedes_id` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `noncompletion_reasons_idempotencyKey_unique` ON `noncompletion_reasons` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `noncompletion_reasons_user_idx` ON `noncompletion_reasons` (`user_id`);--> statement-breakpoint
-- Append-only, as the other records of what was decided (0001_append-only-triggers.sql).
CREATE TRIGGER `noncompletion_reasons_no_update` BEFORE UPDATE ON `noncompletion_reasons`
BEGIN
	SELECT RAISE(ABORT, 'noncompletion_reasons is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `noncompletion_reasons_no_delete` BEFORE DELETE ON `noncompletion_reasons`
BEGIN
	SELECT RAISE(ABORT, 'noncompletion_reasons is append-only: DELETE refused');
END;
