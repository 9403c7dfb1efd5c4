-- A version per set of facts a kept answer is computed from, advanced by every write of
-- those facts by any instance. A dashboard keeps its compliance and coverage with the version
-- they were computed at and computes them again only when the version moved: a points entry
-- or a resident's request leaves the city's compliance (every branch's meetings this quarter)
-- as it was.
CREATE TABLE fact_versions (
    facts TEXT PRIMARY KEY NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO fact_versions (facts) VALUES ('compliance'), ('coverage');

-- Compliance: the branches' meetings, their full members (committee) and their groups.
CREATE TRIGGER meetings_advance_compliance_insert AFTER INSERT ON meetings
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance'; END;
CREATE TRIGGER meetings_advance_compliance_update AFTER UPDATE OF org_id, org_path, meeting_type, held_on ON meetings
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance'; END;
CREATE TRIGGER meetings_advance_compliance_delete AFTER DELETE ON meetings
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance'; END;
CREATE TRIGGER member_counts_advance_compliance_insert AFTER INSERT ON member_counts
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance'; END;
CREATE TRIGGER member_counts_advance_compliance_update AFTER UPDATE OF members ON member_counts
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance'; END;
CREATE TRIGGER member_counts_advance_compliance_delete AFTER DELETE ON member_counts
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'compliance'; END;

-- Both: the tree of organizations (branches, groups, the paths of subtrees, led areas).
CREATE TRIGGER organizations_advance_facts_insert AFTER INSERT ON organizations
BEGIN UPDATE fact_versions SET version = version + 1; END;
CREATE TRIGGER organizations_advance_facts_update AFTER UPDATE OF parent_id, kind, led_area_id, path ON organizations
BEGIN UPDATE fact_versions SET version = version + 1; END;
CREATE TRIGGER organizations_advance_facts_delete AFTER DELETE ON organizations
BEGIN UPDATE fact_versions SET version = version + 1; END;

-- Coverage: the units, where they are and who covers them, and the areas' paths.
CREATE TRIGGER units_advance_coverage_insert AFTER INSERT ON units
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage'; END;
CREATE TRIGGER units_advance_coverage_update AFTER UPDATE OF field, area_id, covering_org_id ON units
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage'; END;
CREATE TRIGGER units_advance_coverage_delete AFTER DELETE ON units
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage'; END;
CREATE TRIGGER areas_advance_coverage_insert AFTER INSERT ON areas
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage'; END;
CREATE TRIGGER areas_advance_coverage_update AFTER UPDATE OF parent_id, path ON areas
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage'; END;
CREATE TRIGGER areas_advance_coverage_delete AFTER DELETE ON areas
BEGIN UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage'; END;
