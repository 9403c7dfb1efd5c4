//! API integration tests; each runs on SQLite and on PostgreSQL.

mod audit;
mod auth;
mod contract;
mod development;
mod errors;
mod generator;
mod households;
mod idempotency;
mod members;
mod personal_data;
mod points;
mod requests;
mod structure;
mod users;
