-- A file belongs to exactly one of a meeting, a request or a co-building project's progress update
-- (its photos).
ALTER TABLE attachments DROP CONSTRAINT attachments_one_owner;
ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner CHECK (num_nonnulls(meeting_id, request_id, progress_id) = 1);
CREATE INDEX attachments_progress ON attachments (progress_id) WHERE progress_id IS NOT NULL;
