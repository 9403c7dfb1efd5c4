//! Token endpoint (password, refresh token, client credentials) and logout.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::{NaiveDateTime, Utc};
use domain::access::AccountKind;
use domain::account::softlock::LoginState;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::audit::{self, Actor, Event, Outcome};
use crate::auth::{ClientAddr, password, second_factor, token};
use crate::config::Config;
use crate::data_key::DataKeys;
use crate::db::models::UserRow;
use crate::db::repo::users;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::state::AppState;

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

/// Token request.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
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
/// locked username answers 429 with `Retry-After`. Service accounts are never locked. Token
/// requests are limited per client address (429 `rate-limited`). Every attempt is audited.
#[utoipa::path(
    operation_id = "create_token",
    tag = "auth",
    request_body = TokenRequest,
    responses((status = 200, description = "Tokens issued", body = TokenResponse))
)]
#[post("/auth/token")]
pub async fn issue_token(
    state: web::Data<AppState>,
    req: HttpRequest,
    client: ClientAddr,
    JsonBody(request): JsonBody<TokenRequest>,
) -> ApiResult<HttpResponse> {
    let request = request.accept()?;
    let (mut response, in_cookie) = match request.grant_type {
        GrantType::Password => {
            let username = required(request.username, "username")?;
            let secret = required(request.password, "password")?;
            (login(&state, client, username, secret, request.otp, AccountKind::Person).await?, request.refresh_cookie)
        }
        GrantType::ClientCredentials => {
            let client_id = required(request.client_id, "client_id")?;
            let secret = required(request.client_secret, "client_secret")?;
            (login(&state, client, client_id, secret, None, AccountKind::Service).await?, false)
        }
        GrantType::RefreshToken => {
            let from_cookie = request.refresh_token.is_none();
            let refresh = required(request.refresh_token.or_else(|| cookie_token(&req)), "refresh_token")?;
            (refresh_tokens(&state, client, refresh).await?, from_cookie)
        }
    };
    let mut answer = HttpResponse::Ok();
    answer.insert_header(("Cache-Control", "no-store"));
    if in_cookie && let Some(refresh) = response.refresh_token.take() {
        answer.cookie(refresh_cookie(refresh, state.config.session_idle, state.config.secure_cookies));
    }
    Ok(answer.json(response))
}

