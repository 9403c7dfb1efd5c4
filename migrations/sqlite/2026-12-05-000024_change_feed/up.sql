-- The change feed: when a ledger entry was decided (its one change after it is recorded),
-- tombstones of what was deleted or left a part of the tree, and the indexes keyset pages
-- read (a member scan by name or by change time reads its page from the index).
ALTER TABLE points_entries ADD COLUMN decided_at TIMESTAMP;

-- A stopped clock ranks one day before the requests done with, which a keyset page of every
-- request places on the last day (9999-12-31).
UPDATE resident_requests SET queue_due = '9999-12-30' WHERE queue_due = '9999-12-31';

CREATE TABLE tombstones (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    resource TEXT NOT NULL,
    object_id BIGINT NOT NULL,
    -- The organization subtree and the area subtree it was seen in (either may be absent).
    org_path TEXT,
    area_path TEXT,
    reason TEXT NOT NULL,
    removed_at TIMESTAMP NOT NULL
);
CREATE INDEX tombstones_removed ON tombstones (removed_at, id);

CREATE INDEX members_name_id ON members (name, id);
CREATE INDEX members_updated ON members (updated_at, id);
CREATE INDEX households_updated ON households (updated_at, id);
CREATE INDEX resident_requests_updated ON resident_requests (updated_at, id);
