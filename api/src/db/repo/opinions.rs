//! The community's assessment opinions (鉴定权): given by a community on its units and
//! residents, or asked for from outside and answered.

use chrono::NaiveDate;
use diesel::dsl::count_star;
use diesel::prelude::*;

use super::cobuilding::Ranges;
use super::{StoreError, StoreResult};
use crate::db::keyset::{Order, Window};
use crate::db::models::{NewOpinion, OpinionRow};
use crate::db::schema::opinions;
use crate::db::{DbConnection, now};

pub const BY_ID: Order = Order::by_id("id", "opinions.id", true);
pub const CHANGED: Order = Order::by_change("opinions.updated_at", "opinions.id");

pub fn insert(conn: &mut DbConnection, opinion: &NewOpinion<'_>) -> StoreResult<OpinionRow> {
    let id: i64 = diesel::insert_into(opinions::table).values(opinion).returning(opinions::id).get_result(conn)?;
    find(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<OpinionRow>> {
    Ok(opinions::table.find(id).select(OpinionRow::as_select()).first(conn).optional()?)
}

/// Filters of the opinion list.
#[derive(Debug, Default)]
pub struct OpinionFilter {
    /// Only the requests this account made (what an asker reads).
    pub asked_by: Option<i64>,
    pub subject_kind: Option<&'static str>,
    pub purpose: Option<&'static str>,
    pub state: Option<&'static str>,
    pub member_id: Option<i64>,
    pub unit_id: Option<i64>,
    /// Only requests still unanswered after this day.
    pub overdue_on: Option<NaiveDate>,
}

/// A window of the opinions of the communities in the ranges (ignored for an asker's own).
pub fn list(
    conn: &mut DbConnection,
    ranges: &Ranges,
    filter: &OpinionFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<OpinionRow>, i64)> {
    let query = || {
        let mut query = match filter.asked_by {
            Some(asker) => opinions::table.into_boxed().filter(opinions::asked_by.eq(asker)),
            None => within!(opinions::table.into_boxed(), opinions::area_path, ranges),
        };
        if let Some(since) = window.since {
            query = query.filter(opinions::updated_at.ge(since));
        }
        if let Some(kind) = filter.subject_kind {
            query = query.filter(opinions::subject_kind.eq(kind));
        }
        if let Some(purpose) = filter.purpose {
            query = query.filter(opinions::purpose.eq(purpose));
        }
        if let Some(state) = filter.state {
            query = query.filter(opinions::state.eq(state));
        }
        if let Some(member) = filter.member_id {
            query = query.filter(opinions::member_id.eq(member));
        }
        if let Some(unit) = filter.unit_id {
            query = query.filter(opinions::unit_id.eq(unit));
        }
        if let Some(day) = filter.overdue_on {
            query = query.filter(opinions::state.eq("requested")).filter(opinions::due_on.lt(day));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(OpinionRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// What answering a request writes.
pub struct Answer<'a> {
    pub verdict: &'a str,
    pub content: &'a str,
    pub given_on: NaiveDate,
    pub given_by: i64,
    pub given_by_name: &'a str,
}

pub fn answer(conn: &mut DbConnection, id: i64, expected_version: i32, answer: &Answer<'_>) -> StoreResult<bool> {
    let changed = diesel::update(opinions::table.find(id).filter(opinions::version.eq(expected_version)))
        .set((
            opinions::state.eq("given"),
            opinions::verdict.eq(answer.verdict),
            opinions::content.eq(answer.content),
            opinions::given_on.eq(answer.given_on),
            opinions::given_by.eq(answer.given_by),
            opinions::given_by_name.eq(answer.given_by_name),
            opinions::updated_at.eq(now()),
            opinions::version.eq(opinions::version + 1),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Whether the community has given its opinion on a resident joining the Party, on or before `on`.
pub fn admission_opinion_given(
    conn: &mut DbConnection,
    member_id: i64,
    community_id: i64,
    on: NaiveDate,
) -> StoreResult<bool> {
    let found: i64 = opinions::table
        .filter(opinions::member_id.eq(member_id))
        .filter(opinions::purpose.eq("party_admission"))
        .filter(opinions::area_id.eq(community_id))
        .filter(opinions::state.eq("given"))
        .filter(opinions::given_on.le(on))
        .select(count_star())
        .get_result(conn)?;
    Ok(found > 0)
}

/// Requests in the area subtree still unanswered after their last day, per community.
pub fn overdue_per_community(
    conn: &mut DbConnection,
    ranges: &Ranges,
    today: NaiveDate,
) -> StoreResult<Vec<(i64, i64)>> {
    let grouped = opinions::table.group_by(opinions::area_id).select((opinions::area_id, count_star())).into_boxed();
    Ok(within!(grouped, opinions::area_path, ranges)
        .filter(opinions::state.eq("requested"))
        .filter(opinions::due_on.lt(today))
        .load(conn)?)
}

/// Requests of the area subtrees still unanswered, and those past their last day.
pub fn pending(conn: &mut DbConnection, ranges: &Ranges, today: NaiveDate) -> StoreResult<(i64, i64)> {
    let open =
        || within!(opinions::table.into_boxed(), opinions::area_path, ranges).filter(opinions::state.eq("requested"));
    let pending = open().select(count_star()).get_result(conn)?;
    let overdue = open().filter(opinions::due_on.lt(today)).select(count_star()).get_result(conn)?;
    Ok((pending, overdue))
}
