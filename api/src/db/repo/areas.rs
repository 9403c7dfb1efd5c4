//! Governance areas.

use diesel::prelude::*;
use diesel::sql_types::Text;
use domain::access::Role;
use domain::changes::{Departure, Resource};
use domain::tree;

use super::StoreResult;
use super::tree::{move_copies, pending_path, substr, suffix_start};
use crate::db::keyset::{Key, KeyKind, Order, Position, Window};
use crate::db::models::{AreaRow, NewArea};
use crate::db::schema::{
    affairs_assignments, affairs_items, affairs_refusals, areas, cobuilding_needs, cobuilding_projects,
    cobuilding_resources, cobuilding_tasks, community_cadres, community_spaces, demonstration_sites, feedback_reports,
    funding_lines, households, joint_bodies, leading_bodies, members, opinions, organizations, resident_requests,
    units, user_roles, users,
};
use crate::db::{DbConnection, now};

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<AreaRow>> {
    Ok(areas::table.find(id).select(AreaRow::as_select()).first(conn).optional()?)
}

/// The enabled accounts holding `role` whose scope leads one of `area_ids` (an area and those
/// above it), with the name of the area they lead; by name, at most 200.
pub fn leaders(conn: &mut DbConnection, role: Role, area_ids: &[i64]) -> StoreResult<Vec<(i64, String, String)>> {
    Ok(users::table
        .inner_join(user_roles::table)
        .inner_join(organizations::table.on(users::scope_org_id.eq(organizations::id.nullable())))
        .inner_join(areas::table.on(organizations::led_area_id.eq(areas::id.nullable())))
        .filter(user_roles::role.eq(role.code()))
        .filter(users::disabled.eq(false))
        .filter(areas::id.eq_any(area_ids))
        .order((users::display_name, users::id))
        .limit(200)
        .select((users::id, users::display_name, areas::name))
        .load(conn)?)
}

/// The name of the community an area lies in (the area itself, or its ancestor).
pub fn community_name(conn: &mut DbConnection, path: &str) -> StoreResult<Option<String>> {
    Ok(areas::table
        .filter(areas::id.eq_any(tree::ids(path)))
        .filter(areas::kind.eq(domain::area::AreaKind::Community.code()))
        .select(areas::name)
        .first(conn)
        .optional()?)
}

/// The community and the street on a path, where it has them.
pub fn community_and_street(conn: &mut DbConnection, path: &str) -> StoreResult<(Option<i64>, Option<i64>)> {
    use domain::area::AreaKind;
    let found: Vec<(i64, String)> = areas::table
        .filter(areas::id.eq_any(tree::ids(path)))
        .filter(areas::kind.eq_any([AreaKind::Community.code(), AreaKind::Street.code()]))
        .select((areas::id, areas::kind))
        .load(conn)?;
    let of = |kind: AreaKind| found.iter().find(|(_, k)| k == kind.code()).map(|(id, _)| *id);
    Ok((of(AreaKind::Community), of(AreaKind::Street)))
}

/// The areas on a path, from the root down.
pub fn ancestors(conn: &mut DbConnection, path: &str) -> StoreResult<Vec<AreaRow>> {
    Ok(areas::table
        .filter(areas::id.eq_any(tree::ids(path)))
        .order(areas::depth)
        .select(AreaRow::as_select())
        .load(conn)?)
}

/// The areas of a subtree (the root included), by path.
pub fn in_subtree(conn: &mut DbConnection, path: &str) -> StoreResult<Vec<AreaRow>> {
    let (low, high) = domain::tree::subtree_range(path);
    Ok(areas::table
        .filter(areas::path.ge(low))
        .filter(areas::path.lt(high))
        .order((areas::path, areas::id))
        .select(AreaRow::as_select())
        .load(conn)?)
}

/// The areas right below one, by name.
pub fn children(conn: &mut DbConnection, id: i64) -> StoreResult<Vec<AreaRow>> {
    Ok(areas::table.filter(areas::parent_id.eq(id)).order(areas::name).select(AreaRow::as_select()).load(conn)?)
}

