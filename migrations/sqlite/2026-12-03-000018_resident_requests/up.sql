-- Grid governance (DOMAIN.md §8): the departments a street escalates to, the catalogue of
-- request categories, the grids' households and their visits, resident requests and each step
-- they go through.

-- District departments (区级职能部门); the staff of their Party organization act for them.
CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    area_id BIGINT NOT NULL REFERENCES areas (id),
    org_id BIGINT REFERENCES organizations (id),
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE request_categories (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL
);

-- Households (户) of a grid or central household. Names, phones and addresses are sealed
-- (`*_sealed`) and kept masked for display (`*_masked`).
CREATE TABLE households (
    id INTEGER PRIMARY KEY,
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    head_name_sealed TEXT NOT NULL,
    head_name_masked TEXT NOT NULL,
    phone_sealed TEXT,
    phone_masked TEXT,
    address_sealed TEXT NOT NULL,
    address_masked TEXT NOT NULL,
    residents INTEGER NOT NULL,
    -- Relocated households: the origin village keeps their land and forest.
    origin_village TEXT,
    origin_contact_sealed TEXT,
    origin_contact_masked TEXT,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX households_area ON households (area_path, id);

CREATE TABLE resident_requests (
    id INTEGER PRIMARY KEY,
    request_type TEXT NOT NULL,
    category_id BIGINT REFERENCES request_categories (id),
    description TEXT NOT NULL,
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    community_area_id BIGINT NOT NULL REFERENCES areas (id),
    street_area_id BIGINT NOT NULL REFERENCES areas (id),
    household_id BIGINT REFERENCES households (id),
    channel TEXT NOT NULL,
    -- The system that handed it over (its account) and its own id there.
    source TEXT,
    external_id TEXT,
    received_at TIMESTAMP NOT NULL,
    state TEXT NOT NULL,
    level TEXT NOT NULL,
    department_id BIGINT REFERENCES departments (id),
    -- `user` (a grid leader), `member` (a reported-in member), `unit` or `department`.
    assignee_kind TEXT,
    assignee_id BIGINT,
    -- The clock: when the present phase began, working days suspended in it, and its last
    -- day (none while the clock is stopped: suspended or done with).
    phase_began_on DATE NOT NULL,
    suspended_since DATE,
    suspended_days INTEGER NOT NULL DEFAULT 0,
    due_on DATE,
    auto_escalated BOOLEAN NOT NULL DEFAULT FALSE,
    answered_at TIMESTAMP,
    answered_in_time BOOLEAN NOT NULL DEFAULT FALSE,
    resolved_at TIMESTAMP,
    rating INTEGER,
    submitted_by BIGINT REFERENCES users (id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (source, external_id)
);
-- The queues: running clocks by their last day, in a street or any area.
CREATE INDEX resident_requests_queue ON resident_requests (due_on, id);
CREATE INDEX resident_requests_street_queue ON resident_requests (street_area_id, due_on, id);
CREATE INDEX resident_requests_area ON resident_requests (area_path, received_at);
CREATE INDEX resident_requests_assignee ON resident_requests (assignee_kind, assignee_id);
CREATE INDEX resident_requests_department ON resident_requests (department_id);

-- The resident's personal data (sealed, and masked for display), where the request is, and
-- the rating's comment and one-time link (SHA-256 of its token, until used).
CREATE TABLE request_details (
    request_id BIGINT PRIMARY KEY REFERENCES resident_requests (id),
    resident_name_sealed TEXT,
    resident_name_masked TEXT,
    resident_phone_sealed TEXT,
    resident_phone_masked TEXT,
    address_sealed TEXT,
    address_masked TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    rating_comment TEXT,
    rating_token_hash TEXT UNIQUE
);

CREATE TABLE request_events (
    id INTEGER PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES resident_requests (id),
    step TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    level TEXT NOT NULL,
    actor_id BIGINT REFERENCES users (id),
    actor_name TEXT NOT NULL,
    note TEXT,
    occurred_at TIMESTAMP NOT NULL
);
CREATE INDEX request_events_request ON request_events (request_id, id);

-- Household visits (入户走访); a follow-up may open a request.
CREATE TABLE household_visits (
    id INTEGER PRIMARY KEY,
    household_id BIGINT NOT NULL REFERENCES households (id),
    visited_on DATE NOT NULL,
    visitor_id BIGINT REFERENCES users (id),
    visitor_name TEXT NOT NULL,
    topic TEXT NOT NULL,
    findings TEXT,
    follow_up TEXT,
    request_id BIGINT REFERENCES resident_requests (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX household_visits_household ON household_visits (household_id, visited_on);
