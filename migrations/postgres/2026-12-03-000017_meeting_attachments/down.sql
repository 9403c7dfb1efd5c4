ALTER TABLE meetings ADD COLUMN attachments TEXT;
DROP TABLE meeting_attachments;
