//! PostgreSQL's bulk-load mode, for generating a data set into an empty database: as any
//! bulk loader does, the big tables lose their secondary indexes, foreign keys and counter
//! triggers for the load and get them back at the end, built once over all rows instead of
//! maintained row by row. Everything happens in the caller's transaction, so a failed load
//! leaves the schema as it was. Primary and unique keys stay: they check the load as it runs.
//! SQLite needs none of it (its load is a few inserts into B-trees of the same file).

use std::time::{Duration, Instant};

use diesel::prelude::*;
use diesel::sql_query;

use super::DbConnection;

/// The tables a generated data set fills with millions of rows.
const TABLES: &str = "ARRAY['members', 'meetings', 'meeting_attendance', 'points_entries', 'households', \
    'household_visits', 'resident_requests', 'request_details', 'request_events']::regclass[]";

/// Drops what [`finish`] restores, keeping each definition in a temporary table. The points
/// totals lose their primary key as well: [`finish`] counts them from the loaded entries in one
/// statement, whose rows come in hash order, and a key built after them is one sort instead of
/// millions of inserts at random places of a B-tree.
pub fn begin(conn: &mut DbConnection) -> QueryResult<()> {
    let DbConnection::Postgresql(pg) = conn else { return Ok(()) };
    sql_query(
        "CREATE TEMPORARY TABLE bulk_load_restore (step SERIAL PRIMARY KEY, statement TEXT NOT NULL) ON COMMIT DROP",
    )
    .execute(pg)?;
    sql_query(format!(
        "DO $$
        DECLARE r RECORD;
        BEGIN
            FOR r IN SELECT i.indexrelid::regclass AS name, pg_get_indexdef(i.indexrelid) AS definition
                FROM pg_index i
                WHERE i.indrelid::regclass = ANY ({TABLES}) AND NOT i.indisunique AND NOT i.indisprimary
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                ORDER BY i.indexrelid
            LOOP
                INSERT INTO bulk_load_restore (statement) VALUES (r.definition);
                EXECUTE format('DROP INDEX %s', r.name);
            END LOOP;
            FOR r IN SELECT c.conrelid::regclass AS tab, c.conname, pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c
                WHERE c.contype = 'f' AND c.conrelid::regclass = ANY ({TABLES})
                ORDER BY c.oid
            LOOP
                INSERT INTO bulk_load_restore (statement)
                VALUES (format('ALTER TABLE %s ADD CONSTRAINT %I %s', r.tab, r.conname, r.definition));
                EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tab, r.conname);
            END LOOP;
            FOR r IN SELECT c.conname, pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c
                WHERE c.conrelid = 'points_totals'::regclass AND c.contype IN ('p', 'f')
                ORDER BY c.oid
            LOOP
                INSERT INTO bulk_load_restore (statement)
                VALUES (format('ALTER TABLE points_totals ADD CONSTRAINT %I %s', r.conname, r.definition));
                EXECUTE format('ALTER TABLE points_totals DROP CONSTRAINT %I', r.conname);
            END LOOP;
        END $$"
    ))
    .execute(pg)?;
    sql_query("ALTER TABLE members DISABLE TRIGGER member_counts_insert").execute(pg)?;
    sql_query("ALTER TABLE points_entries DISABLE TRIGGER points_totals_follow").execute(pg)?;
    // A loaded tree has no kept compliance to refresh: its first dashboard computes it whole.
    sql_query("ALTER TABLE meetings DISABLE TRIGGER meetings_compliance_insert").execute(pg)?;
    Ok(())
}

