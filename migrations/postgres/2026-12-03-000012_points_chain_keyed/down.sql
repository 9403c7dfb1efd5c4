CREATE OR REPLACE FUNCTION points_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (NEW.member_id, NEW.year, NEW.rule_id, NEW.rule_code, NEW.rule_version, NEW.points, NEW.veto,
        NEW.occurred_on, NEW.evidence, NEW.awarding_org_id, NEW.reverses_entry_id, NEW.hash)
        IS DISTINCT FROM (OLD.member_id, OLD.year, OLD.rule_id, OLD.rule_code, OLD.rule_version, OLD.points, OLD.veto,
        OLD.occurred_on, OLD.evidence, OLD.awarding_org_id, OLD.reverses_entry_id, OLD.hash) THEN
        RAISE EXCEPTION 'points entries are append-only';
    END IF;
    RETURN COALESCE(NEW, OLD);
END;
$$;
DROP TABLE points_chain_heads;
DROP INDEX points_entries_unkeyed;
ALTER TABLE points_entries DROP COLUMN decision_hash;
ALTER TABLE points_entries DROP COLUMN decision_link;
ALTER TABLE points_entries DROP COLUMN link;
