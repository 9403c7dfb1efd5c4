//! Webhook subscriptions of the caller's account, their delivery log and manual
//! redelivery, and the hosts the security administrator allows deliveries to.

mod hosts;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::Action;
use domain::access::scopes::{check_scope, needed};
use domain::webhooks::{DeliveryStatus, EventType, UrlRefusal, check_url, reading, resource_of};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use super::common::{created, list_of, stored, utc, with_etag};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::keyset::Position;
use crate::db::repo::webhooks::{self, DeliveryRow, EventRow, SubscriptionForm, SubscriptionRow};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ListQuery, NoFilters, Paging};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_webhooks)
        .service(create_webhook)
        .service(get_webhook)
        .service(update_webhook)
        .service(delete_webhook)
        .service(list_webhook_deliveries)
        .service(create_webhook_redelivery)
        .configure(hosts::configure);
}

/// A subscription: where the changes of some types are delivered.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Webhook {
    /// The subscription's id.
    pub id: i64,
    /// The account that subscribed (deliveries only name what it may read).
    pub user_id: i64,
    /// Where deliveries are sent.
    pub url: String,
    /// The kinds of change delivered (`member.created`, `request.created`, ...).
    pub event_types: Vec<EventType>,
    /// Paused subscriptions collect nothing.
    pub active: bool,
    /// When the subscription was created (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
    /// When the subscription was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

/// A new subscription with its signing secret, shown this once.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CreatedWebhook {
    #[serde(flatten)]
    pub webhook: Webhook,
    /// `whsec_` and the base64 key that signs the deliveries (Standard Webhooks); keep it,
    /// it is not shown again.
    pub secret: String,
}

list_of!(WebhookList, Webhook, "A page of subscriptions.");

fn to_webhook(row: &SubscriptionRow) -> Webhook {
    Webhook {
        id: row.id,
        user_id: row.user_id,
        url: row.url.clone(),
        event_types: row.types(),
        active: row.active,
        created_at: utc(row.created_at),
        updated_at: utc(row.updated_at),
    }
}

/// A subscription as asked for.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhook {
    /// Where to deliver: an https URL on a host the security administrator allowed.
    #[validate(length(min = 8, max = 2000))]
    #[schema(min_length = 8, max_length = 2000, example = "https://api.hotline.example.gov.cn/dangjian/events")]
    pub url: String,
    /// The kinds of change to deliver; each must be one the account may read.
    #[validate(length(min = 1, max = 32))]
    #[schema(min_items = 1, max_items = 32)]
    pub event_types: Vec<EventType>,
    /// Default true.
    pub active: Option<bool>,
}

/// Changes to a subscription.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookChange {
    /// New delivery URL, on a host the security administrator allowed.
    #[validate(length(min = 8, max = 2000))]
    #[schema(min_length = 8, max_length = 2000)]
    pub url: Option<String>,
    /// New kinds of change to deliver (replaces the list).
    #[validate(length(min = 1, max = 32))]
    #[schema(min_items = 1, max_items = 32)]
    pub event_types: Option<Vec<EventType>>,
    /// Pause (`false`) or resume (`true`) the subscription.
    pub active: Option<bool>,
}

fn refused(refusal: UrlRefusal) -> ApiError {
    let title = match refusal {
        UrlRefusal::Scheme => "Webhook URL not usable",
        _ => "Webhook URL not allowed",
    };
    ApiError::Rule {
        code: refusal.code(),
        title,
        detail: refusal.to_string(),
        errors: vec![crate::error::FieldError::new("url", "rule", refusal.to_string())],
    }
}

/// Checks what a subscription asks for: types the caller may read (by role and by token
/// scope) and an address the allow-list holds, resolving to addresses it allows.
async fn checked(caller: &Caller, state: &AppState, url: &str, types: &[EventType]) -> ApiResult<()> {
    for event_type in types {
        let resource = resource_of(*event_type);
        let by_token = check_scope(caller.scopes.as_deref(), needed(resource, false)).is_ok();
        if !by_token || caller.require(reading(*event_type)).is_err() {
            return Err(ApiError::field(
                "event_types",
                "not_allowed",
                format!("this account may not read what `{}` tells of", event_type.code()),
            ));
        }
    }
    let target = crate::webhooks::Target::of(url).ok_or_else(|| refused(UrlRefusal::Scheme))?;
    let hosts = state.read(|conn| Ok(webhooks::allowed(conn)?)).await?;
    // A name that does not resolve yet is taken: it is checked again at each delivery.
    let addresses = target.addresses().await.unwrap_or_default();
    check_url(&target.scheme, &target.host, &addresses, &hosts).map_err(refused)
}

