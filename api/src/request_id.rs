//! Request ids (`X-Request-Id`): a client's id is kept when it is 1–128 letters, digits or
//! `-_.:`, otherwise the request gets a new one. The answer echoes it and the access log and
//! the audit events carry it, so one request can be followed from the client to the audit log.

use actix_web::HttpRequest;
use actix_web::dev::ServiceRequest;
use actix_web::http::header::{HeaderName, HeaderValue};
use rand::Rng;

pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// The request's id, kept or new; the request carries it from here on.
pub fn assign(req: &mut ServiceRequest) -> HeaderValue {
    let given = req.headers().get(&HEADER).filter(|value| acceptable(value.as_bytes())).cloned();
    let id = given.unwrap_or_else(generate);
    req.headers_mut().insert(HEADER, id.clone());
    id
}

fn acceptable(id: &[u8]) -> bool {
    (1..=128).contains(&id.len()) && id.iter().all(|c| c.is_ascii_alphanumeric() || b"-_.:".contains(c))
}

/// 26 random lower-case letters (122 bits). Letters only: an id in a log never looks like an
/// ID card or phone number to those who scan logs for personal data.
fn generate() -> HeaderValue {
    let mut rng = rand::rng();
    let id: String = (0..26).map(|_| char::from(b'a' + rng.random_range(0..26u8))).collect();
    HeaderValue::try_from(id).unwrap_or(HeaderValue::from_static("unknown"))
}

/// The id of a request that went through [`assign`].
pub fn of(req: &HttpRequest) -> Option<String> {
    req.headers().get(&HEADER).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clients_id_is_kept_only_when_it_is_short_and_plain() {
        assert!(acceptable(b"8e03978e-40d5-43e8-bc93-6894a57f9324"));
        assert!(acceptable(b"hotline:2026.12.04_17"));
        assert!(!acceptable(b""));
        assert!(!acceptable(b"two words"));
        assert!(!acceptable(&[b'a'; 129]));
        let generated = generate();
        assert_eq!(generated.len(), 26);
        assert!(generated.as_bytes().iter().all(u8::is_ascii_lowercase));
    }
}
