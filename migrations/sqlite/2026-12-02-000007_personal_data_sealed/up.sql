-- Personal data at rest: ID number, birth date, phone and address are kept sealed
-- (AES-256-GCM, key outside the database), with keyed blind indexes for uniqueness and exact
-- search and the masked forms that callers without the permission read. The clear columns of
-- a member hold nothing more than such a caller may see.
--
-- Rows written before keep their values marked `plain:` until `dangjian migrate` (or `serve`)
-- seals them with the key, which SQL cannot reach.
ALTER TABLE members RENAME COLUMN id_number TO id_number_index;
ALTER TABLE members RENAME COLUMN phone TO phone_sealed;
ALTER TABLE members RENAME COLUMN address TO address_sealed;
ALTER TABLE members ADD COLUMN id_number_sealed TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN id_number_masked TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN birth_date_sealed TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN birth_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN phone_index TEXT;
ALTER TABLE members ADD COLUMN phone_masked TEXT;
ALTER TABLE members ADD COLUMN address_masked TEXT;
DROP INDEX members_id_number;
UPDATE members SET
    id_number_sealed = 'plain:' || id_number_index,
    id_number_index = 'plain:' || id_number_index,
    birth_date_sealed = 'plain:' || birth_date,
    birth_year = CAST(substr(birth_date, 1, 4) AS INTEGER),
    phone_sealed = 'plain:' || phone_sealed,
    address_sealed = 'plain:' || address_sealed;
ALTER TABLE members DROP COLUMN birth_date;
CREATE UNIQUE INDEX members_id_number_index ON members (id_number_index);
CREATE INDEX members_phone_index ON members (phone_index);
