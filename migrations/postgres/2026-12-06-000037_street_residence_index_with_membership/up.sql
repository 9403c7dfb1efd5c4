-- A street's members of one category are counted from the two street indexes alone: those
-- of the street through membership, and those through residence whose membership street is
-- another, which the residence index now carries (PostgreSQL read every such member's row to
-- count the OR of the two links).
DROP INDEX members_street_residence;
CREATE INDEX members_street_residence ON members (category, residence_street_path, name, id, membership_street_path);