/// Inserts an area below `parent` and gives it its path.
pub fn insert(conn: &mut DbConnection, parent: Option<&AreaRow>, area: NewArea<'_>) -> StoreResult<AreaRow> {
    let placeholder = pending_path();
    let id: i64 = diesel::insert_into(areas::table)
        .values(NewArea { path: &placeholder, ..area })
        .returning(areas::id)
        .get_result(conn)?;
    let path = tree::child_path(parent.map(|p| p.path.as_str()), id);
    diesel::update(areas::table.find(id)).set(areas::path.eq(&path)).execute(conn)?;
    Ok(areas::table.find(id).select(AreaRow::as_select()).first(conn)?)
}

/// Filters of the area list.
#[derive(Debug, Default)]
pub struct AreaFilter {
    /// Path ranges the area must fall in (scope, `within`).
    pub ranges: Vec<(String, String)>,
    pub parent_id: Option<i64>,
    pub kind: Option<&'static str>,
    pub name_like: Option<String>,
}

/// Areas in tree order (a parent before its children).
pub const TREE_ORDER: Order =
    Order { name: "path", key: "areas.path", kind: KeyKind::UniqueText, id: "areas.id", descending: false };
pub const CHANGED: Order = Order::by_change("areas.updated_at", "areas.id");

pub fn position(order: &Order, row: &AreaRow) -> Position {
    let key = if order.kind == KeyKind::Time { Key::Time(row.updated_at) } else { Key::Text(row.path.clone()) };
    Position { key, id: row.id }
}

pub fn list(
    conn: &mut DbConnection,
    filter: &AreaFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<AreaRow>, i64)> {
    let query = || {
        let mut query = areas::table.into_boxed();
        for (low, high) in &filter.ranges {
            query = query.filter(areas::path.ge(low.clone())).filter(areas::path.lt(high.clone()));
        }
        if let Some(parent_id) = filter.parent_id {
            query = query.filter(areas::parent_id.eq(parent_id));
        }
        if let Some(kind) = filter.kind {
            query = query.filter(areas::kind.eq(kind));
        }
        if let Some(pattern) = &filter.name_like {
            query = query.filter(areas::name.like(pattern.clone()).escape('\\'));
        }
        if let Some(since) = window.since {
            query = query.filter(areas::updated_at.ge(since));
        }
        query
    };
    let total = window.total(|| query().count().get_result(conn))?;
    let rows = window.apply::<areas::table, _>(query(), order).select(AreaRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Moves the subtree at `node` below `new_parent`: its paths, every copy of them kept with
/// what is linked to it, and tombstones where it was.
pub fn move_subtree(conn: &mut DbConnection, node: &AreaRow, new_parent: &AreaRow) -> StoreResult<()> {
    super::tombstones::record_subtree_move(conn, super::tombstones::Tree::Areas, &node.path)?;
    let new_path = tree::child_path(Some(&new_parent.path), node.id);
    let (low, high) = tree::subtree_range(&node.path);
    let depth_change = tree::depth(&new_path) - node.depth;
    diesel::update(areas::table.filter(areas::path.ge(&low)).filter(areas::path.lt(&high)))
        .set((
            areas::path.eq(new_path.clone().into_sql::<Text>().concat(substr(areas::path, suffix_start(&node.path)))),
            areas::depth.eq(areas::depth + depth_change),
        ))
        .execute(conn)?;
    diesel::update(areas::table.find(node.id)).set(areas::parent_id.eq(new_parent.id)).execute(conn)?;
    // Members and everything kept per area (households, requests, co-building, affairs) keep
    // the path of their area for subtree filters; move them along.
    move_copies!(
        conn,
        &node.path,
        &new_path,
        members.residence_area_path,
        households.area_path,
        resident_requests.area_path,
        joint_bodies.area_path,
        cobuilding_needs.area_path,
        cobuilding_resources.area_path,
        cobuilding_projects.area_path,
        cobuilding_tasks.area_path,
        feedback_reports.area_path,
        opinions.area_path,
        affairs_items.area_path,
        affairs_assignments.area_path,
        affairs_refusals.area_path,
        community_spaces.area_path,
        community_cadres.area_path,
        funding_lines.area_path,
        demonstration_sites.area_path,
        leading_bodies.area_path,
    );
    // The moved members now show in the new part of the tree: its change feeds send them.
    let (low, high) = tree::subtree_range(&new_path);
    diesel::update(
        members::table.filter(members::residence_area_path.ge(&low)).filter(members::residence_area_path.lt(&high)),
    )
    .set(members::updated_at.eq(now()))
    .execute(conn)?;
    // A request is held by the street and community it lies in: an area moved below them
    // takes its requests to the queues of its new street and community.
    let (community, street) = community_and_street(conn, &new_parent.path)?;
    if street.is_some() || community.is_some() {
        diesel::update(
            resident_requests::table
                .filter(resident_requests::area_path.ge(&low))
                .filter(resident_requests::area_path.lt(&high)),
        )
        .set((
            street.map(|id| resident_requests::street_area_id.eq(id)),
            community.map(|id| resident_requests::community_area_id.eq(id)),
            resident_requests::updated_at.eq(now()),
        ))
        .execute(conn)?;
    }
    Ok(())
}

/// What still refers to an area: child areas, organizations located in or leading it, units.
pub fn dependents(conn: &mut DbConnection, id: i64) -> StoreResult<Vec<&'static str>> {
    let mut found = Vec::new();
    let children: i64 = areas::table.filter(areas::parent_id.eq(id)).count().get_result(conn)?;
    if children > 0 {
        found.push("child areas");
    }
    let orgs: i64 = organizations::table
        .filter(organizations::area_id.eq(id).or(organizations::led_area_id.eq(id)))
        .count()
        .get_result(conn)?;
    if orgs > 0 {
        found.push("organizations");
    }
    let residents: i64 = members::table.filter(members::residence_area_id.eq(id)).count().get_result(conn)?;
    if residents > 0 {
        found.push("members living there");
    }
    let unit_count: i64 = units::table.filter(units::area_id.eq(id)).count().get_result(conn)?;
    if unit_count > 0 {
        found.push("units");
    }
    Ok(found)
}

pub fn touch(conn: &mut DbConnection, id: i64, expected_version: i32) -> StoreResult<bool> {
    let changed = diesel::update(areas::table.find(id).filter(areas::version.eq(expected_version)))
        .set((areas::version.eq(areas::version + 1), areas::updated_at.eq(now())))
        .execute(conn)?;
    Ok(changed == 1)
}

/// The columns a change of an area sets (`None`: left as it is).
#[derive(Debug, Default, PartialEq, AsChangeset)]
#[diesel(table_name = areas)]
pub struct AreaChange<'a> {
    pub name: Option<&'a str>,
    pub community_type: Option<Option<&'a str>>,
    pub code: Option<Option<&'a str>>,
}

