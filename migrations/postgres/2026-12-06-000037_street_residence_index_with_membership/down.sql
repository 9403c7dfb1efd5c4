DROP INDEX members_street_residence;
CREATE INDEX members_street_residence ON members (category, residence_street_path, name, id);