/// Builds the indexes, checks and adds the foreign keys, counts the counters the triggers
/// would have kept (the same sums as `points_totals_follow` and `member_counts_apply`) and
/// turns the triggers back on, timing each in `steps`.
pub fn finish(conn: &mut DbConnection, steps: &mut Steps) -> QueryResult<()> {
    let DbConnection::Postgresql(pg) = conn else { return Ok(()) };
    // Index builds sort, and the totals' aggregate hashes, in memory instead of in temporary files.
    sql_query("SET LOCAL maintenance_work_mem = '1GB'").execute(pg)?;
    sql_query("SET LOCAL work_mem = '512MB'").execute(pg)?;
    // Before the entries' indexes are back: one sequential scan counts them.
    sql_query("DELETE FROM points_totals").execute(pg)?;
    sql_query(
        "INSERT INTO points_totals (member_id, year, points, vetoes)
        SELECT member_id, year, SUM(points),
            SUM(CASE WHEN NOT veto THEN 0 WHEN reverses_entry_id IS NULL THEN 1 ELSE -1 END)
        FROM points_entries WHERE status = 'approved' GROUP BY member_id, year",
    )
    .execute(pg)?;
    steps.lap("points totals");
    let restore: Vec<Restore> = sql_query("SELECT statement FROM bulk_load_restore ORDER BY step").load(pg)?;
    for Restore { statement } in restore {
        sql_query(&statement).execute(pg)?;
        steps.lap(if statement.starts_with("ALTER TABLE") { "keys" } else { "indexes" });
    }
    sql_query("DROP TABLE bulk_load_restore").execute(pg)?;
    sql_query("DELETE FROM member_counts").execute(pg)?;
    sql_query(
        "INSERT INTO member_counts (org_id, category, stage, members)
        SELECT membership_org_id, category, stage, COUNT(*) FROM members GROUP BY membership_org_id, category, stage",
    )
    .execute(pg)?;
    sql_query("DELETE FROM subtree_member_counts").execute(pg)?;
    sql_query(
        "INSERT INTO subtree_member_counts (org_id, category, stage, members)
        SELECT a.id, c.category, c.stage, SUM(c.members)
        FROM member_counts c JOIN organizations o ON o.id = c.org_id CROSS JOIN path_ids(o.path) AS a(id)
        GROUP BY a.id, c.category, c.stage",
    )
    .execute(pg)?;
    sql_query("ALTER TABLE members ENABLE TRIGGER member_counts_insert").execute(pg)?;
    sql_query("ALTER TABLE points_entries ENABLE TRIGGER points_totals_follow").execute(pg)?;
    sql_query("ALTER TABLE meetings ENABLE TRIGGER meetings_compliance_insert").execute(pg)?;
    steps.lap("member counts");
    Ok(())
}

/// A statement [`begin`] kept to restore what it dropped.
#[derive(QueryableByName)]
struct Restore {
    #[diesel(sql_type = diesel::sql_types::Text)]
    statement: String,
}

/// How long each step of a load took, in the order of their first laps; laps of the same
/// name add up.
#[derive(Debug)]
pub struct Steps {
    pub taken: Vec<(&'static str, Duration)>,
    since: Instant,
}

impl Steps {
    pub fn start() -> Steps {
        Steps { taken: Vec::new(), since: Instant::now() }
    }

    /// Ends the step `name` now: the time since the last lap goes to it.
    pub fn lap(&mut self, name: &'static str) {
        let now = Instant::now();
        let took = now - self.since;
        self.since = now;
        match self.taken.iter_mut().find(|(n, _)| *n == name) {
            Some((_, total)) => *total += took,
            None => self.taken.push((name, took)),
        }
    }
}

/// Writes generated rows: one `COPY` on PostgreSQL, multi-row INSERTs of `$chunk` rows on
/// SQLite (its statements take at most 32,766 values). COPY needs every column bound, so a
/// derived insertable sets `treat_none_as_default_value = false`.
#[macro_export]
macro_rules! load_rows {
    ($conn:expr, $table:expr, $rows:expr, $chunk:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite(c) => {
                for batch in $rows.chunks($chunk) {
                    diesel::insert_into($table).values(batch).execute(c)?;
                }
            }
            $crate::db::DbConnection::Postgresql(c) => {
                diesel::copy_from($table).from_insertable($rows).execute(c)?;
            }
        }
    };
}

/// The largest id of `$table`, 0 when it has no rows.
#[macro_export]
macro_rules! largest_id {
    ($conn:expr, $table:expr, $id:expr) => {
        $table.select(diesel::dsl::max($id)).first::<Option<i64>>($conn).map(|id| id.unwrap_or(0))
    };
}

/// Checks, after a load, that its rows got the ids counted ahead for them (`$ids`, a range):
/// the load's transaction is the only writer, so they follow the table's largest id, and a
/// largest id other than the range's end means another writer or a sequence out of step
/// (one behind the table fails the load on its primary key instead).
#[macro_export]
macro_rules! check_loaded_ids {
    ($conn:expr, $table:expr, $id:expr, $ids:expr) => {{
        let largest = $crate::largest_id!($conn, $table, $id)?;
        if largest != *$ids.end() {
            return Err($crate::error::ApiError::Internal(format!(
                "rows loaded up to id {largest} instead of {:?}: another writer",
                $ids
            )));
        }
    }};
}
