DROP INDEX attachments_progress;
DELETE FROM attachments WHERE progress_id IS NOT NULL;
ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner;
ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner CHECK ((meeting_id IS NULL) <> (request_id IS NULL));
