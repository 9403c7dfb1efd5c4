//! The one place where errors become HTTP: RFC 9457 `application/problem+json`.
//!
//! Each problem has a stable `type` (`/problems/<code>`) that clients and the SPA
//! translate; `docs/PROBLEMS.md` lists them.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use std::collections::BTreeMap;

use utoipa::ToSchema;

mod cobuilding;
mod store;
mod validation;

/// One invalid field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
pub struct FieldError {
    /// The field, as a path into the request (`roles[1]`, `limit`).
    pub field: String,
    /// Stable code: `required`, `unknown_field`, `invalid_type`, `invalid_value`, `length`,
    /// `range`, `format`, `checksum`, `mismatch`, `duplicate`, `taken` (another record holds
    /// the value), `not_found`, `rule` (the
    /// problem `type` or the message names the rule); a refusal listing several rules (a
    /// stage change) gives each rule's own code.
    pub code: String,
    /// Human-readable explanation.
    pub message: String,
    /// For file imports: the spreadsheet row (1 = the header row).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// The values the message is made of (dates, counts), so that a client renders `code`
    /// in its reader's language, e.g. `{"met_on": "2027-08-24"}`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, String>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            code: code.into(),
            message: message.into(),
            row: None,
            params: BTreeMap::new(),
        }
    }

    /// The same error with a value of its message.
    pub fn with_param(mut self, name: &str, value: impl ToString) -> FieldError {
        self.params.insert(name.to_owned(), value.to_string());
        self
    }

    /// The same error located at a spreadsheet row.
    pub fn at_row(mut self, row: u32) -> FieldError {
        self.row = Some(row);
        self
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Clone, Serialize, serde::Deserialize, ToSchema)]
#[schema(examples(crate::examples::problem))]
pub struct Problem {
    /// Stable problem type, `/problems/<code>`.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// Short summary of the problem type.
    pub title: String,
    /// HTTP status code.
    pub status: u16,
    /// What went wrong with this request.
    pub detail: String,
    /// Invalid fields, for validation failures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    MalformedJson(String),
    #[error("{0}")]
    BadRequest(String),
    #[error("the request has invalid fields")]
    Validation(Vec<FieldError>),
    /// A domain rule refused the request; `code` names the rule.
    #[error("{detail}")]
    Rule { code: &'static str, title: &'static str, detail: String, errors: Vec<FieldError> },
    #[error("{0}")]
    Unauthorized(String),
    #[error("wrong username or password")]
    InvalidCredentials,
    #[error("the account is locked after too many failed logins")]
    AccountLocked { retry_after_seconds: i64 },
    #[error("too many requests of this kind ({policy}); retry after {retry_after_seconds} s")]
    RateLimited { retry_after_seconds: i64, policy: String },
    #[error("{0}")]
    Forbidden(String),
    #[error(
        "the password must be changed first (an initial password, or an administrator's password that expired): POST /api/v1/me/password"
    )]
    PasswordChangeRequired,
    #[error(
        "this account logs in with a second factor: send the code of the authenticator app (or a recovery code) as `otp`"
    )]
    SecondFactorRequired,
    #[error("administrators log in with a second factor: set it up first (POST /api/v1/me/second-factor)")]
    SecondFactorEnrollmentRequired,
    #[error("no such resource")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed { allow: String },
    #[error("{0}")]
    Conflict(String),
    /// A unique value already taken, with the fields that make a record unique (`conflict`,
    /// each field with the code `taken`).
    #[error("a record with the same {} already exists", .0.join(", "))]
    Taken(Vec<String>),
    #[error("{0}")]
    HasDependents(String),
    /// The access token lacks the scope the operation needs.
    #[error("the access token does not carry the `{0}` scope this operation needs")]
    InsufficientScope(&'static str),
    /// A token request asked for a scope the client may not have.
    #[error("{0}")]
    InvalidScope(String),
    /// A request with the same `Idempotency-Key` is being run.
    #[error("{0}")]
    InFlight(String),
    #[error("the resource changed since it was read; read it again and retry")]
    PreconditionFailed,
    #[error("this request needs an If-Match header with the resource's ETag")]
    PreconditionRequired,
    #[error("the request body exceeds {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the request body took too long to arrive")]
    RequestTimeout,
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{0}")]
    Unavailable(String),
    #[error("internal error")]
    Internal(String),
}

