//! The webhook worker: sends the deliveries that are due, signed the Standard Webhooks way,
//! and schedules the failed ones again (see `domain::webhooks::retry_after`). Deliveries live
//! in the database, so a delivery cut short by a restart is sent again afterwards: at least
//! once, in the order of the changes of each object.

use std::net::IpAddr;

use base64::Engine as _;
use chrono::Utc;
use domain::webhooks::{AllowedHost, check_url, retry_after, sign};

use crate::db::now;
use crate::db::repo::webhooks::{self, DeliveryRow, EventRow, SubscriptionRow};
use crate::error::ApiResult;
use crate::state::AppState;

/// Deliveries sent per pass.
const BATCH: i64 = 50;
/// How long a receiver may take to answer.
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Sends every delivery due now; answers how many were attempted.
pub async fn deliver_due(state: &AppState) -> ApiResult<usize> {
    let due = state
        .read(move |conn| {
            let due = webhooks::due(conn, now(), BATCH)?;
            let allowed = webhooks::allowed(conn)?;
            let mut subscriptions = std::collections::HashMap::new();
            for (delivery, _) in &due {
                if !subscriptions.contains_key(&delivery.subscription_id)
                    && let Some(row) = webhooks::find(conn, delivery.subscription_id)?
                {
                    subscriptions.insert(row.id, row);
                }
            }
            Ok((due, allowed, subscriptions))
        })
        .await?;
    let (due, allowed, subscriptions) = due;
    let client = awc::Client::builder().timeout(TIMEOUT).disable_redirects().finish();
    let attempted = due.len();
    for (delivery, event) in due {
        let Some(subscription) = subscriptions.get(&delivery.subscription_id) else { continue };
        let outcome = send(state, &client, &allowed, subscription, &delivery, &event).await;
        let next = match &outcome {
            Ok(_) => Ok(()),
            Err(_) => {
                Err(retry_after(u32::try_from(delivery.attempts + 1).unwrap_or(u32::MAX)).map(|wait| now() + wait))
            }
        };
        let (status, error) = match outcome {
            Ok(status) => (Some(status), None),
            Err(Failure { status, error }) => (status, Some(error)),
        };
        state.write(move |conn| Ok(webhooks::record_attempt(conn, &delivery, status, error.as_deref(), next)?)).await?;
    }
    Ok(attempted)
}

/// Where a delivery goes: the scheme and host of its URL, and the port its host is reached on.
pub struct Target {
    pub scheme: String,
    pub host: String,
    port: u16,
}

impl Target {
    /// The target of an absolute URL; none for anything else.
    pub fn of(url: &str) -> Option<Target> {
        let uri: actix_web::http::Uri = url.parse().ok()?;
        let scheme = uri.scheme_str()?.to_owned();
        let port = uri.port_u16().unwrap_or(if scheme == "https" { 443 } else { 80 });
        Some(Target { host: uri.host()?.to_owned(), scheme, port })
    }

    /// The addresses the host resolves to now.
    pub async fn addresses(&self) -> std::io::Result<Vec<IpAddr>> {
        Ok(tokio::net::lookup_host((self.host.as_str(), self.port)).await?.map(|a| a.ip()).collect())
    }
}

struct Failure {
    status: Option<i32>,
    error: String,
}

fn failed(error: impl std::fmt::Display) -> Failure {
    Failure { status: None, error: error.to_string() }
}

/// The body of a delivery: the change, not the object (the receiver reads the object
/// through the API with its own token, which applies its rights).
pub fn payload(event: &EventRow) -> serde_json::Value {
    serde_json::json!({
        "type": event.event_type,
        "timestamp": event.occurred_at.and_utc().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "data": {"object": event.object_type, "id": event.object_id},
    })
}

async fn send(
    state: &AppState,
    client: &awc::Client,
    allowed: &[AllowedHost],
    subscription: &SubscriptionRow,
    delivery: &DeliveryRow,
    event: &EventRow,
) -> Result<i32, Failure> {
    let target = Target::of(&subscription.url).ok_or_else(|| failed("the URL has no scheme and host"))?;
    let addresses = target.addresses().await.map_err(failed)?;
    check_url(&target.scheme, &target.host, &addresses, allowed).map_err(failed)?;
    let uri: actix_web::http::Uri = subscription.url.parse().map_err(failed)?;
    let secret = webhooks::secret(&state.data_keys, subscription).map_err(failed)?;
    let key = base64::engine::general_purpose::STANDARD.decode(secret.trim_start_matches("whsec_")).map_err(failed)?;
    let body = serde_json::to_vec(&payload(event)).map_err(failed)?;
    let id = format!("msg_{}", delivery.id);
    let timestamp = Utc::now().timestamp();
    let response = client
        .post(uri)
        .insert_header(("content-type", "application/json"))
        .insert_header(("webhook-id", id.as_str()))
        .insert_header(("webhook-timestamp", timestamp.to_string()))
        .insert_header(("webhook-signature", sign(&key, &id, timestamp, &body)))
        .send_body(body)
        .await
        .map_err(failed)?;
    let status = i32::from(response.status().as_u16());
    if response.status().is_success() {
        Ok(status)
    } else {
        Err(Failure { status: Some(status), error: format!("the receiver answered {status}") })
    }
}

/// Sends due deliveries every `interval` for as long as the server runs.
pub fn spawn(state: AppState, interval: std::time::Duration) {
    actix_web::rt::spawn(async move {
        let mut ticks = actix_web::rt::time::interval(interval);
        loop {
            ticks.tick().await;
            if let Err(error) = deliver_due(&state).await {
                log::warn!("webhook deliveries: {error}");
            }
        }
    });
}
