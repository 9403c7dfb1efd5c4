//! Queries, one module per resource. Every function takes the connection so that callers
//! decide the transaction.

pub mod areas;
pub mod audit_events;
pub mod calendar;
pub mod development;
pub mod evaluations;
pub mod meetings;
pub mod members;
pub mod organizations;
pub mod points;
pub mod tree;
pub mod units;
pub mod users;
