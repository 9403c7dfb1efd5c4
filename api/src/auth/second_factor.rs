//! The second factor: time-based one-time passwords (TOTP, RFC 6238: HMAC-SHA1, 6 digits,
//! 30-second steps, one step of clock skew each way) and one-time recovery codes.

use rand::RngCore;
use sha2::{Digest, Sha256};
use totp_rs::{Builder, Secret, Totp};

use crate::error::ApiError;

/// Shown in authenticator apps before the account name.
const ISSUER: &str = "dangjian";
/// Recovery codes given when the second factor is confirmed.
pub const RECOVERY_CODES: usize = 10;

/// A new random secret (160 bits, as RFC 4226 recommends).
pub fn new_secret() -> Vec<u8> {
    let mut bytes = vec![0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

fn totp(secret: &[u8], username: &str) -> Result<Totp, ApiError> {
    Builder::new()
        .with_secret(secret.to_vec())
        .with_account_name(username)
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(|e| ApiError::Internal(format!("TOTP: {e}")))
}

/// The secret as people type it (base32) and the `otpauth://` address apps read from a QR code.
pub fn enrollment(secret: &[u8], username: &str) -> Result<(String, String), ApiError> {
    let url = totp(secret, username)?.to_url().map_err(|e| ApiError::Internal(format!("TOTP address: {e}")))?;
    Ok((Secret::from(secret.to_vec()).to_base32(), url))
}

/// The time step a code matches at `unix_time`, if it is newer than `last_step` (a code is
/// accepted once).
pub fn accept(
    secret: &[u8],
    username: &str,
    code: &str,
    unix_time: u64,
    last_step: Option<i64>,
) -> Result<Option<i64>, ApiError> {
    let step = totp(secret, username)?.check(code.trim(), unix_time).and_then(|s| i64::try_from(s).ok());
    Ok(step.filter(|step| last_step.is_none_or(|last| *step > last)))
}

/// The code for `unix_time` (what an authenticator app shows).
pub fn code_at(secret: &[u8], username: &str, unix_time: u64) -> Result<String, ApiError> {
    Ok(totp(secret, username)?.generate(unix_time).to_string())
}

/// New recovery codes (`xxxxx-xxxxx`, 50 random bits each) with the hashes to store.
pub fn new_recovery_codes() -> Vec<(String, String)> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 10];
            rand::rng().fill_bytes(&mut bytes);
            let chars: String = bytes.iter().map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()])).collect();
            let code = format!("{}-{}", &chars[..5], &chars[5..]);
            let hash = recovery_code_hash(&code);
            (code, hash)
        })
        .collect()
}

/// Recovery codes are long random values, so a plain hash keeps them safe at rest.
pub fn recovery_code_hash(code: &str) -> String {
    hex::encode(Sha256::digest(code.trim().to_ascii_lowercase().as_bytes()))
}

/// Whether a typed second factor looks like a recovery code rather than a TOTP code.
pub fn is_recovery_code(code: &str) -> bool {
    code.trim().len() == 11 && code.trim().as_bytes()[5] == b'-'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_accepted_once_and_only_near_its_time() {
        let secret = new_secret();
        let now = 1_790_000_000;
        let code = code_at(&secret, "sysadmin", now).expect("code");
        let step = accept(&secret, "sysadmin", &code, now, None).expect("check").expect("accepted");
        assert_eq!(accept(&secret, "sysadmin", &code, now, Some(step)).expect("check"), None, "not twice");
        assert_eq!(accept(&secret, "sysadmin", &code, now + 120, None).expect("check"), None, "not four steps later");
        assert_eq!(accept(&secret, "sysadmin", "000000", now, None).expect("check").filter(|_| code != "000000"), None);
    }

    #[test]
    fn recovery_codes_are_distinct_and_stored_as_hashes() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert!(codes.iter().all(|(code, hash)| is_recovery_code(code) && recovery_code_hash(code) == *hash));
        let distinct: std::collections::HashSet<_> = codes.iter().map(|(code, _)| code).collect();
        assert_eq!(distinct.len(), RECOVERY_CODES);
    }
}
