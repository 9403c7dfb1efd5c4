DROP TABLE affairs_refusals;
DROP TABLE affairs_assignments;
DROP TABLE affairs_items;
DROP TABLE opinions;
