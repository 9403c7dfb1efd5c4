//! Reading the audit log (writing is `crate::audit::record`).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::StoreResult;
use crate::db::DbConnection;
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

pub fn list(
    conn: &mut DbConnection,
    filter: &AuditFilter,
    limit: i64,
    offset: i64,
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
        query
    };
    let total = query().count().get_result(conn)?;
    let rows = query()
        .order(audit_events::id.desc())
        .limit(limit)
        .offset(offset)
        .select(AuditEventRow::as_select())
        .load(conn)?;
    Ok((rows, total))
}
