//! The caller's own account.

use actix_web::{HttpResponse, get, post, web};
use domain::access::{AccountKind, Role};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::{Caller, password};
use crate::db::repo::{members, users};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::routes::members::events::{MemberEvent, to_event};
use crate::routes::members::{Member, to_one_member};
use crate::state::AppState;
use chrono::{Datelike, NaiveDate};
use domain::member::{EventKind, Side};

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(get_me).service(change_password).service(get_my_member);
}

/// The authenticated caller.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Me {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub kind: AccountKind,
    pub roles: Vec<Role>,
    /// The organization whose subtree the caller sees (none for the three administrators).
    pub scope_org_id: Option<i64>,
}

/// Password change.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    #[validate(length(min = 1, max = 256))]
    pub current_password: String,
    /// The password rules (docs/SECURITY.md): by default at least 8 characters of three of
    /// lower case, upper case, digits and other characters, not the username, none of the
    /// last 5, and not guessable; a refusal is `/problems/password-policy` naming each rule.
    #[validate(length(min = 1, max = 256))]
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
    let id = caller.id;
    let row = state.read(move |conn| users::find(conn, id)).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(Me {
        id: caller.id,
        username: caller.username,
        display_name: row.display_name,
        kind: caller.kind,
        roles: caller.roles,
        scope_org_id: caller.scope_org_id,
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

/// The caller's own member record ("我的").
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MyMember {
    pub member: Member,
    /// Report-ins, service, commitments and posts, newest first.
    pub events: Vec<MemberEvent>,
    /// Volunteer service hours recorded this calendar year.
    pub service_hours_this_year: f64,
}

/// The caller's own member record, report-ins, commitments and service (我的).
#[utoipa::path(
    operation_id = "get_my_member",
    tag = "me",
    responses((status = 200, description = "The caller's member record", body = MyMember))
)]
#[get("/me/member")]
pub async fn get_my_member(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    let id = caller.id;
    let mine = state
        .read(move |conn| {
            let member_id = users::find(conn, id)?.and_then(|u| u.member_id).ok_or(ApiError::NotFound)?;
            let row = members::find(conn, member_id)?.ok_or(ApiError::NotFound)?;
            let kinds = [EventKind::ReportIn, EventKind::Service, EventKind::Commitment, EventKind::Post];
            let (events, _) =
                members::list_events(conn, member_id, Some(kinds.iter().map(|k| k.code()).collect()), 200, 0)?;
            let year = chrono::Utc::now().year();
            let (first, last) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31));
            let service_hours_this_year = match (first, last) {
                (Some(first), Some(last)) => members::service_hours(conn, member_id, first, last)?,
                _ => 0.0,
            };
            Ok(MyMember {
                member: to_one_member(conn, row, Side::Membership)?,
                events: events.into_iter().map(to_event).collect::<ApiResult<_>>()?,
                service_hours_this_year,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(mine))
}
