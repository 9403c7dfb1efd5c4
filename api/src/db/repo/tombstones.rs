//! Tombstones: what was deleted or left a part of the tree, kept for the change feed.

use diesel::prelude::*;
use domain::changes::{Departure, Resource, left_paths};

use super::StoreResult;
use crate::db::keyset::{Order, Window};
use crate::db::models::MemberRow;
use crate::db::schema::tombstones;
use crate::db::{DbConnection, now};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = tombstones)]
pub struct TombstoneRow {
    pub id: i64,
    pub resource: String,
    pub object_id: i64,
    pub org_path: Option<String>,
    pub area_path: Option<String>,
    pub reason: String,
    pub removed_at: chrono::NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = tombstones)]
struct NewTombstone<'a> {
    resource: &'a str,
    object_id: i64,
    org_path: Option<&'a str>,
    area_path: Option<&'a str>,
    reason: &'a str,
    removed_at: chrono::NaiveDateTime,
}

/// Records that an object left the organization subtree `org_path` or the area subtree
/// `area_path` (or both): deleted, or moved elsewhere.
pub fn record(
    conn: &mut DbConnection,
    resource: Resource,
    object_id: i64,
    org_path: Option<&str>,
    area_path: Option<&str>,
    reason: Departure,
) -> StoreResult<()> {
    let row = NewTombstone {
        resource: resource.code(),
        object_id,
        org_path,
        area_path,
        reason: reason.code(),
        removed_at: now(),
    };
    diesel::insert_into(tombstones::table).values(&row).execute(conn)?;
    Ok(())
}

/// Records where a member was seen from before a change and no longer is.
pub fn record_member_move(conn: &mut DbConnection, before: &MemberRow, after: [&str; 3]) -> StoreResult<()> {
    let old = [&*before.membership_org_path, &*before.residence_org_path, &*before.residence_area_path];
    let [membership, residence, area] = left_paths(old, after);
    if let Some(org_path) = membership {
        record(conn, Resource::Member, before.id, Some(org_path), None, Departure::Moved)?;
    }
    // Moving house leaves the residence organization and its area at once: one tombstone.
    if residence.is_some() || area.is_some() {
        record(conn, Resource::Member, before.id, residence, area, Departure::Moved)?;
    }
    Ok(())
}

/// Tombstones in the order they were written.
pub const WRITTEN: Order = Order::by_change("tombstones.removed_at", "tombstones.id");

/// What a caller sees of the tombstones: those of its organization and area subtrees
/// (no ranges: all).
#[derive(Debug, Default)]
pub struct TombstoneFilter {
    pub resource: Option<Resource>,
    pub org_range: Option<(String, String)>,
    pub area_range: Option<(String, String)>,
    pub everything: bool,
}

pub fn list(
    conn: &mut DbConnection,
    filter: &TombstoneFilter,
    window: &Window,
) -> StoreResult<(Vec<TombstoneRow>, i64)> {
    let query =
        || {
            let mut query = tombstones::table.into_boxed();
            if let Some(resource) = filter.resource {
                query = query.filter(tombstones::resource.eq(resource.code()));
            }
            if let Some(since) = window.since {
                query = query.filter(tombstones::removed_at.ge(since));
            }
            if !filter.everything {
                let in_org = filter.org_range.clone().map(|(low, high)| {
                    tombstones::org_path.ge(low).and(tombstones::org_path.lt(high)).assume_not_null()
                });
                let in_area = filter.area_range.clone().map(|(low, high)| {
                    tombstones::area_path.ge(low).and(tombstones::area_path.lt(high)).assume_not_null()
                });
                query = match (in_org, in_area) {
                    (Some(org), Some(area)) => query.filter(org.or(area)),
                    (Some(org), None) => query.filter(org),
                    (None, Some(area)) => query.filter(area),
                    (None, None) => query.filter(tombstones::id.ne(tombstones::id)),
                };
            }
            query
        };
    let total = window.total(|| query().count().get_result(conn))?;
    let rows = window.apply(query(), &WRITTEN).select(TombstoneRow::as_select()).load(conn)?;
    Ok((rows, total))
}
