ALTER TABLE sessions DROP COLUMN scope;
ALTER TABLE users DROP COLUMN previous_secret_until;
ALTER TABLE users DROP COLUMN previous_secret_hash;
ALTER TABLE users DROP COLUMN allowed_addresses;
ALTER TABLE users DROP COLUMN scopes;
