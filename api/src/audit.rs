//! The audit log: an append-only record of every write and every authentication event,
//! chained with a keyed hash so that a removed, changed or reordered event is found.
//!
//! The chain key lives outside the database (`DANGJIAN_INTEGRITY_KEY` or
//! `DATA_DIR/integrity-key`); one process uses one key, installed at start with
//! [`install_key`] before any event is recorded.

use std::sync::OnceLock;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::db::models::{AuditEventRow, NewAuditEvent};
use crate::db::schema::audit_events;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};

static CHAIN_KEY: OnceLock<Vec<u8>> = OnceLock::new();

/// Installs the chain key of this process (later calls keep the first key).
pub fn install_key(key: &[u8]) {
    let _ = CHAIN_KEY.get_or_init(|| key.to_vec());
}

fn chain_key() -> ApiResult<&'static [u8]> {
    CHAIN_KEY.get().map(Vec::as_slice).ok_or_else(|| ApiError::Internal("the audit chain key is not installed".into()))
}

/// The fields an event's hash covers, in a fixed order.
struct Fields<'a> {
    occurred_at: NaiveDateTime,
    actor_id: Option<i64>,
    actor_username: Option<&'a str>,
    action: &'a str,
    object_type: &'a str,
    object_id: Option<&'a str>,
    outcome: &'a str,
    client_addr: Option<&'a str>,
    detail: Option<&'a str>,
}

/// HMAC-SHA256 over the previous hash and the event's fields.
fn link(key: &[u8], previous: Option<&str>, fields: &Fields<'_>) -> String {
    let canonical = serde_json::json!([
        previous,
        fields.occurred_at.and_utc().timestamp_micros(),
        fields.actor_id,
        fields.actor_username,
        fields.action,
        fields.object_type,
        fields.object_id,
        fields.outcome,
        fields.client_addr,
        fields.detail,
    ]);
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC takes any key"));
    mac.update(canonical.to_string().as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Outcome of an audited action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failure,
    Denied,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
            Outcome::Denied => "denied",
        }
    }
}

/// Who acted and from where.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    pub id: Option<i64>,
    pub username: Option<String>,
    pub client_addr: Option<String>,
}

/// One audit event; `detail` must never hold personal data in clear.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: Option<String>,
    pub outcome: Outcome,
    pub detail: Option<String>,
}

impl<'a> Event<'a> {
    pub fn success(action: &'a str, object_type: &'a str, object_id: impl ToString) -> Event<'a> {
        Event { action, object_type, object_id: Some(object_id.to_string()), outcome: Outcome::Success, detail: None }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Event<'a> {
        self.detail = Some(detail.into());
        self
    }
}

/// Appends an event; call it inside the transaction of the write it records.
pub fn record(conn: &mut DbConnection, actor: &Actor, event: Event<'_>) -> ApiResult<()> {
    let key = chain_key()?;
    // Events are chained in the order they commit: on PostgreSQL, where transactions run
    // side by side, a transaction-long lock orders them (SQLite has one writer at a time).
    if let DbConnection::Postgresql(pg) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(20180601)").execute(pg)?;
    }
    let previous: Option<Option<String>> =
        audit_events::table.order(audit_events::id.desc()).select(audit_events::chain_hash).first(conn).optional()?;
    let fields = Fields {
        occurred_at: now(),
        actor_id: actor.id,
        actor_username: actor.username.as_deref(),
        action: event.action,
        object_type: event.object_type,
        object_id: event.object_id.as_deref(),
        outcome: event.outcome.code(),
        client_addr: actor.client_addr.as_deref(),
        detail: event.detail.as_deref(),
    };
    let hash = link(key, previous.flatten().as_deref(), &fields);
    diesel::insert_into(audit_events::table)
        .values(NewAuditEvent {
            occurred_at: fields.occurred_at,
            actor_id: fields.actor_id,
            actor_username: fields.actor_username,
            action: fields.action,
            object_type: fields.object_type,
            object_id: fields.object_id,
            outcome: fields.outcome,
            client_addr: fields.client_addr,
            detail: fields.detail,
            chain_hash: Some(&hash),
        })
        .execute(conn)?;
    Ok(())
}

/// What a walk along the audit chain found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ChainReport {
    /// Events in the log.
    pub events: i64,
    /// Events recorded before the chain began (they carry no hash).
    pub before_chain: i64,
    /// The first event whose hash does not follow from the one before: the log was changed
    /// at or just before it. None: the chain is whole.
    pub first_broken_id: Option<i64>,
}

/// Recomputes the chain from its first event.
pub fn verify(conn: &mut DbConnection) -> ApiResult<ChainReport> {
    let key = chain_key()?;
    let mut report = ChainReport { events: 0, before_chain: 0, first_broken_id: None };
    let mut previous: Option<String> = None;
    let mut after = 0_i64;
    loop {
        let batch: Vec<AuditEventRow> = audit_events::table
            .filter(audit_events::id.gt(after))
            .order(audit_events::id)
            .limit(5000)
            .select(AuditEventRow::as_select())
            .load(conn)?;
        let Some(last) = batch.last() else { return Ok(report) };
        after = last.id;
        for row in &batch {
            report.events += 1;
            let Some(stored) = &row.chain_hash else {
                if previous.is_some() && report.first_broken_id.is_none() {
                    report.first_broken_id = Some(row.id);
                }
                report.before_chain += i64::from(previous.is_none());
                continue;
            };
            let fields = Fields {
                occurred_at: row.occurred_at,
                actor_id: row.actor_id,
                actor_username: row.actor_username.as_deref(),
                action: &row.action,
                object_type: &row.object_type,
                object_id: row.object_id.as_deref(),
                outcome: &row.outcome,
                client_addr: row.client_addr.as_deref(),
                detail: row.detail.as_deref(),
            };
            if report.first_broken_id.is_none() && link(key, previous.as_deref(), &fields) != *stored {
                report.first_broken_id = Some(row.id);
            }
            previous = Some(stored.clone());
        }
    }
}
