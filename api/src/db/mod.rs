//! Storage: one diesel code base over SQLite (embedded default) and PostgreSQL
//! (production), an r2d2 pool, and the embedded migrations of each backend.

pub mod bulk_load;
pub mod group_commit;
pub mod id_list;
pub mod keyset;
pub mod models;
pub mod repo;
pub mod schema;
pub mod snapshot;

use std::time::{Duration, Instant};

use diesel::connection::{
    AnsiTransactionManager, Instrumentation, InstrumentationEvent, SimpleConnection, TransactionManager,
};
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, ManageConnection, Pool, PooledConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::data_key::DataKeys;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

/// A connection to either database; queries are written once for both.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

pub type DbPool = Pool<Connections>;
pub type PooledDb = PooledConnection<Connections>;

/// How long after its last answer a PostgreSQL connection is taken from the pool unchecked:
/// it answered a moment ago, and checking every connection taken was one more round trip per
/// request (a fifth of the time of a member read). A connection quiet for longer is checked,
/// so one ended by a server restart or a broken link is replaced; one ended within the moment
/// fails its request.
pub const UNCHECKED_AFTER_ANSWER: Duration = Duration::from_millis(500);

/// Opens the pool's connections and, when one is taken, checks a PostgreSQL connection that
/// has been quiet for longer than `unchecked_after_answer`. A SQLite file connection does not
/// go stale.
pub struct Connections {
    opener: ConnectionManager<DbConnection>,
    unchecked_after_answer: Duration,
}

/// When a connection last answered a query, kept by the connection itself.
struct LastAnswer(Instant);

impl Instrumentation for LastAnswer {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        if let InstrumentationEvent::FinishQuery { error: None, .. } = event {
            self.0 = Instant::now();
        }
    }
}

impl ManageConnection for Connections {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        let mut conn = self.opener.connect()?;
        if let DbConnection::Postgresql(pg) = &mut conn {
            pg.set_instrumentation(LastAnswer(Instant::now()));
        }
        Ok(conn)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        let DbConnection::Postgresql(pg) = conn else { return Ok(()) };
        let answered = pg.instrumentation().downcast_ref::<LastAnswer>().map(|last| last.0.elapsed());
        if answered.is_some_and(|quiet| quiet < self.unchecked_after_answer) {
            return Ok(());
        }
        self.opener.is_valid(conn)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        self.opener.has_broken(conn)
    }
}

/// Runs a query on the backend's own connection instead of through [`DbConnection`]: there its
/// prepared statement is found by the query's type, where through the multi-backend connection
/// its SQL is built on every run to look the statement up. For the hottest reads; the query is
/// written once and must not be boxed.
macro_rules! natively {
    ($conn:expr, |$native:ident| $run:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($native) => $run,
            $crate::db::DbConnection::Postgresql($native) => $run,
        }
    };
}
pub(crate) use natively;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// Errors while opening or migrating the database.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("unsupported database URL (use sqlite://FILE or postgres://...)")]
    UnsupportedUrl,
    #[error("cannot connect to the database: {0}")]
    Connect(String),
    #[error("cannot migrate the database: {0}")]
    Migrate(String),
}

impl Engine {
    pub fn of_url(url: &str) -> Result<Engine, StorageError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Engine::Postgres)
        } else if url.starts_with("sqlite://") {
            Ok(Engine::Sqlite)
        } else {
            Err(StorageError::UnsupportedUrl)
        }
    }
}

/// Turns `sqlite://path` into the file name SQLite expects; other URLs pass unchanged.
fn connection_target(url: &str) -> &str {
    url.strip_prefix("sqlite://").unwrap_or(url)
}

/// SQLite settings applied to every pooled connection: WAL for concurrent readers,
/// FULL sync so a committed write survives power loss, enforced foreign keys, and a busy
/// timeout so writers queue instead of failing.
#[derive(Debug)]
struct SqlitePragmas;

/// Reads map the database file (up to SQLite's 2 GB limit) instead of copying each page
/// through a read call into every connection's own cache: a member read is then a few memory
/// accesses. The mapped pages are the system's page cache, shared and reclaimable.
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
     PRAGMA foreign_keys = ON; PRAGMA mmap_size = 2147418112;";

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        if let DbConnection::Sqlite(sqlite) = conn {
            sqlite.batch_execute(SQLITE_PRAGMAS).map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Connects once with the backend's own type, so a failure reports the real cause
/// (the multi-connection only says the URL matched no backend).
fn probe(url: &str) -> Result<Engine, StorageError> {
    let engine = Engine::of_url(url)?;
    let target = connection_target(url);
    let result = match engine {
        Engine::Sqlite => {
            if let Some(dir) = std::path::Path::new(target).parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| StorageError::Connect(e.to_string()))?;
            }
            owner_only(target).map_err(|e| StorageError::Connect(format!("{target}: {e}")))?;
            SqliteConnection::establish(target).map(drop)
        }
        Engine::Postgres => PgConnection::establish(target).map(drop),
    };
    result.map_err(|e| StorageError::Connect(e.to_string()))?;
    Ok(engine)
}

