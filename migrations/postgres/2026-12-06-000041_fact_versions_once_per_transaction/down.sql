CREATE OR REPLACE FUNCTION tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = 'coverage';
    PERFORM compliance_changed(ARRAY[0::BIGINT]);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION compliance_changed(org_ids BIGINT[]) RETURNS void LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE FUNCTION fact_versions_advance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE fact_versions SET version = version + 1 WHERE facts = ANY (TG_ARGV);
    RETURN NULL;
END;
$$;

DROP FUNCTION fact_version_advanced(TEXT);
