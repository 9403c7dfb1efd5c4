//! Publicities, their sites and the objections raised at them.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use domain::development::Purpose;
use domain::development::publicity::{ObjectionStatus, SiteRole};

use super::StoreResult;
use super::webhooks::Change;
use crate::db::keyset::{Order, Window};
use crate::db::models::{ObjectionRow, PublicitySiteRow};
use crate::db::schema::{publicities, publicity_objections as objections, publicity_sites as sites};
use crate::db::{DbConnection, now};
use domain::webhooks::EventType;

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

/// The member a publicity is about.
pub fn member_of(conn: &mut DbConnection, id: i64) -> StoreResult<Option<i64>> {
    Ok(publicities::table.find(id).select(publicities::member_id).first(conn).optional()?)
}

/// A page of publicity ids, newest first (of sites in `range`, of a member), and how many
/// match.
pub const NEWEST_FIRST: Order = Order::by_id("-id", "publicities.id", true);

pub fn page(
    conn: &mut DbConnection,
    range: Option<(String, String)>,
    member_id: Option<i64>,
    purpose: Option<Purpose>,
    window: &Window,
) -> StoreResult<(Vec<i64>, i64)> {
    let filtered = || {
        let mut q = publicities::table.into_boxed::<crate::db::MultiBackend>();
        if let Some((low, high)) = range.clone() {
            let in_scope = sites::table
                .filter(sites::org_path.ge(low))
                .filter(sites::org_path.lt(high))
                .select(sites::publicity_id);
            q = q.filter(publicities::id.eq_any(in_scope));
        }
        if let Some(member_id) = member_id {
            q = q.filter(publicities::member_id.eq(member_id));
        }
        if let Some(purpose) = purpose {
            q = q.filter(publicities::purpose.eq(purpose.code()));
        }
        q
    };
    let total = window.total(|| filtered().count().get_result(conn))?;
    let ids = window.apply::<publicities::table, _>(filtered(), &NEWEST_FIRST).select(publicities::id).load(conn)?;
    Ok((ids, total))
}

/// Opens a publicity with its sites `(role, org_id, org_path)`; its id.
pub fn insert(
    conn: &mut DbConnection,
    member_id: i64,
    purpose: Purpose,
    created_by: i64,
    site_list: &[(SiteRole, i64, String)],
) -> StoreResult<i64> {
    let at = now();
    let id: i64 = diesel::insert_into(publicities::table)
        .values((
            publicities::member_id.eq(member_id),
            publicities::purpose.eq(purpose.code()),
            publicities::created_by.eq(created_by),
            publicities::created_at.eq(at),
        ))
        .returning(publicities::id)
        .get_result(conn)?;
    for (role, org_id, org_path) in site_list {
        diesel::insert_into(sites::table)
            .values((
                sites::publicity_id.eq(id),
                sites::role.eq(role.code()),
                sites::org_id.eq(org_id),
                sites::org_path.eq(org_path),
                sites::updated_at.eq(at),
            ))
            .execute(conn)?;
    }
    let paths: Vec<&str> = site_list.iter().map(|(_, _, path)| path.as_str()).collect();
    super::webhooks::emit(conn, &Change::new(EventType::PublicityStarted, "publicity", id, &paths, &[]))?;
    Ok(id)
}

pub fn find_site(conn: &mut DbConnection, id: i64) -> StoreResult<Option<PublicitySiteRow>> {
    Ok(sites::table.find(id).select(PublicitySiteRow::as_select()).first(conn).optional()?)
}

/// Sets a site's period if the site is still at the version read; false otherwise.
pub fn set_period(
    conn: &mut DbConnection,
    site: &PublicitySiteRow,
    start_on: NaiveDate,
    end_on: NaiveDate,
) -> StoreResult<bool> {
    let changed = diesel::update(sites::table.find(site.id).filter(sites::version.eq(site.version)))
        .set((
            sites::start_on.eq(start_on),
            sites::end_on.eq(end_on),
            sites::version.eq(sites::version + 1),
            sites::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Records an objection raised at a site.
pub fn insert_objection(
    conn: &mut DbConnection,
    site_id: i64,
    raised_on: NaiveDate,
    content: &str,
    contact: Option<&str>,
) -> StoreResult<()> {
    diesel::insert_into(objections::table)
        .values((
            objections::site_id.eq(site_id),
            objections::raised_on.eq(raised_on),
            objections::content.eq(content),
            objections::contact.eq(contact),
            objections::status.eq(ObjectionStatus::Open.code()),
            objections::created_at.eq(now()),
        ))
        .execute(conn)?;
    if let Some(site) = find_site(conn, site_id)? {
        let change = Change::new(EventType::PublicityObjection, "publicity", site.publicity_id, &[&site.org_path], &[]);
        super::webhooks::emit(conn, &change)?;
    }
    Ok(())
}

pub fn find_objection(conn: &mut DbConnection, id: i64) -> StoreResult<Option<ObjectionRow>> {
    Ok(objections::table.find(id).select(ObjectionRow::as_select()).first(conn).optional()?)
}

/// Records how an objection was resolved, by whom, on `on`.
pub fn resolve_objection(
    conn: &mut DbConnection,
    id: i64,
    status: ObjectionStatus,
    note: &str,
    decided_by: (i64, &str),
    on: NaiveDate,
) -> StoreResult<()> {
    diesel::update(objections::table.find(id))
        .set((
            objections::status.eq(status.code()),
            objections::decision_note.eq(note),
            objections::decided_by.eq(decided_by.0),
            objections::decided_by_name.eq(decided_by.1),
            objections::decided_on.eq(on),
        ))
        .execute(conn)?;
    Ok(())
}
