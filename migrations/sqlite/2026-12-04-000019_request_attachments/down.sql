CREATE TABLE meeting_attachments (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB,
    uploaded_by BIGINT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
INSERT INTO meeting_attachments (id, meeting_id, name, media_type, size_bytes, sha256, content, uploaded_by, created_at)
SELECT id, meeting_id, name, media_type, size_bytes, sha256, content, uploaded_by, created_at FROM attachments
WHERE meeting_id IS NOT NULL;
DROP TABLE attachments;
CREATE INDEX meeting_attachments_meeting ON meeting_attachments (meeting_id);
