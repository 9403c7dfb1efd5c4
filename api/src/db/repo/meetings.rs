//! Meetings of organizational life and their attendance.

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::tree::subtree_range;

use crate::db::DbConnection;
use crate::db::schema::meetings;
use crate::error::ApiResult;

/// Meetings a subtree held between two dates (inclusive), by organization, type and day:
/// `(org_id, meeting_type, held_on, meetings)`.
pub fn held_by_day(
    conn: &mut DbConnection,
    org_path: &str,
    first: NaiveDate,
    last: NaiveDate,
) -> ApiResult<Vec<(i64, String, NaiveDate, i64)>> {
    let (low, high) = subtree_range(org_path);
    Ok(meetings::table
        .filter(meetings::org_path.ge(&low))
        .filter(meetings::org_path.lt(&high))
        .filter(meetings::held_on.ge(first))
        .filter(meetings::held_on.le(last))
        .group_by((meetings::org_id, meetings::meeting_type, meetings::held_on))
        .select((meetings::org_id, meetings::meeting_type, meetings::held_on, diesel::dsl::count_star()))
        .load(conn)?)
}
