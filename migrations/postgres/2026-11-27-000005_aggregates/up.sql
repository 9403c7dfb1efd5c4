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

CREATE FUNCTION member_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.membership_org_id, NEW.category, NEW.stage)
        IS NOT DISTINCT FROM (OLD.membership_org_id, OLD.category, OLD.stage) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE member_counts SET members = members - 1
        WHERE org_id = OLD.membership_org_id AND category = OLD.category AND stage = OLD.stage;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO member_counts (org_id, category, stage, members) VALUES (NEW.membership_org_id, NEW.category, NEW.stage, 1)
        ON CONFLICT (org_id, category, stage) DO UPDATE SET members = member_counts.members + 1;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER member_counts_follow AFTER INSERT OR DELETE OR UPDATE OF membership_org_id, category, stage ON members
FOR EACH ROW EXECUTE FUNCTION member_counts_follow();

-- Approved points and veto entries per member and year (the ranking's totals).
CREATE TABLE points_totals (
    member_id BIGINT NOT NULL REFERENCES members (id),
    year INTEGER NOT NULL,
    points BIGINT NOT NULL,
    vetoes BIGINT NOT NULL,
    PRIMARY KEY (member_id, year)
);

INSERT INTO points_totals (member_id, year, points, vetoes)
SELECT member_id, year, SUM(points), COUNT(*) FILTER (WHERE veto) FROM points_entries WHERE status = 'approved'
GROUP BY member_id, year;

CREATE FUNCTION points_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign INTEGER;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'approved' THEN RETURN NULL; END IF;
        sign := 1;
    ELSIF (OLD.status = 'approved') = (NEW.status = 'approved') THEN
        RETURN NULL;
    ELSE
        sign := CASE WHEN NEW.status = 'approved' THEN 1 ELSE -1 END;
    END IF;
    INSERT INTO points_totals (member_id, year, points, vetoes)
    VALUES (NEW.member_id, NEW.year, sign * NEW.points, sign * (CASE WHEN NEW.veto THEN 1 ELSE 0 END))
    ON CONFLICT (member_id, year) DO UPDATE
    SET points = points_totals.points + excluded.points, vetoes = points_totals.vetoes + excluded.vetoes;
    RETURN NULL;
END;
$$;
CREATE TRIGGER points_totals_follow AFTER INSERT OR UPDATE OF status ON points_entries
FOR EACH ROW EXECUTE FUNCTION points_totals_follow();

-- The quarter's meetings of the whole city are read by date first.
CREATE INDEX meetings_held_on ON meetings (held_on, org_path);

-- A subtree's members of one category (a street's mobile members) without reading the rest.
CREATE INDEX members_category_membership ON members (category, membership_org_path);
CREATE INDEX members_category_residence ON members (category, residence_org_path);
