-- The keys of idempotent writes with the answer each got, written in the write's own
-- transaction: a committed write always has its key, so a retry is answered, never run again.
CREATE TABLE idempotency_keys (
    id BIGSERIAL PRIMARY KEY,
    -- Whose key: `account:<id>`.
    caller TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    -- SHA-256 of the method, target and body.
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT,
    location TEXT,
    etag TEXT,
    -- The answer's body, sealed with the data key (answers may hold personal data or secrets).
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (caller, idempotency_key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
