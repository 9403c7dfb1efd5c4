//! Login lockout: after too many failed logins an account is locked for a while.
//!
//! Time is a parameter so the rule is tested without waiting.

use chrono::{DateTime, Duration, Utc};

/// Lockout settings (defaults: 5 failures, 15 minutes; configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    pub max_failures: u32,
    pub lock_for: Duration,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        LockoutPolicy { max_failures: 5, lock_for: Duration::minutes(15) }
    }
}

/// The login state stored with an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LoginState {
    pub failed_logins: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

impl LoginState {
    /// The end of the lock, if the account is locked at `now`.
    pub fn locked_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.locked_until.filter(|until| *until > now)
    }

    /// The state after a failed login at `now`. A lock that has run out starts a fresh count.
    pub fn after_failure(self, now: DateTime<Utc>, policy: LockoutPolicy) -> LoginState {
        let previous = if self.locked_until.is_some_and(|until| until <= now) { 0 } else { self.failed_logins };
        let failed_logins = previous.saturating_add(1);
        let locked_until =
            if failed_logins >= policy.max_failures { Some(now + policy.lock_for) } else { self.locked_at(now) };
        LoginState { failed_logins, locked_until }
    }

    /// The state after a successful login.
    pub fn after_success(self) -> LoginState {
        LoginState::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 2, 9, minute, 0).single().expect("valid time")
    }

    #[test]
    fn five_failures_lock_the_account_for_fifteen_minutes() {
        let policy = LockoutPolicy::default();
        let mut state = LoginState::default();
        for _ in 0..4 {
            state = state.after_failure(at(0), policy);
            assert_eq!(state.locked_at(at(0)), None);
        }
        state = state.after_failure(at(1), policy);
        assert_eq!(state.locked_at(at(1)), Some(at(16)));
        assert_eq!(state.locked_at(at(15)), Some(at(16)));
        assert_eq!(state.locked_at(at(16)), None, "the lock ends after 15 minutes");
    }

    #[test]
    fn after_the_lock_runs_out_one_failure_does_not_relock() {
        let policy = LockoutPolicy::default();
        let locked = LoginState { failed_logins: 5, locked_until: Some(at(16)) };
        let state = locked.after_failure(at(20), policy);
        assert_eq!(state.failed_logins, 1);
        assert_eq!(state.locked_at(at(20)), None);
    }

    #[test]
    fn a_successful_login_clears_the_count() {
        let state = LoginState { failed_logins: 3, locked_until: None };
        assert_eq!(state.after_success(), LoginState::default());
    }

    #[test]
    fn the_policy_is_configurable() {
        let policy = LockoutPolicy { max_failures: 2, lock_for: Duration::minutes(1) };
        let state = LoginState::default().after_failure(at(0), policy).after_failure(at(0), policy);
        assert_eq!(state.locked_at(at(0)), Some(at(1)));
    }
}