/// Sets the columns a change names (the version moves with `touch`).
pub fn change(conn: &mut DbConnection, id: i64, change: &AreaChange<'_>) -> StoreResult<()> {
    // An update that sets nothing is not valid SQL.
    if *change != AreaChange::default() {
        diesel::update(areas::table.find(id)).set(change).execute(conn)?;
    }
    Ok(())
}

/// Deletes an area still at the version read; false otherwise.
pub fn delete(conn: &mut DbConnection, id: i64, version: i32) -> StoreResult<bool> {
    let path: Option<String> = areas::table.find(id).select(areas::path).first(conn).optional()?;
    let deleted = diesel::delete(areas::table.find(id).filter(areas::version.eq(version))).execute(conn)?;
    if deleted == 1 {
        super::tombstones::record(conn, Resource::Area, id, None, path.as_deref(), Departure::Deleted)?;
    }
    Ok(deleted == 1)
}

/// The areas of a name.
pub fn named(conn: &mut DbConnection, name: &str) -> StoreResult<Vec<i64>> {
    Ok(areas::table.filter(areas::name.eq(name)).select(areas::id).load(conn)?)
}

/// The areas of some kinds in the area subtrees, by path (the communities and counties a
/// ledger counts).
pub fn of_kinds_within(
    conn: &mut DbConnection,
    ranges: &[(String, String)],
    kinds: &[&str],
) -> StoreResult<Vec<AreaRow>> {
    Ok(within!(areas::table.into_boxed(), areas::path, ranges)
        .filter(areas::kind.eq_any(kinds.to_vec()))
        .order(areas::path)
        .select(AreaRow::as_select())
        .load(conn)?)
}

/// The kinds of some areas, by id.
pub fn kinds(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<Vec<(i64, String)>> {
    Ok(areas::table.filter(areas::id.eq_any(ids)).select((areas::id, areas::kind)).load(conn)?)
}
