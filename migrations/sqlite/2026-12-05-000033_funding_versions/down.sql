ALTER TABLE funding_lines DROP COLUMN version;
