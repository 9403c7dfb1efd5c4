//! The audit log: an append-only record of every write and every authentication event,
//! chained with a keyed hash so that a removed, changed or reordered event is found.
//! The chain key is the integrity key (see [`crate::integrity`]).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use diesel::prelude::*;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::db::models::{AuditEventRow, NewAuditEvent};
use crate::db::schema::{audit_events, audit_prunes};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};

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
    request_id: Option<&'a str>,
}

/// HMAC-SHA256 over the previous hash and the event's fields.
fn link(key: &[u8], previous: Option<&str>, fields: &Fields<'_>) -> String {
    let mut canonical = serde_json::json!([
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
    // Events from before request ids hash as they always did.
    if let (Some(id), Some(parts)) = (fields.request_id, canonical.as_array_mut()) {
        parts.push(serde_json::Value::from(id));
    }
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
    /// The request it acted in (`X-Request-Id`).
    pub request_id: Option<String>,
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
    let key = crate::integrity::key()?;
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
        request_id: actor.request_id.as_deref(),
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
            request_id: fields.request_id,
        })
        .execute(conn)?;
    Ok(())
}

/// The latest retention mark: the last removed event and its hash, where the chain starts.
struct Mark {
    id: i64,
    through_id: i64,
    through_hash: Option<String>,
}

fn start(conn: &mut DbConnection) -> ApiResult<Option<Mark>> {
    let found: Option<(i64, i64, Option<String>)> = audit_prunes::table
        .order(audit_prunes::id.desc())
        .select((audit_prunes::id, audit_prunes::through_id, audit_prunes::through_hash))
        .first(conn)
        .optional()?;
    Ok(found.map(|(id, through_id, through_hash)| Mark { id, through_id, through_hash }))
}

/// What the removal event of a mark says, so that a moved mark does not match it.
fn mark_detail(mark: &Mark) -> String {
    format!("through event {} ({})", mark.through_id, mark.through_hash.as_deref().unwrap_or("-"))
}

/// The newest event and its hash: record it elsewhere (a write-once store, another
/// system) and check later with [`holds_anchor`] that the log was not cut back behind it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ChainHead {
    /// The audit event's id.
    pub id: i64,
    /// The event's chain hash (hex HMAC-SHA256).
    pub hash: String,
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
    /// Events up to this one were removed for retention.
    pub pruned_through: Option<i64>,
    /// The newest event.
    pub head: Option<ChainHead>,
}

/// Recomputes the chain from its first event.
pub fn verify(conn: &mut DbConnection) -> ApiResult<ChainReport> {
    let key = crate::integrity::key()?;
    let mark = start(conn)?;
    let mut report = ChainReport {
        events: 0,
        before_chain: 0,
        first_broken_id: None,
        pruned_through: mark.as_ref().map(|m| m.through_id),
        head: None,
    };
    let mut previous = mark.as_ref().and_then(|m| m.through_hash.clone());
    // A mark holds only when its removal event, in the chain after it, names it.
    let mut mark_confirmed = mark.is_none();
    let mut after = 0_i64;
    loop {
        let batch: Vec<AuditEventRow> = audit_events::table
            .filter(audit_events::id.gt(after))
            .order(audit_events::id)
            .limit(5000)
            .select(AuditEventRow::as_select())
            .load(conn)?;
        let Some(last) = batch.last() else {
            if !mark_confirmed {
                // The start itself cannot be trusted: the break is there.
                report.first_broken_id = Some(report.pruned_through.unwrap_or_default() + 1);
            }
            return Ok(report);
        };
        after = last.id;
        report.head = last.chain_hash.clone().map(|hash| ChainHead { id: last.id, hash });
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
                request_id: row.request_id.as_deref(),
            };
            if report.first_broken_id.is_none() && link(key, previous.as_deref(), &fields) != *stored {
                report.first_broken_id = Some(row.id);
            }
            if let Some(mark) = mark.as_ref().filter(|_| !mark_confirmed) {
                mark_confirmed = row.action == PRUNE_ACTION
                    && row.object_id.as_deref() == Some(mark.id.to_string().as_str())
                    && row.detail.as_deref() == Some(mark_detail(mark).as_str());
            }
            previous = Some(stored.clone());
        }
    }
}

const PRUNE_ACTION: &str = "audit.prune";

/// Whether an event recorded earlier as the head is still in the log with the same hash (or
/// was removed for retention since): false means the log was cut back or rewritten.
pub fn holds_anchor(conn: &mut DbConnection, anchor: &ChainHead) -> ApiResult<bool> {
    if start(conn)?.is_some_and(|mark| anchor.id <= mark.through_id) {
        return Ok(true);
    }
    let stored: Option<Option<String>> =
        audit_events::table.find(anchor.id).select(audit_events::chain_hash).first(conn).optional()?;
    Ok(stored.flatten().as_deref() == Some(anchor.hash.as_str()))
}

/// Removes the events recorded before `before` (China Standard Time), when the retention of
/// `days` allows it on `today`, leaving a mark and recording the removal. Returns how many
/// events were removed. Call inside a write transaction.
pub fn prune(conn: &mut DbConnection, before: NaiveDate, today: NaiveDate, days: u32) -> ApiResult<usize> {
    domain::audit::check_removal(before, today, days).map_err(|e| ApiError::BadRequest(e.to_string()))?;
    if let DbConnection::Postgresql(pg) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(20180601)").execute(pg)?;
    }
    let cut = before.and_time(NaiveTime::MIN) - chrono::Duration::hours(8);
    let through: Option<(i64, Option<String>)> = audit_events::table
        .filter(audit_events::occurred_at.lt(cut))
        .order(audit_events::id.desc())
        .select((audit_events::id, audit_events::chain_hash))
        .first(conn)
        .optional()?;
    let Some((through_id, through_hash)) = through else { return Ok(0) };
    let id: i64 = diesel::insert_into(audit_prunes::table)
        .values((
            audit_prunes::through_id.eq(through_id),
            audit_prunes::through_hash.eq(&through_hash),
            audit_prunes::before_date.eq(before),
            audit_prunes::pruned_at.eq(now()),
        ))
        .returning(audit_prunes::id)
        .get_result(conn)?;
    let mark = Mark { id, through_id, through_hash };
    // Recorded before the removal, so that its id follows the removed ones (SQLite would
    // reuse the ids of an emptied table).
    record(conn, &Actor::default(), Event::success(PRUNE_ACTION, "audit_prune", id).with_detail(mark_detail(&mark)))?;
    Ok(diesel::delete(audit_events::table.filter(audit_events::id.le(through_id))).execute(conn)?)
}
