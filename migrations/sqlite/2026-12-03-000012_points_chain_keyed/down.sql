DROP TRIGGER points_entries_decided_once;
DROP TRIGGER points_entries_linked_once;
DROP TRIGGER points_entries_no_edit;
CREATE TRIGGER points_entries_no_edit BEFORE UPDATE OF member_id, year, rule_id, rule_code, rule_version, points, veto,
    occurred_on, evidence, awarding_org_id, reverses_entry_id, hash ON points_entries
BEGIN SELECT RAISE(ABORT, 'points entries are append-only'); END;
DROP TABLE points_chain_heads;
DROP INDEX points_entries_unkeyed;
ALTER TABLE points_entries DROP COLUMN decision_hash;
ALTER TABLE points_entries DROP COLUMN decision_link;
ALTER TABLE points_entries DROP COLUMN link;
