-- A version per set of facts a kept answer is computed from, advanced by every write of
-- those facts by any instance. A dashboard keeps its compliance and coverage with the version
-- they were computed at and computes them again only when the version moved: a points entry
-- or a resident's request leaves the city's compliance (every branch's meetings this quarter)
-- as it was. Once per statement, so an import advances it once.
CREATE TABLE fact_versions (
    facts TEXT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO fact_versions (facts) VALUES ('compliance'), ('coverage');

-- Advances the versions of the facts named by the trigger's arguments.
CREATE FUNCTION fact_versions_advance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = ANY (TG_ARGV);
    RETURN NULL;
END;
$$;

-- Compliance: the branches' meetings, their full members (committee) and their groups.
CREATE TRIGGER meetings_advance_compliance
AFTER INSERT OR DELETE OR UPDATE OF org_id, org_path, meeting_type, held_on ON meetings
FOR EACH STATEMENT EXECUTE FUNCTION fact_versions_advance('compliance');
CREATE TRIGGER member_counts_advance_compliance
AFTER INSERT OR DELETE OR UPDATE OF members ON member_counts
FOR EACH STATEMENT EXECUTE FUNCTION fact_versions_advance('compliance');

-- Both: the tree of organizations (branches, groups, the paths of subtrees, led areas).
CREATE TRIGGER organizations_advance_facts
AFTER INSERT OR DELETE OR UPDATE OF parent_id, kind, led_area_id, path ON organizations
FOR EACH STATEMENT EXECUTE FUNCTION fact_versions_advance('compliance', 'coverage');

-- Coverage: the units, where they are and who covers them, and the areas' paths.
CREATE TRIGGER units_advance_coverage
AFTER INSERT OR DELETE OR UPDATE OF field, area_id, covering_org_id ON units
FOR EACH STATEMENT EXECUTE FUNCTION fact_versions_advance('coverage');
CREATE TRIGGER areas_advance_coverage
AFTER INSERT OR DELETE OR UPDATE OF parent_id, path ON areas
FOR EACH STATEMENT EXECUTE FUNCTION fact_versions_advance('coverage');
