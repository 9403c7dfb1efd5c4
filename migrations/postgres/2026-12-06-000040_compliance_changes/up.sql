-- Which organization's compliance facts changed last at which version: a dashboard that kept
-- its branches' compliance at version v computes again only the branches changed since
-- (`org_id` 0 stands for the tree itself: a branch or group added, removed or moved, which
-- changes which branches a subtree holds). The version is taken under the lock of its row, so
-- versions follow the order in which the writes commit and a reader never skips one.
CREATE TABLE compliance_changes (
    org_id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL
);
CREATE INDEX compliance_changes_version ON compliance_changes (version);

DROP TRIGGER meetings_advance_compliance ON meetings;
DROP TRIGGER member_counts_advance_compliance ON member_counts;
DROP TRIGGER organizations_advance_facts ON organizations;

-- Advances the compliance version once and marks the organizations changed at it.
CREATE FUNCTION compliance_changed(org_ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE advanced BIGINT;
BEGIN
    IF cardinality(org_ids) = 0 THEN
        RETURN;
    END IF;
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance' RETURNING version INTO advanced;
    INSERT INTO compliance_changes (org_id, version)
    SELECT DISTINCT id, advanced FROM unnest(org_ids) AS changed(id) ORDER BY 1
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;
$$;

-- The organizations of the rows a statement wrote (meetings, member counters).
CREATE FUNCTION compliance_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM compliance_changed(ARRAY(SELECT org_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM compliance_changed(ARRAY(SELECT org_id FROM old_rows));
    ELSE
        PERFORM compliance_changed(ARRAY(SELECT org_id FROM old_rows UNION SELECT org_id FROM new_rows));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER meetings_compliance_insert AFTER INSERT ON meetings
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_follow();
CREATE TRIGGER meetings_compliance_update AFTER UPDATE ON meetings
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_follow();
CREATE TRIGGER meetings_compliance_delete AFTER DELETE ON meetings
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_follow();
CREATE TRIGGER member_counts_compliance_insert AFTER INSERT ON member_counts
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_follow();
CREATE TRIGGER member_counts_compliance_update AFTER UPDATE ON member_counts
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_follow();
CREATE TRIGGER member_counts_compliance_delete AFTER DELETE ON member_counts
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION compliance_follow();

-- The tree: both versions, and the whole tree for compliance.
CREATE FUNCTION tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage';
    PERFORM compliance_changed(ARRAY[0::BIGINT]);
    RETURN NULL;
END;
$$;
CREATE TRIGGER organizations_facts
AFTER INSERT OR DELETE OR UPDATE OF parent_id, kind, led_area_id, path ON organizations
FOR EACH STATEMENT EXECUTE FUNCTION tree_changed();
