//! The caller's own account.

use actix_web::{HttpResponse, get, post, web};
use domain::access::policy::{self, Action};
use domain::access::{AccountKind, Role};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::{Caller, password, second_factor};
use crate::db::repo::{organizations, users};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(get_me)
        .service(change_password)
        .service(create_second_factor)
        .service(create_second_factor_confirmation);
}

/// The authenticated caller.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Me {
    /// The caller's account id.
    pub id: i64,
    /// The caller's login name.
    pub username: String,
    /// Name shown for the caller.
    pub display_name: String,
    /// `person` or `service` (a third-party system).
    pub kind: AccountKind,
    /// The roles granted to the caller.
    pub roles: Vec<Role>,
    /// What the caller's roles allow; inside its scope for the scoped ones.
    pub permissions: Vec<Action>,
    /// The organization whose subtree the caller sees (none for the three administrators).
    pub scope_org_id: Option<i64>,
    /// Whether the caller logs in with a second factor (TOTP).
    pub second_factor_enabled: bool,
    /// The organization's name, for showing where the caller works.
    pub scope_org_name: Option<String>,
    /// Minutes without activity after which the session ends (`DANGJIAN_SESSION_IDLE_MINUTES`);
    /// the SPA logs out after them.
    pub idle_logout_minutes: i64,
    /// The largest attachment taken, in bytes (`DANGJIAN_ATTACHMENT_MAX_MB`), so a client
    /// refuses a larger file before sending it.
    pub attachment_max_bytes: i64,
    /// The attachment media types taken (`DANGJIAN_ATTACHMENT_TYPES`).
    pub attachment_media_types: Vec<String>,
}

/// Password change.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    /// The password in use now.
    #[validate(length(min = 1, max = 256))]
    #[schema(min_length = 1, max_length = 256)]
    pub current_password: String,
    /// The password rules (docs/SECURITY.md): by default at least 8 characters of three of
    /// lower case, upper case, digits and other characters, not the username, none of the
    /// last 5, and not guessable; a refusal is `/problems/password-policy` naming each rule.
    #[validate(length(min = 1, max = 256))]
    #[schema(min_length = 1, max_length = 256)]
    pub new_password: String,
}

/// The caller, its roles and scope (当前用户).
#[utoipa::path(
    operation_id = "get_me",
    tag = "me",
    responses((status = 200, description = "The caller", body = Me))
)]
#[get("/me")]
pub async fn get_me(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    let (id, scope) = (caller.id, caller.scope_org_id);
    let (row, scope_org_name) = state
        .read(move |conn| {
            let row = users::find(conn, id)?.ok_or(ApiError::NotFound)?;
            let scope_org_name = match scope {
                Some(org) => organizations::find(conn, org)?.map(|o| o.name),
                None => None,
            };
            Ok((row, scope_org_name))
        })
        .await?;
    Ok(HttpResponse::Ok().json(Me {
        id: caller.id,
        username: caller.username,
        display_name: row.display_name,
        kind: caller.kind,
        permissions: policy::permissions(&caller.roles),
        roles: caller.roles,
        scope_org_id: caller.scope_org_id,
        second_factor_enabled: row.totp_enabled_at.is_some(),
        scope_org_name,
        idle_logout_minutes: state.config.session_idle.num_minutes(),
        attachment_max_bytes: i64::try_from(state.config.attachments.max_bytes).unwrap_or(i64::MAX),
        attachment_media_types: state.config.attachments.media_types.clone(),
    }))
}

