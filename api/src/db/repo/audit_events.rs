//! Reading the audit log (writing is `crate::audit::record`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::StoreResult;
use crate::db::DbConnection;
use crate::db::keyset::{Order, Window};
use crate::db::models::AuditEventRow;
use crate::db::schema::audit_events;

#[derive(Debug, Default)]
pub struct AuditFilter {
    pub actor_id: Option<i64>,
    pub action: Option<String>,
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    pub outcome: Option<String>,
    pub since: Option<NaiveDateTime>,
    pub until: Option<NaiveDateTime>,
}

pub const NEWEST_FIRST: Order = Order::by_id("-id", "audit_events.id", true);
/// Events are never changed: their change time is when they occurred.
pub const CHANGED: Order = Order::by_change("audit_events.occurred_at", "audit_events.id");

pub fn list(
    conn: &mut DbConnection,
    filter: &AuditFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<AuditEventRow>, i64)> {
    let query = || {
        let mut query = audit_events::table.into_boxed();
        if let Some(actor_id) = filter.actor_id {
            query = query.filter(audit_events::actor_id.eq(actor_id));
        }
        if let Some(action) = &filter.action {
            query = query.filter(audit_events::action.eq(action.clone()));
        }
        if let Some(object_type) = &filter.object_type {
            query = query.filter(audit_events::object_type.eq(object_type.clone()));
        }
        if let Some(object_id) = &filter.object_id {
            query = query.filter(audit_events::object_id.eq(object_id.clone()));
        }
        if let Some(outcome) = &filter.outcome {
            query = query.filter(audit_events::outcome.eq(outcome.clone()));
        }
        if let Some(since) = filter.since {
            query = query.filter(audit_events::occurred_at.ge(since));
        }
        if let Some(until) = filter.until {
            query = query.filter(audit_events::occurred_at.lt(until));
        }
        if let Some(since) = window.since {
            query = query.filter(audit_events::occurred_at.ge(since));
        }
        query
    };
    let total = window.total(|| query().count().get_result(conn))?;
    let rows = window.apply(query(), order).select(AuditEventRow::as_select()).load(conn)?;
    Ok((rows, total))
}