/// Checks a username and secret, applies the lockout rule and issues tokens.
async fn login(
    state: &AppState,
    client: ClientAddr,
    username: String,
    secret: String,
    otp: Option<String>,
    kind: AccountKind,
) -> ApiResult<TokenResponse> {
    let lookup = username.clone();
    let user = state.read(move |conn| Ok(users::find_by_username(conn, &lookup)?)).await?;
    let user = user.filter(|u| u.kind == kind.code());
    let stored_hash = user.as_ref().map_or_else(|| password::decoy_hash().to_owned(), |u| u.password_hash.clone());
    let password_verified = web::block(move || password::verify(&secret, &stored_hash)).await?;
    let data_keys = std::sync::Arc::clone(&state.data_keys);

    let config = state.config.clone();
    let keys = state.keys.clone();
    let actor = Actor { id: user.as_ref().map(|u| u.id), username: Some(username.clone()), client_addr: client.0 };
    // The attempt is stored and audited even when it fails, so the write commits an
    // outcome and the refusal is returned afterwards.
    let outcome: Result<TokenResponse, ApiError> = state
        .write(move |conn| {
            let now_utc = Utc::now();
            let stored_state = |(failed, locked_until): (i32, Option<NaiveDateTime>)| LoginState {
                failed_logins: u32::try_from(failed).unwrap_or(0),
                locked_until: locked_until.map(|t| t.and_utc()),
            };
            let locked = |until: chrono::DateTime<Utc>| ApiError::AccountLocked {
                retry_after_seconds: (until - now_utc).num_seconds(),
            };
            // A username that names no account locks like one, so a lock tells nothing.
            let Some(user) = user else {
                let login_state = stored_state(users::unknown_login_state(conn, &username)?);
                if let Some(until) = login_state.locked_at(now_utc) {
                    audit::record(conn, &actor, failure("auth.login", "unknown account; locked"))?;
                    return Ok(Err(locked(until)));
                }
                let next = login_state.after_failure(now_utc, config.lockout);
                let forget_before = (now_utc - config.lockout.forget_after).naive_utc();
                let failed = i32::try_from(next.failed_logins).unwrap_or(i32::MAX);
                let locked_until = next.locked_until.map(|t| t.naive_utc());
                users::save_unknown_login_state(conn, &username, failed, locked_until, forget_before)?;
                audit::record(conn, &actor, failure("auth.login", "unknown account"))?;
                return Ok(Err(next.locked_at(now_utc).map_or(ApiError::InvalidCredentials, locked)));
            };
            let user = users::find(conn, user.id)?.ok_or(ApiError::InvalidCredentials)?;
            // A service account is throttled per client address, never locked: a lock would
            // let anyone who knows its client id switch an integration off.
            let lockable = kind == AccountKind::Person;
            let login_state = stored_state((user.failed_logins, user.locked_until));
            if let Some(until) = login_state.locked_at(now_utc).filter(|_| lockable) {
                audit::record(conn, &actor, denied("auth.login", user.id, "account locked"))?;
                return Ok(Err(locked(until)));
            }
            if user.disabled {
                audit::record(conn, &actor, denied("auth.login", user.id, "account disabled"))?;
                return Ok(Err(ApiError::InvalidCredentials));
            }
            // The second factor is asked for only once the password is right; a wrong code
            // counts as a failed login.
            let mut verified = password_verified;
            if verified && lockable && user.totp_enabled_at.is_some() {
                let Some(code) = otp.as_deref() else {
                    let event =
                        Event { object_id: Some(user.id.to_string()), ..failure("auth.login", "no second factor") };
                    audit::record(conn, &actor, event)?;
                    return Ok(Err(ApiError::SecondFactorRequired));
                };
                verified = second_factor_passes(conn, &data_keys, &user, code)?;
            }
            if !verified && !lockable {
                audit::record(
                    conn,
                    &actor,
                    Event { object_id: Some(user.id.to_string()), ..failure("auth.login", "wrong secret") },
                )?;
                return Ok(Err(ApiError::InvalidCredentials));
            }
            if !verified {
                let next = login_state.after_failure(now_utc, config.lockout);
                let locked_until = next.locked_until.map(|t| t.naive_utc());
                users::save_login_state(
                    conn,
                    user.id,
                    i32::try_from(next.failed_logins).unwrap_or(i32::MAX),
                    locked_until,
                )?;
                let locked = next.locked_at(now_utc);
                let reason = match (password_verified, locked.is_some()) {
                    (true, true) => "wrong second factor; account locked",
                    (true, false) => "wrong second factor",
                    (false, true) => "wrong password; account locked",
                    (false, false) => "wrong password",
                };
                audit::record(
                    conn,
                    &actor,
                    Event { object_id: Some(user.id.to_string()), ..failure("auth.login", reason) },
                )?;
                return Ok(Err(locked.map_or(ApiError::InvalidCredentials, |until| ApiError::AccountLocked {
                    retry_after_seconds: (until - now_utc).num_seconds(),
                })));
            }
            let cleared = login_state.after_success();
            users::save_login_state(conn, user.id, 0, cleared.locked_until.map(|t| t.naive_utc()))?;
            let with_refresh = kind == AccountKind::Person;
            let session_id = token::new_session_id();
            let session_ends = now() + config.session_ttl;
            users::insert_session(conn, &session_id, user.id, session_ends)?;
            let session = Session { id: &session_id, ends: session_ends };
            let issued = issue(conn, &keys, &user, &session, with_refresh, &config)?;
            audit::record(conn, &actor, Event::success("auth.login", "user", user.id))?;
            Ok(Ok(issued))
        })
        .await?;
    outcome
}

