//! Accounts: login lockout.

pub mod softlock;