impl ApiError {
    /// A single-field validation failure.
    pub fn field(field: impl Into<String>, code: impl Into<String>, message: impl Into<String>) -> ApiError {
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    }

    /// The stable code and title of the problem type.
    pub fn code_and_title(&self) -> (&'static str, &'static str) {
        match self {
            ApiError::MalformedJson(_) => ("malformed-json", "Malformed JSON"),
            ApiError::BadRequest(_) => ("bad-request", "Bad request"),
            ApiError::Validation(_) => ("validation-failed", "Validation failed"),
            ApiError::Rule { code, title, .. } => (code, title),
            ApiError::Unauthorized(_) => ("unauthorized", "Authentication required"),
            ApiError::InvalidCredentials => ("invalid-credentials", "Invalid credentials"),
            ApiError::AccountLocked { .. } => ("account-locked", "Account locked"),
            ApiError::RateLimited { .. } => ("rate-limited", "Too many requests"),
            ApiError::Forbidden(_) => ("forbidden", "Forbidden"),
            ApiError::PasswordChangeRequired => ("password-change-required", "Password change required"),
            ApiError::SecondFactorRequired => ("second-factor-required", "Second factor required"),
            ApiError::SecondFactorEnrollmentRequired => {
                ("second-factor-enrollment-required", "Second factor to be set up")
            }
            ApiError::NotFound => ("not-found", "Not found"),
            ApiError::MethodNotAllowed { .. } => ("method-not-allowed", "Method not allowed"),
            ApiError::Conflict(_) | ApiError::Taken(_) => ("conflict", "Conflict"),
            ApiError::HasDependents(_) => ("has-dependents", "Has dependents"),
            ApiError::InFlight(_) => ("idempotency-key-in-use", "Idempotency key in use"),
            ApiError::InsufficientScope(_) => ("insufficient-scope", "Insufficient scope"),
            ApiError::InvalidScope(_) => ("invalid-scope", "Invalid scope"),
            ApiError::PreconditionFailed => ("precondition-failed", "Precondition failed"),
            ApiError::PreconditionRequired => ("precondition-required", "Precondition required"),
            ApiError::PayloadTooLarge { .. } => ("payload-too-large", "Payload too large"),
            ApiError::RequestTimeout => ("request-timeout", "Request timeout"),
            ApiError::UnsupportedMediaType(_) => ("unsupported-media-type", "Unsupported media type"),
            ApiError::Unavailable(_) => ("unavailable", "Service unavailable"),
            ApiError::Internal(_) => ("internal", "Internal error"),
        }
    }

