-- Where a delivered feedback report went in the organization tree, so that the superior
-- organization's accounts find it by their subtree.
ALTER TABLE feedback_reports ADD COLUMN delivered_to_path TEXT;
CREATE INDEX feedback_reports_delivered ON feedback_reports (delivered_to_path);
