-- The reversal of a veto carries the veto flag and lifts the veto: it counts -1.
DROP TRIGGER points_totals_insert;
DROP TRIGGER points_totals_decide;

CREATE TRIGGER points_totals_insert AFTER INSERT ON points_entries WHEN NEW.status = 'approved'
BEGIN
    INSERT INTO points_totals (member_id, year, points, vetoes)
    VALUES (NEW.member_id, NEW.year, NEW.points,
        CASE WHEN NOT NEW.veto THEN 0 WHEN NEW.reverses_entry_id IS NULL THEN 1 ELSE -1 END)
    ON CONFLICT (member_id, year) DO UPDATE SET points = points + excluded.points, vetoes = vetoes + excluded.vetoes;
END;

CREATE TRIGGER points_totals_decide AFTER UPDATE OF status ON points_entries
WHEN (OLD.status = 'approved') <> (NEW.status = 'approved')
BEGIN
    INSERT INTO points_totals (member_id, year, points, vetoes)
    VALUES (NEW.member_id, NEW.year,
        CASE WHEN NEW.status = 'approved' THEN NEW.points ELSE -NEW.points END,
        (CASE WHEN NEW.status = 'approved' THEN 1 ELSE -1 END)
        * (CASE WHEN NOT NEW.veto THEN 0 WHEN NEW.reverses_entry_id IS NULL THEN 1 ELSE -1 END))
    ON CONFLICT (member_id, year) DO UPDATE SET points = points + excluded.points, vetoes = vetoes + excluded.vetoes;
END;

UPDATE points_totals SET vetoes = (
    SELECT COALESCE(SUM(CASE WHEN NOT e.veto THEN 0 WHEN e.reverses_entry_id IS NULL THEN 1 ELSE -1 END), 0)
    FROM points_entries e
    WHERE e.member_id = points_totals.member_id AND e.year = points_totals.year AND e.status = 'approved'
);

-- The number entitled to vote at a branch meeting is derived from the roster: the branch's
-- full members on the meeting date (`roster`), less the members excluded by name.
ALTER TABLE development_steps ADD COLUMN roster INTEGER;

CREATE TABLE vote_exclusions (
    id INTEGER PRIMARY KEY,
    step_id BIGINT NOT NULL REFERENCES development_steps (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    reason TEXT NOT NULL,
    UNIQUE (step_id, member_id)
);
