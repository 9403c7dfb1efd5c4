-- Members per organization *and everything below it*, by category and stage: a dashboard of
-- any level (a street, a district, a province) reads its own rows instead of summing the
-- per-organization counters of its whole subtree. Each per-organization counter adds to the
-- organization itself and to every ancestor on its path (the ids of '/1/10022/10023/', read
-- as the JSON array [1,10022,10023]); a subtree that moves takes its counts from the old
-- ancestors to the new ones.
CREATE TABLE subtree_member_counts (
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    stage TEXT NOT NULL,
    members INTEGER NOT NULL,
    PRIMARY KEY (org_id, category, stage)
);

INSERT INTO subtree_member_counts (org_id, category, stage, members)
SELECT a.value, c.category, c.stage, SUM(c.members)
FROM member_counts c JOIN organizations o ON o.id = c.org_id,
    json_each('[' || replace(trim(o.path, '/'), '/', ',') || ']') a
GROUP BY a.value, c.category, c.stage;

CREATE TRIGGER subtree_member_counts_insert AFTER INSERT ON member_counts
BEGIN
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.value, NEW.category, NEW.stage, NEW.members
    FROM organizations o, json_each('[' || replace(trim(o.path, '/'), '/', ',') || ']') a WHERE o.id = NEW.org_id
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = members + excluded.members;
END;

CREATE TRIGGER subtree_member_counts_update AFTER UPDATE ON member_counts
BEGIN
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.value, OLD.category, OLD.stage, -OLD.members
    FROM organizations o, json_each('[' || replace(trim(o.path, '/'), '/', ',') || ']') a WHERE o.id = OLD.org_id
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = members + excluded.members;
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.value, NEW.category, NEW.stage, NEW.members
    FROM organizations o, json_each('[' || replace(trim(o.path, '/'), '/', ',') || ']') a WHERE o.id = NEW.org_id
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = members + excluded.members;
END;

CREATE TRIGGER subtree_member_counts_delete AFTER DELETE ON member_counts
BEGIN
    UPDATE subtree_member_counts SET members = members - OLD.members
    WHERE category = OLD.category AND stage = OLD.stage AND org_id IN (
        SELECT a.value FROM organizations o, json_each('[' || replace(trim(o.path, '/'), '/', ',') || ']') a
        WHERE o.id = OLD.org_id
    );
END;

-- A moved organization takes its own members' counts from its old ancestors to its new ones
-- (the trigger runs for every organization of a moved subtree). A new organization, whose
-- path is still a placeholder, has none.
CREATE TRIGGER subtree_member_counts_move AFTER UPDATE OF path ON organizations
WHEN OLD.path <> NEW.path AND EXISTS (SELECT 1 FROM member_counts WHERE org_id = NEW.id AND members <> 0)
BEGIN
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.value, c.category, c.stage, -c.members
    FROM member_counts c, json_each('[' || replace(trim(OLD.path, '/'), '/', ',') || ']') a WHERE c.org_id = NEW.id
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = members + excluded.members;
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.value, c.category, c.stage, c.members
    FROM member_counts c, json_each('[' || replace(trim(NEW.path, '/'), '/', ',') || ']') a WHERE c.org_id = NEW.id
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = members + excluded.members;
END;
