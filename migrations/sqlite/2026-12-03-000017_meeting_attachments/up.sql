-- Files kept with a meeting (photos, minutes, slides). SQLite keeps the bytes as files in the
-- data directory (`content` stays empty); PostgreSQL keeps them in `content`, so that its
-- backups hold them.
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
CREATE INDEX meeting_attachments_meeting ON meeting_attachments (meeting_id);

-- File names typed in by hand before uploads existed: nothing to download behind them.
ALTER TABLE meetings DROP COLUMN attachments;
