-- Least privilege for service accounts: the OAuth 2.0 scopes each may ask for and the client
-- networks it may be used from (comma-separated; none: anywhere); a rotated client secret stays
-- good until `previous_secret_until`, so an integration switches without downtime.
ALTER TABLE users ADD COLUMN scopes TEXT;
ALTER TABLE users ADD COLUMN allowed_addresses TEXT;
ALTER TABLE users ADD COLUMN previous_secret_hash TEXT;
ALTER TABLE users ADD COLUMN previous_secret_until TIMESTAMP;
-- Service accounts from before keep what their role allowed until the security administrator
-- narrows it.
UPDATE users SET scopes = 'organizations:read members:read requests:read requests:write open311'
WHERE kind = 'service';
-- The scopes a session's tokens carry, asked for at login (none: the roles alone decide).
ALTER TABLE sessions ADD COLUMN scope TEXT;
