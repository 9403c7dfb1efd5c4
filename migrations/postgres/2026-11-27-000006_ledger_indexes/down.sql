DROP INDEX points_entries_status;
CREATE INDEX points_entries_year ON points_entries (year, member_id);
