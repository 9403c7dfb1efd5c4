-- What a city owes its communities (§15–§17, DOMAIN.md §11): office and service space with its
-- function rooms, community cadres and the young graduates of the talent pool, funding lines
-- per year, and the demonstration sites of each county.
CREATE TABLE community_spaces (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    area_id BIGINT NOT NULL UNIQUE REFERENCES areas (id),
    area_path TEXT NOT NULL,
    area_m2 INTEGER NOT NULL,
    -- Function-room codes, comma separated.
    rooms TEXT NOT NULL,
    -- The units sharing it (共享共用).
    shared_with TEXT,
    checked_on DATE NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX community_spaces_path ON community_spaces (area_path);

CREATE TABLE community_cadres (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    name TEXT NOT NULL,
    gender TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    education TEXT,
    post TEXT NOT NULL,
    -- A young graduate of the talent pool (人才库).
    graduate BOOLEAN NOT NULL,
    since DATE NOT NULL,
    left_on DATE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX community_cadres_path ON community_cadres (area_path, id);

CREATE TABLE funding_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    year INTEGER NOT NULL,
    kind TEXT NOT NULL,
    amount_yuan INTEGER NOT NULL,
    note TEXT,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (area_id, year, kind)
);
CREATE INDEX funding_lines_path ON funding_lines (area_path, year);

CREATE TABLE demonstration_sites (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    area_id BIGINT NOT NULL UNIQUE REFERENCES areas (id),
    area_path TEXT NOT NULL,
    site_type TEXT NOT NULL,
    named_on DATE NOT NULL,
    description TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX demonstration_sites_path ON demonstration_sites (area_path);
