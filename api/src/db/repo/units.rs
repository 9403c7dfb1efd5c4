//! Units located in areas (驻区单位) and their coverage.

use diesel::prelude::*;
use domain::changes::{Departure, Resource};
use domain::tree::subtree_range;

use super::StoreResult;
use super::webhooks::Change;
use crate::db::keyset::{Key, KeyKind, Order, Position, Window};
use crate::db::models::{OrganizationRow, UnitForm, UnitRow};
use crate::db::schema::{areas, organizations, units};
use crate::db::{DbConnection, now};
use domain::webhooks::EventType;

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<UnitRow>> {
    Ok(units::table.find(id).select(UnitRow::as_select()).first(conn).optional()?)
}

pub fn insert(conn: &mut DbConnection, unit: &UnitForm<'_>) -> StoreResult<UnitRow> {
    let id: i64 = diesel::insert_into(units::table)
        .values((unit, units::created_at.eq(now())))
        .returning(units::id)
        .get_result(conn)?;
    emit(conn, EventType::UnitCreated, id)?;
    Ok(units::table.find(id).select(UnitRow::as_select()).first(conn)?)
}

/// The area a unit is in and the organization covering it: where it is seen from.
fn seen_from(conn: &mut DbConnection, id: i64) -> StoreResult<Option<(String, Option<String>)>> {
    Ok(units::table
        .find(id)
        .inner_join(areas::table)
        .left_join(organizations::table)
        .select((areas::path, organizations::path.nullable()))
        .first(conn)
        .optional()?)
}

fn emit(conn: &mut DbConnection, event_type: EventType, id: i64) -> StoreResult<()> {
    if let Some((area_path, org_path)) = seen_from(conn, id)? {
        let orgs: Vec<&str> = org_path.as_deref().into_iter().collect();
        super::webhooks::emit(conn, &Change::new(event_type, "unit", id, &orgs, &[&area_path]))?;
    }
    Ok(())
}

/// Replaces a unit's fields if it still has `expected_version`; returns whether it did.
pub fn update(conn: &mut DbConnection, id: i64, expected_version: i32, unit: &UnitForm<'_>) -> StoreResult<bool> {
    let changed = diesel::update(units::table.find(id).filter(units::version.eq(expected_version)))
        .set((unit, units::version.eq(units::version + 1)))
        .execute(conn)?;
    if changed == 1 {
        emit(conn, EventType::UnitUpdated, id)?;
    }
    Ok(changed == 1)
}

pub fn delete(conn: &mut DbConnection, id: i64, expected_version: i32) -> StoreResult<bool> {
    let seen = seen_from(conn, id)?;
    if seen.is_some() {
        // Told while the unit still exists: the change names where it was seen from.
        emit(conn, EventType::UnitDeleted, id)?;
    }
    let deleted = diesel::delete(units::table.find(id).filter(units::version.eq(expected_version))).execute(conn)?;
    if let (1, Some((area_path, org_path))) = (deleted, seen) {
        let (org, area) = (org_path.as_deref(), Some(area_path.as_str()));
        super::tombstones::record(conn, Resource::Unit, id, org, area, Departure::Deleted)?;
    }
    Ok(deleted == 1)
}

/// Names the superior Party organization of a vertically managed unit, outside the tree.
pub fn set_superior_name(conn: &mut DbConnection, id: i64, name: &str) -> StoreResult<()> {
    diesel::update(units::table.find(id)).set(units::superior_name.eq(name)).execute(conn)?;
    Ok(())
}

/// Which units an organization (or a caller's scope) reaches: those covered by an
/// organization in its subtree, and those located in the area it leads — a street sees the
/// units in the street even when their Party hierarchy is elsewhere.
#[derive(Debug, Clone, Default)]
pub struct Reach {
    pub org_range: Option<(String, String)>,
    pub area_range: Option<(String, String)>,
}

/// Filters of the unit list.
#[derive(Debug, Default)]
pub struct UnitFilter {
    /// Every reach the unit must be in (caller scope, `within_org`); `None` = unlimited.
    pub reaches: Vec<Reach>,
    pub area_id: Option<i64>,
    pub field: Option<&'static str>,
    pub covered: Option<bool>,
    /// Only vertically managed units (with a superior organization), or only the others.
    pub vertical: Option<bool>,
    pub name_like: Option<String>,
}

type Boxed<'a> = diesel::helper_types::IntoBoxed<
    'a,
    diesel::helper_types::LeftJoin<diesel::helper_types::InnerJoin<units::table, areas::table>, organizations::table>,
    crate::db::MultiBackend,
