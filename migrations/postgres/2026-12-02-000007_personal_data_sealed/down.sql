-- Goes back only while the values are still marked `plain:`: sealed values cannot be read
-- without the key, so a sealed database stays on this migration.
DROP INDEX members_phone_index;
DROP INDEX members_id_number_index;
ALTER TABLE members ADD COLUMN birth_date DATE NOT NULL DEFAULT DATE '1970-01-01';
UPDATE members SET
    birth_date = substr(birth_date_sealed, 7)::DATE,
    id_number_index = substr(id_number_sealed, 7),
    phone_sealed = substr(phone_sealed, 7),
    address_sealed = substr(address_sealed, 7);
ALTER TABLE members DROP COLUMN address_masked;
ALTER TABLE members DROP COLUMN phone_masked;
ALTER TABLE members DROP COLUMN phone_index;
ALTER TABLE members DROP COLUMN birth_year;
ALTER TABLE members DROP COLUMN birth_date_sealed;
ALTER TABLE members DROP COLUMN id_number_masked;
ALTER TABLE members DROP COLUMN id_number_sealed;
ALTER TABLE members RENAME COLUMN address_sealed TO address;
ALTER TABLE members RENAME COLUMN phone_sealed TO phone;
ALTER TABLE members RENAME COLUMN id_number_index TO id_number;
CREATE UNIQUE INDEX members_id_number ON members (id_number);
