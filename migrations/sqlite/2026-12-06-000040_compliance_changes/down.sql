DROP TRIGGER organizations_facts_delete;
DROP TRIGGER organizations_facts_update;
DROP TRIGGER organizations_facts_insert;
DROP TRIGGER member_counts_compliance_delete;
DROP TRIGGER member_counts_compliance_update;
DROP TRIGGER member_counts_compliance_insert;
DROP TRIGGER meetings_compliance_delete;
DROP TRIGGER meetings_compliance_update;
DROP TRIGGER meetings_compliance_insert;
DROP TABLE compliance_changes;

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
CREATE TRIGGER organizations_advance_facts_insert AFTER INSERT ON organizations
BEGIN UPDATE fact_versions SET version = version + 1; END;
CREATE TRIGGER organizations_advance_facts_update AFTER UPDATE OF parent_id, kind, led_area_id, path ON organizations
BEGIN UPDATE fact_versions SET version = version + 1; END;
CREATE TRIGGER organizations_advance_facts_delete AFTER DELETE ON organizations
BEGIN UPDATE fact_versions SET version = version + 1; END;
