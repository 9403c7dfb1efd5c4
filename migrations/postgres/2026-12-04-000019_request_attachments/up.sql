-- Files kept with a meeting or with a resident request (photos of the spot, of the work done):
-- one table, one store for their bytes, exactly one owner per file.
ALTER TABLE meeting_attachments RENAME TO attachments;
ALTER INDEX meeting_attachments_meeting RENAME TO attachments_meeting;
ALTER TABLE attachments ALTER COLUMN meeting_id DROP NOT NULL;
ALTER TABLE attachments ADD COLUMN request_id BIGINT REFERENCES resident_requests (id);
ALTER TABLE attachments ADD CONSTRAINT attachments_one_owner CHECK ((meeting_id IS NULL) <> (request_id IS NULL));
CREATE INDEX attachments_request ON attachments (request_id) WHERE request_id IS NOT NULL;
