//! Account changes that wait for a second administrator (三员分立): taking the auditor off
//! duty is asked by one administrator and confirmed by another, so that no single one stops
//! the audit.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use domain::access::accounts::{ChangeStatus, check_confirmation};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{UpdateUser, User, apply_update, check_update, load, refused, require_account_admin};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::keyset::Position;
use crate::db::models::{AccountChangeRow, UserRow};
use crate::db::repo::{account_changes, users};
use crate::error::{ApiError, ApiResult};
use crate::paging::{ListQuery, Paging};
use crate::routes::common::{list_of, stored, utc};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_account_changes)
        .service(create_account_change_confirmation)
        .service(create_account_change_decline);
}

/// A change to an account that waits for (or got) a second administrator's decision.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AccountChangeRequest {
    /// The account change's id.
    pub id: i64,
    /// The account to change.
    pub user_id: i64,
    /// Username of the account to change, for display.
    pub username: String,
    /// The change as asked.
    pub change: UpdateUser,
    /// `pending` (waits for a second administrator), `confirmed` (applied) or `declined`.
    pub status: ChangeStatus,
    /// The administrator who asked for the change.
    pub requested_by: i64,
    /// Username of that administrator, for display.
    pub requested_by_username: String,
    /// When the change was asked (RFC 3339, UTC).
    pub requested_at: DateTime<Utc>,
    /// The administrator who confirmed or declined it.
    pub decided_by: Option<i64>,
    /// Username of that administrator, for display.
    pub decided_by_username: Option<String>,
    /// When it was confirmed or declined (RFC 3339, UTC).
    pub decided_at: Option<DateTime<Utc>>,
}

list_of!(AccountChangeList, AccountChangeRequest, "A page of account changes, newest first.");

fn to_requests(conn: &mut DbConnection, rows: Vec<AccountChangeRow>) -> ApiResult<Vec<AccountChangeRequest>> {
    let ids: Vec<i64> =
        rows.iter().flat_map(|r| [Some(r.user_id), Some(r.requested_by), r.decided_by]).flatten().collect();
    let names = users::usernames(conn, &ids)?;
    let name = |id: i64| names.get(&id).cloned().unwrap_or_default();
    rows.into_iter()
        .map(|row| {
            Ok(AccountChangeRequest {
                id: row.id,
                user_id: row.user_id,
                username: name(row.user_id),
                change: serde_json::from_str(&row.change)
                    .map_err(|e| ApiError::Internal(format!("stored account change: {e}")))?,
                status: stored(&row.status)?,
                requested_by: row.requested_by,
                requested_by_username: name(row.requested_by),
                requested_at: utc(row.requested_at),
                decided_by: row.decided_by,
                decided_by_username: row.decided_by.map(name),
                decided_at: row.decided_at.map(utc),
            })
        })
        .collect()
}

fn one(conn: &mut DbConnection, id: i64) -> ApiResult<AccountChangeRequest> {
    let row = account_changes::find_change(conn, id)?.ok_or(ApiError::NotFound)?;
    to_requests(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
}

/// Records a checked change that waits for a second administrator.
pub(super) fn request(
    conn: &mut DbConnection,
    caller: &Caller,
    row: &UserRow,
    change: &UpdateUser,
) -> ApiResult<AccountChangeRequest> {
    let asked = serde_json::to_string(change).map_err(|e| ApiError::Internal(e.to_string()))?;
    let request = account_changes::request_change(conn, row, &asked, caller.id)?
        .ok_or_else(|| ApiError::Conflict("a change to this account already waits for confirmation".to_owned()))?;
    audit::record(
        conn,
        &caller.actor(),
        Event::success("user.change_request", "user", row.id)
            .with_detail(format!("account change {}: {asked}", request.id)),
    )?;
    one(conn, request.id)
}

/// A waiting change, for a decision.
fn waiting(conn: &mut DbConnection, id: i64) -> ApiResult<AccountChangeRow> {
    let row = account_changes::find_change(conn, id)?.ok_or(ApiError::NotFound)?;
    if row.status != ChangeStatus::Pending.code() {
        return Err(ApiError::Conflict("the change was already decided".to_owned()));
    }
    Ok(row)
}

/// Filters of the account changes.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ChangeQuery {
    /// Only changes in this state (`pending`, `confirmed`, `declined`).
    pub status: Option<ChangeStatus>,
}

