-- Sessions: every login starts one, with an absolute end. Access tokens name their session,
-- so logout, a password change, disabling the account or a reused refresh token ends every
-- token of the session at once, not when the access token expires.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_user ON sessions (user_id, revoked_at);
-- Refresh tokens issued before sessions belong to none and no longer refresh.
ALTER TABLE refresh_tokens ADD COLUMN session_id TEXT REFERENCES sessions (id);