    pub fn problem(&self) -> Problem {
        let (code, title) = self.code_and_title();
        let errors = match self {
            ApiError::Validation(errors) | ApiError::Rule { errors, .. } => errors.clone(),
            ApiError::Taken(fields) => fields
                .iter()
                .map(|field| FieldError::new(field, "taken", "another record already has this value"))
                .collect(),
            _ => Vec::new(),
        };
        let detail = match self {
            // Internal causes go to the log, never to the client.
            ApiError::Internal(_) => "an internal error occurred; it has been logged".to_owned(),
            ApiError::Validation(errors) => {
                errors.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; ")
            }
            other => other.to_string(),
        };
        Problem {
            problem_type: format!("/problems/{code}"),
            title: title.to_owned(),
            status: self.status_code().as_u16(),
            detail,
            errors,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::MalformedJson(_) | ApiError::BadRequest(_) | ApiError::InvalidScope(_) => StatusCode::BAD_REQUEST,
            ApiError::Validation(_) | ApiError::Rule { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unauthorized(_) | ApiError::InvalidCredentials => StatusCode::UNAUTHORIZED,
            ApiError::AccountLocked { .. } | ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Forbidden(_)
            | ApiError::InsufficientScope(_)
            | ApiError::PasswordChangeRequired
            | ApiError::SecondFactorEnrollmentRequired => StatusCode::FORBIDDEN,
            ApiError::SecondFactorRequired => StatusCode::UNAUTHORIZED,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict(_) | ApiError::Taken(_) | ApiError::HasDependents(_) | ApiError::InFlight(_) => {
                StatusCode::CONFLICT
            }
            ApiError::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            ApiError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(cause) = self {
            log::error!("internal error: {cause}");
        }
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CONTENT_TYPE, "application/problem+json"));
        match self {
            ApiError::AccountLocked { retry_after_seconds } => {
                response.insert_header((header::RETRY_AFTER, retry_after_seconds.max(&1).to_string()));
            }
            ApiError::RateLimited { retry_after_seconds, policy } => {
                response.insert_header((header::RETRY_AFTER, retry_after_seconds.max(&1).to_string()));
                response.insert_header(("RateLimit-Policy", policy.as_str()));
                response.insert_header(("RateLimit", format!("remaining=0, reset={}", retry_after_seconds.max(&1))));
            }
            ApiError::MethodNotAllowed { allow } => {
                if let Ok(value) = HeaderValue::from_str(allow) {
                    response.insert_header((header::ALLOW, value));
                }
            }
            ApiError::Unauthorized(_) | ApiError::InvalidCredentials => {
                response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            // RFC 6750 §3.1.
            ApiError::InsufficientScope(scope) => {
                let challenge = format!("Bearer error=\"insufficient_scope\", scope=\"{scope}\"");
                if let Ok(value) = HeaderValue::from_str(&challenge) {
                    response.insert_header((header::WWW_AUTHENTICATE, value));
                }
            }
            _ => {}
        }
        response.json(self.problem())
    }
}

impl From<domain::access::members::MembershipSideOnly> for ApiError {
    fn from(refusal: domain::access::members::MembershipSideOnly) -> Self {
        ApiError::Rule {
            code: refusal.code(),
            title: "Only the membership organization may do this",
            detail: refusal.to_string(),
            errors: Vec::new(),
        }
    }
}

impl From<domain::member::events::EventRefusal> for ApiError {
    fn from(refusal: domain::member::events::EventRefusal) -> Self {
        use domain::member::events::EventRefusal;
        match refusal {
            EventRefusal::HoursRequired | EventRefusal::ContentRequired => {
                ApiError::field(refusal.field(), "required", refusal.to_string())
            }
            EventRefusal::MembershipSideOnly => domain::access::members::MembershipSideOnly.into(),
            rule => ApiError::Rule {
                code: rule.code(),
                title: "Member event rule",
                detail: rule.to_string(),
                errors: vec![FieldError::new(rule.field(), "rule", rule.to_string())],
            },
        }
    }
}

impl From<domain::development::publicity::PublicityRefusal> for ApiError {
    fn from(refusal: domain::development::publicity::PublicityRefusal) -> Self {
        use domain::development::publicity::PublicityRefusal;
        match refusal {
            PublicityRefusal::TooShort(short) => ApiError::Rule {
                code: refusal.code(),
                title: "Publicity period too short",
                detail: refusal.to_string(),
                errors: vec![
                    FieldError::new(refusal.field(), "rule", refusal.to_string())
                        .with_param("working_days", short.working_days)
                        .with_param("required", short.required)
                        .with_param("earliest_end", short.earliest_end),
                ],
            },
            PublicityRefusal::AlreadyResolved => ApiError::Conflict(refusal.to_string()),
            PublicityRefusal::ResolvedAsOpen => ApiError::field(refusal.field(), "invalid_value", refusal.to_string()),
            PublicityRefusal::EndsBeforeStart | PublicityRefusal::ObjectionOutsidePeriod => {
                ApiError::field(refusal.field(), "range", refusal.to_string())
            }
        }
    }
}

impl From<domain::member::transfer::TransferRefusal> for ApiError {
    fn from(refusal: domain::member::transfer::TransferRefusal) -> Self {
        use domain::member::transfer::TransferRefusal;
        match refusal {
            TransferRefusal::AlreadyThere => ApiError::field("to_org_id", "invalid_value", refusal.to_string()),
            TransferRefusal::StillOpen(_) | TransferRefusal::AlreadyDecided(_) => {
                ApiError::Conflict(refusal.to_string())
            }
            TransferRefusal::NotReceiving => ApiError::Forbidden(refusal.to_string()),
            TransferRefusal::Expired(expires_on) => ApiError::Rule {
                code: refusal.code(),
                title: "Transfer letter expired",
                detail: refusal.to_string(),
                errors: vec![FieldError::new("id", "rule", "expired").with_param("expires_on", expires_on)],
            },
        }
    }
}

impl From<domain::requests::RequestRefusal> for ApiError {
    fn from(refusal: domain::requests::RequestRefusal) -> Self {
        use domain::requests::RequestRefusal;
        let detail = refusal.to_string();
        match refusal {
            RequestRefusal::NotYourStep { .. } | RequestRefusal::NotYourFiles => ApiError::Forbidden(detail),
            RequestRefusal::FilesClosed { state } => ApiError::Rule {
                code: refusal.code(),
                title: "The request is a record",
                detail,
                errors: vec![FieldError::new("state", "rule", "closed").with_param("state", state.code())],
            },
            RequestRefusal::NotInThisState { step, state } => ApiError::Rule {
                code: refusal.code(),
                title: "Step not possible in this state",
                detail,
                errors: vec![
                    FieldError::new("step", "rule", "not in this state")
                        .with_param("step", step.code())
                        .with_param("state", state.code()),
                ],
            },
            RequestRefusal::TopLevel => ApiError::Rule {
                code: refusal.code(),
                title: "Nowhere to escalate to",
                detail,
                errors: vec![FieldError::new("step", "rule", "top level")],
            },
            RequestRefusal::ReopenWindowClosed { last_day, within } => ApiError::Rule {
                code: refusal.code(),
                title: "Reopening window closed",
                detail,
                errors: vec![
                    FieldError::new("step", "rule", "window closed")
                        .with_param("last_day", last_day)
                        .with_param("within_days", within),
                ],
            },
            RequestRefusal::RatingOutOfRange(_) => ApiError::field("rating", "range", detail),
            RequestRefusal::NotReportedIn => ApiError::field("assignee", "not_reported_in", detail),
            _ => ApiError::field(refusal.field().unwrap_or("step"), "required", detail),
        }
    }
}

impl From<domain::access::members::NotCorrector> for ApiError {
    fn from(refusal: domain::access::members::NotCorrector) -> Self {
        ApiError::Forbidden(refusal.to_string())
    }
}

impl From<domain::points::ledger::LedgerRefusal> for ApiError {
    fn from(refusal: domain::points::ledger::LedgerRefusal) -> Self {
        use domain::points::ledger::LedgerRefusal;
        match refusal {
            LedgerRefusal::NotPending | LedgerRefusal::AlreadyReversed => ApiError::Conflict(refusal.to_string()),
            LedgerRefusal::WrongSign => ApiError::field(refusal.field(), "range", refusal.to_string()),
            LedgerRefusal::NotApproved | LedgerRefusal::ReversalOfReversal => {
                ApiError::field(refusal.field(), "invalid_value", refusal.to_string())
            }
        }
    }
}

impl From<domain::attachment::FileRefusal> for ApiError {
    fn from(refusal: domain::attachment::FileRefusal) -> Self {
        use domain::attachment::FileRefusal;
        match refusal {
            FileRefusal::TypeNotAllowed(_) => ApiError::UnsupportedMediaType(refusal.to_string()),
            FileRefusal::TooLarge { limit, .. } => ApiError::PayloadTooLarge { limit },
            FileRefusal::Empty | FileRefusal::ContentMismatch(_) => {
                ApiError::field("body", "invalid_value", refusal.to_string())
            }
        }
    }
}

impl From<domain::access::scopes::ScopeRefusal> for ApiError {
    fn from(refusal: domain::access::scopes::ScopeRefusal) -> Self {
        use domain::access::scopes::ScopeRefusal;
        match refusal {
            ScopeRefusal::Insufficient(scope) => ApiError::InsufficientScope(scope.code()),
            ScopeRefusal::NotAllowed(_) => ApiError::InvalidScope(refusal.to_string()),
            ScopeRefusal::AddressNotAllowed => ApiError::Forbidden(refusal.to_string()),
        }
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
