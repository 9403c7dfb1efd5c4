DROP TRIGGER organizations_facts ON organizations;
DROP FUNCTION tree_changed();
DROP TRIGGER member_counts_compliance_delete ON member_counts;
DROP TRIGGER member_counts_compliance_update ON member_counts;
DROP TRIGGER member_counts_compliance_insert ON member_counts;
DROP TRIGGER meetings_compliance_delete ON meetings;
DROP TRIGGER meetings_compliance_update ON meetings;
DROP TRIGGER meetings_compliance_insert ON meetings;
DROP FUNCTION compliance_follow();
DROP FUNCTION compliance_changed(BIGINT[]);
DROP TABLE compliance_changes;

CREATE TRIGGER meetings_advance_compliance
AFTER INSERT OR DELETE OR UPDATE OF org_id, org_path, meeting_type, held_on ON meetings
FOR EACH STATEMENT EXECUTE FUNCTION fact_versions_advance('compliance');
CREATE TRIGGER member_counts_advance_compliance
AFTER INSERT OR DELETE OR UPDATE OF members ON member_counts
FOR EACH STATEMENT EXECUTE FUNCTION fact_versions_advance('compliance');
CREATE TRIGGER organizations_advance_facts
AFTER INSERT OR DELETE OR UPDATE OF parent_id, kind, led_area_id, path ON organizations
FOR EACH STATEMENT EXECUTE FUNCTION fact_versions_advance('compliance', 'coverage');
