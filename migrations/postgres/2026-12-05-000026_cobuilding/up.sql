-- Co-building (共驻共建, DOMAIN.md §9): the joint meetings (联席会) of streets and communities
-- with their seats, meetings, attendance and resolutions; the three lists (needs, resources,
-- projects with their resources and progress); the tasks assigned to units and in-service
-- members; and the half-year feedback reports to the superiors of vertically managed units.

-- A vertically managed unit (条管单位) reports to a superior Party organization: one in the tree,
-- or one outside it named here.
ALTER TABLE units ADD COLUMN superior_org_id BIGINT REFERENCES organizations (id);
ALTER TABLE units ADD COLUMN superior_name TEXT;

CREATE TABLE joint_bodies (
    id BIGSERIAL PRIMARY KEY,
    area_id BIGINT NOT NULL UNIQUE REFERENCES areas (id),
    area_path TEXT NOT NULL,
    -- The convener (召集人): a leader of the Party organization of the level above.
    convener_org_id BIGINT NOT NULL REFERENCES organizations (id),
    convener_name TEXT NOT NULL,
    convener_post TEXT NOT NULL,
    set_up_on DATE NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX joint_bodies_path ON joint_bodies (area_path);

CREATE TABLE joint_seats (
    id BIGSERIAL PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES joint_bodies (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    org_id BIGINT REFERENCES organizations (id),
    unit_id BIGINT REFERENCES units (id),
    -- The organization, unit, police station, owners' committee or property company.
    holder_name TEXT NOT NULL,
    -- The Party member who sits for it, and their post.
    representative TEXT NOT NULL,
    post TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX joint_seats_body ON joint_seats (body_id);
CREATE INDEX joint_seats_unit ON joint_seats (unit_id);

CREATE TABLE joint_meetings (
    id BIGSERIAL PRIMARY KEY,
    body_id BIGINT NOT NULL REFERENCES joint_bodies (id) ON DELETE CASCADE,
    meets_on DATE NOT NULL,
    agenda TEXT NOT NULL,
    agenda_sent_on DATE,
    held BOOLEAN NOT NULL DEFAULT FALSE,
    minutes TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX joint_meetings_body ON joint_meetings (body_id, meets_on);

CREATE TABLE joint_attendance (
    meeting_id BIGINT NOT NULL REFERENCES joint_meetings (id) ON DELETE CASCADE,
    seat_id BIGINT NOT NULL REFERENCES joint_seats (id) ON DELETE CASCADE,
    present BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, seat_id)
);

CREATE TABLE joint_resolutions (
    id BIGSERIAL PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES joint_meetings (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX joint_resolutions_meeting ON joint_resolutions (meeting_id);

CREATE TABLE cobuilding_needs (
    id BIGSERIAL PRIMARY KEY,
    -- The community the need is in.
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    wanted_kind TEXT,
    field TEXT,
    request_category_id BIGINT REFERENCES request_categories (id),
    resolution_id BIGINT REFERENCES joint_resolutions (id),
    -- Set when a project takes the need up.
    taken BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL DEFAULT 1,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX cobuilding_needs_path ON cobuilding_needs (area_path, id);

CREATE TABLE cobuilding_resources (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    -- The area the offering unit is located in.
    area_path TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    -- For funds: the amount in yuan.
    amount_yuan BIGINT,
    available_from DATE,
    available_until DATE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX cobuilding_resources_path ON cobuilding_resources (area_path, id);
CREATE INDEX cobuilding_resources_unit ON cobuilding_resources (unit_id);

CREATE TABLE cobuilding_projects (
    id BIGSERIAL PRIMARY KEY,
    need_id BIGINT NOT NULL UNIQUE REFERENCES cobuilding_needs (id),
    area_path TEXT NOT NULL,
    owner_unit_id BIGINT NOT NULL REFERENCES units (id),
    title TEXT NOT NULL,
    due_on DATE NOT NULL,
    state TEXT NOT NULL,
    resolution_id BIGINT REFERENCES joint_resolutions (id),
    completed_on DATE,
    rating INTEGER,
    rating_comment TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX cobuilding_projects_path ON cobuilding_projects (area_path, id);
CREATE INDEX cobuilding_projects_owner ON cobuilding_projects (owner_unit_id);

CREATE TABLE cobuilding_project_resources (
    project_id BIGINT NOT NULL REFERENCES cobuilding_projects (id) ON DELETE CASCADE,
    resource_id BIGINT NOT NULL REFERENCES cobuilding_resources (id),
    PRIMARY KEY (project_id, resource_id)
);

CREATE TABLE cobuilding_progress (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES cobuilding_projects (id) ON DELETE CASCADE,
    recorded_on DATE NOT NULL,
    note TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX cobuilding_progress_project ON cobuilding_progress (project_id, id);
ALTER TABLE attachments ADD COLUMN progress_id BIGINT REFERENCES cobuilding_progress (id) ON DELETE CASCADE;

CREATE TABLE cobuilding_tasks (
    id BIGSERIAL PRIMARY KEY,
    -- The street or community assigning it.
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    assignee_kind TEXT NOT NULL,
    unit_id BIGINT REFERENCES units (id),
    member_id BIGINT REFERENCES members (id),
    assigned_on DATE NOT NULL,
    due_on DATE NOT NULL,
    state TEXT NOT NULL,
    resolution_id BIGINT REFERENCES joint_resolutions (id),
    project_id BIGINT REFERENCES cobuilding_projects (id),
    feedback TEXT,
    feedback_on DATE,
    service_hours INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX cobuilding_tasks_path ON cobuilding_tasks (area_path, id);
CREATE INDEX cobuilding_tasks_open ON cobuilding_tasks (state, due_on);
CREATE INDEX cobuilding_tasks_unit ON cobuilding_tasks (unit_id, assigned_on);
CREATE INDEX cobuilding_tasks_member ON cobuilding_tasks (member_id, assigned_on);

-- The half-year feedback to a vertically managed unit's superior (§6): a snapshot the street
-- signs off and delivers.
CREATE TABLE feedback_reports (
    id BIGSERIAL PRIMARY KEY,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    year INTEGER NOT NULL,
    half INTEGER NOT NULL,
    -- The street that signs it off.
    area_id BIGINT NOT NULL REFERENCES areas (id),
    area_path TEXT NOT NULL,
    content TEXT NOT NULL,
    signed_off_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    signed_off_at TIMESTAMP,
    delivered_to_org_id BIGINT REFERENCES organizations (id),
    delivered_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (unit_id, year, half)
);
CREATE INDEX feedback_reports_path ON feedback_reports (area_path, id);
CREATE INDEX feedback_reports_superior ON feedback_reports (delivered_to_org_id);
