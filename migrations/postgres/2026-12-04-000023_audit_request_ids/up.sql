-- The request an audit event came from (X-Request-Id), to follow one request from the client
-- through the access log to the audit log.
ALTER TABLE audit_events ADD COLUMN request_id TEXT;
