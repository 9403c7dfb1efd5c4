//! Report-ins (报到): in-service members reporting in to the community they live in, at least
//! yearly; what the evaluations and the dispatch of resident requests ask of them.

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::member::{Category, EventKind};

use super::StoreResult;
use crate::db::DbConnection;
use crate::db::schema::{member_events, members};

/// The in-service members living in an area subtree who reported in on or after `since`, with
/// the area they live in; by name, at most 200.
pub fn reported_in_living_in(
    conn: &mut DbConnection,
    area_range: &(String, String),
    since: NaiveDate,
) -> StoreResult<Vec<(i64, String, i64)>> {
    let reported = member_events::table
        .filter(member_events::member_id.eq(members::id))
        .filter(member_events::kind.eq(EventKind::ReportIn.code()))
        .filter(member_events::occurred_on.ge(since));
    Ok(members::table
        .filter(members::category.eq(Category::InService.code()))
        .filter(members::residence_area_path.ge(&area_range.0))
        .filter(members::residence_area_path.lt(&area_range.1))
        .filter(diesel::dsl::exists(reported))
        .order((members::name, members::id))
        .limit(200)
        .select((members::id, members::name, members::residence_area_id))
        .load(conn)?)
}

/// The day of a member's latest report-in, if any.
pub fn last_report_in(conn: &mut DbConnection, member_id: i64) -> StoreResult<Option<NaiveDate>> {
    Ok(member_events::table
        .filter(member_events::member_id.eq(member_id))
        .filter(member_events::kind.eq(EventKind::ReportIn.code()))
        .select(diesel::dsl::max(member_events::occurred_on))
        .first(conn)?)
}

/// Members among `ids` with a report-in between two dates (inclusive).
pub fn reported_in(conn: &mut DbConnection, ids: &[i64], first: NaiveDate, last: NaiveDate) -> StoreResult<Vec<i64>> {
    Ok(member_events::table
        .filter(member_events::member_id.eq_any(ids))
        .filter(member_events::kind.eq(EventKind::ReportIn.code()))
        .filter(member_events::occurred_on.ge(first))
        .filter(member_events::occurred_on.le(last))
        .select(member_events::member_id)
        .distinct()
        .load(conn)?)
}