/// List account changes (system and security administrators), newest first.
#[utoipa::path(operation_id = "list_account_changes", tag = "users", params(ChangeQuery, Paging), responses((status = 200, description = "A page of account changes", body = AccountChangeList)))]
#[get("/account-changes")]
pub async fn list_account_changes(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<ChangeQuery>,
) -> ApiResult<HttpResponse> {
    require_account_admin(&caller)?;
    page.without_changes()?;
    let order = &account_changes::NEWEST_FIRST;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let (rows, total) = account_changes::list_changes(conn, query.status, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| Position::of_id(row.id));
            Ok(AccountChangeList::new(to_requests(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Confirm a waiting change (another system or security administrator than the one who
/// asked): the change is checked again as its asker's and applied.
#[utoipa::path(operation_id = "create_account_change_confirmation", tag = "users", params(("id" = i64, Path, description = "Account change id")), responses((status = 200, description = "Applied; the account as changed", body = User)))]
#[post("/account-changes/{id}/confirm")]
pub async fn create_account_change_confirmation(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    require_account_admin(&caller)?;
    let id = id.into_inner();
    let (user, version) = state
        .write(move |conn| {
            let request = waiting(conn, id)?;
            check_confirmation(request.requested_by, caller.id, &caller.roles, request.user_id).map_err(refused)?;
            let row = users::find(conn, request.user_id)?.ok_or(ApiError::NotFound)?;
            if row.version != request.user_version {
                return Err(ApiError::Conflict(
                    "the account changed since this change was asked; decline it and ask again".to_owned(),
                ));
            }
            let change: UpdateUser = serde_json::from_str(&request.change)
                .map_err(|e| ApiError::Internal(format!("stored account change: {e}")))?;
            let asker = users::load_account(conn, request.requested_by)?.ok_or(ApiError::NotFound)?;
            if asker.row.disabled {
                return Err(ApiError::Conflict("the administrator who asked is disabled; decline it".to_owned()));
            }
            let checked = check_update(conn, (asker.row.id, &asker.roles), &row, &change)?;
            if !account_changes::decide_change(conn, id, ChangeStatus::Confirmed, caller.id)? {
                return Err(ApiError::Conflict("the change was already decided".to_owned()));
            }
            let detail = format!("asked by {} in account change {id}", asker.row.username);
            apply_update(conn, &caller.actor(), &row, &change, &checked, Some(detail))?;
            load(conn, row.id)
        })
        .await?;
    Ok(crate::routes::common::with_etag(version, &user))
}

/// Decline a waiting change (any system or security administrator; the one who asked
/// withdraws it this way).
#[utoipa::path(operation_id = "create_account_change_decline", tag = "users", params(("id" = i64, Path, description = "Account change id")), responses((status = 200, description = "Declined", body = AccountChangeRequest)))]
#[post("/account-changes/{id}/decline")]
pub async fn create_account_change_decline(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    require_account_admin(&caller)?;
    let id = id.into_inner();
    let request = state
        .write(move |conn| {
            let request = waiting(conn, id)?;
            if !account_changes::decide_change(conn, id, ChangeStatus::Declined, caller.id)? {
                return Err(ApiError::Conflict("the change was already decided".to_owned()));
            }
            audit::record(
                conn,
                &caller.actor(),
                Event::success("user.change_decline", "user", request.user_id)
                    .with_detail(format!("account change {id}")),
            )?;
            one(conn, id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(request))
}
