-- The points ledger's chain is keyed (HMAC, key outside the database) and covers approval
-- decisions: an entry and a decision on it are each a numbered link of the member's chain,
-- and the member's head (number of links, last hash) is kept apart so that dropping the
-- newest links is found. Entries written before have no link number: the next `migrate` or
-- `serve` checks their old unkeyed chain and, when it holds, keys it.
ALTER TABLE points_entries ADD COLUMN link BIGINT;
ALTER TABLE points_entries ADD COLUMN decision_link BIGINT;
ALTER TABLE points_entries ADD COLUMN decision_hash TEXT;
-- Finds the entries still to be keyed at start without reading the whole ledger (empty once keyed).
CREATE INDEX points_entries_unkeyed ON points_entries (member_id) WHERE link IS NULL;
CREATE TABLE points_chain_heads (
    member_id BIGINT PRIMARY KEY NOT NULL REFERENCES members (id),
    links BIGINT NOT NULL,
    hash TEXT NOT NULL
);
-- Content never changes; the link is written once (when keyed) and the decision once.
DROP TRIGGER points_entries_no_edit;
CREATE TRIGGER points_entries_no_edit BEFORE UPDATE OF member_id, year, rule_id, rule_code, rule_version, points, veto,
    occurred_on, evidence, awarding_org_id, reverses_entry_id ON points_entries
BEGIN SELECT RAISE(ABORT, 'points entries are append-only'); END;
CREATE TRIGGER points_entries_linked_once BEFORE UPDATE OF hash, link ON points_entries WHEN OLD.link IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'points entries are append-only'); END;
CREATE TRIGGER points_entries_decided_once BEFORE UPDATE OF status, decided_by, decided_on, decision_link, decision_hash
    ON points_entries WHEN OLD.decision_hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a decision on a points entry is final'); END;
