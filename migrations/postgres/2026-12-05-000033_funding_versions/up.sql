-- A funding line recorded with a wrong amount is changed or removed at the version read.
ALTER TABLE funding_lines ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
