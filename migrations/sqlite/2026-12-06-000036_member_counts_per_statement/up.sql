-- A moved organization's own counts leave only the ancestors it left and reach only the
-- ones it joined: the ancestors both paths share keep theirs. (SQLite keeps its row
-- triggers: it updates a counter row in place, however often a transaction changes it.)
DROP TRIGGER subtree_member_counts_move;
CREATE TRIGGER subtree_member_counts_move AFTER UPDATE OF path ON organizations
WHEN OLD.path <> NEW.path AND EXISTS (SELECT 1 FROM member_counts WHERE org_id = NEW.id AND members <> 0)
BEGIN
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.value, c.category, c.stage, -c.members
    FROM member_counts c, json_each('[' || replace(trim(OLD.path, '/'), '/', ',') || ']') a
    WHERE c.org_id = NEW.id AND a.value NOT IN (SELECT value FROM json_each('[' || replace(trim(NEW.path, '/'), '/', ',') || ']'))
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = members + excluded.members;
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.value, c.category, c.stage, c.members
    FROM member_counts c, json_each('[' || replace(trim(NEW.path, '/'), '/', ',') || ']') a
    WHERE c.org_id = NEW.id AND a.value NOT IN (SELECT value FROM json_each('[' || replace(trim(OLD.path, '/'), '/', ',') || ']'))
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = members + excluded.members;
END;
