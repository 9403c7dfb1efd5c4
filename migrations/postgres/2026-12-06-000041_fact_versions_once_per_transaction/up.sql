-- A transaction advances each version once. Every update of a row the transaction already
-- updated makes PostgreSQL walk the row's earlier versions: a transaction writing 100,000
-- organizations one statement at a time (the generator's tree) advanced the same version row
-- 100,000 times and ran for hours. Readers see a transaction's writes all at once, at commit,
-- so one advance stands for all of them; the transaction keeps its version in a setting that
-- ends with it (and is undone with a rolled-back savepoint, as the update is).
CREATE FUNCTION fact_version_advanced(facts_name TEXT) RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    setting TEXT := 'dangjian.fact_version_' || facts_name;
    advanced BIGINT := nullif(current_setting(setting, true), '')::BIGINT;
BEGIN
    IF advanced IS NULL THEN
        UPDATE fact_versions SET version = version + 1 WHERE facts = facts_name RETURNING version INTO advanced;
        PERFORM set_config(setting, advanced::TEXT, true);
    END IF;
    RETURN advanced;
END;
$$;

CREATE OR REPLACE FUNCTION fact_versions_advance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE facts_name TEXT;
BEGIN
    FOREACH facts_name IN ARRAY TG_ARGV LOOP
        PERFORM fact_version_advanced(facts_name);
    END LOOP;
    RETURN NULL;
END;
$$;

-- A row already noted at the transaction's version is left alone.
CREATE OR REPLACE FUNCTION compliance_changed(org_ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE advanced BIGINT;
BEGIN
    IF cardinality(org_ids) = 0 THEN
        RETURN;
    END IF;
    advanced := fact_version_advanced('compliance');
    INSERT INTO compliance_changes (org_id, version)
    SELECT DISTINCT id, advanced FROM unnest(org_ids) AS changed(id) ORDER BY 1
    ON CONFLICT (org_id) DO UPDATE SET version = excluded.version
    WHERE compliance_changes.version <> excluded.version;
END;
$$;

CREATE OR REPLACE FUNCTION tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM fact_version_advanced('coverage');
    PERFORM compliance_changed(ARRAY[0::BIGINT]);
    RETURN NULL;
END;
$$;
