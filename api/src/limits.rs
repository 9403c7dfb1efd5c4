//! Rate limits: token buckets per client address on the token endpoint (logins and
//! refreshes), per session on searches and exports, and per session (or client address) on
//! every other request of the API and Open311. A refused request answers 429 with
//! `Retry-After`; every answer carries `RateLimit-Policy` and `RateLimit`.

use std::hash::{BuildHasher, RandomState};
use std::num::NonZeroU32;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::dev::ServiceRequest;
use actix_web::http::header::HeaderValue;
use actix_web::http::{Method, header};
use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

use crate::error::ApiError;

/// Buckets are named by a keyed 64-bit hash of the session's bearer token or the client's
/// address (never the token itself): the key is drawn per process, so a name is of no use
/// outside it, and 64 bits keep two sessions from sharing a bucket.
type Buckets = RateLimiter<u64, DefaultKeyedStateStore<u64>, DefaultClock, StateInformationMiddleware>;

/// The key of the bucket names, drawn at start.
static BUCKET_NAMES: LazyLock<RandomState> = LazyLock::new(RandomState::new);

fn bucket(name: &[u8]) -> u64 {
    BUCKET_NAMES.hash_one(name)
}

/// Requests per minute allowed by each limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitsConfig {
    /// Token requests (logins, refreshes, client credentials) per client address.
    pub token_per_minute: u32,
    /// Member searches per session.
    pub search_per_minute: u32,
    /// Exports per session.
    pub export_per_minute: u32,
    /// Any other request per session (bearer token) or, without one, per client address.
    pub requests_per_minute: u32,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig { token_per_minute: 10, search_per_minute: 60, export_per_minute: 10, requests_per_minute: 1200 }
    }
}

/// One limit: a bucket per key.
pub struct Limit {
    per_minute: u32,
    policy: HeaderValue,
    buckets: Buckets,
    checks: AtomicU64,
}

/// The headers of an allowed, limited request: `RateLimit-Policy` and `RateLimit`.
#[derive(Debug, Clone)]
pub struct Allowance {
    pub policy: HeaderValue,
    pub state: HeaderValue,
}

impl Limit {
    fn new(per_minute: u32) -> Limit {
        let per_minute = per_minute.max(1);
        let quota = Quota::per_minute(NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN));
        let policy = HeaderValue::try_from(format!("{per_minute};w=60")).unwrap_or(HeaderValue::from_static(""));
        Limit {
            per_minute,
            policy,
            buckets: RateLimiter::keyed(quota).with_middleware::<StateInformationMiddleware>(),
            checks: AtomicU64::new(0),
        }
    }

    /// Takes one request from `key`'s bucket.
    fn take(&self, key: u64) -> Result<Allowance, ApiError> {
        // Buckets that are full again are forgotten now and then, so memory stays bounded.
        if self.checks.fetch_add(1, Ordering::Relaxed) % 4096 == 4095 {
            self.buckets.retain_recent();
        }
        match self.buckets.check_key(&key) {
            Ok(snapshot) => {
                let remaining = snapshot.remaining_burst_capacity();
                let used = self.per_minute.saturating_sub(remaining);
                let reset = (u64::from(used) * 60).div_ceil(u64::from(self.per_minute));
                let state = format!("limit={}, remaining={remaining}, reset={reset}", self.per_minute);
                Ok(Allowance {
                    policy: self.policy.clone(),
                    state: HeaderValue::try_from(state).unwrap_or(HeaderValue::from_static("")),
                })
            }
            Err(not_until) => {
                let wait = not_until.wait_time_from(DefaultClock::default().now());
                let retry_after_seconds = i64::try_from(wait.as_secs()).unwrap_or(i64::MAX).saturating_add(1);
                let policy = self.policy.to_str().unwrap_or_default().to_owned();
                Err(ApiError::RateLimited { retry_after_seconds, policy })
            }
        }
    }
}

/// Refused requests audited per client address and minute; beyond that a flood of
/// refusals would fill the audit log (the requests are refused all the same).
const AUDITED_REFUSALS_PER_MINUTE: u32 = 120;

/// The limits of one instance.
pub struct Limits {
    token: Limit,
    search: Limit,
    export: Limit,
    requests: Limit,
    audited_refusals: Limit,
}

impl Limits {
    pub fn new(config: LimitsConfig) -> Limits {
        Limits {
            token: Limit::new(config.token_per_minute),
            search: Limit::new(config.search_per_minute),
            export: Limit::new(config.export_per_minute),
            requests: Limit::new(config.requests_per_minute),
            audited_refusals: Limit::new(AUDITED_REFUSALS_PER_MINUTE),
        }
    }

    /// Whether a refused request from `address` is still to be audited this minute.
    pub fn audit_refusal(&self, address: &str) -> bool {
        self.audited_refusals.take(bucket(address.as_bytes())).is_ok()
    }

    /// Applies the limit a request falls under, if any.
    pub fn check(&self, req: &ServiceRequest) -> Result<Option<Allowance>, ApiError> {
        let path = req.path();
        let address = || bucket(crate::auth::client_addr(req.request()).unwrap_or_default().as_bytes());
        let session =
            || req.headers().get(header::AUTHORIZATION).map(|value| bucket(value.as_bytes())).unwrap_or_else(address);
        let searching =
            || req.query_string().split('&').any(|pair| pair.strip_prefix("q=").is_some_and(|q| !q.is_empty()));
        let limit = match (req.method(), path) {
            (&Method::POST, "/api/v1/auth/token") => Some((&self.token, address())),
            (&Method::GET, "/api/v1/members") if searching() => Some((&self.search, session())),
            (&Method::GET, _) if path.starts_with("/api/") && path.ends_with(".xlsx") => {
                Some((&self.export, session()))
            }
            _ if path.starts_with("/api/") || path.starts_with("/open311/") => Some((&self.requests, session())),
            _ => None,
        };
        limit.map(|(limit, key)| limit.take(key)).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_allows_its_quota_then_says_when_to_retry() {
        let limit = Limit::new(3);
        for remaining in [2, 1, 0] {
            let allowed = limit.take(bucket(b"192.0.2.1")).expect("allowed");
            let state = allowed.state.to_str().unwrap_or_default();
            assert!(state.contains(&format!("remaining={remaining}")), "{state}");
            assert_eq!(allowed.policy, "3;w=60");
        }
        match limit.take(bucket(b"192.0.2.1")) {
            Err(ApiError::RateLimited { retry_after_seconds, policy }) => {
                assert!(
                    (1..=21).contains(&retry_after_seconds),
                    "one request per 20 s comes back: {retry_after_seconds}"
                );
                assert_eq!(policy, "3;w=60");
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert!(limit.take(bucket(b"192.0.2.2")).is_ok(), "another address has its own bucket");
    }
}
