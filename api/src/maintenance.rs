//! Backup, restore and verification of a database (`dangjian backup|restore|verify`).
//!
//! SQLite is copied online with `VACUUM INTO`: one consistent snapshot taken inside a read
//! transaction while the server goes on writing (a `cp` of a live WAL database can lose
//! committed writes without any check noticing). PostgreSQL is dumped with `pg_dump` and
//! restored with `pg_restore`, which must be on the PATH. A SQLite copy takes the meeting
//! files of the data directory into its rows, and a restore writes them back out, so that
//! one file holds everything on both engines.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use diesel::prelude::*;
use diesel::sql_types::Text;
use domain::points::chain::{ChainBreak, Head};

use crate::audit;
use crate::db::repo::attachments::{self, BlobStore};
use crate::db::repo::points;
use crate::db::schema::{members, points_entries};
use crate::db::{DbConnection, Engine};
use crate::error::{ApiError, ApiResult};

/// What `verify` found.
#[derive(Debug, Default)]
pub struct Verification {
    /// Problems the database's own check reported (empty: none).
    pub storage: Vec<String>,
    pub members_checked: usize,
    pub entries_checked: usize,
    /// Members whose points chain is broken, with where it breaks.
    pub broken_chains: Vec<(i64, ChainBreak)>,
    pub audit: Option<audit::ChainReport>,
}

impl Verification {
    pub fn is_whole(&self) -> bool {
        self.storage.is_empty()
            && self.broken_chains.is_empty()
            && self.audit.as_ref().is_some_and(|a| a.first_broken_id.is_none())
    }
}

#[derive(QueryableByName)]
struct CheckLine {
    #[diesel(sql_type = Text)]
    integrity_check: String,
}

/// Checks the storage, every member's points chain and the audit chain.
pub fn verify(conn: &mut DbConnection) -> ApiResult<Verification> {
    let mut found = Verification::default();
    if let DbConnection::Sqlite(sqlite) = conn {
        let lines: Vec<CheckLine> = diesel::sql_query("PRAGMA integrity_check").load(sqlite)?;
        found.storage = lines.into_iter().map(|l| l.integrity_check).filter(|l| l != "ok").collect();
    }
    let mut after = 0_i64;
    loop {
        let batch: Vec<i64> = members::table
            .filter(members::id.gt(after))
            .order(members::id)
            .limit(1000)
            .select(members::id)
            .load(conn)?;
        let Some(last) = batch.last().copied() else { break };
        after = last;
        let rows = points_entries::table
            .filter(points_entries::member_id.eq_any(&batch))
            .order((points_entries::member_id, points_entries::id))
            .select(crate::db::models::PointsEntryRow::as_select())
            .load(conn)?;
        let mut heads: HashMap<i64, Head> = points::heads_of(conn, &batch)?.into_iter().collect();
        found.members_checked += batch.len();
        found.entries_checked += rows.len();
        let key = crate::integrity::key()?;
        for member_rows in rows.chunk_by(|a, b| a.member_id == b.member_id) {
            let member_id = member_rows[0].member_id;
            if let Err(broken) = points::check(key, member_rows, heads.remove(&member_id).as_ref())? {
                found.broken_chains.push((member_id, broken));
            }
        }
        // A head without entries: every link of that member was removed.
        for member_id in heads.into_keys() {
            found.broken_chains.push((member_id, ChainBreak::Head));
        }
    }
    found.audit = Some(audit::verify(conn)?);
    Ok(found)
}

/// Creates `file` empty and readable by its owner only (backups hold sealed personal data
/// and everything else).
fn private_file(file: &Path) -> ApiResult<()> {
    let fail = |e: std::io::Error| ApiError::BadRequest(format!("{}: {e}", file.display()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(file).map(drop).map_err(fail)
}

/// Writes a consistent copy of the live database, with the files kept in `files`, to `file`
/// (which must not exist).
pub fn backup(
    conn: &mut DbConnection,
    engine: Engine,
    database_url: &str,
    files: &BlobStore,
    file: &Path,
) -> ApiResult<()> {
    private_file(file)?;
    match (engine, conn) {
        (Engine::Sqlite, DbConnection::Sqlite(sqlite)) => {
            diesel::sql_query("VACUUM INTO ?").bind::<Text, _>(file.display().to_string()).execute(sqlite)?;
            let mut copy = DbConnection::Sqlite(open_sqlite(file)?);
            copy.transaction(|copy| attachments::pack(copy, files))?;
            Ok(())
        }
        _ => run(Command::new("pg_dump").arg("--format=custom").arg("--file").arg(file).arg(database_url)),
    }
}

fn open_sqlite(file: &Path) -> ApiResult<SqliteConnection> {
    SqliteConnection::establish(&file.display().to_string())
        .map_err(|e| ApiError::BadRequest(format!("{}: {e}", file.display())))
}

/// Replaces the database with a backup. The server must be stopped. A SQLite backup is
/// checked before it takes the database's place.
pub fn restore(engine: Engine, database_url: &str, files: &BlobStore, file: &Path) -> ApiResult<()> {
    match engine {
        Engine::Sqlite => {
            let target = database_url.trim_start_matches("sqlite://");
            let mut copy = open_sqlite(file)?;
            let lines: Vec<CheckLine> = diesel::sql_query("PRAGMA integrity_check").load(&mut copy)?;
            if lines.iter().any(|l| l.integrity_check != "ok") {
                return Err(ApiError::BadRequest(format!("{} is damaged; nothing was restored", file.display())));
            }
            drop(copy);
            let staged = format!("{target}.restoring");
            let _ = std::fs::remove_file(&staged);
            private_file(Path::new(&staged))?;
            std::fs::copy(file, &staged).map_err(|e| ApiError::BadRequest(format!("{staged}: {e}")))?;
            for suffix in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{target}{suffix}"));
            }
            std::fs::rename(&staged, target).map_err(|e| ApiError::BadRequest(format!("{target}: {e}")))?;
            let mut restored = DbConnection::Sqlite(open_sqlite(Path::new(target))?);
            restored.transaction(|restored| attachments::unpack(restored, files))?;
            Ok(())
        }
        Engine::Postgres => run(Command::new("pg_restore")
            .args(["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname"])
            .arg(database_url)
            .arg(file)),
    }
}

fn run(command: &mut Command) -> ApiResult<()> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output =
        command.output().map_err(|e| ApiError::BadRequest(format!("cannot run {program} (is it installed?): {e}")))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(ApiError::BadRequest(format!("{program} failed: {}", String::from_utf8_lossy(&output.stderr).trim())))
    }
}
