-- Which organization's compliance facts changed last at which version: a dashboard that kept
-- its branches' compliance at version v computes again only the branches changed since
-- (`org_id` 0 stands for the tree itself: a branch or group added, removed or moved, which
-- changes which branches a subtree holds). The version is taken under the lock of its row, so
-- versions follow the order in which the writes commit and a reader never skips one.
CREATE TABLE compliance_changes (
    org_id BIGINT PRIMARY KEY NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX compliance_changes_version ON compliance_changes (version);

DROP TRIGGER meetings_advance_compliance_insert;
DROP TRIGGER meetings_advance_compliance_update;
DROP TRIGGER meetings_advance_compliance_delete;
DROP TRIGGER member_counts_advance_compliance_insert;
DROP TRIGGER member_counts_advance_compliance_update;
DROP TRIGGER member_counts_advance_compliance_delete;
DROP TRIGGER organizations_advance_facts_insert;
DROP TRIGGER organizations_advance_facts_update;
DROP TRIGGER organizations_advance_facts_delete;

CREATE TRIGGER meetings_compliance_insert AFTER INSERT ON meetings
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance';
    INSERT INTO compliance_changes (org_id, version)
    SELECT NEW.org_id, version FROM fact_versions WHERE facts = 'compliance'
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER meetings_compliance_update AFTER UPDATE OF org_id, meeting_type, held_on ON meetings
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance';
    INSERT INTO compliance_changes (org_id, version)
    SELECT changed.id, v.version FROM fact_versions v, (SELECT OLD.org_id AS id UNION SELECT NEW.org_id) changed
    WHERE v.facts = 'compliance'
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER meetings_compliance_delete AFTER DELETE ON meetings
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance';
    INSERT INTO compliance_changes (org_id, version)
    SELECT OLD.org_id, version FROM fact_versions WHERE facts = 'compliance'
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER member_counts_compliance_insert AFTER INSERT ON member_counts
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance';
    INSERT INTO compliance_changes (org_id, version)
    SELECT NEW.org_id, version FROM fact_versions WHERE facts = 'compliance'
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER member_counts_compliance_update AFTER UPDATE OF members ON member_counts
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance';
    INSERT INTO compliance_changes (org_id, version)
    SELECT NEW.org_id, version FROM fact_versions WHERE facts = 'compliance'
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;

CREATE TRIGGER member_counts_compliance_delete AFTER DELETE ON member_counts
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance';
    INSERT INTO compliance_changes (org_id, version)
    SELECT OLD.org_id, version FROM fact_versions WHERE facts = 'compliance'
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;

-- The tree: both versions, and the whole tree for compliance.
CREATE TRIGGER organizations_facts_insert AFTER INSERT ON organizations
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage';
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance';
    INSERT INTO compliance_changes (org_id, version)
    SELECT 0, version FROM fact_versions WHERE facts = 'compliance'
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER organizations_facts_update AFTER UPDATE OF parent_id, kind, led_area_id, path ON organizations
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage';
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance';
    INSERT INTO compliance_changes (org_id, version)
    SELECT 0, version FROM fact_versions WHERE facts = 'compliance'
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER organizations_facts_delete AFTER DELETE ON organizations
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage';
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance';
    INSERT INTO compliance_changes (org_id, version)
    SELECT 0, version FROM fact_versions WHERE facts = 'compliance'
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version;
END;
