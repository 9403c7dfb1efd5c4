DROP TABLE points_entries;
DROP FUNCTION points_entries_append_only;
DROP TABLE meeting_attendance;
DROP TABLE meetings;
DROP TABLE points_rules;
