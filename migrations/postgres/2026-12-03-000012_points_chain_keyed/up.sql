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
    member_id BIGINT PRIMARY KEY REFERENCES members (id),
    links BIGINT NOT NULL,
    hash TEXT NOT NULL
);
-- Content never changes; the link is written once (when keyed) and the decision once.
CREATE OR REPLACE FUNCTION points_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (NEW.member_id, NEW.year, NEW.rule_id, NEW.rule_code, NEW.rule_version, NEW.points, NEW.veto,
        NEW.occurred_on, NEW.evidence, NEW.awarding_org_id, NEW.reverses_entry_id)
        IS DISTINCT FROM (OLD.member_id, OLD.year, OLD.rule_id, OLD.rule_code, OLD.rule_version, OLD.points, OLD.veto,
        OLD.occurred_on, OLD.evidence, OLD.awarding_org_id, OLD.reverses_entry_id)
        OR (OLD.link IS NOT NULL AND (NEW.hash, NEW.link) IS DISTINCT FROM (OLD.hash, OLD.link)) THEN
        RAISE EXCEPTION 'points entries are append-only';
    END IF;
    IF OLD.decision_hash IS NOT NULL AND (NEW.status, NEW.decided_by, NEW.decided_on, NEW.decision_link, NEW.decision_hash)
        IS DISTINCT FROM (OLD.status, OLD.decided_by, OLD.decided_on, OLD.decision_link, OLD.decision_hash) THEN
        RAISE EXCEPTION 'a decision on a points entry is final';
    END IF;
    RETURN COALESCE(NEW, OLD);
END;
$$;
