-- Nothing changes on SQLite: it updates the version rows in place, however often one
-- transaction does (see the PostgreSQL migration of the same name).
SELECT 1;
