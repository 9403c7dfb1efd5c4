ALTER TABLE refresh_tokens DROP COLUMN session_id;
DROP TABLE sessions;
