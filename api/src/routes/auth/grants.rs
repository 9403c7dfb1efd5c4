//! The grants of the token endpoint: a person's password, a service account's client
//! credentials, and refresh tokens rotated within their session.

use actix_web::web;
use chrono::{NaiveDateTime, Utc};
use domain::access::AccountKind;
use domain::access::scopes::{self, ApiScope};
use domain::account::softlock::LoginState;

use super::TokenResponse;
use crate::audit::{self, Event, Outcome};
use crate::auth::{ClientAddr, password, second_factor, token};
use crate::config::Config;
use crate::data_key::DataKeys;
use crate::db::models::UserRow;
use crate::db::repo::users;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Checks a username and secret, applies the lockout rule and issues tokens.
pub(super) async fn login(
    state: &AppState,
    client: ClientAddr,
    credentials: Credentials,
    kind: AccountKind,
) -> ApiResult<TokenResponse> {
    let Credentials { username, secret, otp, scope } = credentials;
    let lookup = username.clone();
    let user = state.read(move |conn| Ok(users::find_by_username(conn, &lookup)?)).await?;
    let user = user.filter(|u| u.kind == kind.code());
    let stored = user.as_ref().map_or_else(|| vec![password::decoy_hash().to_owned()], crate::auth::secret_hashes);
    let password_verified = web::block(move || stored.iter().any(|hash| password::verify(&secret, hash))).await?;
    let data_keys = std::sync::Arc::clone(&state.data_keys);

    let config = state.config.clone();
    let keys = state.keys.clone();
    let actor = client.actor(user.as_ref().map(|u| u.id), Some(username.clone()));
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
            let granted = match granted_scopes(&user, kind, scope.as_deref(), actor.client_addr.as_deref()) {
                Ok(granted) => granted,
                Err(refused) => {
                    audit::record(conn, &actor, denied("auth.login", user.id, &refused.to_string()))?;
                    return Ok(Err(refused));
                }
            };
            let cleared = login_state.after_success();
            users::save_login_state(conn, user.id, 0, cleared.locked_until.map(|t| t.naive_utc()))?;
            let with_refresh = kind == AccountKind::Person;
            let session_id = token::new_session_id();
            let session_ends = now() + config.session_ttl;
            users::insert_session(conn, &session_id, user.id, session_ends, granted.as_deref())?;
            let session = Session { id: &session_id, ends: session_ends, scope: granted.as_deref() };
            let issued = issue(conn, &keys, &user, &session, with_refresh, &config)?;
            audit::record(conn, &actor, Event::success("auth.login", "user", user.id))?;
            Ok(Ok(issued))
        })
        .await?;
    outcome
}

/// What a login presents.
pub(super) struct Credentials {
    pub username: String,
    pub secret: String,
    pub otp: Option<String>,
    /// The scopes asked for, space-separated.
    pub scope: Option<String>,
}

/// The scopes a login's tokens carry: a service account's, among those it is allowed and from
/// an allowed address; a person's, only if it asked for some.
fn granted_scopes(
    user: &UserRow,
    kind: AccountKind,
    asked: Option<&str>,
    client: Option<&str>,
) -> ApiResult<Option<String>> {
    let granted = match kind {
        AccountKind::Service => {
            let client = client.and_then(|c| c.parse().ok());
            scopes::check_address(&crate::auth::scopes::networks(user), client)?;
            scopes::grant(&crate::auth::scopes::allowed(user), asked)?
        }
        AccountKind::Person if asked.is_some() => scopes::grant(ApiScope::ALL, asked)?,
        AccountKind::Person => return Ok(None),
    };
    Ok(Some(scopes::to_text(&granted)))
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
/// revoked token again ends every session of the account (someone holds a copy), unless it
/// comes within the reuse grace of its rotation: parallel workers sharing a token refresh at
/// once, and each gets tokens of the session.
pub(super) async fn refresh_tokens(state: &AppState, client: ClientAddr, refresh: String) -> ApiResult<TokenResponse> {
    let config = state.config.clone();
    let keys = state.keys.clone();
    let outcome: Result<TokenResponse, ApiError> = state
        .write(move |conn| {
            let mut actor = client.actor(None, None);
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
            let grace_until = stored.revoked_at.map(|at| at + config.refresh_reuse_grace);
            let within_grace = grace_until.is_some_and(|until| now() <= until);
            // A token replaced by rotation while its session goes on: someone holds a copy.
            // (A token of a session that ended, by logout for instance, is merely refused.)
            if stored.revoked_at.is_some() && session_open && !within_grace {
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
            let session = Session { id: &session.id, ends: session.expires_at, scope: session.scope.as_deref() };
            let issued = issue(conn, &keys, &user, &session, true, &config)?;
            let event = Event::success("auth.refresh", "user", user.id);
            let event = if within_grace { event.with_detail("reused within the grace period") } else { event };
            audit::record(conn, &actor, event)?;
            Ok(Ok(issued))
        })
        .await?;
    outcome
}

/// The session tokens are issued in, its absolute end and the scopes its tokens carry.
struct Session<'a> {
    id: &'a str,
    ends: NaiveDateTime,
    scope: Option<&'a str>,
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
    let access_token = keys.issue(user.id, session.id, session.ends.and_utc().timestamp(), session.scope)?;
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
        scope: session.scope.map(str::to_owned),
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
