DROP TRIGGER areas_advance_coverage ON areas;
DROP TRIGGER units_advance_coverage ON units;
DROP TRIGGER organizations_advance_facts ON organizations;
DROP TRIGGER member_counts_advance_compliance ON member_counts;
DROP TRIGGER meetings_advance_compliance ON meetings;
DROP FUNCTION fact_versions_advance();
DROP TABLE fact_versions;
