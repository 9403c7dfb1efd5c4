DROP INDEX resident_requests_open_queue;
DROP INDEX resident_requests_community_queue;
DROP INDEX resident_requests_street_queue;
CREATE INDEX resident_requests_street_queue ON resident_requests (street_area_id, due_on, id);
ALTER TABLE resident_requests DROP COLUMN queue_due;
