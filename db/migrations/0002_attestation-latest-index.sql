DROP INDEX `attestations_user_campaign_idx`;--> statement-breakpoint
CREATE INDEX `attestations_user_campaign_idx` ON `attestations` (`user_id`,`campaign_id`,`signed_at_ms`);