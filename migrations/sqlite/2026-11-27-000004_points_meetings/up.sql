-- Points rules: a change makes a new version; entries keep the version they used.
CREATE TABLE points_rules (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    points INTEGER NOT NULL,
    cap_per_year INTEGER,
    needs_approval BOOLEAN NOT NULL,
    member_categories TEXT NOT NULL,
    org_id BIGINT NOT NULL REFERENCES organizations (id),
    org_path TEXT NOT NULL,
    current BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX points_rules_code_version ON points_rules (code, version);
CREATE INDEX points_rules_org ON points_rules (org_path);

-- Organizational life.
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organizations (id),
    org_path TEXT NOT NULL,
    meeting_type TEXT NOT NULL,
    held_on DATE NOT NULL,
    online BOOLEAN NOT NULL,
    topic TEXT NOT NULL,
    host TEXT,
    minutes TEXT,
    attachments TEXT,
    recorded_by BIGINT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX meetings_org ON meetings (org_path, held_on);

CREATE TABLE meeting_attendance (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    status TEXT NOT NULL,
    leave_reason TEXT,
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX meeting_attendance_member ON meeting_attendance (member_id);

-- The points ledger: append-only and hash-chained per member. Only the approval state
-- may change; content changes and deletions are refused by triggers.
CREATE TABLE points_entries (
    id INTEGER PRIMARY KEY,
    member_id BIGINT NOT NULL REFERENCES members (id),
    year INTEGER NOT NULL,
    rule_id BIGINT NOT NULL REFERENCES points_rules (id),
    rule_code TEXT NOT NULL,
    rule_version INTEGER NOT NULL,
    points INTEGER NOT NULL,
    veto BOOLEAN NOT NULL,
    occurred_on DATE NOT NULL,
    evidence TEXT NOT NULL,
    awarding_org_id BIGINT NOT NULL REFERENCES organizations (id),
    source TEXT NOT NULL,
    meeting_id BIGINT REFERENCES meetings (id),
    reverses_entry_id BIGINT REFERENCES points_entries (id),
    status TEXT NOT NULL,
    decided_by BIGINT,
    decided_on DATE,
    recorded_by BIGINT,
    created_at TIMESTAMP NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX points_entries_member ON points_entries (member_id, id);
CREATE INDEX points_entries_year ON points_entries (year, member_id);
CREATE INDEX points_entries_rule ON points_entries (member_id, year, rule_code);
CREATE TRIGGER points_entries_no_delete BEFORE DELETE ON points_entries
BEGIN SELECT RAISE(ABORT, 'points entries are append-only'); END;
CREATE TRIGGER points_entries_no_edit BEFORE UPDATE OF member_id, year, rule_id, rule_code, rule_version, points, veto,
    occurred_on, evidence, awarding_org_id, reverses_entry_id, hash ON points_entries
BEGIN SELECT RAISE(ABORT, 'points entries are append-only'); END;
