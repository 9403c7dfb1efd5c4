-- Changes that take the auditor off duty wait for a second administrator: the change as
-- asked (the PATCH body), the account version it was asked on, who asked and who decided.
CREATE TABLE account_changes (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    user_version INTEGER NOT NULL,
    change TEXT NOT NULL,
    requested_by BIGINT NOT NULL REFERENCES users (id),
    requested_at TIMESTAMP NOT NULL,
    status TEXT NOT NULL,
    decided_by BIGINT REFERENCES users (id),
    decided_at TIMESTAMP
);
CREATE INDEX account_changes_status ON account_changes (status, id);
CREATE UNIQUE INDEX account_changes_one_pending ON account_changes (user_id) WHERE status = 'pending';
