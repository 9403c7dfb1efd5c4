-- Online branches (网络党支部, §10): members check in to meetings held online from their phones,
-- micro Party courses (网上微党课) with the time each member spent, and the members' practice
-- posts (党员示范岗, 党员先锋团队, 党员责任区).
ALTER TABLE meeting_attendance ADD COLUMN checked_in_at TIMESTAMP;

CREATE TABLE courses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id BIGINT NOT NULL REFERENCES organizations (id),
    org_path TEXT NOT NULL,
    title TEXT NOT NULL,
    material TEXT NOT NULL,
    -- Where the recording or slides are.
    link TEXT,
    minutes INTEGER NOT NULL,
    opens_on DATE NOT NULL,
    closes_on DATE,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX courses_path ON courses (org_path, id);

CREATE TABLE course_completions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    course_id BIGINT NOT NULL REFERENCES courses (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    minutes_spent INTEGER NOT NULL,
    completed_on DATE NOT NULL,
    -- The points the completion earned, when the course rule awarded any.
    points_entry_id BIGINT REFERENCES points_entries (id),
    recorded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (course_id, member_id)
);
CREATE INDEX course_completions_member ON course_completions (member_id);

CREATE TABLE practice_posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id BIGINT NOT NULL REFERENCES organizations (id),
    org_path TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    duty TEXT NOT NULL,
    area_id BIGINT REFERENCES areas (id),
    since DATE NOT NULL,
    ended_on DATE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX practice_posts_path ON practice_posts (org_path, id);

CREATE TABLE practice_post_members (
    post_id BIGINT NOT NULL REFERENCES practice_posts (id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members (id),
    PRIMARY KEY (post_id, member_id)
);
CREATE INDEX practice_post_members_member ON practice_post_members (member_id);
