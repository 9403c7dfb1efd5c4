//! Token requests as OAuth 2.0 clients send them (RFC 6749): form-encoded or JSON, with the
//! client authenticated in the body or by HTTP Basic (§2.3.1); refusals carry the §5.2
//! `error` code next to the problem document.

use actix_web::body::BoxBody;
use actix_web::dev::Payload;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError};
use base64::Engine as _;
use futures_util::future::LocalBoxFuture;
use serde_json::{Map, Value};
use validator::Validate;

use super::{GrantType, TokenRequest};
use crate::error::ApiError;
use crate::extract::{
    BODY_LIMIT, Checked, body_timeout, declared_length, is_json_media_type, media_type, parse_json, read_body,
};

/// A token request, read and checked; refusals are answered with [`refusal`].
pub struct TokenForm(pub Checked<TokenRequest>);

impl FromRequest for TokenForm {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let media_type = media_type(req);
        let basic = basic_credentials(req);
        let (declared, timeout) = (declared_length(req), body_timeout(req));
        let mut payload = payload.take();
        Box::pin(async move {
            let checked = async {
                let body = read_body(&mut payload, declared, BODY_LIMIT, timeout).await?;
                let body = match media_type.as_str() {
                    "application/x-www-form-urlencoded" => form_as_json(&body)?,
                    json if is_json_media_type(json) => body,
                    _ => {
                        return Err(ApiError::UnsupportedMediaType(
                            "send the token request as application/x-www-form-urlencoded or application/json"
                                .to_owned(),
                        ));
                    }
                };
                check_grant_type(&body)?;
                let mut request: TokenRequest = parse_json(&body)?;
                if let Some((client_id, client_secret)) = basic? {
                    // RFC 6749 §2.3.1: one way of authenticating the client per request.
                    if request.client_secret.is_some() {
                        return Err(ApiError::field(
                            "client_secret",
                            "invalid_value",
                            "the client authenticates once: with HTTP Basic or in the body, not both",
                        ));
                    }
                    request.client_id = Some(client_id);
                    request.client_secret = Some(client_secret);
                }
                request.validate()?;
                Ok(request)
            };
            Ok(TokenForm(Checked::from(checked.await)))
        })
    }
}

/// A form body as the JSON object it stands for, so that both read alike and name their
/// fields in refusals alike. Each parameter comes at most once (RFC 6749 §3.1).
fn form_as_json(body: &[u8]) -> Result<Vec<u8>, ApiError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|e| ApiError::BadRequest(format!("the form cannot be read: {e}")))?;
    let mut object = Map::new();
    for (name, value) in pairs {
        let value = match (name.as_str(), value.as_str()) {
            ("refresh_cookie", "true") => Value::Bool(true),
            ("refresh_cookie", "false") => Value::Bool(false),
            _ => Value::String(value),
        };
        if object.insert(name.clone(), value).is_some() {
            return Err(ApiError::field(name, "duplicate", "a parameter is sent once"));
        }
    }
    serde_json::to_vec(&object).map_err(|e| ApiError::Internal(format!("form as JSON: {e}")))
}

/// Refuses a grant type this server does not issue before anything else about the request:
/// a client of another grant learns that first (RFC 6749 `unsupported_grant_type`).
fn check_grant_type(body: &[u8]) -> Result<(), ApiError> {
    let document: Value = serde_json::from_slice(body).unwrap_or_default();
    match document.get("grant_type").and_then(Value::as_str) {
        Some(grant) if serde_json::from_value::<GrantType>(Value::from(grant)).is_err() => Err(ApiError::field(
            "grant_type",
            "invalid_value",
            format!("the grant type `{grant}` is not supported: password, refresh_token or client_credentials"),
        )),
        _ => Ok(()),
    }
}

/// The client id and secret of an `Authorization: Basic` header (each form-encoded, §2.3.1).
fn basic_credentials(req: &HttpRequest) -> Result<Option<(String, String)>, ApiError> {
    let Some(value) = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) else { return Ok(None) };
    let Some((scheme, encoded)) = value.split_once(' ') else { return Ok(None) };
    if !scheme.eq_ignore_ascii_case("basic") {
        return Ok(None);
    }
    let unreadable = || ApiError::InvalidCredentials;
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).map_err(|_| unreadable())?;
    let decoded = String::from_utf8(decoded).map_err(|_| unreadable())?;
    let (id, secret) = decoded.split_once(':').ok_or_else(unreadable)?;
    let decode = |part: &str| {
        percent_encoding::percent_decode_str(&part.replace('+', " ")).decode_utf8().map(|s| s.into_owned())
    };
    Ok(Some((decode(id).map_err(|_| unreadable())?, decode(secret).map_err(|_| unreadable())?)))
}

/// Whether the client authenticated with HTTP Basic.
pub fn uses_basic(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.len() > 6 && v[..6].eq_ignore_ascii_case("basic "))
}

/// A refused token request: the problem document with the RFC 6749 §5.2 `error` and
/// `error_description`, so that OAuth 2.0 client libraries and the SPA both read it.
pub fn refusal(error: &ApiError, grant: Option<GrantType>, basic: bool) -> HttpResponse {
    let code = match error {
        ApiError::InvalidCredentials if grant == Some(GrantType::ClientCredentials) || basic => "invalid_client",
        ApiError::InvalidCredentials
        | ApiError::Unauthorized(_)
        | ApiError::AccountLocked { .. }
        | ApiError::SecondFactorRequired => "invalid_grant",
        ApiError::InvalidScope(_) => "invalid_scope",
        ApiError::Forbidden(_) => "unauthorized_client",
        ApiError::Validation(errors) if errors.iter().any(|e| e.field == "grant_type") => "unsupported_grant_type",
        ApiError::Internal(_) | ApiError::Unavailable(_) | ApiError::RateLimited { .. } => {
            return error.error_response();
        }
        _ => "invalid_request",
    };
    let mut body = serde_json::to_value(error.problem()).unwrap_or_default();
    body["error_description"] = body["detail"].clone();
    body["error"] = Value::from(code);
    let mut response = error.error_response();
    if code == "invalid_client" && basic {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"dangjian\""));
    }
    response.set_body(BoxBody::new(body.to_string()))
}
