DROP INDEX feedback_reports_delivered;
ALTER TABLE feedback_reports DROP COLUMN delivered_to_path;
