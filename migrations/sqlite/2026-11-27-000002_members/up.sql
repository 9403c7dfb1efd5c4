-- Party members and people in the pipeline, with both management links. The paths of the
-- two organizations and of the residence area are kept on the row (and rewritten when a
-- subtree moves) so that "members this scope sees" is an index range scan.
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    gender TEXT NOT NULL,
    ethnicity TEXT NOT NULL,
    birth_date DATE NOT NULL,
    id_number TEXT NOT NULL,
    phone TEXT,
    address TEXT,
    education TEXT,
    stage TEXT NOT NULL,
    category TEXT NOT NULL,
    membership_org_id BIGINT NOT NULL REFERENCES organizations (id),
    membership_org_path TEXT NOT NULL,
    residence_org_id BIGINT NOT NULL REFERENCES organizations (id),
    residence_org_path TEXT NOT NULL,
    residence_area_id BIGINT NOT NULL REFERENCES areas (id),
    residence_area_path TEXT NOT NULL,
    work_unit_id BIGINT REFERENCES units (id),
    join_date DATE,
    conversion_date DATE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX members_id_number ON members (id_number);
CREATE INDEX members_membership ON members (membership_org_path, name);
CREATE INDEX members_residence ON members (residence_org_path, name);
CREATE INDEX members_residence_area ON members (residence_area_path);
CREATE INDEX members_membership_org ON members (membership_org_id);
CREATE INDEX members_residence_org ON members (residence_org_id);
CREATE INDEX members_work_unit ON members (work_unit_id);

-- The member's history: every event with its date and who recorded it.
CREATE TABLE member_events (
    id INTEGER PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members (id),
    kind TEXT NOT NULL,
    occurred_on DATE NOT NULL,
    org_id BIGINT REFERENCES organizations (id),
    counterpart_org_id BIGINT REFERENCES organizations (id),
    service_hours DOUBLE PRECISION,
    certificate_no TEXT,
    content TEXT,
    recorded_by BIGINT,
    recorded_by_name TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX member_events_member ON member_events (member_id, occurred_on);

CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members (id),
    from_org_id BIGINT NOT NULL REFERENCES organizations (id),
    to_org_id BIGINT NOT NULL REFERENCES organizations (id),
    issued_on DATE NOT NULL,
    expires_on DATE NOT NULL,
    cross_province BOOLEAN NOT NULL,
    status TEXT NOT NULL,
    decided_on DATE,
    decided_by BIGINT,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX transfers_member ON transfers (member_id);
CREATE INDEX transfers_from ON transfers (from_org_id);
CREATE INDEX transfers_to ON transfers (to_org_id);

-- A `member` account sees its own record ("我的").
ALTER TABLE users ADD COLUMN member_id BIGINT REFERENCES members (id);
