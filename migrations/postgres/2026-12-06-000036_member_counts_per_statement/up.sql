-- The member counters follow each statement instead of each row. Row by row, an import of
-- 10,000 members updated the city's counter rows 10,000 times in one transaction, and every
-- update of a row PostgreSQL already updated in the transaction walks the row's earlier
-- versions: the import took 10.8 s instead of 3. A statement now adds its members grouped,
-- one change per counter row.
DROP TRIGGER subtree_member_counts_follow ON member_counts;
DROP FUNCTION subtree_member_counts_follow();
DROP TRIGGER member_counts_follow ON members;
DROP FUNCTION member_counts_follow();

CREATE TYPE member_count_change AS (org_id BIGINT, category TEXT, stage TEXT, members INTEGER);

-- Adds the changes to the organizations' own counters and to every organization on their
-- paths. One transaction lock first orders concurrent writers; rows in key order after it.
CREATE FUNCTION member_counts_apply(changes member_count_change[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(changes) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('member_counts'));
    INSERT INTO member_counts (org_id, category, stage, members)
    SELECT c.org_id, c.category, c.stage, SUM(c.members) FROM unnest(changes) c
    GROUP BY c.org_id, c.category, c.stage HAVING SUM(c.members) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = member_counts.members + excluded.members;
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.id, c.category, c.stage, SUM(c.members)
    FROM unnest(changes) c JOIN organizations o ON o.id = c.org_id CROSS JOIN path_ids(o.path) AS a(id)
    GROUP BY a.id, c.category, c.stage HAVING SUM(c.members) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = subtree_member_counts.members + excluded.members;
END;
$$;

CREATE FUNCTION member_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM member_counts_apply(ARRAY(
            SELECT ROW(n.membership_org_id, n.category, n.stage, 1)::member_count_change FROM new_members n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM member_counts_apply(ARRAY(
            SELECT ROW(o.membership_org_id, o.category, o.stage, -1)::member_count_change FROM old_members o));
    ELSE
        PERFORM member_counts_apply(ARRAY(
            SELECT ROW(o.membership_org_id, o.category, o.stage, -1)::member_count_change
            FROM old_members o JOIN new_members n ON n.id = o.id
            WHERE (o.membership_org_id, o.category, o.stage) IS DISTINCT FROM (n.membership_org_id, n.category, n.stage)
            UNION ALL
            SELECT ROW(n.membership_org_id, n.category, n.stage, 1)::member_count_change
            FROM old_members o JOIN new_members n ON n.id = o.id
            WHERE (o.membership_org_id, o.category, o.stage) IS DISTINCT FROM (n.membership_org_id, n.category, n.stage)));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER member_counts_insert AFTER INSERT ON members
REFERENCING NEW TABLE AS new_members FOR EACH STATEMENT EXECUTE FUNCTION member_counts_follow();
CREATE TRIGGER member_counts_delete AFTER DELETE ON members
REFERENCING OLD TABLE AS old_members FOR EACH STATEMENT EXECUTE FUNCTION member_counts_follow();
CREATE TRIGGER member_counts_update AFTER UPDATE ON members
REFERENCING OLD TABLE AS old_members NEW TABLE AS new_members FOR EACH STATEMENT EXECUTE FUNCTION member_counts_follow();

-- A moved organization's own counts leave only the ancestors it left and reach only the
-- ones it joined: the ancestors both paths share keep theirs.
DROP TRIGGER subtree_member_counts_move ON organizations;
DROP FUNCTION subtree_member_counts_move();
DROP FUNCTION subtree_member_counts_add(TEXT, TEXT, TEXT, INTEGER);
CREATE FUNCTION subtree_member_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM member_counts WHERE org_id = NEW.id AND members <> 0) THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('member_counts'));
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.id, c.category, c.stage, SUM(CASE WHEN a.side = 'left' THEN -c.members ELSE c.members END)
    FROM member_counts c CROSS JOIN (
        (SELECT id, 'left' AS side FROM path_ids(OLD.path) AS p(id) EXCEPT SELECT id, 'left' FROM path_ids(NEW.path) AS q(id))
        UNION ALL
        (SELECT id, 'joined' FROM path_ids(NEW.path) AS p(id) EXCEPT SELECT id, 'joined' FROM path_ids(OLD.path) AS q(id))
    ) AS a
    WHERE c.org_id = NEW.id AND c.members <> 0
    GROUP BY a.id, c.category, c.stage ORDER BY 1, 2, 3
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = subtree_member_counts.members + excluded.members;
    RETURN NULL;
END;
$$;
CREATE TRIGGER subtree_member_counts_move AFTER UPDATE OF path ON organizations
FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION subtree_member_counts_move();
