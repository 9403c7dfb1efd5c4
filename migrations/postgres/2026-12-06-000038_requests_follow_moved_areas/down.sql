-- The street and community set by up.sql are those of each request's place: nothing to undo.
SELECT 1;
