//! Idempotent writes (the IETF `Idempotency-Key` draft): a client that did not hear the answer
//! to a write sends it again with the same key and gets the first answer instead of a second
//! write. A key belongs to the caller that used it and holds one request.

use chrono::{Duration, NaiveDateTime};
use sha2::{Digest, Sha256};

/// How long a key and its answer are kept.
pub const KEPT_FOR: Duration = Duration::hours(24);

/// Longest key taken (a UUID is 36 characters).
pub const MAX_KEY_LENGTH: usize = 255;

/// Why a request with a key is not run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdempotencyRefusal {
    #[error("the Idempotency-Key header holds 1 to 255 visible ASCII characters, e.g. a UUID")]
    Malformed,
    #[error("the Idempotency-Key was used for another request in the last 24 hours; use a new key for a new request")]
    KeyReused,
    #[error("a request with this Idempotency-Key is still being processed; retry when it has been answered")]
    InFlight,
}

impl IdempotencyRefusal {
    /// Stable problem code.
    pub fn code(&self) -> &'static str {
        match self {
            IdempotencyRefusal::Malformed => "validation-failed",
            IdempotencyRefusal::KeyReused => "idempotency-key-reused",
            IdempotencyRefusal::InFlight => "idempotency-key-in-use",
        }
    }
}

/// The key of a header value: a structured-field string (`"…"`) or, as many clients send
/// it, the bare token.
pub fn parse_key(header: &str) -> Result<String, IdempotencyRefusal> {
    let header = header.trim();
    let key = header.strip_prefix('"').and_then(|k| k.strip_suffix('"')).unwrap_or(header);
    let visible = key.bytes().all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\');
    if key.is_empty() || key.len() > MAX_KEY_LENGTH || !visible {
        return Err(IdempotencyRefusal::Malformed);
    }
    Ok(key.to_owned())
}

/// What identifies a request: its method, target and body. Two requests with one key must
/// agree on it.
pub fn fingerprint(method: &str, target: &str, body: &[u8]) -> String {
    let mut hash = Sha256::new();
    for part in [method.as_bytes(), b"\n", target.as_bytes(), b"\n", body] {
        hash.update(part);
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A key already used by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsedKey<'a> {
    pub fingerprint: &'a str,
    pub used_at: NaiveDateTime,
}

/// What to do with a request that carries a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// A new request: run it and keep its answer.
    Run,
    /// The same request again: answer what was answered.
    Replay,
}

/// Decides on a request from the key's earlier use, if any. A key older than [`KEPT_FOR`]
/// counts as new.
pub fn decide(
    used: Option<UsedKey<'_>>,
    fingerprint: &str,
    now: NaiveDateTime,
) -> Result<Decision, IdempotencyRefusal> {
    match used {
        Some(used) if now - used.used_at < KEPT_FOR => {
            if used.fingerprint == fingerprint {
                Ok(Decision::Replay)
            } else {
                Err(IdempotencyRefusal::KeyReused)
            }
        }
        _ => Ok(Decision::Run),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("time")
    }

    #[test]
    fn a_key_is_a_quoted_or_bare_visible_ascii_string() {
        assert_eq!(
            parse_key("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""),
            Ok("8e03978e-40d5-43e8-bc93-6894a57f9324".into())
        );
        assert_eq!(parse_key("retry-42"), Ok("retry-42".into()));
        assert_eq!(parse_key(""), Err(IdempotencyRefusal::Malformed));
        assert_eq!(parse_key("\"\""), Err(IdempotencyRefusal::Malformed));
        assert_eq!(parse_key("两个字"), Err(IdempotencyRefusal::Malformed));
        assert_eq!(parse_key(&"k".repeat(256)), Err(IdempotencyRefusal::Malformed));
    }

    #[test]
    fn the_same_request_within_a_day_is_replayed_and_another_is_refused() {
        let first = fingerprint("POST", "/api/v1/points/entries", b"{\"points\":4}");
        let other = fingerprint("POST", "/api/v1/points/entries", b"{\"points\":5}");
        let used = UsedKey { fingerprint: &first, used_at: at("2026-12-04 08:00") };
        assert_eq!(decide(Some(used.clone()), &first, at("2026-12-05 07:59")), Ok(Decision::Replay));
        assert_eq!(decide(Some(used.clone()), &other, at("2026-12-04 09:00")), Err(IdempotencyRefusal::KeyReused));
        assert_eq!(decide(Some(used), &other, at("2026-12-05 08:00")), Ok(Decision::Run));
        assert_eq!(decide(None, &first, at("2026-12-04 08:00")), Ok(Decision::Run));
    }

    #[test]
    fn the_target_is_part_of_what_a_key_holds() {
        assert_ne!(fingerprint("POST", "/a", b"{}"), fingerprint("POST", "/b", b"{}"));
        assert_ne!(fingerprint("POST", "/a", b"{}"), fingerprint("PATCH", "/a", b"{}"));
    }
}
