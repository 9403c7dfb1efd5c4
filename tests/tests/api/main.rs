//! API integration tests; each runs on SQLite and on PostgreSQL.

mod affairs;
mod audit;
mod auth;
mod change_feed;
mod cobuilding;
mod connections;
mod contract;
mod development;
mod errors;
mod examples;
mod generator;
mod headers;
mod households;
mod idempotency;
mod members;
mod online;
mod opinions;
mod personal_data;
mod points;
mod requests;
mod service_accounts;
mod structure;
mod support;
mod users;
mod webhooks;
