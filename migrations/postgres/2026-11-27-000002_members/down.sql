ALTER TABLE users DROP COLUMN member_id;
DROP TABLE transfers;
DROP TABLE member_events;
DROP TABLE members;