/// Whether a typed code is the account's current TOTP code (not used before) or one of its
/// unused recovery codes; either is used up.
fn second_factor_passes(conn: &mut DbConnection, keys: &DataKeys, user: &UserRow, code: &str) -> ApiResult<bool> {
    if second_factor::is_recovery_code(code) {
        return Ok(users::use_recovery_code(conn, user.id, &second_factor::recovery_code_hash(code))?);
    }
    let Some(sealed) = &user.totp_secret_sealed else { return Ok(false) };
    let secret = users::second_factor_secret(keys, sealed)?;
    let unix_time = u64::try_from(Utc::now().timestamp()).unwrap_or(0);
    match second_factor::accept(&secret, &user.username, code, unix_time, user.totp_last_step)? {
        Some(step) => {
            users::use_second_factor_step(conn, user.id, step)?;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Rotates a refresh token within its session; never beyond the session's end. Presenting a
/// revoked token again ends every session of the account: someone holds a copy.
async fn refresh_tokens(state: &AppState, client: ClientAddr, refresh: String) -> ApiResult<TokenResponse> {
    let config = state.config.clone();
    let keys = state.keys.clone();
    let outcome: Result<TokenResponse, ApiError> = state
        .write(move |conn| {
            let mut actor = Actor { client_addr: client.0, ..Actor::default() };
            let invalid = || ApiError::Unauthorized("the refresh token is invalid, expired or revoked".to_owned());
            let Some(stored) = users::find_refresh_token(conn, &token::hash_refresh_token(&refresh))? else {
                audit::record(conn, &actor, failure("auth.refresh", "unknown refresh token"))?;
                return Ok(Err(invalid()));
            };
            let user = users::find(conn, stored.user_id)?.ok_or_else(invalid)?;
            actor.id = Some(user.id);
            actor.username = Some(user.username.clone());
            let session = match stored.session_id.as_deref() {
                Some(id) => users::find_session(conn, id)?,
                None => None,
            };
            let session_open = session.as_ref().is_some_and(|s| s.revoked_at.is_none());
            // A token replaced by rotation while its session goes on: someone holds a copy.
            // (A token of a session that ended, by logout for instance, is merely refused.)
            if stored.revoked_at.is_some() && session_open {
                users::revoke_sessions(conn, user.id)?;
                audit::record(conn, &actor, denied("auth.refresh", user.id, "revoked refresh token reused"))?;
                return Ok(Err(invalid()));
            }
            let Some(session) = session.filter(|s| s.revoked_at.is_none() && s.expires_at > now()) else {
                audit::record(conn, &actor, denied("auth.refresh", user.id, "session ended"))?;
                return Ok(Err(invalid()));
            };
            if stored.expires_at <= now() || user.disabled {
                audit::record(conn, &actor, denied("auth.refresh", user.id, "expired token or disabled account"))?;
                return Ok(Err(invalid()));
            }
            users::revoke_refresh_token(conn, stored.id)?;
            let session = Session { id: &session.id, ends: session.expires_at };
            let issued = issue(conn, &keys, &user, &session, true, &config)?;
            audit::record(conn, &actor, Event::success("auth.refresh", "user", user.id))?;
            Ok(Ok(issued))
        })
        .await?;
    outcome
}

/// The session tokens are issued in, and its absolute end.
struct Session<'a> {
    id: &'a str,
    ends: NaiveDateTime,
}

fn issue(
    conn: &mut DbConnection,
    keys: &token::TokenKeys,
    user: &UserRow,
    session: &Session<'_>,
    with_refresh: bool,
    config: &Config,
) -> ApiResult<TokenResponse> {
    let (refresh_ttl, passwords) = (config.session_idle, &config.passwords);
    let refresh_token = if with_refresh {
        let (value, hashed) = token::new_refresh_token();
        let expires_at: NaiveDateTime = (now() + refresh_ttl).min(session.ends);
        users::insert_refresh_token(conn, user.id, session.id, &hashed, expires_at)?;
        Some(value)
    } else {
        None
    };
    let access_token = keys.issue(user.id, session.id, session.ends.and_utc().timestamp())?;
    let roles = users::roles_of(conn, user.id)?;
    Ok(TokenResponse {
        password_change_required: crate::auth::password_change_due(passwords, user, &roles),
        second_factor_enrollment_required: crate::auth::second_factor_enrollment_due(
            config.admin_second_factor,
            user,
            &roles,
        ),
        expires_in: keys.ttl_seconds().min((session.ends - now()).num_seconds()),
        access_token,
        token_type: "Bearer".to_owned(),
        refresh_token,
    })
}

fn failure<'a>(action: &'a str, reason: &str) -> Event<'a> {
    Event { action, object_type: "user", object_id: None, outcome: Outcome::Failure, detail: Some(reason.to_owned()) }
}

fn denied<'a>(action: &'a str, user_id: i64, reason: &str) -> Event<'a> {
    Event {
        action,
        object_type: "user",
        object_id: Some(user_id.to_string()),
        outcome: Outcome::Denied,
        detail: Some(reason.to_owned()),
    }
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
                    let actor = Actor { id: Some(stored.user_id), username, client_addr: client.0 };
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
