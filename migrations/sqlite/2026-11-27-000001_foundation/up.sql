-- Areas (governance tree) and Party organizations (membership tree), both with a
-- materialized path: a subtree is the range [path, path-with-last-'/'-as-'0').

CREATE TABLE areas (
    id INTEGER PRIMARY KEY,
    parent_id BIGINT REFERENCES areas (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    community_type TEXT,
    code TEXT,
    path TEXT NOT NULL,
    depth INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX areas_path ON areas (path);
CREATE INDEX areas_parent ON areas (parent_id);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    parent_id BIGINT REFERENCES organizations (id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    field TEXT NOT NULL,
    setting_type TEXT NOT NULL,
    online BOOLEAN NOT NULL DEFAULT 0,
    area_id BIGINT NOT NULL REFERENCES areas (id),
    led_area_id BIGINT REFERENCES areas (id),
    code TEXT,
    path TEXT NOT NULL,
    depth INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX organizations_path ON organizations (path);
CREATE INDEX organizations_parent ON organizations (parent_id);
CREATE INDEX organizations_area ON organizations (area_id);
CREATE INDEX organizations_led_area ON organizations (led_area_id);

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    credit_code TEXT NOT NULL,
    field TEXT NOT NULL,
    area_id BIGINT NOT NULL REFERENCES areas (id),
    staff_count INTEGER NOT NULL,
    party_member_count INTEGER NOT NULL,
    coverage TEXT NOT NULL,
    covering_org_id BIGINT REFERENCES organizations (id),
    instructor TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX units_credit_code ON units (credit_code);
CREATE INDEX units_area ON units (area_id);
CREATE INDEX units_covering_org ON units (covering_org_id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    scope_org_id BIGINT REFERENCES organizations (id),
    disabled BOOLEAN NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX users_username ON users (username);
CREATE INDEX users_scope_org ON users (scope_org_id);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE refresh_tokens (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX refresh_tokens_hash ON refresh_tokens (token_hash);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

-- Append-only: no route updates or deletes a row, and triggers refuse it at the database.
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor_id BIGINT,
    actor_username TEXT,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT,
    outcome TEXT NOT NULL,
    client_addr TEXT,
    detail TEXT
);
CREATE INDEX audit_events_occurred ON audit_events (occurred_at);
CREATE INDEX audit_events_actor ON audit_events (actor_id);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
