-- A request is held by the street and community its place lies in. Moving an area used to
-- leave the requests inside it with the street and community they had before, so that the
-- old street's queue listed them and the new one's did not: where a request's place no longer
-- lies in its street or community, set them again from the path (each request's own street
-- and community are found by id; only the stale ones are looked up among all of them).
UPDATE resident_requests
SET street_area_id = COALESCE((
    SELECT s.id FROM areas s
    WHERE s.kind = 'street'
      AND resident_requests.area_path >= s.path
      AND resident_requests.area_path < substr(s.path, 1, length(s.path) - 1) || '0'
), street_area_id)
WHERE NOT EXISTS (
    SELECT 1 FROM areas s
    WHERE s.id = resident_requests.street_area_id
      AND s.kind = 'street'
      AND resident_requests.area_path >= s.path
      AND resident_requests.area_path < substr(s.path, 1, length(s.path) - 1) || '0'
);
UPDATE resident_requests
SET community_area_id = COALESCE((
    SELECT c.id FROM areas c
    WHERE c.kind = 'community'
      AND resident_requests.area_path >= c.path
      AND resident_requests.area_path < substr(c.path, 1, length(c.path) - 1) || '0'
), community_area_id)
WHERE NOT EXISTS (
    SELECT 1 FROM areas c
    WHERE c.id = resident_requests.community_area_id
      AND c.kind = 'community'
      AND resident_requests.area_path >= c.path
      AND resident_requests.area_path < substr(c.path, 1, length(c.path) - 1) || '0'
);
