//! The audit log: an append-only record of every write and every authentication event.

use diesel::prelude::*;

use crate::db::models::NewAuditEvent;
use crate::db::schema::audit_events;
use crate::db::{DbConnection, now};
use crate::error::ApiResult;

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
    diesel::insert_into(audit_events::table)
        .values(NewAuditEvent {
            occurred_at: now(),
            actor_id: actor.id,
            actor_username: actor.username.as_deref(),
            action: event.action,
            object_type: event.object_type,
            object_id: event.object_id.as_deref(),
            outcome: event.outcome.code(),
            client_addr: actor.client_addr.as_deref(),
            detail: event.detail.as_deref(),
        })
        .execute(conn)?;
    Ok(())
}
