//! A forgotten password: the security administrator sets a one-time password, which the
//! person changes at the next login.

use actix_web::{HttpResponse, post, web};
use domain::access::Role;
use domain::access::accounts::{AccountChange, Target};
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use super::{User, check_change, hashed, load};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::repo::users;
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::routes::common::{stored, with_etag};
use crate::state::AppState;

/// A one-time password (or, for a service account, a new client secret).
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordReset {
    /// Follows the password rules; a person must change it at the next login.
    #[validate(length(min = 1, max = 256))]
    #[schema(min_length = 1, max_length = 256)]
    pub password: String,
}

/// Reset a forgotten password (security administrator; never one's own). The account's
/// sessions end and a person must choose a new password at the next login; a login lock is
/// cleared.
#[utoipa::path(operation_id = "create_password_reset", tag = "users", request_body = PasswordReset, params(("id" = i64, Path, description = "Account id")), responses((status = 200, description = "Reset; the account", body = User)))]
#[post("/users/{id}/password-reset")]
pub async fn create_password_reset(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(reset): JsonBody<PasswordReset>,
) -> ApiResult<HttpResponse> {
    if !caller.roles.contains(&Role::SecurityAdmin) {
        return Err(ApiError::Forbidden("only the security administrator resets passwords".to_owned()));
    }
    let reset = reset.accept()?;
    let id = id.into_inner();
    let actor = (caller.id, caller.roles.clone());
    let row = state
        .read(move |conn| {
            let row = users::find(conn, id)?.ok_or(ApiError::NotFound)?;
            let roles = users::roles_of(conn, id)?;
            let target = Target { id, roles: &roles, disabled: row.disabled };
            check_change(conn, (actor.0, &actor.1), Some(target), AccountChange::ResetPassword)?;
            Ok(row)
        })
        .await?;
    let kind = stored(&row.kind)?;
    let new_hash = hashed(&state, reset.password, row.username.clone(), kind).await?;
    let (user, version) = state
        .write(move |conn| {
            let person = kind == domain::access::AccountKind::Person;
            users::set_password(conn, &row, &new_hash, person)?;
            users::save_login_state(conn, id, 0, None)?;
            users::revoke_sessions(conn, id)?;
            audit::record(conn, &caller.actor(), Event::success("user.password_reset", "user", id))?;
            load(conn, id)
        })
        .await?;
    Ok(with_etag(version, &user))
}
