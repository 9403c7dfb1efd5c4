-- Members per organization *and everything below it*, by category and stage: a dashboard of
-- any level (a street, a district, a province) reads its own rows instead of summing the
-- per-organization counters of its whole subtree. Each per-organization counter adds to the
-- organization itself and to every ancestor on its path; a subtree that moves takes its
-- counts from the old ancestors to the new ones.
CREATE TABLE subtree_member_counts (
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    stage TEXT NOT NULL,
    members INTEGER NOT NULL,
    PRIMARY KEY (org_id, category, stage)
);

-- The ids on a path ('/1/10022/10023/' → 1, 10022, 10023): the organization and its ancestors.
CREATE FUNCTION path_ids(path TEXT) RETURNS SETOF BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT unnest(string_to_array(trim(both '/' from path), '/'))::BIGINT
$$;

INSERT INTO subtree_member_counts (org_id, category, stage, members)
SELECT a.id, c.category, c.stage, SUM(c.members)
FROM member_counts c JOIN organizations o ON o.id = c.org_id CROSS JOIN path_ids(o.path) AS a(id)
GROUP BY a.id, c.category, c.stage;

-- Adds `delta` members of a category and stage to every organization on `path`.
CREATE FUNCTION subtree_member_counts_add(path TEXT, category TEXT, stage TEXT, delta INTEGER)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.id, category, stage, delta FROM path_ids(path) AS a(id) ORDER BY a.id
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = subtree_member_counts.members + excluded.members
$$;

-- Every member write changes the city's rows. The members' trigger takes one lock before it
-- touches any counter, so two transactions never wait on each other's counters in opposite
-- orders (a registered member turning mobile while a mobile one turns registered).
CREATE OR REPLACE FUNCTION member_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.membership_org_id, NEW.category, NEW.stage)
        IS NOT DISTINCT FROM (OLD.membership_org_id, OLD.category, OLD.stage) THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('member_counts'));
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

CREATE FUNCTION subtree_member_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.org_id, NEW.category, NEW.stage) = (OLD.org_id, OLD.category, OLD.stage) THEN
        PERFORM subtree_member_counts_add(
            (SELECT o.path FROM organizations o WHERE o.id = NEW.org_id), NEW.category, NEW.stage, NEW.members - OLD.members);
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM subtree_member_counts_add(
            (SELECT o.path FROM organizations o WHERE o.id = OLD.org_id), OLD.category, OLD.stage, -OLD.members);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM subtree_member_counts_add(
            (SELECT o.path FROM organizations o WHERE o.id = NEW.org_id), NEW.category, NEW.stage, NEW.members);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER subtree_member_counts_follow AFTER INSERT OR DELETE OR UPDATE ON member_counts
FOR EACH ROW EXECUTE FUNCTION subtree_member_counts_follow();

-- A moved organization takes its own members' counts from its old ancestors to its new ones
-- (the trigger runs for every organization of a moved subtree). A new organization, whose
-- path is still a placeholder, has none.
CREATE FUNCTION subtree_member_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    c RECORD;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM member_counts WHERE org_id = NEW.id AND members <> 0) THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('member_counts'));
    FOR c IN SELECT category, stage, members FROM member_counts WHERE org_id = NEW.id AND members <> 0 LOOP
        PERFORM subtree_member_counts_add(OLD.path, c.category, c.stage, -c.members);
        PERFORM subtree_member_counts_add(NEW.path, c.category, c.stage, c.members);
    END LOOP;
    RETURN NULL;
END;
$$;
CREATE TRIGGER subtree_member_counts_move AFTER UPDATE OF path ON organizations
FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION subtree_member_counts_move();