>;

fn reach_filter<'a>(mut query: Boxed<'a>, reach: &Reach) -> Boxed<'a> {
    let in_org = reach.org_range.clone().map(|(low, high)| {
        organizations::path.nullable().ge(low).and(organizations::path.nullable().lt(high)).assume_not_null()
    });
    let in_area = reach.area_range.clone().map(|(low, high)| areas::path.ge(low).and(areas::path.lt(high)));
    query = match (in_org, in_area) {
        (Some(org), Some(area)) => query.filter(org.or(area)),
        (Some(org), None) => query.filter(org),
        (None, Some(area)) => query.filter(area),
        // A reach with neither side reaches nothing.
        (None, None) => query.filter(units::id.ne(units::id)),
    };
    query
}

fn filtered<'a>(filter: &'a UnitFilter) -> Boxed<'a> {
    let mut query = units::table.inner_join(areas::table).left_join(organizations::table).into_boxed();
    for reach in &filter.reaches {
        query = reach_filter(query, reach);
    }
    if let Some(area_id) = filter.area_id {
        query = query.filter(units::area_id.eq(area_id));
    }
    if let Some(field) = filter.field {
        query = query.filter(units::field.eq(field));
    }
    match filter.covered {
        Some(true) => query = query.filter(units::covering_org_id.is_not_null()),
        Some(false) => query = query.filter(units::covering_org_id.is_null()),
        None => {}
    }
    match filter.vertical {
        Some(true) => query = query.filter(units::superior_org_id.is_not_null().or(units::superior_name.is_not_null())),
        Some(false) => query = query.filter(units::superior_org_id.is_null().and(units::superior_name.is_null())),
        None => {}
    }
    if let Some(pattern) = &filter.name_like {
        query = query.filter(units::name.like(pattern.clone()).escape('\\'));
    }
    query
}

pub const BY_NAME: Order =
    Order { name: "name", key: "units.name", kind: KeyKind::Text, id: "units.id", descending: false };
pub const CHANGED: Order = Order::by_change("units.updated_at", "units.id");

pub fn position(order: &Order, row: &UnitRow) -> Position {
    let key = if order.kind == KeyKind::Time { Key::Time(row.updated_at) } else { Key::Text(row.name.clone()) };
    Position { key, id: row.id }
}

fn changed<'a>(query: Boxed<'a>, window: &Window) -> Boxed<'a> {
    match window.since {
        Some(since) => query.filter(units::updated_at.ge(since)),
        None => query,
    }
}

pub fn list(
    conn: &mut DbConnection,
    filter: &UnitFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<UnitRow>, i64)> {
    let total = window.total(|| changed(filtered(filter), window).count().get_result(conn))?;
    let rows = window.apply(changed(filtered(filter), window), order).select(UnitRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Per field: (field, units, covered units) of the units in reach, ordered by field.
///
/// Counted here rather than with GROUP BY: diesel cannot group a boxed (dynamically
/// filtered) query, and two narrow columns per unit are cheap to fold.
pub fn coverage_by_field(conn: &mut DbConnection, filter: &UnitFilter) -> StoreResult<Vec<(String, i64, i64)>> {
    let rows: Vec<(String, bool)> =
        filtered(filter).select((units::field, units::covering_org_id.is_not_null())).load(conn)?;
    let mut counts = std::collections::BTreeMap::<String, (i64, i64)>::new();
    for (field, covered) in rows {
        let entry = counts.entry(field).or_default();
        entry.0 += 1;
        entry.1 += i64::from(covered);
    }
    Ok(counts.into_iter().map(|(field, (units, covered))| (field, units, covered)).collect())
}

/// The units an organization reaches: covered by its subtree or located in its led area.
pub fn reach_of(conn: &mut DbConnection, org: &OrganizationRow) -> StoreResult<Reach> {
    let area_range = match org.led_area_id {
        Some(area_id) => super::areas::find(conn, area_id)?.map(|area| subtree_range(&area.path)),
        None => None,
    };
    Ok(Reach { org_range: Some(subtree_range(&org.path)), area_range })
}

/// The units of a name or a unified social credit code.
pub fn named(conn: &mut DbConnection, name_or_code: &str) -> StoreResult<Vec<i64>> {
    Ok(units::table
        .filter(units::name.eq(name_or_code).or(units::credit_code.eq(name_or_code)))
        .select(units::id)
        .load(conn)?)
}
