DROP TABLE login_attempts;
DROP TABLE password_history;
ALTER TABLE users DROP COLUMN password_changed_at;
ALTER TABLE users DROP COLUMN password_change_required;
