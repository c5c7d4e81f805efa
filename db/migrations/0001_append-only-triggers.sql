-- Append-only tables: nothing acknowledged may be changed or removed in place. A correction is a
-- new row that supersedes the earlier one. These triggers make the database itself refuse, so no
-- code path (or hand-run SQL) can silently edit the record.
CREATE TRIGGER `attestations_no_update` BEFORE UPDATE ON `attestations`
BEGIN
	SELECT RAISE(ABORT, 'attestations is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `attestations_no_delete` BEFORE DELETE ON `attestations`
BEGIN
	SELECT RAISE(ABORT, 'attestations is append-only: DELETE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosures_no_update` BEFORE UPDATE ON `disclosures`
BEGIN
	SELECT RAISE(ABORT, 'disclosures is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosures_no_delete` BEFORE DELETE ON `disclosures`
BEGIN
	SELECT RAISE(ABORT, 'disclosures is append-only: DELETE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_events_no_update` BEFORE UPDATE ON `disclosure_events`
BEGIN
	SELECT RAISE(ABORT, 'disclosure_events is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_events_no_delete` BEFORE DELETE ON `disclosure_events`
BEGIN
	SELECT RAISE(ABORT, 'disclosure_events is append-only: DELETE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `gifts_no_update` BEFORE UPDATE ON `gifts`
BEGIN
	SELECT RAISE(ABORT, 'gifts is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `gifts_no_delete` BEFORE DELETE ON `gifts`
BEGIN
	SELECT RAISE(ABORT, 'gifts is append-only: DELETE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `sei_filings_no_update` BEFORE UPDATE ON `sei_filings`
BEGIN
	SELECT RAISE(ABORT, 'sei_filings is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `sei_filings_no_delete` BEFORE DELETE ON `sei_filings`
BEGIN
	SELECT RAISE(ABORT, 'sei_filings is append-only: DELETE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `campaigns_no_update` BEFORE UPDATE ON `campaigns`
BEGIN
	SELECT RAISE(ABORT, 'campaigns is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `campaigns_no_delete` BEFORE DELETE ON `campaigns`
BEGIN
	SELECT RAISE(ABORT, 'campaigns is append-only: DELETE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused');
END;
