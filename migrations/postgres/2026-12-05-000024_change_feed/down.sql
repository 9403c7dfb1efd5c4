DROP INDEX resident_requests_updated;
DROP INDEX households_updated;
DROP INDEX members_updated;
DROP INDEX members_name_id;
DROP TABLE tombstones;
ALTER TABLE points_entries DROP COLUMN decided_at;
UPDATE resident_requests SET queue_due = '9999-12-31' WHERE queue_due = '9999-12-30';