/// Change the caller's password (修改密码). Ends every session of the account, this one
/// too: log in again with the new password.
#[utoipa::path(
    operation_id = "create_password_change",
    tag = "me",
    request_body = PasswordChange,
    responses((status = 204, description = "Password changed; other sessions must log in again"))
)]
#[post("/me/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(change): JsonBody<PasswordChange>,
) -> ApiResult<HttpResponse> {
    let change = change.accept()?;
    let id = caller.id;
    let policy = state.config.passwords;
    let (row, earlier) = state
        .read(move |conn| {
            let row = users::find(conn, id)?.ok_or(ApiError::NotFound)?;
            let earlier = users::earlier_passwords(conn, &row, policy.history)?;
            Ok((row, earlier))
        })
        .await?;
    let current = change.current_password;
    let new_password = change.new_password;
    let (username, kind) = (row.username.clone(), caller.kind);
    let checked = web::block(move || {
        if !password::verify(&current, &earlier[0]) {
            return Err(ApiError::field("current_password", "invalid_value", "the current password is wrong"));
        }
        let refused = password::refusals(&policy, &new_password, &username, kind, &earlier);
        if !refused.is_empty() {
            return Err(password::policy_problem("new_password", &refused));
        }
        password::hash(&new_password)
    })
    .await?;
    let new_hash = checked?;
    state
        .write(move |conn| {
            users::set_password(conn, &row, &new_hash, false)?;
            users::revoke_sessions(conn, caller.id)?;
            audit::record(conn, &caller.actor(), Event::success("user.password_change", "user", caller.id))
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The password again, before a second factor is set up.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SecondFactorStart {
    /// The caller's current password.
    #[validate(length(min = 1, max = 256))]
    #[schema(min_length = 1, max_length = 256)]
    pub password: String,
}

/// A second factor to confirm: the secret to type into an authenticator app, or the address
/// to show as a QR code.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SecondFactorSetup {
    /// The secret in base32, for typing in.
    pub secret: String,
    /// `otpauth://totp/dangjian:<username>?...` for a QR code.
    pub otpauth_url: String,
}

/// Set up a second factor (TOTP, 双因素认证), or a new one: answers a new secret. It counts
/// once confirmed with a code (`POST /api/v1/me/second-factor/confirm`); until then the login
/// stays as it was, with the factor in use if any. Required for the three administrators,
/// open to everyone.
#[utoipa::path(
    operation_id = "create_second_factor",
    tag = "me",
    request_body = SecondFactorStart,
    responses((status = 201, description = "The secret to confirm", body = SecondFactorSetup))
)]
#[post("/me/second-factor")]
pub async fn create_second_factor(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(start): JsonBody<SecondFactorStart>,
) -> ApiResult<HttpResponse> {
    let start = start.accept()?;
    if caller.kind != AccountKind::Person {
        return Err(ApiError::Forbidden("service accounts authenticate with their secret only".to_owned()));
    }
    let id = caller.id;
    let row = state.read(move |conn| Ok(users::find(conn, id)?)).await?.ok_or(ApiError::NotFound)?;
    let stored = row.password_hash.clone();
    if !web::block(move || password::verify(&start.password, &stored)).await? {
        return Err(ApiError::field("password", "invalid_value", "the password is wrong"));
    }
    let secret = second_factor::new_secret();
    let (base32, otpauth_url) = second_factor::enrollment(&secret, &row.username)?;
    let sealed = users::seal_second_factor_secret(&state.data_keys, &secret);
    state
        .write(move |conn| {
            users::start_second_factor(conn, caller.id, &sealed)?;
            audit::record(conn, &caller.actor(), Event::success("user.second_factor_start", "user", caller.id))
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", "/api/v1/me"))
        .insert_header(("Cache-Control", "no-store"))
        .json(SecondFactorSetup { secret: base32, otpauth_url }))
}

/// A code from the authenticator app.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SecondFactorCode {
    /// The 6-digit code the authenticator app shows now.
    #[validate(length(min = 6, max = 8))]
    #[schema(min_length = 6, max_length = 8)]
    pub code: String,
}

/// Recovery codes, shown once: each logs in once in place of a TOTP code.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RecoveryCodes {
    /// Ten recovery codes (`xxxxx-xxxxx`), each good for one login; shown only now.
    pub recovery_codes: Vec<String>,
}

/// Confirm the second factor with a code from the app; answers ten recovery codes, shown
/// only now. From the next login on, the code is asked for after the password.
#[utoipa::path(
    operation_id = "create_second_factor_confirmation",
    tag = "me",
    request_body = SecondFactorCode,
    responses((status = 201, description = "The second factor counts from now on", body = RecoveryCodes))
)]
#[post("/me/second-factor/confirm")]
pub async fn create_second_factor_confirmation(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(confirmation): JsonBody<SecondFactorCode>,
) -> ApiResult<HttpResponse> {
    let confirmation = confirmation.accept()?;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let codes = state
        .write(move |conn| {
            let row = users::find(conn, caller.id)?.ok_or(ApiError::NotFound)?;
            let Some(sealed) = &row.totp_pending_sealed else {
                return Err(ApiError::field("code", "invalid_value", "start with POST /api/v1/me/second-factor"));
            };
            let secret = users::second_factor_secret(&keys, sealed)?;
            let unix_time = u64::try_from(chrono::Utc::now().timestamp()).unwrap_or(0);
            let Some(step) = second_factor::accept(&secret, &row.username, &confirmation.code, unix_time, None)? else {
                return Err(ApiError::field(
                    "code",
                    "invalid_value",
                    "the code does not match; check the device's clock",
                ));
            };
            let codes = second_factor::new_recovery_codes();
            let hashes: Vec<String> = codes.iter().map(|(_, hash)| hash.clone()).collect();
            users::enable_second_factor(conn, caller.id, step, &hashes)?;
            audit::record(conn, &caller.actor(), Event::success("user.second_factor_enable", "user", caller.id))?;
            Ok(codes.into_iter().map(|(code, _)| code).collect())
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", "/api/v1/me"))
        .insert_header(("Cache-Control", "no-store"))
        .json(RecoveryCodes { recovery_codes: codes }))
}
