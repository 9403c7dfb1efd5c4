//! Accounts: login lockout and password rules.

pub mod password_policy;
pub mod softlock;
