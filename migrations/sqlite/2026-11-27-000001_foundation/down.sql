DROP TABLE audit_events;
DROP TABLE refresh_tokens;
DROP TABLE user_roles;
DROP TABLE users;
DROP TABLE units;
DROP TABLE organizations;
DROP TABLE areas;
