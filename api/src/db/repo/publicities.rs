//! Publicities, their sites and the objections raised at them.

use chrono::NaiveDateTime;
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
