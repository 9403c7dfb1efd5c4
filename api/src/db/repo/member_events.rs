//! A member's history (登记, 转接, 报到, 志愿服务, ...): appended, never changed.

use chrono::NaiveDate;
use diesel::prelude::*;

use super::StoreResult;
use crate::db::DbConnection;
use crate::db::keyset::{Key, KeyKind, Order, Position, Window};
use crate::db::models::{MemberEventRow, NewMemberEvent};
use crate::db::schema::member_events;

pub fn insert_event(conn: &mut DbConnection, event: &NewMemberEvent) -> StoreResult<MemberEventRow> {
    let id: i64 =
        diesel::insert_into(member_events::table).values(event).returning(member_events::id).get_result(conn)?;
    Ok(member_events::table.find(id).select(MemberEventRow::as_select()).first(conn)?)
}

/// A member's history, latest first.
pub const LATEST_EVENTS: Order = Order {
    name: "-occurred_on",
    key: "member_events.occurred_on",
    kind: KeyKind::Date,
    id: "member_events.id",
    descending: true,
};
/// A member's history as recorded: events do not change once recorded.
pub const RECORDED_EVENTS: Order = Order::by_change("member_events.created_at", "member_events.id");

/// Hours of volunteer service (志愿服务) the members recorded between two days (both included).
pub fn service_hours(conn: &mut DbConnection, ids: &[i64], from: NaiveDate, to: NaiveDate) -> StoreResult<f64> {
    let hours: Option<f64> = member_events::table
        .filter(member_events::member_id.eq_any(ids))
        .filter(member_events::kind.eq(domain::member::EventKind::Service.code()))
        .filter(member_events::occurred_on.ge(from))
        .filter(member_events::occurred_on.le(to))
        .select(diesel::dsl::sum(member_events::service_hours))
        .first(conn)?;
    Ok(hours.unwrap_or(0.0))
}

pub fn event_position(order: &Order, row: &MemberEventRow) -> Position {
    let key = if order.kind == KeyKind::Date { Key::Date(row.occurred_on) } else { Key::Time(row.created_at) };
    Position { key, id: row.id }
}

pub fn list_events(
    conn: &mut DbConnection,
    member_id: i64,
    kinds: Option<Vec<&'static str>>,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<MemberEventRow>, i64)> {
    let query = || {
        let mut query = member_events::table.filter(member_events::member_id.eq(member_id)).into_boxed();
        if let Some(kinds) = kinds.clone() {
            query = query.filter(member_events::kind.eq_any(kinds));
        }
        if let Some(since) = window.since {
            query = query.filter(member_events::created_at.ge(since));
        }
        query
    };
    let total = window.total(|| query().count().get_result(conn))?;
    let rows = window.apply(query(), order).select(MemberEventRow::as_select()).load(conn)?;
    Ok((rows, total))
}
