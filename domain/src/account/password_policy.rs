//! Password rules (等保 2.0 身份鉴别): length, character classes, not the username, not one
//! of the last passwords, not a guessable one, and a maximum age for administrators.

use chrono::{Duration, NaiveDateTime};

/// Local password rules, with the 等保 defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// Fewest characters of a person's password.
    pub min_length: usize,
    /// Of lower case, upper case, digits and other characters, how many must appear.
    pub classes: usize,
    /// How many earlier passwords (the current one included) may not come back.
    pub history: usize,
    /// Days after which an administrator must choose a new password.
    pub admin_max_age_days: i64,
    /// Fewest characters of a service account's secret (a machine's random secret).
    pub service_secret_length: usize,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy { min_length: 8, classes: 3, history: 5, admin_max_age_days: 180, service_secret_length: 32 }
    }
}

/// Why a password is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordRefusal {
    #[error("at least {0} characters")]
    TooShort(usize),
    #[error("at least {0} of: lower case letters, upper case letters, digits, other characters")]
    CharacterClasses(usize),
    #[error("the password may not contain the username")]
    ContainsUsername,
    #[error("one of the last {0} passwords may not be used again")]
    Reused(usize),
    #[error("too easy to guess: a common password, word or pattern")]
    Common,
}

impl PasswordRefusal {
    /// Stable code of the field error.
    pub fn code(&self) -> &'static str {
        match self {
            PasswordRefusal::TooShort(_) => "too_short",
            PasswordRefusal::CharacterClasses(_) => "character_classes",
            PasswordRefusal::ContainsUsername => "contains_username",
            PasswordRefusal::Reused(_) => "reused",
            PasswordRefusal::Common => "common",
        }
    }
}

/// What is known about a proposed password besides its text.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    pub password: &'a str,
    pub username: &'a str,
    /// Whether it is a service account's secret.
    pub service: bool,
    /// Whether it equals one of the account's last passwords.
    pub reused: bool,
    /// Whether a strength estimate finds it guessable (common lists, words, patterns).
    pub guessable: bool,
}

/// Every rule the candidate breaks (empty: accepted).
pub fn refusals(policy: &PasswordPolicy, candidate: &Candidate<'_>) -> Vec<PasswordRefusal> {
    let length = candidate.password.chars().count();
    if candidate.service {
        // A machine's secret is long and random; classes and history mean nothing there.
        return if length < policy.service_secret_length {
            vec![PasswordRefusal::TooShort(policy.service_secret_length)]
        } else {
            Vec::new()
        };
    }
    let mut refused = Vec::new();
    if length < policy.min_length {
        refused.push(PasswordRefusal::TooShort(policy.min_length));
    }
    let password = candidate.password;
    let classes = [
        password.chars().any(|c| c.is_lowercase()),
        password.chars().any(|c| c.is_uppercase()),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(|c| !c.is_alphanumeric()),
    ];
    if classes.iter().filter(|present| **present).count() < policy.classes {
        refused.push(PasswordRefusal::CharacterClasses(policy.classes));
    }
    let username = candidate.username.to_lowercase();
    if !username.is_empty() && password.to_lowercase().contains(&username) {
        refused.push(PasswordRefusal::ContainsUsername);
    }
    if candidate.reused {
        refused.push(PasswordRefusal::Reused(policy.history));
    }
    if candidate.guessable {
        refused.push(PasswordRefusal::Common);
    }
    refused
}

/// Whether an administrator's password, set at `changed_at`, is too old on `now`.
pub fn expired(policy: &PasswordPolicy, changed_at: NaiveDateTime, now: NaiveDateTime) -> bool {
    now - changed_at > Duration::days(policy.admin_max_age_days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(password: &str) -> Candidate<'_> {
        Candidate { password, username: "zhang.san", service: false, reused: false, guessable: false }
    }

    #[test]
    fn short_passwords_and_too_few_character_classes_are_refused() {
        let policy = PasswordPolicy::default();
        assert_eq!(refusals(&policy, &person("Ab1!")), vec![PasswordRefusal::TooShort(8)]);
        assert_eq!(refusals(&policy, &person("1234567890")), vec![PasswordRefusal::CharacterClasses(3)]);
        assert_eq!(refusals(&policy, &person("aaaaaaaaaa")), vec![PasswordRefusal::CharacterClasses(3)]);
        assert_eq!(refusals(&policy, &person("Tiger-Lily-42")), Vec::new());
        assert_eq!(refusals(&policy, &person("党建工作Ab12")), Vec::new(), "Chinese characters are letters of no case");
    }

    #[test]
    fn the_username_reused_and_guessable_passwords_are_refused() {
        let policy = PasswordPolicy::default();
        assert_eq!(refusals(&policy, &person("Zhang.San-2026")), vec![PasswordRefusal::ContainsUsername]);
        let reused = Candidate { reused: true, ..person("Tiger-Lily-42") };
        assert_eq!(refusals(&policy, &reused), vec![PasswordRefusal::Reused(5)]);
        let common = Candidate { guessable: true, ..person("Password1!") };
        assert_eq!(refusals(&policy, &common), vec![PasswordRefusal::Common]);
    }

    #[test]
    fn service_secrets_are_long_and_nothing_else_is_asked() {
        let policy = PasswordPolicy::default();
        let short = Candidate { service: true, ..person("abcdefghij") };
        assert_eq!(refusals(&policy, &short), vec![PasswordRefusal::TooShort(32)]);
        let long = Candidate { service: true, ..person("0123456789abcdef0123456789abcdef") };
        assert_eq!(refusals(&policy, &long), Vec::new());
    }

    #[test]
    fn administrators_passwords_expire_after_180_days() {
        let policy = PasswordPolicy::default();
        let set = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)).expect("time");
        assert!(!expired(&policy, set, set + Duration::days(180)));
        assert!(expired(&policy, set, set + Duration::days(181)));
    }
}
