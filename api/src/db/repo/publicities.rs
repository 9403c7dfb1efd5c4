//! Publicities, their sites and the objections raised at them.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::development::Purpose;

use super::StoreResult;
use crate::db::DbConnection;
use crate::db::models::{ObjectionRow, PublicitySiteRow};
use crate::db::schema::{publicities, publicity_objections as objections, publicity_sites as sites};

/// A publicity: `(member_id, purpose, created_at)`.
pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<(i64, String, NaiveDateTime)>> {
    Ok(publicities::table
        .find(id)
        .select((publicities::member_id, publicities::purpose, publicities::created_at))
        .first(conn)
        .optional()?)
}

/// A publicity's sites in the order they were made.
pub fn sites_of(conn: &mut DbConnection, publicity_id: i64) -> StoreResult<Vec<PublicitySiteRow>> {
    Ok(sites::table
        .filter(sites::publicity_id.eq(publicity_id))
        .order(sites::id)
        .select(PublicitySiteRow::as_select())
        .load(conn)?)
}

/// The objections raised at some sites, oldest first.
pub fn objections_of(conn: &mut DbConnection, site_ids: &[i64]) -> StoreResult<Vec<ObjectionRow>> {
    Ok(objections::table
        .filter(objections::site_id.eq_any(site_ids))
        .order(objections::id)
        .select(ObjectionRow::as_select())
        .load(conn)?)
}

/// The latest publicity of a member for a purpose.
pub fn latest(conn: &mut DbConnection, member_id: i64, purpose: Purpose) -> StoreResult<Option<i64>> {
    Ok(publicities::table
        .filter(publicities::member_id.eq(member_id))
        .filter(publicities::purpose.eq(purpose.code()))
        .order(publicities::id.desc())
        .select(publicities::id)
        .first(conn)
        .optional()?)
}

/// Sites (in `range`, or anywhere) whose period ends between two dates: `(site_id,
/// publicity_id, end_on)`.
pub fn sites_ending(
    conn: &mut DbConnection,
    range: &Option<(String, String)>,
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<Vec<(i64, i64, Option<NaiveDate>)>> {
    let mut q = sites::table.filter(sites::end_on.ge(from)).filter(sites::end_on.le(to)).into_boxed();
    if let Some((low, high)) = range.clone() {
        q = q.filter(sites::org_path.ge(low)).filter(sites::org_path.lt(high));
    }
    Ok(q.select((sites::id, sites::publicity_id, sites::end_on)).load(conn)?)
}
