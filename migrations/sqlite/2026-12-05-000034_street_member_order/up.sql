-- A street's members of one category in name order come from two index-ordered scans (one
-- per link) merged under the page's LIMIT, instead of a sort of every member of the street.
-- The street of a link is the organization at the tree's third level (city, district,
-- street): the first three ids of the organization's path, NULL above that level. The
-- column follows the path, so moving a subtree moves it too.
ALTER TABLE members ADD COLUMN membership_street_path TEXT GENERATED ALWAYS AS (
    CASE WHEN instr(substr(membership_org_path, 2 + instr(substr(membership_org_path, 2), '/') + instr(substr(membership_org_path, 2 + instr(substr(membership_org_path, 2), '/')), '/')), '/') > 0 THEN substr(membership_org_path, 1, 1 + instr(substr(membership_org_path, 2), '/') + instr(substr(membership_org_path, 2 + instr(substr(membership_org_path, 2), '/')), '/') + instr(substr(membership_org_path, 2 + instr(substr(membership_org_path, 2), '/') + instr(substr(membership_org_path, 2 + instr(substr(membership_org_path, 2), '/')), '/')), '/')) END
) VIRTUAL;
ALTER TABLE members ADD COLUMN residence_street_path TEXT GENERATED ALWAYS AS (
    CASE WHEN instr(substr(residence_org_path, 2 + instr(substr(residence_org_path, 2), '/') + instr(substr(residence_org_path, 2 + instr(substr(residence_org_path, 2), '/')), '/')), '/') > 0 THEN substr(residence_org_path, 1, 1 + instr(substr(residence_org_path, 2), '/') + instr(substr(residence_org_path, 2 + instr(substr(residence_org_path, 2), '/')), '/') + instr(substr(residence_org_path, 2 + instr(substr(residence_org_path, 2), '/') + instr(substr(residence_org_path, 2 + instr(substr(residence_org_path, 2), '/')), '/')), '/')) END
) VIRTUAL;
CREATE INDEX members_street_membership ON members (category, membership_street_path, name, id);
CREATE INDEX members_street_residence ON members (category, residence_street_path, name, id);
