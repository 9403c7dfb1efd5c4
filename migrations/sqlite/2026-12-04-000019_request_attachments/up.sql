-- Files kept with a meeting or with a resident request (photos of the spot, of the work done):
-- one table, one store for their bytes, exactly one owner per file.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT REFERENCES meetings (id),
    request_id BIGINT REFERENCES resident_requests (id),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB,
    uploaded_by BIGINT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    CHECK ((meeting_id IS NULL) <> (request_id IS NULL))
);
INSERT INTO attachments (id, meeting_id, name, media_type, size_bytes, sha256, content, uploaded_by, created_at)
SELECT id, meeting_id, name, media_type, size_bytes, sha256, content, uploaded_by, created_at FROM meeting_attachments;
DROP TABLE meeting_attachments;
CREATE INDEX attachments_meeting ON attachments (meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX attachments_request ON attachments (request_id) WHERE request_id IS NOT NULL;
