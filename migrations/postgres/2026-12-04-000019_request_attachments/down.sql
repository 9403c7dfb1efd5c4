DELETE FROM attachments WHERE request_id IS NOT NULL;
DROP INDEX attachments_request;
ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner;
ALTER TABLE attachments DROP COLUMN request_id;
ALTER TABLE attachments ALTER COLUMN meeting_id SET NOT NULL;
ALTER INDEX attachments_meeting RENAME TO meeting_attachments_meeting;
ALTER TABLE attachments RENAME TO meeting_attachments;
