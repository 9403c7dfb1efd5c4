DROP INDEX members_street_residence;
DROP INDEX members_street_membership;
ALTER TABLE members DROP COLUMN residence_street_path;
ALTER TABLE members DROP COLUMN membership_street_path;
