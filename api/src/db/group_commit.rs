//! Group commit: concurrent writes of one kind share a transaction, so that a burst of
//! small writes (points entries recorded from phones) pays for one durable commit instead
//! of one each. Each write runs in its own savepoint: a refused write is rolled back alone
//! and the others commit. A write's answer is given only after the shared commit.

use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use diesel::Connection;
use log::{error, info};

use crate::cache::Generation;
use crate::db::{self, DbConnection, DbPool};
use crate::error::{ApiError, ApiResult};

/// Most writes sharing one commit.
const MOST_PER_COMMIT: usize = 64;
/// How often the sharing of commits is logged while writes come in.
const TALLY_EVERY: Duration = Duration::from_secs(10);

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

/// How writes shared their commits since the last report: the log line that tells whether
/// grouping works (a burst of appends should commit tens at a time, not one by one).
#[derive(Debug, Default)]
struct Tally {
    writes: usize,
    commits: usize,
    /// Commits of 1, 2–3, 4–7, 8–15, 16–31, 32–63 and 64 writes.
    sizes: [usize; 7],
}

impl Tally {
    fn add(&mut self, size: usize) {
        self.writes += size;
        self.commits += 1;
        let bucket = usize::try_from(size.max(1).ilog2()).unwrap_or(0).min(self.sizes.len() - 1);
        self.sizes[bucket] += 1;
    }

    /// Logs and clears the tally, if any write came in.
    fn report(&mut self) {
        if self.commits > 0 {
            let [one, two, four, eight, sixteen, thirty_two, sixty_four] = self.sizes;
            info!(
                "group commit: {} writes in {} commits; commits of 1: {one}, 2-3: {two}, 4-7: {four}, 8-15: {eight}, \
                 16-31: {sixteen}, 32-63: {thirty_two}, 64: {sixty_four}",
                self.writes, self.commits
            );
        }
        *self = Tally::default();
    }
}

fn commit_loop(pool: &DbPool, generation: &Generation, queue: &mpsc::Receiver<Job>) {
    let mut tally = Tally::default();
    let mut since = Instant::now();
    loop {
        // Waits for a first write, then takes whatever else is already waiting; a pause in
        // the writes reports what came before it.
        let first = match queue.recv_timeout(TALLY_EVERY) {
            Ok(job) => job,
            Err(RecvTimeoutError::Timeout) => {
                tally.report();
                since = Instant::now();
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break tally.report(),
        };
        let mut batch = vec![first];
        while batch.len() < MOST_PER_COMMIT {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        tally.add(batch.len());
        // A panicking write drops its batch (the callers see their writes abandoned, the
        // connection is discarded with its open transaction) and the writer goes on.
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| commit(pool, generation, batch))).is_err() {
            error!("a grouped write panicked; its batch was rolled back");
        }
        if since.elapsed() >= TALLY_EVERY {
            tally.report();
            since = Instant::now();
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

#[cfg(test)]
mod tests {
    use super::Tally;

    #[test]
    fn a_commit_counts_in_the_bucket_of_its_size() {
        let mut tally = Tally::default();
        for size in [1, 2, 3, 4, 7, 8, 31, 32, 63, 64] {
            tally.add(size);
        }
        assert_eq!(tally.sizes, [1, 2, 2, 1, 1, 2, 1]);
        assert_eq!((tally.writes, tally.commits), (215, 10));
    }
}
