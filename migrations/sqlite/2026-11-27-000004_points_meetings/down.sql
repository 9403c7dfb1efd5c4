DROP TABLE points_entries;
DROP TABLE meeting_attendance;
DROP TABLE meetings;
DROP TABLE points_rules;
