//! Point reads on SQLite from a read transaction that each worker thread keeps open for a
//! moment. An autocommit read takes and drops WAL's shared lock around every statement (a
//! mutex the process's connections share and a `fcntl` on the `-shm` file, taken while the
//! other worker waits for the mutex); under many small reads that was a quarter of a member
//! read. A kept transaction reads the database as it was when it began, so it ends as soon as
//! this process commits a write (its [`Generation`] moves: a caller always reads what it
//! wrote) and at the latest a moment after it began (`DANGJIAN_READ_SNAPSHOT_MS`, 2 ms), so a
//! write by another process (the CLI) shows within that time and the WAL's checkpoints are
//! never held back for longer.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::CustomizeConnection;

use super::{DbConnection, SqlitePragmas, connection_target};
use crate::cache::Generation;

/// The kept read transactions of one database, one per worker thread.
pub struct Snapshots {
    /// Tells this database's kept connections from another's on the same thread (tests run
    /// many services, each on its own file, on the same threads).
    database: u64,
    url: String,
    /// How long a kept read transaction lives at most.
    hold: Duration,
}

struct Kept {
    database: u64,
    conn: DbConnection,
    /// The generation the open transaction reads; `None` when no transaction is open.
    reads: Option<u64>,
    /// Counts transactions, so a timer ends only the one it was set for.
    serial: u64,
}

thread_local! {
    static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

impl Snapshots {
    pub fn new(url: &str, hold: Duration) -> Snapshots {
        static DATABASES: AtomicU64 = AtomicU64::new(0);
        Snapshots { database: DATABASES.fetch_add(1, Ordering::Relaxed), url: url.to_owned(), hold }
    }

    /// Runs `work` in this thread's kept read transaction, beginning one when none reads the
    /// current generation; gives `work` back when no connection can be had. Must run on an
    /// actix worker (the end of the transaction is a timer on it).
    pub fn read<T, F>(&self, generation: &Generation, work: F) -> Result<T, F>
    where
        F: FnOnce(&mut DbConnection) -> T,
    {
        KEPT.with(|cell| {
            let mut kept = cell.borrow_mut();
            match self.current(&mut kept, generation.current()) {
                Ok(conn) => Ok(work(conn)),
                Err(error) => {
                    log::warn!("no kept read transaction: {error}");
                    *kept = None;
                    Err(work)
                }
            }
        })
    }

    /// This thread's connection, in a transaction that reads `generation`.
    fn current<'a>(&self, kept: &'a mut Option<Kept>, generation: u64) -> Result<&'a mut DbConnection, Failure> {
        if kept.as_ref().is_none_or(|k| k.database != self.database) {
            let mut conn = DbConnection::Sqlite(SqliteConnection::establish(connection_target(&self.url))?);
            SqlitePragmas.on_acquire(&mut conn)?;
            *kept = Some(Kept { database: self.database, conn, reads: None, serial: 0 });
        }
        let kept = kept.as_mut().expect("kept above");
        if kept.reads.is_some_and(|reads| reads != generation) {
            end(kept)?;
        }
        if kept.reads.is_none() {
            // The generation is read before the transaction begins, so the transaction sees
            // every write that generation counts.
            kept.conn.batch_execute("BEGIN")?;
            kept.reads = Some(generation);
            kept.serial += 1;
            let (serial, hold) = (kept.serial, self.hold);
            actix_web::rt::spawn(async move {
                actix_web::rt::time::sleep(hold).await;
                KEPT.with(|cell| {
                    let mut kept = cell.borrow_mut();
                    if let Some(open) = kept.as_mut().filter(|k| k.serial == serial && k.reads.is_some())
                        && end(open).is_err()
                    {
                        *kept = None;
                    }
                });
            });
        }
        Ok(&mut kept.conn)
    }
}

type Failure = Box<dyn std::error::Error>;

fn end(kept: &mut Kept) -> QueryResult<()> {
    kept.reads = None;
    kept.conn.batch_execute("COMMIT")
}
