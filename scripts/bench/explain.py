"""Prints the statements behind W2, W3, W4 and W8 as EXPLAIN statements for one database."""
import sys
engine, url, street, district, year = sys.argv[1:]
def scalar(sql):
    if engine == "sqlite":
        import sqlite3
        return sqlite3.connect(url.removeprefix("sqlite://")).execute(sql).fetchone()[0]
    import subprocess
    return subprocess.run(["psql", "-At", url, "-c", sql], capture_output=True, text=True).stdout.strip()
def path_of(org):
    return scalar(f"select path from organizations where id = {int(org)}")
def upper(path):
    return path[:-1] + "0"
s, d = path_of(street), path_of(district)
# W8's street: the first street area in path order, as `GET /api/v1/areas?kind=street&limit=1`.
a = int(scalar("select id from areas where kind = 'street' order by path, id limit 1"))
statements = {
    "W2 count, membership side": f"SELECT count(*) FROM members WHERE category = 'mobile' AND membership_street_path = '{s}'",
    "W2 count, residence side": f"SELECT count(*) FROM members WHERE category = 'mobile' AND residence_street_path = '{s}' AND (membership_street_path <> '{s}' OR membership_street_path IS NULL)",
    "W2 page, membership side": f"SELECT id FROM members WHERE membership_street_path = '{s}' AND category = 'mobile' ORDER BY name, id LIMIT 21",
    "W2 page, residence side": f"SELECT id FROM members WHERE residence_street_path = '{s}' AND category = 'mobile' ORDER BY name, id LIMIT 21",
    "W3 totals": f"SELECT m.id, m.name, t.points, t.vetoes FROM members m LEFT JOIN points_totals t ON t.member_id = m.id AND t.year = {int(year)} WHERE m.membership_org_path >= '{d}' AND m.membership_org_path < '{upper(d)}' AND m.stage IN ('probationary', 'full')",
    "W8 count": f"SELECT count(*) FROM resident_requests WHERE queue_due IS NOT NULL AND street_area_id = {a}",
    "W8 page": f"SELECT id FROM resident_requests WHERE queue_due IS NOT NULL AND street_area_id = {a} ORDER BY queue_due, id LIMIT 21",
    "W4 counts": "SELECT c.org_id, c.category, c.stage, c.members FROM member_counts c JOIN organizations o ON o.id = c.org_id WHERE o.path >= '/1/' AND o.path < '/10' AND c.members <> 0",
}
prefix = "EXPLAIN QUERY PLAN " if engine == "sqlite" else "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) "
for name, statement in statements.items():
    print(f"-- {name}\n{prefix}{statement};")
