DROP TABLE practice_post_members;
DROP TABLE practice_posts;
DROP TABLE course_completions;
DROP TABLE courses;
ALTER TABLE meeting_attendance DROP COLUMN checked_in_at;
