DROP TABLE demonstration_sites;
DROP TABLE funding_lines;
DROP TABLE community_cadres;
DROP TABLE community_spaces;