/// A subscription of the caller's account (the security administrator sees every one);
/// anything else is "not found".
fn visible(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<SubscriptionRow> {
    let row = webhooks::find(conn, id)?.ok_or(ApiError::NotFound)?;
    if row.user_id == caller.id || caller.require(Action::GrantRoles).is_ok() {
        Ok(row)
    } else {
        Err(ApiError::NotFound)
    }
}

/// The subscriptions of the caller's account (the security administrator's: every account's).
#[utoipa::path(operation_id = "list_webhooks", tag = "webhooks", params(Paging), responses((status = 200, description = "A page of subscriptions", body = WebhookList)))]
#[get("/webhooks")]
pub async fn list_webhooks(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(NoFilters {}, page): ListQuery<NoFilters>,
) -> ApiResult<HttpResponse> {
    let everyone = caller.require(Action::GrantRoles).is_ok();
    if !everyone {
        caller.require(Action::SubscribeWebhooks)?;
    }
    page.without_changes()?;
    let order = &webhooks::BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let owner = (!everyone).then_some(caller.id);
            let (rows, total) = webhooks::list(conn, owner, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| Position::of_id(row.id));
            Ok(WebhookList::new(rows.iter().map(to_webhook).collect(), total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Subscribe the caller's account to changes. The answer holds the signing secret, once.
#[utoipa::path(operation_id = "create_webhook", tag = "webhooks", request_body = NewWebhook, responses((status = 201, description = "Subscribed; the secret is shown this once", body = CreatedWebhook)))]
#[post("/webhooks")]
pub async fn create_webhook(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(input): JsonBody<NewWebhook>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::SubscribeWebhooks)?;
    let input = input.accept()?;
    let types = distinct(input.event_types);
    checked(&caller, &state, input.url.trim(), &types).await?;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let secret = domain::webhooks::new_secret(&rand::random::<[u8; 32]>());
    let kept = secret.clone();
    let row = state
        .write(move |conn| {
            let form = SubscriptionForm {
                url: input.url.trim().to_owned(),
                event_types: types,
                active: input.active.unwrap_or(true),
            };
            let row = webhooks::subscribe(conn, &keys, caller.id, &form, &kept)?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("webhook.create", "webhook", row.id).with_detail(row.url.clone()),
            )?;
            Ok(row)
        })
        .await?;
    let body = CreatedWebhook { webhook: to_webhook(&row), secret };
    Ok(created(format!("/api/v1/webhooks/{}", row.id), row.version, &body))
}

fn distinct(types: Vec<EventType>) -> Vec<EventType> {
    let mut kept = Vec::new();
    for event_type in types {
        if !kept.contains(&event_type) {
            kept.push(event_type);
        }
    }
    kept
}

/// A subscription of the caller's account.
#[utoipa::path(operation_id = "get_webhook", tag = "webhooks", params(("id" = i64, Path, description = "Subscription id")), responses((status = 200, description = "The subscription", body = Webhook)))]
#[get("/webhooks/{id}")]
pub async fn get_webhook(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let row = state.read(move |conn| visible(conn, &caller, id)).await?;
    Ok(with_etag(row.version, &to_webhook(&row)))
}

/// Change a subscription's address, types or state (`active: false` pauses it).
#[utoipa::path(operation_id = "update_webhook", tag = "webhooks", params(("id" = i64, Path, description = "Subscription id")), request_body = WebhookChange, responses((status = 200, description = "Changed", body = Webhook)))]
#[patch("/webhooks/{id}")]
pub async fn update_webhook(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<WebhookChange>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::SubscribeWebhooks)?;
    let input = input.accept()?;
    let id = id.into_inner();
    let reader = caller.clone();
    let current = state.read(move |conn| visible(conn, &reader, id)).await?;
    if_match.check(current.version)?;
    let form = SubscriptionForm {
        url: input.url.map_or(current.url.clone(), |url| url.trim().to_owned()),
        event_types: input.event_types.map_or_else(|| current.types(), distinct),
        active: input.active.unwrap_or(current.active),
    };
    // Pausing is always possible; an address or types that change, or a subscription that
    // resumes, are checked against the allowed hosts and what the account may read.
    if form.active && (!current.active || form.url != current.url || form.event_types != current.types()) {
        checked(&caller, &state, &form.url, &form.event_types).await?;
    }
    let row = state
        .write(move |conn| {
            if !webhooks::update(conn, &current, &form)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("webhook.update", "webhook", id))?;
            webhooks::find(conn, id)?.ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(with_etag(row.version, &to_webhook(&row)))
}

/// End a subscription; its pending deliveries are dropped.
#[utoipa::path(operation_id = "delete_webhook", tag = "webhooks", params(("id" = i64, Path, description = "Subscription id")), responses((status = 204, description = "Ended")))]
#[delete("/webhooks/{id}")]
pub async fn delete_webhook(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    state
        .write(move |conn| {
            if_match.check(visible(conn, &caller, id)?.version)?;
            webhooks::unsubscribe(conn, id)?;
            audit::record(conn, &caller.actor(), Event::success("webhook.delete", "webhook", id))
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// One delivery of a change to a subscription.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Delivery {
    /// Also the `webhook-id` it is sent with (`msg_` and this id).
    pub id: i64,
    /// The kind of change delivered.
    pub event_type: EventType,
    /// The kind and id of the object that changed.
    pub object: String,
    /// The id of the object that changed.
    pub object_id: i64,
    /// `pending` (waiting for its next attempt), `delivered` (2xx answer) or `failed` (every attempt failed).
    pub status: DeliveryStatus,
    /// Attempts made so far (a manual redelivery starts again from 0).
    pub attempts: i32,
    /// When it is tried next (pending deliveries).
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// The receiver's last HTTP status.
    pub last_status: Option<i32>,
    /// What went wrong at the last failed attempt.
    pub last_error: Option<String>,
    /// When the receiver accepted it (RFC 3339, UTC).
    pub delivered_at: Option<DateTime<Utc>>,
    /// When the delivery was queued (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(DeliveryList, Delivery, "A page of deliveries, newest first.");

fn to_delivery((row, event): (DeliveryRow, EventRow)) -> ApiResult<Delivery> {
    Ok(Delivery {
        id: row.id,
        event_type: stored(&event.event_type)?,
        object: event.object_type,
        object_id: event.object_id,
        status: stored(&row.status)?,
        attempts: row.attempts,
        next_attempt_at: row.next_attempt_at.map(utc),
        last_status: row.last_status,
        last_error: row.last_error,
        delivered_at: row.delivered_at.map(utc),
        created_at: utc(row.created_at),
    })
}

/// The delivery log of a subscription, newest first.
#[utoipa::path(operation_id = "list_webhook_deliveries", tag = "webhooks", params(("id" = i64, Path, description = "Subscription id"), Paging), responses((status = 200, description = "A page of deliveries", body = DeliveryList)))]
#[get("/webhooks/{id}/deliveries")]
pub async fn list_webhook_deliveries(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    ListQuery(NoFilters {}, page): ListQuery<NoFilters>,
) -> ApiResult<HttpResponse> {
    page.without_changes()?;
    let id = id.into_inner();
    let order = &webhooks::NEWEST_FIRST;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            visible(conn, &caller, id)?;
            let (rows, total) = webhooks::deliveries(conn, id, &window)?;
            let (rows, next) = page.finish(order, rows, total, |(row, _)| Position::of_id(row.id));
            let items = rows.into_iter().map(to_delivery).collect::<ApiResult<_>>()?;
            Ok(DeliveryList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Send a delivery again (after the receiver was fixed): it starts a fresh schedule.
#[utoipa::path(operation_id = "create_webhook_redelivery", tag = "webhooks", params(("id" = i64, Path, description = "Subscription id"), ("delivery_id" = i64, Path, description = "Delivery id")), responses((status = 202, description = "Queued", body = Delivery)))]
#[post("/webhooks/{id}/deliveries/{delivery_id}/redeliver")]
pub async fn create_webhook_redelivery(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::SubscribeWebhooks)?;
    let (id, delivery_id) = path.into_inner();
    let delivery = state
        .write(move |conn| {
            visible(conn, &caller, id)?;
            let found = webhooks::find_delivery(conn, delivery_id)?.filter(|(row, _)| row.subscription_id == id);
            found.ok_or(ApiError::NotFound)?;
            webhooks::redeliver(conn, delivery_id)?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("webhook.redeliver", "webhook", id).with_detail(format!("delivery={delivery_id}")),
            )?;
            to_delivery(webhooks::find_delivery(conn, delivery_id)?.ok_or(ApiError::NotFound)?)
        })
        .await?;
    Ok(HttpResponse::Accepted().json(delivery))
}
