//! Access tokens (JWT, HS256 pinned, short-lived, issuer and audience checked) and
//! refresh tokens (random, stored only as a SHA-256 hash).

use std::sync::Arc;

use chrono::{Duration, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::cache::{Cache, Generation};
use crate::error::ApiError;

pub const ISSUER: &str = "dangjian";
pub const AUDIENCE: &str = "dangjian-api";

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// The account id.
    pub sub: String,
    /// The session the token belongs to; it ends with the session.
    pub sid: String,
    pub iat: i64,
    pub exp: i64,
    /// This token's own id: two tokens issued in the same second differ.
    #[serde(default)]
    pub jti: String,
    /// The OAuth 2.0 scopes the token may be used for, space-separated; none on a person's
    /// token that asked for none (its roles decide alone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// What a valid access token says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub user_id: i64,
    pub session_id: String,
    pub scope: Option<String>,
}

pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    ttl: Duration,
    /// Tokens whose signature and claims were checked lately, with their expiry: a client
    /// sends the same token with every request until it expires, and checking it again costs
    /// as much as reading a member. Keyed by the whole token, so only the same bytes match.
    checked: Cache<String, (Verified, i64)>,
}

/// Tokens kept checked at most, and for how long (their expiry is checked on every use).
const CHECKED_CAPACITY: usize = 10_000;
const CHECKED_FOR: std::time::Duration = std::time::Duration::from_secs(60);

impl TokenKeys {
    pub fn new(secret: &[u8], ttl: Duration) -> TokenKeys {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        TokenKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl,
            // Nothing written makes a checked token unsound (its session is checked apart).
            checked: Cache::new(Arc::new(Generation::default()), CHECKED_FOR, CHECKED_CAPACITY),
        }
    }

    /// Lifetime of an access token in seconds.
    pub fn ttl_seconds(&self) -> i64 {
        self.ttl.num_seconds()
    }

    /// An access token of a session, expiring with its lifetime or the session's end,
    /// whichever comes first.
    pub fn issue(
        &self,
        user_id: i64,
        session_id: &str,
        session_ends: i64,
        scope: Option<&str>,
    ) -> Result<String, ApiError> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            sub: user_id.to_string(),
            sid: session_id.to_owned(),
            iat: now,
            exp: (now + self.ttl_seconds()).min(session_ends),
            jti: new_session_id(),
            scope: scope.map(str::to_owned),
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| ApiError::Internal(format!("token signing: {e}")))
    }

    /// The account, session and scope of a valid token. Any other algorithm (including
    /// `none`), a wrong signature, issuer or audience, or an expired token is refused.
    pub fn verify(&self, token: &str) -> Result<Verified, ApiError> {
        let key = token.to_owned();
        if let Some(checked) = self.checked.get(&key) {
            let (verified, expires) = &*checked;
            if Utc::now().timestamp() > expires + i64::try_from(self.validation.leeway).unwrap_or(0) {
                return Err(ApiError::Unauthorized("invalid access token: ExpiredSignature".to_owned()));
            }
            return Ok(verified.clone());
        }
        let data = decode::<Claims>(token, &self.decoding, &self.validation)
            .map_err(|e| ApiError::Unauthorized(format!("invalid access token: {e}")))?;
        let user_id =
            data.claims.sub.parse().map_err(|_| ApiError::Unauthorized("invalid access token subject".to_owned()))?;
        let verified = Verified { user_id, session_id: data.claims.sid, scope: data.claims.scope };
        self.checked.keep(key, self.checked.generation(), (verified.clone(), data.claims.exp));
        Ok(verified)
    }
}

/// A new session or token id: 128 random bits.
pub fn new_session_id() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// A new refresh token: the value for the client and the hash to store.
pub fn new_refresh_token() -> (String, String) {
    new_secret_token()
}

/// A new secret token of 256 random bits (refresh tokens, one-time links): the value to hand
/// out and the hash to store.
pub fn new_secret_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let hashed = hash_refresh_token(&token);
    (token, hashed)
}

pub fn hash_refresh_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_with_its_own_key_only() {
        let keys = TokenKeys::new(b"0123456789abcdef0123456789abcdef", Duration::minutes(15));
        let ends = Utc::now().timestamp() + 3600;
        let token = keys.issue(42, "s1", ends, Some("requests:read")).expect("issue");
        let verified = Verified { user_id: 42, session_id: "s1".to_owned(), scope: Some("requests:read".to_owned()) };
        assert_eq!(keys.verify(&token).expect("verify"), verified);
        let other = TokenKeys::new(b"fedcba9876543210fedcba9876543210", Duration::minutes(15));
        assert!(other.verify(&token).is_err());
    }

    #[test]
    fn a_token_checked_before_is_still_refused_once_expired_and_its_forgery_never_passes() {
        let keys = TokenKeys::new(b"0123456789abcdef0123456789abcdef", Duration::minutes(15));
        let token = keys.issue(42, "s1", Utc::now().timestamp() + 3600, None).expect("issue");
        assert!(keys.verify(&token).is_ok());
        let forged = format!("{}x", token.trim_end_matches(|c: char| c != '.'));
        assert!(keys.verify(&forged).is_err(), "another signature is checked on its own");
        let verified = keys.verify(&token).expect("kept");
        let expired = Utc::now().timestamp() - 60;
        keys.checked.keep(token.clone(), keys.checked.generation(), (verified, expired));
        assert!(keys.verify(&token).is_err(), "a kept token past its expiry is refused");
    }

    #[test]
    fn refresh_tokens_are_stored_hashed() {
        let (token, hashed) = new_refresh_token();
        assert_ne!(token, hashed);
        assert_eq!(hash_refresh_token(&token), hashed);
    }
}
