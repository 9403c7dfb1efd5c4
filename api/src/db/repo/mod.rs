//! Queries, one module per concept. Every function takes the connection so that callers
//! decide the transaction, and answers rows, domain types or a [`StoreError`]; which HTTP
//! answer a failure becomes is the resource's business (`From<StoreError> for ApiError`).

/// Narrows a boxed query to rows whose path `$column` lies in every one of `$ranges`.
macro_rules! within {
    ($query:expr, $column:expr, $ranges:expr) => {{
        let mut query = $query;
        for (low, high) in $ranges {
            query = query.filter($column.ge(low.clone()).and($column.lt(high.clone())));
        }
        query
    }};
}

/// Narrows a boxed query to the rows of [`organizations::Branches`]: a subtree's by the path
/// column `$path`, or those whose `$id` is one of the ids.
macro_rules! of_branches {
    ($query:expr, $which:expr, $path:expr, $id:expr) => {
        match $which {
            $crate::db::repo::organizations::Branches::Within(path) => {
                let (low, high) = domain::tree::subtree_range(path);
                $query.filter($path.ge(low)).filter($path.lt(high))
            }
            $crate::db::repo::organizations::Branches::Among(ids) => $query.filter($id.eq_any(ids)),
        }
    };
}

pub mod account_changes;
pub mod affairs;
pub mod areas;
pub mod attachments;
pub mod audit_events;
pub mod calendar;
pub mod cobuilding;
pub mod development;
pub mod evaluations;
pub mod fact_versions;
pub mod feedback_reports;
pub mod households;
pub mod idempotency;
pub mod joint;
pub mod meetings;
pub mod member_events;
pub mod members;
pub mod names;
pub mod online;
pub mod opinions;
pub mod organizations;
pub mod points;
pub mod publicities;
pub mod report_ins;
pub mod requests;
pub mod support;
pub mod tombstones;
pub mod transfers;
pub mod tree;
pub mod units;
pub mod users;
pub mod webhooks;

use domain::points::CapExceeded;

/// Why the store could not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
    /// A stored value that does not read back: a code no list holds, a seal that does not
    /// open, a key that is not installed.
    #[error("stored data does not read back: {0}")]
    Unreadable(String),
    /// The row the operation works on is gone.
    #[error("the row is gone")]
    Missing,
    /// A rule checked under the store's lock refused the write: a points cap, which only the
    /// lock makes hold under concurrent writers.
    #[error(transparent)]
    Cap(#[from] CapExceeded),
}

pub type StoreResult<T> = Result<T, StoreError>;
