//! Request extractors that answer bad input with problem documents: JSON bodies (size,
//! media type, unknown fields, types, validation), query strings and `If-Match`.

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest};
use futures_util::StreamExt;
use futures_util::future::{LocalBoxFuture, Ready, ready};
use serde::de::DeserializeOwned;
use validator::Validate;

use crate::error::{ApiError, FieldError};

/// Largest accepted request body.
pub const BODY_LIMIT: usize = 1024 * 1024;

/// A JSON request body, parsed strictly and validated while the request is extracted, but
/// handed to the handler only through [`Checked::accept`], which handlers call after the
/// caller's authorization: a caller without the right gets 403, never a 422 that describes
/// the body it may not send.
#[derive(Debug)]
pub struct JsonBody<T>(pub Checked<T>);

/// A body as checked: the value, or why it was refused.
#[derive(Debug)]
pub struct Checked<T>(Result<T, ApiError>);

impl<T> From<Result<T, ApiError>> for Checked<T> {
    fn from(checked: Result<T, ApiError>) -> Self {
        Checked(checked)
    }
}

impl<T> Checked<T> {
    /// The value, or the refusal of the body (400, 413, 415, 422).
    pub fn accept(self) -> Result<T, ApiError> {
        self.0
    }
}

impl<T: DeserializeOwned + Validate + 'static> FromRequest for JsonBody<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let media_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let declared_length = declared_length(req);
        let timeout = body_timeout(req);
        let mut payload = payload.take();
        Box::pin(async move {
            let checked = async {
                if !media_type.as_deref().is_some_and(is_json_media_type) {
                    return Err(ApiError::UnsupportedMediaType("send the body as application/json".to_owned()));
                }
                let body = read_body(&mut payload, declared_length, BODY_LIMIT, timeout).await?;
                let value: T = parse_json(&body)?;
                value.validate()?;
                Ok(value)
            };
            Ok(JsonBody(Checked(checked.await)))
        })
    }
}

/// The configured time a body may take to arrive.
pub fn body_timeout(req: &HttpRequest) -> std::time::Duration {
    req.app_data::<actix_web::web::Data<crate::state::AppState>>()
        .map_or(std::time::Duration::from_secs(60), |state| state.config.body_timeout)
}

pub fn declared_length(req: &HttpRequest) -> Option<usize> {
    req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok())
}

/// Reads a whole body, refusing more than `limit` bytes (413) before reading it if the
/// declared length already says so, and a body that takes longer than `timeout` to arrive
/// (408): a client that trickles a body keeps a buffer of up to `limit` bytes meanwhile.
pub async fn read_body(
    payload: &mut Payload,
    declared_length: Option<usize>,
    limit: usize,
    timeout: std::time::Duration,
) -> Result<Vec<u8>, ApiError> {
    if declared_length.is_some_and(|length| length > limit) {
        return Err(ApiError::PayloadTooLarge { limit });
    }
    let read = async {
        let mut body = Vec::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|e| ApiError::BadRequest(format!("cannot read the body: {e}")))?;
            if body.len() + chunk.len() > limit {
                return Err(ApiError::PayloadTooLarge { limit });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    };
    actix_web::rt::time::timeout(timeout, read).await.map_err(|_| ApiError::RequestTimeout)?
}

/// A file upload sent as the raw request body, with its media type (up to 16 MiB).
#[derive(Debug)]
pub struct Upload {
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// Largest accepted upload (a roster of tens of thousands of rows).
pub const UPLOAD_LIMIT: usize = 16 * 1024 * 1024;

impl FromRequest for Upload {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let media_type = media_type(req);
        let declared_length = declared_length(req);
        let timeout = body_timeout(req);
        let mut payload = payload.take();
        Box::pin(async move {
            let bytes = read_body(&mut payload, declared_length, UPLOAD_LIMIT, timeout).await?;
            Ok(Upload { media_type, bytes })
        })
    }
}

/// The media type of a request's body, without parameters, in lower case (empty if none).
pub fn media_type(req: &HttpRequest) -> String {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .unwrap_or_default()
}

pub fn is_json_media_type(value: &str) -> bool {
    let essence = value.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Parses JSON, naming the offending field of a well-formed but wrong document.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        data_error(inner, &path)
    })?;
    deserializer.end().map_err(|e| data_error(e, "."))?;
    // A NUL can only come as the escape `\u0000`; only then is the document walked for it.
    if body.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000"))
        && let Some(path) = serde_json::from_slice(body).ok().and_then(|v| nul_path(&v))
    {
        return Err(refuse_nul(if path.is_empty() { "body" } else { &path }));
    }
    Ok(value)
}

/// Refuses text holding the NUL character: no field has a use for it, and PostgreSQL text
/// cannot store it.
pub fn refuse_nul(field: &str) -> ApiError {
    ApiError::Validation(vec![FieldError::new(field, "invalid_characters", "must not contain the NUL character")])
}

/// The path of the first string (or key) in a document that holds a NUL character.
fn nul_path(value: &serde_json::Value) -> Option<String> {
    let join = |head: &str, rest: String| {
        if rest.is_empty() || rest.starts_with('[') { format!("{head}{rest}") } else { format!("{head}.{rest}") }
    };
    match value {
        serde_json::Value::String(text) => text.contains('\0').then(String::new),
        serde_json::Value::Array(items) => {
            items.iter().enumerate().find_map(|(i, item)| nul_path(item).map(|rest| join(&format!("[{i}]"), rest)))
        }
        serde_json::Value::Object(fields) => fields.iter().find_map(|(name, item)| {
            if name.contains('\0') { Some(String::new()) } else { nul_path(item).map(|rest| join(name, rest)) }
        }),
        _ => None,
    }
}

