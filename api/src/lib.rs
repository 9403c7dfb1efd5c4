//! The dangjian service: HTTP API, storage and the command-line tool.
#![deny(clippy::unwrap_used)]

pub mod app;
pub mod audit;
pub mod auth;
pub mod cache;
pub mod cli;
pub mod config;
pub mod data_key;
pub mod db;
pub mod error;
pub mod examples;
pub mod extract;
pub mod idempotency;
pub mod integrity;
pub mod limits;
pub mod maintenance;
pub mod openapi;
pub mod paging;
pub mod problems;
pub mod proxies;
pub mod reports;
pub mod request_id;
pub mod routes;
pub mod seed;
pub mod state;
pub mod webhooks;
