DROP TABLE vote_exclusions;
ALTER TABLE development_steps DROP COLUMN roster;

DROP TRIGGER points_totals_insert;
DROP TRIGGER points_totals_decide;

CREATE TRIGGER points_totals_insert AFTER INSERT ON points_entries WHEN NEW.status = 'approved'
BEGIN
    INSERT INTO points_totals (member_id, year, points, vetoes) VALUES (NEW.member_id, NEW.year, NEW.points, NEW.veto)
    ON CONFLICT (member_id, year) DO UPDATE SET points = points + excluded.points, vetoes = vetoes + excluded.vetoes;
END;

CREATE TRIGGER points_totals_decide AFTER UPDATE OF status ON points_entries
WHEN (OLD.status = 'approved') <> (NEW.status = 'approved')
BEGIN
    INSERT INTO points_totals (member_id, year, points, vetoes)
    VALUES (NEW.member_id, NEW.year,
        CASE WHEN NEW.status = 'approved' THEN NEW.points ELSE -NEW.points END,
        CASE WHEN NEW.status = 'approved' THEN NEW.veto ELSE -NEW.veto END)
    ON CONFLICT (member_id, year) DO UPDATE SET points = points + excluded.points, vetoes = vetoes + excluded.vetoes;
END;
