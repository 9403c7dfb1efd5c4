-- An initial password set by an administrator must be changed at first login, and an
-- administrator's password expires; earlier passwords may not come back.
ALTER TABLE users ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMP;
UPDATE users SET password_changed_at = updated_at;
CREATE TABLE password_history (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    password_hash TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX password_history_user ON password_history (user_id, id);
-- Failed logins of usernames that name no account lock exactly like an account's, so that a
-- lock does not tell which usernames exist.
CREATE TABLE login_attempts (
    username TEXT PRIMARY KEY,
    failed_logins INTEGER NOT NULL,
    locked_until TIMESTAMP
);
CREATE INDEX login_attempts_locked_until ON login_attempts (locked_until);
