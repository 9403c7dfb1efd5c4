//! Password hashing with argon2id, and the checks of a new password.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use domain::access::AccountKind;
use domain::account::password_policy::{self, Candidate, PasswordPolicy, PasswordRefusal};

use crate::error::{ApiError, FieldError};

pub fn hash(password: &str) -> Result<String, ApiError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ApiError::Internal(format!("password hashing: {e}")))
}

pub fn verify(password: &str, stored_hash: &str) -> bool {
    PasswordHash::new(stored_hash)
        .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A hash to verify against when the username does not exist, so that the answer takes
/// as long as for a real account and does not reveal which usernames exist.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("decoy password for unknown usernames").unwrap_or_default())
}

/// Whether a strength estimate (zxcvbn: common-password lists, dictionary words, names,
/// keyboard patterns, dates) finds the password guessable in fewer than 10^10 guesses.
pub fn guessable(password: &str, username: &str) -> bool {
    u8::from(zxcvbn::zxcvbn(password, &[username, "dangjian", "党建"]).score()) < 3
}

/// The rules a new password breaks. `earlier` are the hashes of the passwords it may not
/// repeat (the current one and those before it).
pub fn refusals(
    policy: &PasswordPolicy,
    password: &str,
    username: &str,
    kind: AccountKind,
    earlier: &[String],
) -> Vec<PasswordRefusal> {
    let service = kind == AccountKind::Service;
    let candidate = Candidate {
        password,
        username,
        service,
        reused: !service && earlier.iter().any(|hash| verify(password, hash)),
        guessable: !service && guessable(password, username),
    };
    password_policy::refusals(policy, &candidate)
}

/// The answer refusing a password given in `field`.
pub fn policy_problem(field: &str, refused: &[PasswordRefusal]) -> ApiError {
    let errors: Vec<FieldError> = refused.iter().map(|r| FieldError::new(field, r.code(), r.to_string())).collect();
    let detail = refused.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
    ApiError::Rule { code: "password-policy", title: "The password does not meet the password rules", detail, errors }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let stored = hash("correct horse").expect("hash");
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("correct horse", &stored));
        assert!(!verify("wrong horse", &stored));
    }

    #[test]
    fn common_passwords_are_guessable_and_random_ones_are_not() {
        for common in ["Password1!", "Aa123456!", "Dangjian@2026", "Qwerty123!"] {
            assert!(guessable(common, "zhang.san"), "{common}");
        }
        assert!(!guessable("Tiger-Lily-42-Harbour", "zhang.san"));
    }
}
