//! The audit log, for the audit administrator only. No route changes it.

use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, Utc};
use domain::access::policy::Action;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::{list_of, utc};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::models::AuditEventRow;
use crate::db::repo::audit_events::{self, AuditFilter};
use crate::db::repo::names::NameBook;
use crate::db::repo::users;
use crate::error::ApiResult;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(get_audit_chain).service(list_audit_events);
}

/// One audited action.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AuditEvent {
    /// The event's id (its place in the chain).
    pub id: i64,
    /// When it happened (RFC 3339, UTC).
    pub occurred_at: DateTime<Utc>,
    /// The account that acted (none for an unknown login name).
    pub actor_id: Option<i64>,
    /// The actor's username; for a login, the name given, even one that names no account.
    pub actor_username: Option<String>,
    /// `auth.login`, `auth.refresh`, `auth.logout`, `<resource>.create|update|delete`, ...
    pub action: String,
    /// The kind of object acted on (`member`, `organization`, `user`, ...).
    pub object_type: String,
    /// The id of the object acted on, if any.
    pub object_id: Option<String>,
    /// The object's name (organizations, areas, members, points rules, accounts) as it is
    /// now; none once the object is gone.
    pub object_name: Option<String>,
    /// `success`, `failure` or `denied`.
    pub outcome: String,
    /// The client's IP address.
    pub client_addr: Option<String>,
    /// What else the event records (never personal data in clear).
    pub detail: Option<String>,
    /// The request it came from (`X-Request-Id`), as in the access log.
    pub request_id: Option<String>,
}

list_of!(AuditEventList, AuditEvent, "A page of audit events, newest first.");

/// Audit events with the names of their objects.
fn to_events(conn: &mut DbConnection, rows: Vec<AuditEventRow>) -> ApiResult<Vec<AuditEvent>> {
    let ids_of = |kind: &str| -> Vec<i64> {
        rows.iter().filter(|r| r.object_type == kind).filter_map(|r| r.object_id.as_deref()?.parse().ok()).collect()
    };
    let names = NameBook::wanted()
        .orgs(ids_of("organization"))
        .areas(ids_of("area"))
        .members(ids_of("member"))
        .rules(ids_of("points_rule"))
        .read(conn)?;
    let usernames = users::usernames(conn, &ids_of("user"))?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let id = row.object_id.as_deref().and_then(|id| id.parse::<i64>().ok());
            let object_name = id
                .and_then(|id| match row.object_type.as_str() {
                    "organization" => Some(names.org(id)),
                    "area" => Some(names.area(id)),
                    "member" => Some(names.member(id)),
                    "points_rule" => Some(names.rule(id)),
                    "user" => usernames.get(&id).cloned(),
                    _ => None,
                })
                .filter(|name| !name.is_empty());
            AuditEvent {
                id: row.id,
                occurred_at: utc(row.occurred_at),
                actor_id: row.actor_id,
                actor_username: row.actor_username,
                action: row.action,
                object_type: row.object_type,
                object_id: row.object_id,
                object_name,
                outcome: row.outcome,
                client_addr: row.client_addr,
                detail: row.detail,
                request_id: row.request_id,
            }
        })
        .collect())
}

/// Filters of the audit log.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only events of this account.
    pub actor_id: Option<i64>,
    /// Only events with this action (exact, e.g. `auth.login`).
    #[validate(length(max = 64))]
    #[param(max_length = 64)]
    pub action: Option<String>,
    /// Only events on this kind of object (exact, e.g. `member`).
    #[validate(length(max = 64))]
    #[param(max_length = 64)]
    pub object_type: Option<String>,
    /// Only events on an object with this id.
    #[validate(length(max = 64))]
    #[param(max_length = 64)]
    pub object_id: Option<String>,
    /// Only events with this outcome: `success`, `failure` or `denied`.
    #[validate(length(max = 16))]
    #[param(max_length = 16)]
    pub outcome: Option<String>,
    /// Events at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Events before this time.
    pub until: Option<DateTime<Utc>>,
}

/// Verify the audit chain (audit administrator): recomputes every event's keyed hash from
/// the first; a changed, removed or reordered event shows as `first_broken_id`.
#[utoipa::path(operation_id = "get_audit_chain", tag = "audit-events", responses((status = 200, description = "What the walk along the chain found", body = crate::audit::ChainReport)))]
#[get("/audit-events/chain")]
pub async fn get_audit_chain(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadAudit)?;
    let report = state.read(crate::audit::verify).await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(report))
}

/// List audit events (audit administrator).
#[utoipa::path(operation_id = "list_audit_events", tag = "audit-events", params(AuditQuery, Paging, ChangesSince), responses((status = 200, description = "A page of audit events", body = AuditEventList)))]
#[get("/audit-events")]
pub async fn list_audit_events(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<AuditQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadAudit)?;
    let filter = AuditFilter {
        actor_id: query.actor_id,
        action: query.action,
        object_type: query.object_type,
        object_id: query.object_id,
        outcome: query.outcome,
        since: query.since.map(|t| t.naive_utc()),
        until: query.until.map(|t| t.naive_utc()),
    };
    let order = page.order(false, &audit_events::NEWEST_FIRST, &audit_events::CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let (rows, total) = audit_events::list(conn, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.occurred_at));
            Ok(AuditEventList::new(to_events(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}
