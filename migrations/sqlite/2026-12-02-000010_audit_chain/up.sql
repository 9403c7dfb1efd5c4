-- The audit log is chained: each event carries a keyed hash (HMAC-SHA256, key outside the
-- database) of the previous event's hash and its own fields, so that removing, changing or
-- reordering any event is found by `dangjian audit verify`. Events from before the chain
-- have no hash; the chain starts at the first event that has one.
ALTER TABLE audit_events ADD COLUMN chain_hash TEXT;
