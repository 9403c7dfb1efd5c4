//! API integration tests; each runs on SQLite and on PostgreSQL.

mod audit;
mod auth;
mod contract;
mod errors;
mod members;
mod structure;
mod users;
