-- Leadership (§16): the city's and counties' leading bodies for urban Party-building with their
-- member departments, and the secretaries' annual report and review (书记抓基层党建述职评议).
CREATE TABLE leading_bodies (
    id BIGSERIAL PRIMARY KEY,
    area_id BIGINT NOT NULL UNIQUE REFERENCES areas (id),
    area_path TEXT NOT NULL,
    name TEXT NOT NULL,
    head TEXT NOT NULL,
    set_up_on DATE NOT NULL,
    -- The member departments as a JSON array of {department, representative, post}.
    members TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE secretary_reviews (
    id BIGSERIAL PRIMARY KEY,
    -- The Party committee whose secretary reports (a county's or a street's).
    org_id BIGINT NOT NULL REFERENCES organizations (id),
    org_path TEXT NOT NULL,
    year INTEGER NOT NULL,
    secretary_name TEXT NOT NULL,
    report TEXT NOT NULL,
    reported_on DATE NOT NULL,
    average_score DOUBLE PRECISION,
    result TEXT,
    concluded_on DATE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (org_id, year)
);
CREATE INDEX secretary_reviews_path ON secretary_reviews (org_path, id);

CREATE TABLE secretary_review_scores (
    review_id BIGINT NOT NULL REFERENCES secretary_reviews (id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    score INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (review_id, reviewer)
);
