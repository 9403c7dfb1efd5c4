DROP TRIGGER subtree_member_counts_move ON organizations;
DROP FUNCTION subtree_member_counts_move();
DROP TRIGGER member_counts_update ON members;
DROP TRIGGER member_counts_delete ON members;
DROP TRIGGER member_counts_insert ON members;
DROP FUNCTION member_counts_follow();
DROP FUNCTION member_counts_apply(member_count_change[]);
DROP TYPE member_count_change;

CREATE FUNCTION subtree_member_counts_add(path TEXT, category TEXT, stage TEXT, delta INTEGER)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO subtree_member_counts (org_id, category, stage, members)
    SELECT a.id, category, stage, delta FROM path_ids(path) AS a(id) ORDER BY a.id
    ON CONFLICT (org_id, category, stage) DO UPDATE SET members = subtree_member_counts.members + excluded.members
$$;

CREATE FUNCTION member_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER member_counts_follow AFTER INSERT OR DELETE OR UPDATE OF membership_org_id, category, stage ON members
FOR EACH ROW EXECUTE FUNCTION member_counts_follow();

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
