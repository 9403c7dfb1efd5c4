-- Where a request stands in a platform's queue, kept with the request so that a queue page is
-- read in index order: the last day of the running clock, 9999-12-31 for an open request whose
-- clock stopped (suspended), NULL once the request is done with (resolved, closed, rejected).
ALTER TABLE resident_requests ADD COLUMN queue_due DATE;
UPDATE resident_requests SET queue_due = COALESCE(due_on, '9999-12-31')
WHERE state NOT IN ('resolved', 'closed', 'rejected');
-- Only open requests, with what the reader's scope is checked against, so that counting a
-- street's or community's queue never reads the table.
DROP INDEX resident_requests_street_queue;
CREATE INDEX resident_requests_street_queue
ON resident_requests (street_area_id, queue_due, id, area_path, assignee_kind, assignee_id, department_id)
WHERE queue_due IS NOT NULL;
CREATE INDEX resident_requests_community_queue
ON resident_requests (community_area_id, queue_due, id, area_path, assignee_kind, assignee_id, department_id)
WHERE queue_due IS NOT NULL;
CREATE INDEX resident_requests_open_queue ON resident_requests (queue_due, id) WHERE queue_due IS NOT NULL;
