//! Token endpoint (password, refresh token, client credentials) and logout.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpRequest, HttpResponse, post, web};
use domain::access::AccountKind;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::{ClientAddr, token};
use crate::db::repo::users;
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::state::AppState;

mod form;
mod grants;

use form::TokenForm;
use grants::{Credentials, login, refresh_tokens};

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(issue_token).service(logout);
}

/// OAuth 2.0 grant type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GrantType {
    /// A person's username and password.
    Password,
    /// A refresh token from an earlier answer (rotated on use).
    RefreshToken,
    /// A service account's client id and secret (third-party systems).
    ClientCredentials,
}

/// Token request (RFC 6749 §4.3, §4.4, §6), as `application/x-www-form-urlencoded` (standard
/// OAuth 2.0 clients) or JSON. A service account may send `client_id` and `client_secret` by
/// HTTP Basic instead.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// How the client authenticates: `password`, `refresh_token` or `client_credentials`.
    pub grant_type: GrantType,
    /// For `password`.
    #[validate(length(min = 1, max = 64))]
    #[schema(min_length = 1, max_length = 64)]
    pub username: Option<String>,
    /// For `password`.
    #[validate(length(min = 1, max = 256))]
    #[schema(min_length = 1, max_length = 256)]
    pub password: Option<String>,
    /// For `refresh_token`.
    #[validate(length(min = 1, max = 256))]
    #[schema(min_length = 1, max_length = 256)]
    pub refresh_token: Option<String>,
    /// For `client_credentials`: the service account's username.
    #[validate(length(min = 1, max = 64))]
    #[schema(min_length = 1, max_length = 64)]
    pub client_id: Option<String>,
    /// For `client_credentials`: the service account's secret.
    #[validate(length(min = 1, max = 256))]
    #[schema(min_length = 1, max_length = 256)]
    pub client_secret: Option<String>,
    /// For `password`, when the account has a second factor: the 6-digit code of the
    /// authenticator app, or one of the recovery codes (`xxxxx-xxxxx`, each good once).
    #[validate(length(min = 1, max = 32))]
    #[schema(min_length = 1, max_length = 32)]
    pub otp: Option<String>,
    /// The scopes the tokens are for, space-separated (RFC 6749 §3.3): a service account gets
    /// those of its allowed scopes it asks for (all of them when it asks for none); a person's
    /// token asking for some is limited to them besides its roles.
    #[validate(length(min = 1, max = 1024))]
    #[schema(min_length = 1, max_length = 1024, example = "requests:read requests:write")]
    pub scope: Option<String>,
    /// For `password`: keep the refresh token in an HttpOnly, SameSite=Strict cookie
    /// (`dangjian_refresh`, path `/api/v1/auth`) instead of the answer, where script cannot
    /// read it (the SPA). A `refresh_token` grant without `refresh_token` then uses the
    /// cookie and sets the next one there.
    #[serde(default)]
    pub refresh_cookie: bool,
}

/// Issued tokens.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TokenResponse {
    /// JWT for `Authorization: Bearer`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// One-time token for the next `refresh_token` grant (none for client credentials).
    pub refresh_token: Option<String>,
    /// An administrator must set up its second factor first (`POST /api/v1/me/second-factor`):
    /// every other request answers 403 `/problems/second-factor-enrollment-required` until then.
    pub second_factor_enrollment_required: bool,
    /// The password must be changed first (`POST /api/v1/me/password`): every other request
    /// answers 403 `/problems/password-change-required` until then.
    pub password_change_required: bool,
    /// The scopes the access token carries, space-separated; absent on a person's token that
    /// asked for none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// Logout request.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LogoutRequest {
    /// The refresh token to revoke; without it, the one in the `dangjian_refresh` cookie.
    #[validate(length(min = 1, max = 256))]
    #[schema(min_length = 1, max_length = 256)]
    pub refresh_token: Option<String>,
}

/// The cookie that keeps the SPA's refresh token out of reach of script.
const REFRESH_COOKIE: &str = "dangjian_refresh";

/// The refresh cookie holding `value` for `max_age` (zero: removes it). Sent only to the
/// token endpoints and only by the site itself.
fn refresh_cookie(value: String, max_age: chrono::Duration, secure: bool) -> Cookie<'static> {
    Cookie::build(REFRESH_COOKIE, value)
        .path("/api/v1/auth")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(actix_web::cookie::time::Duration::seconds(max_age.num_seconds().max(0)))
        .finish()
}

fn cookie_token(req: &HttpRequest) -> Option<String> {
    req.cookie(REFRESH_COOKIE).map(|c| c.value().to_owned()).filter(|v| !v.is_empty())
}

fn required(value: Option<String>, field: &str) -> ApiResult<String> {
    value.ok_or_else(|| ApiError::field(field, "required", format!("`{field}` is required for this grant type")))
}

