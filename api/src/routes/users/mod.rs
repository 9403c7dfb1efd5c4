//! Accounts (用户): created by the system administrator, roles and scopes granted by the
//! security administrator (三员分立).

use actix_web::{HttpResponse, get, patch, web};
use chrono::{DateTime, Utc};
use domain::access::accounts::{
    AccountChange, AccountRefusal, Target, check_account_change, needs_confirmation as needs_confirmation_for,
};
use domain::access::policy::Action;
use domain::access::{AccountKind, Role, check_role_set};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::{list_of, nullable, stored, utc, with_etag};
use crate::audit::{self, Event};
use crate::auth::{Caller, password};
use crate::db::DbConnection;
use crate::db::models::UserRow;
use crate::db::repo::names::NameBook;
use crate::db::repo::users::AccountColumns;
use crate::db::repo::{organizations, users};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::state::AppState;

mod changes;
mod create;
mod reset;
mod service;

pub use changes::{AccountChangeList, AccountChangeRequest};

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(list_users).service(create::create_user).service(get_user).service(update_user);
    config.service(reset::create_password_reset).service(service::create_client_secret);
    changes::configure(config);
}

/// An account.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct User {
    /// The account's id.
    pub id: i64,
    /// Login name.
    pub username: String,
    /// Name shown for the account.
    pub display_name: String,
    /// `person` or `service` (a third-party system using client credentials).
    pub kind: AccountKind,
    /// The roles granted to the account.
    pub roles: Vec<Role>,
    /// The organization whose subtree the account sees.
    pub scope_org_id: Option<i64>,
    /// Name of the scope organization, for display.
    pub scope_org_name: Option<String>,
    /// Whether the account is disabled (it cannot log in).
    pub disabled: bool,
    /// End of a login lock after too many failed logins.
    pub locked_until: Option<DateTime<Utc>>,
    /// A service account's allowed OAuth 2.0 scopes (none for a person).
    pub scopes: Option<Vec<domain::access::scopes::ApiScope>>,
    /// The client networks a service account may be used from (empty: anywhere).
    pub allowed_addresses: Vec<String>,
    /// A generated client secret, in the answer that created the service account only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// When the account was created (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
    /// When the account was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(UserList, User, "A page of accounts.");

