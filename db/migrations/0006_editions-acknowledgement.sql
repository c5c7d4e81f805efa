CREATE TABLE `acknowledged_sections` (
	`attestation_id` text NOT NULL,
	`page_key` text NOT NULL,
	`label` text NOT NULL,
	`edition_id` text NOT NULL,
	`text_sha256` text NOT NULL,
	`previous_edition_id` text,
	`previous_sha256` text,
	PRIMARY KEY(`attestation_id`, `page_key`),
	FOREIGN KEY (`attestation_id`) REFERENCES `attestations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `campaigns` ADD `edition_id` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `covers` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `follows_campaign_id` text;--> statement-breakpoint
-- Append-only, as the attestation each row belongs to (0001_append-only-triggers.sql).
CREATE TRIGGER `acknowledged_sections_no_update` BEFORE UPDATE ON `acknowledged_sections`
BEGIN
	SELECT RAISE(ABORT, 'acknowledged_sections is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `acknowledged_sections_no_delete` BEFORE DELETE ON `acknowledged_sections`
BEGIN
	SELECT RAISE(ABORT, 'acknowledged_sections is append-only: DELETE refused');
END;