fn data_error(error: serde_json::Error, path: &str) -> ApiError {
    use serde_json::error::Category;
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            ApiError::MalformedJson(format!("the body is not valid JSON: {error}"))
        }
        Category::Data => field_error(&strip_position(&error.to_string()), path),
    }
}

/// serde_json appends " at line L column C"; the field path says more.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

/// Turns a serde data error into a field error with a stable code.
fn field_error(message: &str, path: &str) -> ApiError {
    let code = if message.starts_with("unknown field") {
        "unknown_field"
    } else if message.starts_with("missing field") {
        "required"
    } else if message.starts_with("invalid type") {
        "invalid_type"
    } else {
        "invalid_value"
    };
    let named = message.split('`').nth(1).filter(|_| matches!(code, "unknown_field" | "required"));
    let field = match (path.trim_start_matches('.'), named) {
        ("", Some(name)) => name.to_owned(),
        ("", None) => "body".to_owned(),
        (path, Some(name)) if code == "required" => format!("{path}.{name}"),
        (path, _) => path.to_owned(),
    };
    ApiError::Validation(vec![FieldError::new(field, code, message)])
}

/// A query string, parsed strictly and validated.
#[derive(Debug)]
pub struct QueryParams<T>(pub T);

impl<T: DeserializeOwned + Validate> FromRequest for QueryParams<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(parse_query(req.query_string()).map(QueryParams))
    }
}

pub(crate) fn parse_query<T: DeserializeOwned + Validate>(query: &str) -> Result<T, ApiError> {
    if let Some((name, _)) =
        form_urlencoded_parse(query).find(|(name, value)| name.contains('\0') || value.contains('\0'))
    {
        return Err(refuse_nul(&name));
    }
    let deserializer = serde_urlencoded::Deserializer::new(form_urlencoded_parse(query));
    let value: T = serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        let message = error.inner().to_string();
        field_error(&message, &path)
    })?;
    value.validate()?;
    Ok(value)
}

fn form_urlencoded_parse(query: &str) -> form_urlencoded::Parse<'_> {
    form_urlencoded::parse(query.as_bytes())
}

/// The `If-Match` header of a PATCH or DELETE.
#[derive(Debug)]
pub struct IfMatch(Option<String>);

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let value = req.headers().get(header::IF_MATCH).and_then(|v| v.to_str().ok()).map(str::to_owned);
        ready(Ok(IfMatch(value)))
    }
}

impl IfMatch {
    /// Checks the header against the resource's current version: 428 without it, 412
    /// when it names another version.
    pub fn check(&self, current_version: i32) -> Result<(), ApiError> {
        let header = self.0.as_deref().ok_or(ApiError::PreconditionRequired)?;
        let current = etag(current_version);
        let matches = header.split(',').map(str::trim).any(|tag| tag == "*" || tag.trim_start_matches("W/") == current);
        if matches { Ok(()) } else { Err(ApiError::PreconditionFailed) }
    }

    /// The version the client read, for the conditional update.
    pub fn expected_version(&self) -> Option<i32> {
        let header = self.0.as_deref()?;
        header.trim().trim_start_matches("W/").trim_matches('"').parse().ok()
    }
}

/// The entity tag of a resource version.
pub fn etag(version: i32) -> String {
    format!("\"{version}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize, Validate)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        #[allow(dead_code)]
        name: String,
        #[allow(dead_code)]
        count: i64,
    }

    fn codes(error: ApiError) -> Vec<(String, String)> {
        match error {
            ApiError::Validation(errors) => errors.into_iter().map(|e| (e.field, e.code)).collect(),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn unknown_missing_and_mistyped_fields_are_named() {
        let unknown = parse_json::<Sample>(br#"{"name":"a","count":1,"colour":"red"}"#).expect_err("unknown");
        assert_eq!(codes(unknown), vec![("colour".into(), "unknown_field".into())]);
        let missing = parse_json::<Sample>(br#"{"name":"a"}"#).expect_err("missing");
        assert_eq!(codes(missing), vec![("count".into(), "required".into())]);
        let mistyped = parse_json::<Sample>(br#"{"name":"a","count":"many"}"#).expect_err("type");
        assert_eq!(codes(mistyped), vec![("count".into(), "invalid_type".into())]);
    }

    #[test]
    fn broken_json_is_malformed_not_invalid() {
        assert!(matches!(parse_json::<Sample>(b"{\"name\":"), Err(ApiError::MalformedJson(_))));
        assert!(matches!(parse_json::<Sample>(br#"{"name":"a","count":1} x"#), Err(ApiError::MalformedJson(_))));
    }

    #[test]
    fn if_match_compares_versions() {
        assert!(matches!(IfMatch(None).check(3), Err(ApiError::PreconditionRequired)));
        assert!(matches!(IfMatch(Some("\"2\"".into())).check(3), Err(ApiError::PreconditionFailed)));
        assert!(IfMatch(Some("\"3\"".into())).check(3).is_ok());
        assert!(IfMatch(Some("W/\"3\"".into())).check(3).is_ok());
    }
}