/// Issue tokens (登录).
///
/// From the fifth failed login (configurable) a username is locked for a minute, twice as
/// long with every further failure, up to an hour, whether or not an account has it; a
/// locked username answers 429 with `Retry-After`. Service accounts are never locked, and are
/// refused from client addresses they are not allowed. Token requests are limited per client
/// address (429 `rate-limited`). Every attempt is audited. Refusals carry RFC 6749's `error`
/// (`invalid_request`, `invalid_client`, `invalid_grant`, `invalid_scope`,
/// `unauthorized_client`, `unsupported_grant_type`) and `error_description` besides the problem.
#[utoipa::path(
    operation_id = "create_token",
    tag = "auth",
    // Documented as JSON only: standard OAuth 2.0 clients send the same fields form-encoded
    // without reading a contract, and clients generated from it handle one body type best.
    request_body(
        content = TokenRequest,
        content_type = "application/json",
        description = "The token request as JSON, or the same fields as `application/x-www-form-urlencoded` (RFC 6749)"
    ),
    responses((status = 200, description = "Tokens issued", body = TokenResponse))
)]
#[post("/auth/token")]
pub async fn issue_token(
    state: web::Data<AppState>,
    req: HttpRequest,
    client: ClientAddr,
    TokenForm(request): TokenForm,
) -> ApiResult<HttpResponse> {
    let basic = form::uses_basic(&req);
    let request = match request.accept() {
        Ok(request) => request,
        Err(refused) => return Ok(form::refusal(&refused, None, basic)),
    };
    let grant = request.grant_type;
    match grant_tokens(&state, &req, client, request).await {
        Ok(answer) => Ok(answer),
        Err(refused) => Ok(form::refusal(&refused, Some(grant), basic)),
    }
}

async fn grant_tokens(
    state: &AppState,
    req: &HttpRequest,
    client: ClientAddr,
    request: TokenRequest,
) -> ApiResult<HttpResponse> {
    let (mut response, in_cookie) = match request.grant_type {
        GrantType::Password => {
            let credentials = Credentials {
                username: required(request.username, "username")?,
                secret: required(request.password, "password")?,
                otp: request.otp,
                scope: request.scope,
            };
            (login(state, client, credentials, AccountKind::Person).await?, request.refresh_cookie)
        }
        GrantType::ClientCredentials => {
            let credentials = Credentials {
                username: required(request.client_id, "client_id")?,
                secret: required(request.client_secret, "client_secret")?,
                otp: None,
                scope: request.scope,
            };
            (login(state, client, credentials, AccountKind::Service).await?, false)
        }
        GrantType::RefreshToken => {
            let from_cookie = request.refresh_token.is_none();
            let refresh = required(request.refresh_token.or_else(|| cookie_token(req)), "refresh_token")?;
            (refresh_tokens(state, client, refresh).await?, from_cookie)
        }
    };
    let mut answer = HttpResponse::Ok();
    answer.insert_header(("Cache-Control", "no-store"));
    if in_cookie && let Some(refresh) = response.refresh_token.take() {
        answer.cookie(refresh_cookie(refresh, state.config.session_idle, state.config.secure_cookies));
    }
    Ok(answer.json(response))
}

/// Log out: end the session of a refresh token (退出登录); its access tokens stop working
/// at once.
///
/// Answers 204 whether or not the token was active, so it reveals nothing.
#[utoipa::path(
    operation_id = "create_logout",
    tag = "auth",
    request_body = LogoutRequest,
    responses((status = 204, description = "The refresh token is revoked"))
)]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    client: ClientAddr,
    JsonBody(request): JsonBody<LogoutRequest>,
) -> ApiResult<HttpResponse> {
    let request = request.accept()?;
    let from_cookie = request.refresh_token.is_none();
    if let Some(refresh) = request.refresh_token.or_else(|| cookie_token(&req)) {
        state
            .write(move |conn| {
                if let Some(stored) = users::find_refresh_token(conn, &token::hash_refresh_token(&refresh))? {
                    users::revoke_refresh_token(conn, stored.id)?;
                    if let Some(session_id) = &stored.session_id {
                        users::revoke_session(conn, session_id)?;
                    }
                    let username = users::find(conn, stored.user_id)?.map(|u| u.username);
                    let actor = client.clone().actor(Some(stored.user_id), username);
                    audit::record(conn, &actor, Event::success("auth.logout", "user", stored.user_id))?;
                }
                Ok(())
            })
            .await?;
    }
    let mut answer = HttpResponse::NoContent();
    if from_cookie {
        answer.cookie(refresh_cookie(String::new(), chrono::Duration::zero(), state.config.secure_cookies));
    }
    Ok(answer.finish())
}
