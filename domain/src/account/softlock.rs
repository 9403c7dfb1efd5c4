//! Login lockout: after too many failed logins an account is locked for a while.
//!
//! Time is a parameter so the rule is tested without waiting.

use chrono::{DateTime, Duration, Utc};

/// Lockout settings (defaults: from the 5th failure, a lock of 1 minute that doubles with
/// every further failure up to 60 minutes; forgotten a day after a lock ends; configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    pub max_failures: u32,
    /// The first lock.
    pub lock_for: Duration,
    /// The longest lock.
    pub max_lock: Duration,
    /// How long after a lock ends the failures before it still count.
    pub forget_after: Duration,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        LockoutPolicy {
            max_failures: 5,
            lock_for: Duration::minutes(1),
            max_lock: Duration::minutes(60),
            forget_after: Duration::hours(24),
        }
    }
}

/// The login state stored with an account (or with an unknown username, which locks the
/// same way so that locking reveals nothing about which usernames exist).
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

    /// The state after a failed login at `now` (while unlocked). Each failure from the
    /// `max_failures`-th on locks for twice as long as the one before, so a guesser gets a
    /// few dozen tries a day while the owner is kept out for minutes, not hours.
    pub fn after_failure(self, now: DateTime<Utc>, policy: LockoutPolicy) -> LoginState {
        let forgotten = self.locked_until.is_some_and(|until| now - until > policy.forget_after);
        let failed_logins = if forgotten { 1 } else { self.failed_logins.saturating_add(1) };
        let locked_until = match failed_logins.checked_sub(policy.max_failures) {
            Some(beyond) => {
                let factor = 1_i32.checked_shl(beyond.min(20)).unwrap_or(i32::MAX);
                Some(now + (policy.lock_for * factor).min(policy.max_lock))
            }
            None => self.locked_at(now),
        };
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
    fn five_failures_lock_for_a_minute_and_each_further_one_twice_as_long() {
        let policy = LockoutPolicy::default();
        let mut state = LoginState::default();
        for _ in 0..4 {
            state = state.after_failure(at(0), policy);
            assert_eq!(state.locked_at(at(0)), None);
        }
        state = state.after_failure(at(1), policy);
        assert_eq!(state.locked_at(at(1)), Some(at(2)), "the fifth failure locks for one minute");
        assert_eq!(state.locked_at(at(2)), None);
        state = state.after_failure(at(2), policy);
        assert_eq!(state.locked_at(at(2)), Some(at(4)), "then two minutes");
        state = state.after_failure(at(4), policy);
        assert_eq!(state.locked_at(at(4)), Some(at(8)), "then four");
        for _ in 0..10 {
            state = state.after_failure(at(0), policy);
        }
        assert_eq!(state.locked_until, Some(at(0) + Duration::minutes(60)), "never more than an hour");
    }

    #[test]
    fn failures_are_forgotten_a_day_after_the_last_lock() {
        let policy = LockoutPolicy::default();
        let locked = LoginState { failed_logins: 7, locked_until: Some(at(16)) };
        let next_day = at(16) + Duration::hours(25);
        let state = locked.after_failure(next_day, policy);
        assert_eq!(state.failed_logins, 1);
        assert_eq!(state.locked_at(next_day), None);
    }

    #[test]
    fn a_successful_login_clears_the_count() {
        let state = LoginState { failed_logins: 3, locked_until: None };
        assert_eq!(state.after_success(), LoginState::default());
    }

    #[test]
    fn the_policy_is_configurable() {
        let policy = LockoutPolicy { max_failures: 2, lock_for: Duration::minutes(1), ..LockoutPolicy::default() };
        let state = LoginState::default().after_failure(at(0), policy).after_failure(at(0), policy);
        assert_eq!(state.locked_at(at(0)), Some(at(1)));
    }
}
