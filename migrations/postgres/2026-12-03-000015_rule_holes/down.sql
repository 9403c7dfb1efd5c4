DROP TABLE vote_exclusions;
ALTER TABLE development_steps DROP COLUMN roster;

CREATE OR REPLACE FUNCTION points_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign INTEGER;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'approved' THEN RETURN NULL; END IF;
        sign := 1;
    ELSIF (OLD.status = 'approved') = (NEW.status = 'approved') THEN
        RETURN NULL;
    ELSE
        sign := CASE WHEN NEW.status = 'approved' THEN 1 ELSE -1 END;
    END IF;
    INSERT INTO points_totals (member_id, year, points, vetoes)
    VALUES (NEW.member_id, NEW.year, sign * NEW.points, sign * (CASE WHEN NEW.veto THEN 1 ELSE 0 END))
    ON CONFLICT (member_id, year) DO UPDATE
    SET points = points_totals.points + excluded.points, vetoes = points_totals.vetoes + excluded.vetoes;
    RETURN NULL;
END;
$$;