/// Accounts with their roles and the names of their scopes.
fn to_users(conn: &mut DbConnection, rows: Vec<UserRow>) -> ApiResult<Vec<User>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let roles = users::roles_of_many(conn, &ids)?;
    let names = NameBook::wanted().orgs(rows.iter().filter_map(|r| r.scope_org_id)).read(conn)?;
    rows.into_iter()
        .zip(roles)
        .map(|(row, roles)| {
            let (scopes, allowed_addresses) = service::grants_of(&row);
            Ok(User {
                scopes,
                allowed_addresses,
                client_secret: None,
                id: row.id,
                kind: stored(&row.kind)?,
                username: row.username,
                display_name: row.display_name,
                roles,
                scope_org_id: row.scope_org_id,
                scope_org_name: row.scope_org_id.map(|id| names.org(id)),
                disabled: row.disabled,
                locked_until: row.locked_until.map(utc),
                created_at: utc(row.created_at),
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// Filters of the account list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UserQuery {
    /// Part of the username or display name.
    #[validate(length(max = 64))]
    #[param(max_length = 64)]
    pub q: Option<String>,
}

fn require_account_admin(caller: &Caller) -> ApiResult<()> {
    caller.require(Action::ManageAccounts).or_else(|_| caller.require(Action::GrantRoles))
}

/// List accounts (system and security administrators).
#[utoipa::path(operation_id = "list_users", tag = "users", params(UserQuery, Paging, ChangesSince), responses((status = 200, description = "A page of accounts", body = UserList)))]
#[get("/users")]
pub async fn list_users(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<UserQuery>,
) -> ApiResult<HttpResponse> {
    require_account_admin(&caller)?;
    let q = query.q.filter(|q| !q.trim().is_empty()).map(|q| q.trim().to_owned());
    let order = page.order(false, &users::BY_ID, &users::CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let (rows, total) = users::list(conn, q.as_deref(), order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(UserList::new(to_users(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

fn check_roles(kind: AccountKind, roles: &[Role], scope_org_id: Option<i64>) -> ApiResult<()> {
    check_role_set(kind, roles, scope_org_id.is_some()).map_err(|e| ApiError::Rule {
        code: "role-separation",
        title: "Roles not allowed together",
        detail: e.to_string(),
        errors: vec![crate::error::FieldError::new("roles", "rule", e.to_string())],
    })
}

/// Refuses an account change that 三员分立 does not allow (see `domain::access::accounts`).
fn check_change(
    conn: &mut DbConnection,
    actor: (i64, &[Role]),
    target: Option<Target<'_>>,
    change: AccountChange<'_>,
) -> ApiResult<()> {
    let holders: Vec<(Role, usize)> = [Role::SystemAdmin, Role::SecurityAdmin, Role::AuditAdmin]
        .into_iter()
        .map(|role| Ok((role, users::active_holders(conn, role)?)))
        .collect::<ApiResult<_>>()?;
    let active_holders = |role: Role| holders.iter().find(|(r, _)| *r == role).map_or(0, |(_, n)| *n);
    check_account_change(actor.0, actor.1, target, change, active_holders).map_err(refused)
}

/// The answer to a change 三员分立 does not allow.
fn refused(refusal: AccountRefusal) -> ApiError {
    match refusal {
        AccountRefusal::NotAllowed => ApiError::Forbidden(refusal.to_string()),
        _ => ApiError::Rule {
            code: refusal.code(),
            title: "Not allowed by the separation of the three administrators",
            detail: refusal.to_string(),
            errors: Vec::new(),
        },
    }
}

/// The hash of a password an administrator sets, once it follows the password rules.
async fn hashed(state: &AppState, secret: String, username: String, kind: AccountKind) -> ApiResult<String> {
    let policy = state.config.passwords;
    web::block(move || {
        let refused = password::refusals(&policy, &secret, &username, kind, &[]);
        if refused.is_empty() { password::hash(&secret) } else { Err(password::policy_problem("password", &refused)) }
    })
    .await?
}

fn require_org(conn: &mut DbConnection, org_id: Option<i64>) -> ApiResult<()> {
    if let Some(id) = org_id
        && organizations::find(conn, id)?.is_none()
    {
        return Err(ApiError::field("scope_org_id", "not_found", "no such organization"));
    }
    Ok(())
}

/// Get an account.
#[utoipa::path(operation_id = "get_user", tag = "users", params(("id" = i64, Path, description = "Account id")), responses((status = 200, description = "The account (with ETag)", body = User)))]
#[get("/users/{id}")]
pub async fn get_user(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    require_account_admin(&caller)?;
    let id = id.into_inner();
    let (user, version) = state.read(move |conn| load(conn, id)).await?;
    Ok(with_etag(version, &user))
}

/// An account as answered, with its version for the ETag.
fn load(conn: &mut DbConnection, id: i64) -> ApiResult<(User, i32)> {
    let row = users::find(conn, id)?.ok_or(ApiError::NotFound)?;
    let version = row.version;
    let user = to_users(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?;
    Ok((user, version))
}

/// Changes to an account; absent fields stay as they are.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateUser {
    /// New name shown for the account.
    #[validate(length(min = 1, max = 64))]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(min_length = 1, max_length = 64)]
    pub display_name: Option<String>,
    /// Disable (revokes its refresh tokens) or enable the account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Clear a login lock (`false`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// Replace the roles (security administrator only).
    #[validate(length(max = 8))]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(max_items = 8)]
    pub roles: Option<Vec<Role>>,
    /// Replace the scope organization (security administrator only); `null` removes it.
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i64>)]
    pub scope_org_id: Option<Option<i64>>,
    /// Replace a service account's scopes (security administrator only).
    #[validate(length(max = 32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(max_items = 32)]
    pub scopes: Option<Vec<domain::access::scopes::ApiScope>>,
    /// Replace a service account's client networks (security administrator only; empty:
    /// anywhere).
    #[validate(length(max = 32))]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(max_items = 32)]
    pub allowed_addresses: Option<Vec<String>>,
}

/// A change checked against the rules: the account's roles and scope as they will be, and
/// whether it waits for a second administrator.
struct Checked {
    roles: Vec<Role>,
    scope_org_id: Option<i64>,
    grants: Option<service::Grants>,
    needs_confirmation: bool,
}

/// Checks `change` to the account `row` as asked by `actor` (三员分立, role sets, scope).
fn check_update(
    conn: &mut DbConnection,
    actor: (i64, &[Role]),
    row: &UserRow,
    change: &UpdateUser,
) -> ApiResult<Checked> {
    let kind: AccountKind = stored(&row.kind)?;
    let current_roles = users::roles_of(conn, row.id)?;
    let roles = change.roles.clone().unwrap_or_else(|| current_roles.clone());
    let scope_org_id = change.scope_org_id.unwrap_or(row.scope_org_id);
    let target = Target { id: row.id, roles: &current_roles, disabled: row.disabled };
    let mut needs_confirmation = false;
    let mut check = |conn: &mut DbConnection, kind_of_change: AccountChange<'_>| {
        needs_confirmation |= needs_confirmation_for(&current_roles, kind_of_change);
        check_change(conn, actor, Some(target), kind_of_change)
    };
    let grants = service::checked_grants(kind, change.scopes.as_deref(), change.allowed_addresses.as_deref())?;
    if change.roles.is_some() || change.scope_org_id.is_some() || grants.is_some() {
        check(conn, AccountChange::Grant { new_roles: &roles })?;
    }
    if change.disabled == Some(true) {
        check(conn, AccountChange::Disable)?;
    }
    if change.display_name.is_some() || change.disabled == Some(false) || change.locked.is_some() {
        check(conn, AccountChange::Maintain)?;
    }
    check_roles(kind, &roles, scope_org_id)?;
    require_org(conn, scope_org_id)?;
    Ok(Checked { roles, scope_org_id, grants, needs_confirmation })
}

/// Writes a checked change and records it; `detail` adds to the audit event.
fn apply_update(
    conn: &mut DbConnection,
    actor: &audit::Actor,
    row: &UserRow,
    change: &UpdateUser,
    checked: &Checked,
    detail: Option<String>,
) -> ApiResult<()> {
    let id = row.id;
    let mut changed = Vec::new();
    if change.display_name.is_some() {
        changed.push("display_name".to_owned());
    }
    if let Some(disabled) = change.disabled {
        if disabled {
            users::revoke_sessions(conn, id)?;
        }
        changed.push(format!("disabled={disabled}"));
    }
    if change.locked == Some(false) {
        users::save_login_state(conn, id, 0, None)?;
        changed.push("unlocked".to_owned());
    }
    if change.roles.is_some() {
        users::set_roles(conn, id, &checked.roles)?;
        let codes: Vec<&str> = checked.roles.iter().map(|r| r.code()).collect();
        changed.push(format!("roles={}", codes.join(",")));
    }
    if change.scope_org_id.is_some() {
        changed.push(format!("scope_org_id={:?}", checked.scope_org_id));
    }
    if let Some(grants) = &checked.grants {
        changed.push(format!("scopes={:?}; allowed_addresses={:?}", grants.scopes, grants.addresses));
    }
    let columns = AccountColumns {
        display_name: change.display_name.as_deref(),
        disabled: change.disabled,
        scope_org_id: change.scope_org_id.map(|_| checked.scope_org_id),
        scopes: checked.grants.as_ref().filter(|_| change.scopes.is_some()).map(|g| g.scopes.as_deref()),
        allowed_addresses: checked
            .grants
            .as_ref()
            .filter(|_| change.allowed_addresses.is_some())
            .map(|g| g.addresses.as_deref()),
    };
    if !users::change(conn, id, row.version, &columns)? {
        return Err(ApiError::PreconditionFailed);
    }
    changed.extend(detail);
    audit::record(conn, actor, Event::success("user.update", "user", id).with_detail(changed.join("; ")))
}

/// What a change did: applied at once, or waiting for a second administrator.
enum Updated {
    Applied(User, i32),
    Waiting(AccountChangeRequest),
}

/// Change an account (needs `If-Match`). A change that takes the auditor off duty (disabling
/// it or taking its role away) is not applied: it answers 202 with a change that a second
/// administrator confirms (`POST /account-changes/{id}/confirm`).
#[utoipa::path(operation_id = "update_user", tag = "users", request_body = UpdateUser, params(("id" = i64, Path, description = "Account id"), ("If-Match" = String, Header, description = "ETag of the account as read")), responses((status = 200, description = "Changed", body = User), (status = 202, description = "Waiting for a second administrator", body = AccountChangeRequest)))]
#[patch("/users/{id}")]
pub async fn update_user(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<UpdateUser>,
) -> ApiResult<HttpResponse> {
    require_account_admin(&caller)?;
    let change = change.accept()?;
    if change.locked == Some(true) {
        return Err(ApiError::field(
            "locked",
            "invalid_value",
            "accounts are locked by failed logins only; send false to unlock",
        ));
    }
    let id = id.into_inner();
    let updated = state
        .write(move |conn| {
            let row = users::find(conn, id)?.ok_or(ApiError::NotFound)?;
            if_match.check(row.version)?;
            let checked = check_update(conn, (caller.id, &caller.roles), &row, &change)?;
            if checked.needs_confirmation {
                return changes::request(conn, &caller, &row, &change).map(Updated::Waiting);
            }
            apply_update(conn, &caller.actor(), &row, &change, &checked, None)?;
            let (user, version) = load(conn, id)?;
            Ok(Updated::Applied(user, version))
        })
        .await?;
    Ok(match updated {
        Updated::Applied(user, version) => with_etag(version, &user),
        Updated::Waiting(request) => HttpResponse::Accepted().json(request),
    })
}