/// Creates the SQLite file readable and writable by its owner only, and narrows an existing
/// one (SQLite gives its `-wal` and `-shm` files the permissions of the database file).
#[cfg(unix)]
fn owner_only(file: &str) -> std::io::Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    std::fs::OpenOptions::new().create(true).append(true).mode(0o600).open(file)?;
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{file}{suffix}");
        if std::path::Path::new(&path).exists() {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn owner_only(_file: &str) -> std::io::Result<()> {
    Ok(())
}

/// Opens the pool, applies the backend's pending migrations, seals the personal data that
/// was written before sealing or under an older key (see [`repo::members::reseal`]) and keys
/// the points chains written before they were keyed (see [`repo::points::key_old_chains`]).
/// The integrity key must be installed.
pub fn connect(url: &str, pool_size: u32, keys: &DataKeys) -> Result<(DbPool, Engine), StorageError> {
    let (pool, engine) = open_pool(url, pool_size, UNCHECKED_AFTER_ANSWER)?;
    let mut conn = pool.get().map_err(|e| StorageError::Connect(e.to_string()))?;
    migrate(&mut conn)?;
    let sealed = write_transaction(&mut conn, |conn| {
        Ok::<_, crate::error::ApiError>(
            repo::members::reseal(conn, keys)?
                + repo::requests::reseal(conn, keys)?
                + repo::households::reseal(conn, keys)?
                + repo::users::reseal_second_factors(conn, keys)?,
        )
    })
    .map_err(|e| StorageError::Migrate(format!("sealing personal data: {e}")))?;
    let keyed = write_transaction(&mut conn, repo::points::key_old_chains)
        .map_err(|e| StorageError::Migrate(format!("keying the points chains: {e}")))?;
    if keyed > 0 {
        log::info!("keyed the points chains of {keyed} members");
    }
    if sealed > 0 {
        log::info!(
            "sealed {sealed} records of personal data and second-factor secrets with data key {}",
            keys.current_id()
        );
    }
    Ok((pool, engine))
}

/// A pool of connections to `url`, not migrated (see [`Connections`]).
pub fn open_pool(
    url: &str,
    pool_size: u32,
    unchecked_after_answer: Duration,
) -> Result<(DbPool, Engine), StorageError> {
    let engine = probe(url)?;
    let connections = Connections { opener: ConnectionManager::new(connection_target(url)), unchecked_after_answer };
    let pool = Pool::builder()
        .max_size(pool_size)
        .connection_customizer(Box::new(SqlitePragmas))
        .build(connections)
        .map_err(|e| StorageError::Connect(e.to_string()))?;
    Ok((pool, engine))
}

/// Runs the pending migrations of the connection's backend.
pub fn migrate(conn: &mut DbConnection) -> Result<usize, StorageError> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
        DbConnection::Postgresql(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|v| v.len()),
    };
    applied.map_err(|e| StorageError::Migrate(e.to_string()))
}

/// Runs `work` in a write transaction (see [`begin_write`]).
pub fn write_transaction<T, E>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    begin_write(conn)?;
    match work(conn) {
        Ok(value) => commit(conn).map(|()| value).map_err(E::from),
        Err(error) => {
            rollback(conn)?;
            Err(error)
        }
    }
}

/// Begins a write transaction. On SQLite it begins with `BEGIN IMMEDIATE`, so the write lock
/// is taken up front and two writers never deadlock upgrading read locks.
pub fn begin_write(conn: &mut DbConnection) -> diesel::QueryResult<()> {
    match conn {
        DbConnection::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE"),
        DbConnection::Postgresql(c) => AnsiTransactionManager::begin_transaction(c),
    }
}

type Manager = <DbConnection as Connection>::TransactionManager;

/// Commits the transaction [`begin_write`] began.
pub fn commit(conn: &mut DbConnection) -> diesel::QueryResult<()> {
    Manager::commit_transaction(conn).inspect_err(|_| {
        // A failed commit leaves the transaction open on some backends.
        let _ = Manager::rollback_transaction(conn);
    })
}

/// Rolls back the transaction [`begin_write`] began.
pub fn rollback(conn: &mut DbConnection) -> diesel::QueryResult<()> {
    Manager::rollback_transaction(conn)
}

/// Inserts many rows in one statement. The multi-connection cannot express a multi-row
/// INSERT for SQLite, so this runs it on the concrete connection.
#[macro_export]
macro_rules! insert_batch {
    ($conn:expr, $table:expr, $rows:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite(c) => diesel::insert_into($table).values($rows).execute(c),
            $crate::db::DbConnection::Postgresql(c) => diesel::insert_into($table).values($rows).execute(c),
        }
    };
}

/// The current time as stored: UTC, truncated to microseconds so both databases read back
/// the same value.
pub fn now() -> chrono::NaiveDateTime {
    let now = chrono::Utc::now().naive_utc();
    now.with_nanosecond_truncated()
}

trait TruncateToMicros {
    fn with_nanosecond_truncated(self) -> Self;
}

impl TruncateToMicros for chrono::NaiveDateTime {
    fn with_nanosecond_truncated(self) -> Self {
        use chrono::Timelike;
        let micros = self.nanosecond() / 1_000 * 1_000;
        self.with_nanosecond(micros).unwrap_or(self)
    }
}

#[cfg(test)]
mod tests {
    use diesel::sql_types::Text;

    use super::*;

    #[derive(QueryableByName)]
    struct CompileOption {
        #[diesel(sql_type = Text)]
        compile_options: String,
    }

    /// Without the query planner stability guarantee every read with a LIMIT (every page,
    /// every single row) is prepared again on each run, at about a third of a point read's cost.
    #[test]
    fn sqlite_is_built_with_a_stable_query_planner() {
        let mut conn = SqliteConnection::establish(":memory:").expect("an in-memory database");
        let options: Vec<CompileOption> =
            diesel::sql_query("PRAGMA compile_options").load(&mut conn).expect("the compile options");
        assert!(
            options.iter().any(|o| o.compile_options == "ENABLE_QPSG"),
            "SQLITE_ENABLE_QPSG is set in .cargo/config.toml"
        );
    }
}
