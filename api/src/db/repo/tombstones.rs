//! Tombstones: what was deleted or left a part of the tree, kept for the change feed.

use diesel::prelude::*;
use domain::changes::{Departure, Resource, left_paths};

use super::StoreResult;
use crate::db::keyset::{Order, Window};
use crate::db::models::MemberRow;
use crate::db::schema::{areas, members, organizations, tombstones};
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

/// Which tree a moved subtree belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tree {
    Organizations,
    Areas,
}

/// Records, before a subtree's paths are rewritten, that its nodes and the members linked to
/// them left the old part of the tree: copies kept of it drop them, as after a transfer.
pub fn record_subtree_move(conn: &mut DbConnection, tree: Tree, old_path: &str) -> StoreResult<()> {
    use diesel::dsl::sql;
    use diesel::sql_types::{Nullable, Text, Timestamp};

    let (low, high) = domain::tree::subtree_range(old_path);
    let columns = (
        tombstones::resource,
        tombstones::object_id,
        tombstones::org_path,
        tombstones::area_path,
        tombstones::reason,
        tombstones::removed_at,
    );
    let at = now().into_sql::<Timestamp>();
    let moved = Departure::Moved.code().into_sql::<Text>();
    let none = sql::<Nullable<Text>>("NULL");
    let member = Resource::Member.code().into_sql::<Text>();
    match tree {
        Tree::Organizations => {
            let nodes = organizations::table
                .filter(organizations::path.ge(&low))
                .filter(organizations::path.lt(&high))
                .select((
                    Resource::Organization.code().into_sql::<Text>(),
                    organizations::id,
                    organizations::path.nullable(),
                    none.clone(),
                    moved,
                    at,
                ));
            diesel::insert_into(tombstones::table).values(nodes).into_columns(columns).execute(conn)?;
            let through_membership = members::table
                .filter(members::membership_org_path.ge(&low))
                .filter(members::membership_org_path.lt(&high))
                .select((member, members::id, members::membership_org_path.nullable(), none.clone(), moved, at));
            diesel::insert_into(tombstones::table).values(through_membership).into_columns(columns).execute(conn)?;
            let through_residence = members::table
                .filter(members::residence_org_path.ge(&low))
                .filter(members::residence_org_path.lt(&high))
                .select((member, members::id, members::residence_org_path.nullable(), none, moved, at));
            diesel::insert_into(tombstones::table).values(through_residence).into_columns(columns).execute(conn)?;
        }
        Tree::Areas => {
            let nodes = areas::table.filter(areas::path.ge(&low)).filter(areas::path.lt(&high)).select((
                Resource::Area.code().into_sql::<Text>(),
                areas::id,
                none.clone(),
                areas::path.nullable(),
                moved,
                at,
            ));
            diesel::insert_into(tombstones::table).values(nodes).into_columns(columns).execute(conn)?;
            let residents = members::table
                .filter(members::residence_area_path.ge(&low))
                .filter(members::residence_area_path.lt(&high))
                .select((member, members::id, none, members::residence_area_path.nullable(), moved, at));
            diesel::insert_into(tombstones::table).values(residents).into_columns(columns).execute(conn)?;
        }
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
