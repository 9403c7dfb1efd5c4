//! Party organizations.

use diesel::prelude::*;
use diesel::sql_types::Text;
use domain::changes::{Departure, Resource};
use domain::member::Stage;
use domain::organization::OrgKind;
use domain::tree;

use super::StoreResult;
use super::tree::{move_copies, pending_path, substr, suffix_start};
use super::webhooks::Change;
use crate::db::keyset::{Key, Order, Position, Window};
use crate::db::models::{NewOrganization, OrganizationRow};
use crate::db::schema::{
    courses, evaluation_campaigns, feedback_reports, meetings, member_counts, members, organizations, points_rules,
    practice_posts, publicity_sites, secretary_reviews, subtree_member_counts, units, users,
};
use crate::db::{DbConnection, now};
use domain::webhooks::EventType;

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<OrganizationRow>> {
    Ok(organizations::table.find(id).select(OrganizationRow::as_select()).first(conn).optional()?)
}

/// Inserts an organization below `parent` and gives it its path.
pub fn insert(
    conn: &mut DbConnection,
    parent: Option<&OrganizationRow>,
    org: NewOrganization<'_>,
) -> StoreResult<OrganizationRow> {
    let placeholder = pending_path();
    let id: i64 = diesel::insert_into(organizations::table)
        .values(NewOrganization { path: &placeholder, ..org })
        .returning(organizations::id)
        .get_result(conn)?;
    let path = tree::child_path(parent.map(|p| p.path.as_str()), id);
    diesel::update(organizations::table.find(id)).set(organizations::path.eq(&path)).execute(conn)?;
    super::webhooks::emit(conn, &Change::new(EventType::OrganizationCreated, "organization", id, &[&path], &[]))?;
    Ok(organizations::table.find(id).select(OrganizationRow::as_select()).first(conn)?)
}

/// The orders of the organization list.
pub mod order {
    use crate::db::keyset::{KeyKind, Order};

    /// Tree order (parents before children).
    pub const PATH: Order = Order {
        name: "path",
        key: "organizations.path",
        kind: KeyKind::UniqueText,
        id: "organizations.id",
        descending: false,
    };
    pub const NAME: Order = Order { name: "name", key: "organizations.name", kind: KeyKind::Text, ..PATH };
    pub const NAME_DESCENDING: Order = Order { name: "-name", descending: true, ..NAME };
    pub const CREATED: Order =
        Order { name: "created_at", key: "organizations.created_at", kind: KeyKind::Time, ..PATH };
    pub const CREATED_DESCENDING: Order = Order { name: "-created_at", descending: true, ..CREATED };
    pub const CHANGED: Order = Order::by_change("organizations.updated_at", "organizations.id");
}

/// Where an organization stands in an order.
pub fn position(order: &Order, row: &OrganizationRow) -> Position {
    let key = match order.name {
        "path" => Key::Text(row.path.clone()),
        "name" | "-name" => Key::Text(row.name.clone()),
        "created_at" | "-created_at" => Key::Time(row.created_at),
        _ => Key::Time(row.updated_at),
    };
    Position { key, id: row.id }
}

/// Filters of the organization list.
#[derive(Debug, Default)]
pub struct OrgFilter {
    /// Path ranges the organization must fall in (scope, `within`).
    pub ranges: Vec<(String, String)>,
    pub ids: Option<Vec<i64>>,
    pub parent_id: Option<i64>,
    pub roots_only: bool,
    pub kind: Option<&'static str>,
    pub field: Option<&'static str>,
    pub setting_type: Option<&'static str>,
    pub online: Option<bool>,
    pub name_like: Option<String>,
}

