-- Working-day calendar overrides (holidays and adjusted working days, 调休).
CREATE TABLE calendar_days (
    day DATE PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT
);

-- Recorded facts of the development pipeline (application, talk, contacts, political
-- review, training, filing, branch meetings with their votes, approval, extension).
CREATE TABLE development_steps (
    id INTEGER PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members (id),
    kind TEXT NOT NULL,
    occurred_on DATE NOT NULL,
    purpose TEXT,
    decision_record TEXT,
    contacts TEXT,
    training_days INTEGER,
    training_hours INTEGER,
    entitled INTEGER,
    present INTEGER,
    in_favour INTEGER,
    months INTEGER,
    recorded_by BIGINT,
    recorded_by_name TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX development_steps_member ON development_steps (member_id, kind);

-- Publicity (公示) before admission and before conversion, posted at one or two sites.
CREATE TABLE publicities (
    id INTEGER PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members (id),
    purpose TEXT NOT NULL,
    created_by BIGINT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX publicities_member ON publicities (member_id, purpose);

CREATE TABLE publicity_sites (
    id INTEGER PRIMARY KEY,
    publicity_id BIGINT NOT NULL REFERENCES publicities (id),
    role TEXT NOT NULL,
    org_id BIGINT NOT NULL REFERENCES organizations (id),
    org_path TEXT NOT NULL,
    start_on DATE,
    end_on DATE,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX publicity_sites_publicity ON publicity_sites (publicity_id);
CREATE INDEX publicity_sites_org ON publicity_sites (org_path);

CREATE TABLE publicity_objections (
    id INTEGER PRIMARY KEY,
    site_id BIGINT NOT NULL REFERENCES publicity_sites (id),
    raised_on DATE NOT NULL,
    content TEXT NOT NULL,
    contact TEXT,
    status TEXT NOT NULL,
    decision_note TEXT,
    decided_by BIGINT,
    decided_by_name TEXT,
    decided_on DATE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX publicity_objections_site ON publicity_objections (site_id);

-- Annual democratic evaluation: a campaign per organization and year, opinions from each
-- side, and the final grade with its reason.
CREATE TABLE evaluation_campaigns (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organizations (id),
    org_path TEXT NOT NULL,
    year INTEGER NOT NULL,
    deadline DATE NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX evaluation_campaigns_org_year ON evaluation_campaigns (org_id, year);

-- Opinions are per member and year, so that the residence side gives its opinion without
-- seeing the membership organization's campaign.
CREATE TABLE evaluation_opinions (
    id INTEGER PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members (id),
    year INTEGER NOT NULL,
    side TEXT NOT NULL,
    org_id BIGINT NOT NULL REFERENCES organizations (id),
    grade TEXT NOT NULL,
    comment TEXT,
    recorded_by BIGINT,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX evaluation_opinions_side ON evaluation_opinions (member_id, year, side);

CREATE TABLE evaluation_results (
    id INTEGER PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES evaluation_campaigns (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    grade TEXT NOT NULL,
    reason TEXT,
    decided_by BIGINT,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX evaluation_results_member ON evaluation_results (campaign_id, member_id);
