-- The community's assessment opinions (鉴定权, §2 and §6): on the units located in a community
-- and on its residents, given on the community's own motion or asked for by an outside
-- department (a cadre's evaluation) and answered within a number of working days.
CREATE TABLE opinions (
    id BIGSERIAL PRIMARY KEY,
    -- The community giving it.
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    unit_id BIGINT REFERENCES units (id),
    -- The resident; for a cadre asked about, the resident the ID number the asker gave matched.
    member_id BIGINT REFERENCES members (id),
    subject_name TEXT NOT NULL,
    purpose TEXT NOT NULL,
    year INTEGER NOT NULL,
    state TEXT NOT NULL,
    -- An outside request: the account and department asking, when, and the last day to answer.
    asked_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    asker_name TEXT,
    asked_on DATE,
    due_on DATE,
    question TEXT,
    verdict TEXT,
    content TEXT,
    given_on DATE,
    given_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    given_by_name TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX opinions_path ON opinions (area_path, id);
CREATE INDEX opinions_member ON opinions (member_id, purpose);
CREATE INDEX opinions_unit ON opinions (unit_id);
CREATE INDEX opinions_open ON opinions (state, due_on);
CREATE INDEX opinions_asker ON opinions (asked_by, id);

-- The community affairs access list (社区事务准入, §2 and §15) and the community Party-building
-- work-item list: kept by a city, county or street for the communities below it.
CREATE TABLE affairs_items (
    id BIGSERIAL PRIMARY KEY,
    list TEXT NOT NULL,
    title TEXT NOT NULL,
    department TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    list_type TEXT NOT NULL,
    authority_follows BOOLEAN NOT NULL,
    funding_follows BOOLEAN NOT NULL,
    -- Yuan per assignment that follow the work (费随事转).
    funding_yuan INTEGER,
    state TEXT NOT NULL,
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX affairs_items_path ON affairs_items (area_path, id);

-- Work handed to a community under an item.
CREATE TABLE affairs_assignments (
    id BIGSERIAL PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES affairs_items (id),
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    department TEXT NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    assigned_on DATE NOT NULL,
    due_on DATE,
    funding_yuan INTEGER,
    assigned_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    assigned_by_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX affairs_assignments_path ON affairs_assignments (area_path, id);
CREATE INDEX affairs_assignments_item ON affairs_assignments (item_id);

-- Work refused at a community's door, kept for the report (the audit log has them too).
CREATE TABLE affairs_refusals (
    id BIGSERIAL PRIMARY KEY,
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    department TEXT NOT NULL,
    item_id BIGINT REFERENCES affairs_items (id),
    title TEXT NOT NULL,
    code TEXT NOT NULL,
    refused_on DATE NOT NULL,
    refused_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    refused_by_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX affairs_refusals_path ON affairs_refusals (area_path, id);
