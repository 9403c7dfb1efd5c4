//! Group commit: concurrent writes of one kind share a transaction, so that a burst of
//! small writes (points entries recorded from phones) pays for one durable commit instead
//! of one each. Each write runs in its own savepoint: a refused write is rolled back alone
//! and the others commit. A write's answer is given only after the shared commit.

use std::sync::Arc;
use std::sync::mpsc;

use diesel::Connection;
use log::error;

use crate::cache::Generation;
use crate::db::{self, DbConnection, DbPool};
use crate::error::{ApiError, ApiResult};

/// Most writes sharing one commit.
const MOST_PER_COMMIT: usize = 64;

/// Tells a write's caller how the shared commit went.
type Answer = Box<dyn FnOnce(Result<(), String>) + Send>;
/// A write: runs in its savepoint and returns how to answer its caller.
type Job = Box<dyn FnOnce(&mut DbConnection) -> Answer + Send>;

/// The sending side; the committing thread ends when every sender is dropped.
#[derive(Clone)]
pub struct GroupCommit {
    jobs: mpsc::Sender<Job>,
}

impl GroupCommit {
    /// Starts the committing thread.
    pub fn start(pool: DbPool, generation: Arc<Generation>) -> GroupCommit {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("group-commit".to_owned())
            .spawn(move || commit_loop(&pool, &generation, &queue))
            .map(|_| ())
            .unwrap_or_else(|e| error!("cannot start the group commit thread: {e}"));
        GroupCommit { jobs }
    }

    /// Runs `work` in the next shared transaction and answers once it is committed.
    pub async fn write<T, F>(&self, work: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConnection) -> ApiResult<T> + Send + 'static,
    {
        let (reply, answer) = tokio::sync::oneshot::channel::<ApiResult<T>>();
        let job: Job = Box::new(move |conn| {
            // A nested transaction is a savepoint of the shared one.
            let result = conn.transaction(work);
            Box::new(move |committed: Result<(), String>| {
                let answer = match committed {
                    Ok(()) => result,
                    Err(cause) => Err(ApiError::Internal(format!("group commit: {cause}"))),
                };
                // The caller may have gone away; its write stands.
                let _ = reply.send(answer);
            })
        });
        self.jobs.send(job).map_err(|_| ApiError::Unavailable("the database writer has stopped".to_owned()))?;
        answer.await.map_err(|_| ApiError::Unavailable("the write could not be committed; retry it".to_owned()))?
    }
}

fn commit_loop(pool: &DbPool, generation: &Generation, queue: &mpsc::Receiver<Job>) {
    // Waits for a first write, then takes whatever else is already waiting.
    while let Ok(first) = queue.recv() {
        let mut batch = vec![first];
        while batch.len() < MOST_PER_COMMIT {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        // A panicking write drops its batch (the callers see their writes abandoned, the
        // connection is discarded with its open transaction) and the writer goes on.
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| commit(pool, generation, batch))).is_err() {
            error!("a grouped write panicked; its batch was rolled back");
        }
    }
}

/// Runs a batch in one transaction, then answers each write.
fn commit(pool: &DbPool, generation: &Generation, batch: Vec<Job>) {
    let mut conn = match pool.get() {
        Ok(conn) => conn,
        Err(e) => return error!("group commit: no database connection: {e}"),
    };
    let mut answers = Vec::with_capacity(batch.len());
    let committed = db::write_transaction(&mut conn, |conn| {
        answers.extend(batch.into_iter().map(|job| job(conn)));
        Ok::<_, diesel::result::Error>(())
    });
    if committed.is_ok() {
        generation.advance();
    }
    let committed = committed.map_err(|e| e.to_string());
    for answer in answers {
        answer(committed.clone());
    }
}
