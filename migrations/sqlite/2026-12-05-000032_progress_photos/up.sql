-- A file belongs to exactly one of a meeting, a request or a co-building project's progress update
-- (its photos). SQLite cannot change a CHECK in place: the table is rebuilt with the same rows.
CREATE TABLE attachments_new (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT REFERENCES meetings (id),
    request_id BIGINT REFERENCES resident_requests (id),
    progress_id BIGINT REFERENCES cobuilding_progress (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB,
    uploaded_by BIGINT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    CHECK ((meeting_id IS NOT NULL) + (request_id IS NOT NULL) + (progress_id IS NOT NULL) = 1)
);
INSERT INTO attachments_new (id, meeting_id, request_id, progress_id, name, media_type, size_bytes, sha256, content, uploaded_by, created_at)
SELECT id, meeting_id, request_id, progress_id, name, media_type, size_bytes, sha256, content, uploaded_by, created_at FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_new RENAME TO attachments;
CREATE INDEX attachments_meeting ON attachments (meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX attachments_request ON attachments (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX attachments_progress ON attachments (progress_id) WHERE progress_id IS NOT NULL;
