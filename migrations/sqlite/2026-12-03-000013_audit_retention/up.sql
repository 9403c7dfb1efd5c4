-- Retention: audit events older than the configured retention (at least 180 days) may be
-- removed by `dangjian audit prune`. Each removal leaves a mark: the last removed event and
-- its hash, where the chain now starts; the removal is itself an audit event that names the
-- mark, so a mark moved later to hide events is found. Events after the latest mark stay
-- append-only.
CREATE TABLE audit_prunes (
    id INTEGER PRIMARY KEY,
    through_id BIGINT NOT NULL,
    through_hash TEXT,
    before_date DATE NOT NULL,
    pruned_at TIMESTAMP NOT NULL
);
CREATE TRIGGER audit_prunes_no_update BEFORE UPDATE ON audit_prunes
BEGIN SELECT RAISE(ABORT, 'retention marks are append-only'); END;
CREATE TRIGGER audit_prunes_no_delete BEFORE DELETE ON audit_prunes
BEGIN SELECT RAISE(ABORT, 'retention marks are append-only'); END;
DROP TRIGGER audit_events_no_delete;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN OLD.id > (SELECT COALESCE(MAX(through_id), 0) FROM audit_prunes)
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
