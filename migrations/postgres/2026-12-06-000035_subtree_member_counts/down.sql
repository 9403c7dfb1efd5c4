DROP TRIGGER subtree_member_counts_move ON organizations;
DROP FUNCTION subtree_member_counts_move();
DROP TRIGGER subtree_member_counts_follow ON member_counts;
DROP FUNCTION subtree_member_counts_follow();
DROP FUNCTION subtree_member_counts_add(TEXT, TEXT, TEXT, INTEGER);
DROP TABLE subtree_member_counts;
DROP FUNCTION path_ids(TEXT);
CREATE OR REPLACE FUNCTION member_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
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