pub fn list(
    conn: &mut DbConnection,
    filter: &OrgFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<OrganizationRow>, i64)> {
    let query = || {
        let mut query = organizations::table.into_boxed();
        for (low, high) in &filter.ranges {
            query = query.filter(organizations::path.ge(low.clone())).filter(organizations::path.lt(high.clone()));
        }
        if let Some(ids) = &filter.ids {
            query = query.filter(organizations::id.eq_any(ids.clone()));
        }
        if let Some(parent_id) = filter.parent_id {
            query = query.filter(organizations::parent_id.eq(parent_id));
        }
        if filter.roots_only {
            query = query.filter(organizations::parent_id.is_null());
        }
        if let Some(kind) = filter.kind {
            query = query.filter(organizations::kind.eq(kind));
        }
        if let Some(field) = filter.field {
            query = query.filter(organizations::field.eq(field));
        }
        if let Some(setting_type) = filter.setting_type {
            query = query.filter(organizations::setting_type.eq(setting_type));
        }
        if let Some(online) = filter.online {
            query = query.filter(organizations::online.eq(online));
        }
        if let Some(pattern) = &filter.name_like {
            query = query.filter(organizations::name.like(pattern.clone()).escape('\\'));
        }
        if let Some(since) = window.since {
            query = query.filter(organizations::updated_at.ge(since));
        }
        query
    };
    let total = window.total(|| query().count().get_result(conn))?;
    let rows = window.apply(query(), order).select(OrganizationRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Moves the subtree at `node` below `new_parent`: its paths, every copy of them kept with
/// what is linked to it, and tombstones where it was.
pub fn move_subtree(conn: &mut DbConnection, node: &OrganizationRow, new_parent: &OrganizationRow) -> StoreResult<()> {
    super::tombstones::record_subtree_move(conn, super::tombstones::Tree::Organizations, &node.path)?;
    let new_path = tree::child_path(Some(&new_parent.path), node.id);
    let (low, high) = tree::subtree_range(&node.path);
    let depth_change = tree::depth(&new_path) - node.depth;
    diesel::update(organizations::table.filter(organizations::path.ge(low)).filter(organizations::path.lt(high)))
        .set((
            organizations::path
                .eq(new_path.clone().into_sql::<Text>().concat(substr(organizations::path, suffix_start(&node.path)))),
            organizations::depth.eq(organizations::depth + depth_change),
        ))
        .execute(conn)?;
    diesel::update(organizations::table.find(node.id)).set(organizations::parent_id.eq(new_parent.id)).execute(conn)?;
    // Members, meetings, courses and the rest keep their organization's path for subtree
    // filters and scope checks; move them along.
    move_copies!(
        conn,
        &node.path,
        &new_path,
        members.membership_org_path,
        members.residence_org_path,
        meetings.org_path,
        courses.org_path,
        practice_posts.org_path,
        publicity_sites.org_path,
        evaluation_campaigns.org_path,
        points_rules.org_path,
        secretary_reviews.org_path,
    );
    // Delivered feedback reports name the superior organization they went to.
    let (low, high) = tree::subtree_range(&node.path);
    diesel::update(
        feedback_reports::table
            .filter(feedback_reports::delivered_to_path.ge(&low))
            .filter(feedback_reports::delivered_to_path.lt(&high)),
    )
    .set(
        feedback_reports::delivered_to_path.eq(new_path
            .clone()
            .into_sql::<Text>()
            .concat(substr(feedback_reports::delivered_to_path.assume_not_null(), suffix_start(&node.path)))
            .nullable()),
    )
    .execute(conn)?;
    // The moved members now show in the new part of the tree: its change feeds send them.
    let (low, high) = tree::subtree_range(&new_path);
    let membership = members::membership_org_path.ge(low.clone()).and(members::membership_org_path.lt(high.clone()));
    let residence = members::residence_org_path.ge(low).and(members::residence_org_path.lt(high));
    diesel::update(members::table.filter(membership.or(residence))).set(members::updated_at.eq(now())).execute(conn)?;
    Ok(())
}

/// What still refers to an organization: child organizations, covered units, accounts
/// scoped to it.
pub fn dependents(conn: &mut DbConnection, id: i64) -> StoreResult<Vec<&'static str>> {
    let mut found = Vec::new();
    let children: i64 = organizations::table.filter(organizations::parent_id.eq(id)).count().get_result(conn)?;
    if children > 0 {
        found.push("child organizations");
    }
    let covered: i64 = units::table.filter(units::covering_org_id.eq(id)).count().get_result(conn)?;
    if covered > 0 {
        found.push("covered units");
    }
    let linked: i64 = members::table
        .filter(members::membership_org_id.eq(id).or(members::residence_org_id.eq(id)))
        .count()
        .get_result(conn)?;
    if linked > 0 {
        found.push("members");
    }
    let accounts: i64 = users::table.filter(users::scope_org_id.eq(id)).count().get_result(conn)?;
    if accounts > 0 {
        found.push("accounts scoped to it");
    }
    Ok(found)
}

pub fn touch(conn: &mut DbConnection, id: i64, expected_version: i32) -> StoreResult<bool> {
    let changed = diesel::update(organizations::table.find(id).filter(organizations::version.eq(expected_version)))
        .set((organizations::version.eq(organizations::version + 1), organizations::updated_at.eq(now())))
        .execute(conn)?;
    if changed == 1 {
        let path: String = organizations::table.find(id).select(organizations::path).first(conn)?;
        super::webhooks::emit(conn, &Change::new(EventType::OrganizationUpdated, "organization", id, &[&path], &[]))?;
    }
    Ok(changed == 1)
}

/// The branches a compliance read is about: a subtree's, or some named by id.
#[derive(Debug, Clone, Copy)]
pub enum Branches<'a> {
    Within(&'a str),
    Among(&'a [i64]),
}

/// The branches, in tree order: `(id, name)`.
pub fn branches(conn: &mut DbConnection, which: Branches<'_>) -> StoreResult<Vec<(i64, String)>> {
    let query = organizations::table.filter(organizations::kind.eq(OrgKind::Branch.code())).into_boxed();
    let query = of_branches!(query, which, organizations::path, organizations::id);
    Ok(query.order(organizations::path).select((organizations::id, organizations::name)).load(conn)?)
}

/// Those of the branches that have Party groups below them.
pub fn with_groups(conn: &mut DbConnection, which: Branches<'_>) -> StoreResult<std::collections::HashSet<i64>> {
    let query = organizations::table.filter(organizations::kind.eq(OrgKind::Group.code())).into_boxed();
    let query = of_branches!(query, which, organizations::path, organizations::parent_id);
    Ok(query.select(organizations::parent_id).load::<Option<i64>>(conn)?.into_iter().flatten().collect())
}

/// The paths of the roots of the tree.
pub fn root_paths(conn: &mut DbConnection) -> StoreResult<Vec<String>> {
    Ok(organizations::table.filter(organizations::parent_id.is_null()).select(organizations::path).load(conn)?)
}

/// Members of an organization's whole subtree by category and stage: `(category, stage,
/// members)`, read from the rolled-up counters the triggers keep (as many rows as there are
/// categories and stages, whatever the size of the subtree).
pub fn subtree_member_counts(conn: &mut DbConnection, org_id: i64) -> StoreResult<Vec<(String, String, i64)>> {
    Ok(subtree_member_counts::table
        .filter(subtree_member_counts::org_id.eq(org_id))
        .filter(subtree_member_counts::members.ne(0))
        .select((subtree_member_counts::category, subtree_member_counts::stage, subtree_member_counts::members))
        .load::<(String, String, i32)>(conn)?
        .into_iter()
        .map(|(category, stage, n)| (category, stage, i64::from(n)))
        .collect())
}

/// The own members of each of the branches at the given stages, all categories together:
/// `(branch_id, stage, members)`.
pub fn branch_members(
    conn: &mut DbConnection,
    which: Branches<'_>,
    stages: &[Stage],
) -> StoreResult<Vec<(i64, String, i64)>> {
    let query = member_counts::table
        .inner_join(organizations::table)
        .filter(organizations::kind.eq(OrgKind::Branch.code()))
        .filter(member_counts::stage.eq_any(stages.iter().map(|s| s.code())))
        .filter(member_counts::members.ne(0))
        .group_by((member_counts::org_id, member_counts::stage))
        .select((member_counts::org_id, member_counts::stage, diesel::dsl::sum(member_counts::members)))
        .into_boxed();
    let query = of_branches!(query, which, organizations::path, member_counts::org_id);
    Ok(query
        .load::<(i64, String, Option<i64>)>(conn)?
        .into_iter()
        .map(|(org, stage, n)| (org, stage, n.unwrap_or(0)))
        .collect())
}

/// The columns a change of an organization sets (`None`: left as it is).
#[derive(Debug, Default, PartialEq, AsChangeset)]
#[diesel(table_name = organizations)]
pub struct OrganizationChange<'a> {
    pub name: Option<&'a str>,
    pub field: Option<&'a str>,
    pub setting_type: Option<&'a str>,
    pub online: Option<bool>,
    pub area_id: Option<i64>,
    pub led_area_id: Option<Option<i64>>,
    pub code: Option<Option<&'a str>>,
}

/// Sets the columns a change names (the version moves with `touch`).
pub fn change(conn: &mut DbConnection, id: i64, change: &OrganizationChange<'_>) -> StoreResult<()> {
    // An update that sets nothing is not valid SQL.
    if *change != OrganizationChange::default() {
        diesel::update(organizations::table.find(id)).set(change).execute(conn)?;
    }
    Ok(())
}

/// Deletes an organization still at the version read; false otherwise.
pub fn delete(conn: &mut DbConnection, id: i64, version: i32) -> StoreResult<bool> {
    let path: Option<String> = organizations::table.find(id).select(organizations::path).first(conn).optional()?;
    let deleted =
        diesel::delete(organizations::table.find(id).filter(organizations::version.eq(version))).execute(conn)?;
    if deleted == 1 {
        super::tombstones::record(conn, Resource::Organization, id, path.as_deref(), None, Departure::Deleted)?;
        let paths: Vec<&str> = path.as_deref().into_iter().collect();
        super::webhooks::emit(conn, &Change::new(EventType::OrganizationDeleted, "organization", id, &paths, &[]))?;
    }
    Ok(deleted == 1)
}

/// The organizations of a name.
pub fn named(conn: &mut DbConnection, name: &str) -> StoreResult<Vec<i64>> {
    Ok(organizations::table.filter(organizations::name.eq(name)).select(organizations::id).load(conn)?)
}
