//! The community affairs access list (社区事务准入) with the Party-building work-item list, the
//! work handed to communities under its items, and the work refused at their door.

use chrono::NaiveDate;
use diesel::dsl::{count_star, sum};
use diesel::prelude::*;

use super::cobuilding::Ranges;
use super::{StoreError, StoreResult};
use crate::db::keyset::{Order, Window};
use crate::db::models::{
    AffairsItemRow, AffairsRefusalRow, AssignmentRow, NewAffairsItem, NewAffairsRefusal, NewAssignment,
};
use crate::db::schema::{affairs_assignments, affairs_items, affairs_refusals};
use crate::db::{DbConnection, now};

pub const ITEMS_BY_ID: Order = Order::by_id("id", "affairs_items.id", true);
pub const ITEMS_CHANGED: Order = Order::by_change("affairs_items.updated_at", "affairs_items.id");
pub const ASSIGNMENTS_BY_ID: Order = Order::by_id("id", "affairs_assignments.id", true);
pub const REFUSALS_BY_ID: Order = Order::by_id("id", "affairs_refusals.id", true);

pub fn insert_item(conn: &mut DbConnection, item: &NewAffairsItem<'_>) -> StoreResult<AffairsItemRow> {
    let id: i64 =
        diesel::insert_into(affairs_items::table).values(item).returning(affairs_items::id).get_result(conn)?;
    find_item(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_item(conn: &mut DbConnection, id: i64) -> StoreResult<Option<AffairsItemRow>> {
    Ok(affairs_items::table.find(id).select(AffairsItemRow::as_select()).first(conn).optional()?)
}

/// The titles of items by id: `(id, title)`.
pub fn item_titles(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<Vec<(i64, String)>> {
    Ok(affairs_items::table
        .filter(affairs_items::id.eq_any(ids))
        .select((affairs_items::id, affairs_items::title))
        .load(conn)?)
}

/// Rewrites an item (all its fields but where it is kept) if it is still at `expected_version`.
pub fn update_item(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    item: &NewAffairsItem<'_>,
) -> StoreResult<bool> {
    let changed = diesel::update(affairs_items::table.find(id).filter(affairs_items::version.eq(expected_version)))
        .set((
            affairs_items::title.eq(item.title),
            affairs_items::department.eq(item.department),
            affairs_items::legal_basis.eq(item.legal_basis),
            affairs_items::list_type.eq(item.list_type),
            affairs_items::authority_follows.eq(item.authority_follows),
            affairs_items::funding_follows.eq(item.funding_follows),
            affairs_items::funding_yuan.eq(item.funding_yuan),
            affairs_items::state.eq(item.state),
            affairs_items::updated_at.eq(now()),
            affairs_items::version.eq(affairs_items::version + 1),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Filters of the item list.
#[derive(Debug, Default)]
pub struct ItemFilter {
    pub list: Option<&'static str>,
    pub list_type: Option<&'static str>,
    pub state: Option<&'static str>,
}

/// A window of the items in force for an area: kept by it or an area above it (`path_ids`,
/// the ids on its path), or by an area below it (`below`, its subtree).
pub fn list_items(
    conn: &mut DbConnection,
    path_ids: &[i64],
    below: &(String, String),
    filter: &ItemFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<AffairsItemRow>, i64)> {
    let query = || {
        let (low, high) = below.clone();
        let mut query = affairs_items::table.into_boxed().filter(
            affairs_items::area_id
                .eq_any(path_ids.to_vec())
                .or(affairs_items::area_path.ge(low).and(affairs_items::area_path.lt(high))),
        );
        if let Some(since) = window.since {
            query = query.filter(affairs_items::updated_at.ge(since));
        }
        if let Some(list) = filter.list {
            query = query.filter(affairs_items::list.eq(list));
        }
        if let Some(list_type) = filter.list_type {
            query = query.filter(affairs_items::list_type.eq(list_type));
        }
        if let Some(state) = filter.state {
            query = query.filter(affairs_items::state.eq(state));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(AffairsItemRow::as_select()).load(conn)?;
    Ok((rows, total))
}

pub fn insert_assignment(conn: &mut DbConnection, assignment: &NewAssignment<'_>) -> StoreResult<AssignmentRow> {
    let id: i64 = diesel::insert_into(affairs_assignments::table)
        .values(assignment)
        .returning(affairs_assignments::id)
        .get_result(conn)?;
    find_assignment(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_assignment(conn: &mut DbConnection, id: i64) -> StoreResult<Option<AssignmentRow>> {
    Ok(affairs_assignments::table.find(id).select(AssignmentRow::as_select()).first(conn).optional()?)
}

pub fn insert_refusal(conn: &mut DbConnection, refusal: &NewAffairsRefusal<'_>) -> StoreResult<()> {
    diesel::insert_into(affairs_refusals::table).values(refusal).execute(conn)?;
    Ok(())
}

/// Filters of the assignment and refusal lists.
#[derive(Debug, Default)]
pub struct AssignmentFilter {
    pub item_id: Option<i64>,
    pub department: Option<String>,
}

pub fn list_assignments(
    conn: &mut DbConnection,
    ranges: &Ranges,
    filter: &AssignmentFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<AssignmentRow>, i64)> {
    let query = || {
        let mut query = within!(affairs_assignments::table.into_boxed(), affairs_assignments::area_path, ranges);
        if let Some(item) = filter.item_id {
            query = query.filter(affairs_assignments::item_id.eq(item));
        }
        if let Some(department) = &filter.department {
            query = query.filter(affairs_assignments::department.eq(department.clone()));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(AssignmentRow::as_select()).load(conn)?;
    Ok((rows, total))
}

pub fn list_refusals(
    conn: &mut DbConnection,
    ranges: &Ranges,
    filter: &AssignmentFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<AffairsRefusalRow>, i64)> {
    let query = || {
        let mut query = within!(affairs_refusals::table.into_boxed(), affairs_refusals::area_path, ranges);
        if let Some(item) = filter.item_id {
            query = query.filter(affairs_refusals::item_id.eq(item));
        }
        if let Some(department) = &filter.department {
            query = query.filter(affairs_refusals::department.eq(department.clone()));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(AffairsRefusalRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Per community and department between two days: work handed over, funding that followed
/// it (yuan) and work refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub area_id: i64,
    pub department: String,
    pub assigned: i64,
    pub funding_yuan: i64,
    pub refused: i64,
}

pub fn tally(conn: &mut DbConnection, ranges: &Ranges, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<Tally>> {
    let assigned = affairs_assignments::table
        .group_by((affairs_assignments::area_id, affairs_assignments::department))
        .select((
            affairs_assignments::area_id,
            affairs_assignments::department,
            count_star(),
            sum(affairs_assignments::funding_yuan),
        ))
        .into_boxed();
    let assigned: Vec<(i64, String, i64, Option<i64>)> = within!(assigned, affairs_assignments::area_path, ranges)
        .filter(affairs_assignments::assigned_on.between(from, to))
        .load(conn)?;
    let refused = affairs_refusals::table
        .group_by((affairs_refusals::area_id, affairs_refusals::department))
        .select((affairs_refusals::area_id, affairs_refusals::department, count_star()))
        .into_boxed();
    let refused: Vec<(i64, String, i64)> = within!(refused, affairs_refusals::area_path, ranges)
        .filter(affairs_refusals::refused_on.between(from, to))
        .load(conn)?;
    let mut rows: Vec<Tally> = assigned
        .into_iter()
        .map(|(area_id, department, assigned, funding)| Tally {
            area_id,
            department,
            assigned,
            funding_yuan: funding.unwrap_or(0),
            refused: 0,
        })
        .collect();
    for (area_id, department, count) in refused {
        match rows.iter_mut().find(|r| r.area_id == area_id && r.department == department) {
            Some(row) => row.refused = count,
            None => rows.push(Tally { area_id, department, assigned: 0, funding_yuan: 0, refused: count }),
        }
    }
    rows.sort_by(|a, b| (a.area_id, &a.department).cmp(&(b.area_id, &b.department)));
    Ok(rows)
}
