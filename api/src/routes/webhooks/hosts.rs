//! The hosts webhook deliveries may go to: an allow-list the security administrator keeps.

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::repo::webhooks::{self, HostRow};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ListQuery, NoFilters, Paging};
use crate::routes::common::{created, list_of, utc};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(list_webhook_hosts).service(create_webhook_host).service(delete_webhook_host);
}

/// A host webhook deliveries may go to.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct WebhookHost {
    /// The allowed host's id.
    pub id: i64,
    /// A host name, or `*.` and a domain for every host below it.
    pub pattern: String,
    /// Whether the host may resolve to private, loopback or link-local addresses (a
    /// receiver on the government intranet) and be reached over plain http.
    pub private: bool,
    /// When the host was allowed (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(WebhookHostList, WebhookHost, "A page of allowed webhook hosts.");

fn to_host(row: HostRow) -> WebhookHost {
    WebhookHost { id: row.id, pattern: row.pattern, private: row.private, created_at: utc(row.created_at) }
}

/// A host to allow.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhookHost {
    /// A host name, or `*.` and a domain for every host below it.
    #[validate(length(min = 1, max = 253))]
    #[schema(min_length = 1, max_length = 253, example = "*.hotline.example.gov.cn")]
    pub pattern: String,
    /// Default false.
    pub private: Option<bool>,
}

/// The hosts webhook deliveries may go to (security administrator).
#[utoipa::path(operation_id = "list_webhook_hosts", tag = "webhook-hosts", params(Paging), responses((status = 200, description = "A page of hosts", body = WebhookHostList)))]
#[get("/webhook-hosts")]
pub async fn list_webhook_hosts(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(NoFilters {}, page): ListQuery<NoFilters>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::GrantRoles)?;
    page.without_changes()?;
    let rows = state.read(|conn| Ok(webhooks::hosts(conn)?)).await?;
    let (rows, total, next) = page.of(rows)?;
    Ok(HttpResponse::Ok().json(WebhookHostList::new(rows.into_iter().map(to_host).collect(), total, &page, next)))
}

/// Allow deliveries to a host (security administrator).
#[utoipa::path(operation_id = "create_webhook_host", tag = "webhook-hosts", request_body = NewWebhookHost, responses((status = 201, description = "Allowed", body = WebhookHost)))]
#[post("/webhook-hosts")]
pub async fn create_webhook_host(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(input): JsonBody<NewWebhookHost>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::GrantRoles)?;
    let input = input.accept()?;
    let pattern = input.pattern.trim().to_ascii_lowercase();
    domain::webhooks::check_pattern(&pattern).map_err(|e| ApiError::field("pattern", "format", e.to_string()))?;
    let row = state
        .write(move |conn| {
            if webhooks::hosts(conn)?.iter().any(|host| host.pattern == pattern) {
                return Err(ApiError::Conflict(format!("`{pattern}` is already allowed")));
            }
            let private = input.private.unwrap_or(false);
            let row = webhooks::add_host(conn, &pattern, private, caller.id)?;
            let detail = format!("{pattern} private={private}");
            audit::record(
                conn,
                &caller.actor(),
                Event::success("webhook_host.create", "webhook_host", row.id).with_detail(detail),
            )?;
            Ok(row)
        })
        .await?;
    Ok(created(format!("/api/v1/webhook-hosts/{}", row.id), 1, &to_host(row)))
}

/// Stop allowing a host: deliveries to it fail from then on.
#[utoipa::path(operation_id = "delete_webhook_host", tag = "webhook-hosts", params(("id" = i64, Path, description = "Host id")), responses((status = 204, description = "No longer allowed")))]
#[delete("/webhook-hosts/{id}")]
pub async fn delete_webhook_host(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::GrantRoles)?;
    let id = id.into_inner();
    state
        .write(move |conn| {
            if !webhooks::remove_host(conn, id)? {
                return Err(ApiError::NotFound);
            }
            audit::record(conn, &caller.actor(), Event::success("webhook_host.delete", "webhook_host", id))
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
