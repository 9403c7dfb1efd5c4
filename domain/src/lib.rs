//! The rules of urban grassroots Party-building (城市基层党建), as read in `DOMAIN.md`.
//!
//! Pure: no web framework, no database, no IO. Time and configuration are parameters, so
//! every rule is a function that can be tested on its own.
#![deny(clippy::unwrap_used)]

#[macro_use]
mod code_list;
pub mod access;
pub mod account;
pub mod affairs;
pub mod alerts;
pub mod area;
pub mod attachment;
pub mod audit;
pub mod calendar;
pub mod changes;
pub mod cobuilding;
pub mod development;
pub mod evaluation;
pub mod facts;
pub mod households;
pub mod idempotency;
pub mod meetings;
pub mod member;
pub mod online;
pub mod organization;
pub mod points;
pub mod requests;
pub mod support;
pub mod tree;
pub mod unit;
pub mod webhooks;

pub use code_list::UnknownCode;
