-- Counters the dashboards and rankings read instead of aggregating 200,000 members and two
-- million ledger rows per request. Triggers keep them in step with every write, whichever
-- code path makes it; the members table and the ledger stay the source of truth.

-- Members per organization of membership, category and stage.
CREATE TABLE member_counts (
    org_id BIGINT NOT NULL REFERENCES organizations (id),
    category TEXT NOT NULL,
    stage TEXT NOT NULL,
    members INTEGER NOT NULL,
    PRIMARY KEY (org_id, category, stage)
);

INSERT INTO member_counts (org_id, category, stage, members)
SELECT membership_org_id, category, stage, COUNT(*) FROM members GROUP BY membership_org_id, category, stage;

CREATE TRIGGER member_counts_insert AFTER INSERT ON members
BEGIN
    INSERT INTO member_counts (org_id, category, stage, members) VALUES (NEW.membership_org_id, NEW.category, NEW.stage, 1)
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = members + 1;
END;

CREATE TRIGGER member_counts_delete AFTER DELETE ON members
BEGIN
    UPDATE member_counts SET members = members - 1
    WHERE org_id = OLD.membership_org_id AND category = OLD.category AND stage = OLD.stage;
END;

CREATE TRIGGER member_counts_update AFTER UPDATE OF membership_org_id, category, stage ON members
WHEN (NEW.membership_org_id, NEW.category, NEW.stage) IS NOT (OLD.membership_org_id, OLD.category, OLD.stage)
BEGIN
    UPDATE member_counts SET members = members - 1
    WHERE org_id = OLD.membership_org_id AND category = OLD.category AND stage = OLD.stage;
    INSERT INTO member_counts (org_id, category, stage, members) VALUES (NEW.membership_org_id, NEW.category, NEW.stage, 1)
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = members + 1;
END;

-- Approved points and veto entries per member and year (the ranking's totals).
CREATE TABLE points_totals (
    member_id BIGINT NOT NULL REFERENCES members (id),
    year INTEGER NOT NULL,
    points BIGINT NOT NULL,
    vetoes BIGINT NOT NULL,
    PRIMARY KEY (member_id, year)
);

INSERT INTO points_totals (member_id, year, points, vetoes)
SELECT member_id, year, SUM(points), SUM(veto) FROM points_entries WHERE status = 'approved' GROUP BY member_id, year;

CREATE TRIGGER points_totals_insert AFTER INSERT ON points_entries WHEN NEW.status = 'approved'
BEGIN
    INSERT INTO points_totals (member_id, year, points, vetoes) VALUES (NEW.member_id, NEW.year, NEW.points, NEW.veto)
    ON CONFLICT (member_id, year) DO UPDATE SET points = points + excluded.points, vetoes = vetoes + excluded.vetoes;
END;

CREATE TRIGGER points_totals_decide AFTER UPDATE OF status ON points_entries
WHEN (OLD.status = 'approved') <> (NEW.status = 'approved')
BEGIN
    INSERT INTO points_totals (member_id, year, points, vetoes)
    VALUES (NEW.member_id, NEW.year,
        CASE WHEN NEW.status = 'approved' THEN NEW.points ELSE -NEW.points END,
        CASE WHEN NEW.status = 'approved' THEN NEW.veto ELSE -NEW.veto END)
    ON CONFLICT (member_id, year) DO UPDATE SET points = points + excluded.points, vetoes = vetoes + excluded.vetoes;
END;

-- The quarter's meetings of the whole city are read by date first.
CREATE INDEX meetings_held_on ON meetings (held_on, org_path);

-- A subtree's members of one category (a street's mobile members) without reading the rest.
CREATE INDEX members_category_membership ON members (category, membership_org_path);
CREATE INDEX members_category_residence ON members (category, residence_org_path);
