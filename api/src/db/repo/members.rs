//! Members, their history and transfer letters.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::models::{MemberEventRow, MemberForm, MemberRow, NewMember, NewMemberEvent, TransferRow};
use crate::db::schema::{areas, member_events, members, organizations, transfers};
use crate::error::ApiResult;

pub fn find(conn: &mut DbConnection, id: i64) -> ApiResult<Option<MemberRow>> {
    Ok(members::table.find(id).select(MemberRow::as_select()).first(conn).optional()?)
}

/// A member with the names of its membership and residence organizations and of its
/// residence area, in one query (the member page reads nothing else).
pub fn find_named(conn: &mut DbConnection, id: i64) -> ApiResult<Option<(MemberRow, [String; 3])>> {
    let (membership, residence) = diesel::alias!(organizations as membership_orgs, organizations as residence_orgs);
    let found: Option<(MemberRow, String, String, String)> = members::table
        .find(id)
        .inner_join(membership.on(membership.field(organizations::id).eq(members::membership_org_id)))
        .inner_join(residence.on(residence.field(organizations::id).eq(members::residence_org_id)))
        .inner_join(areas::table.on(areas::id.eq(members::residence_area_id)))
        .select((
            MemberRow::as_select(),
            membership.field(organizations::name),
            residence.field(organizations::name),
            areas::name,
        ))
        .first(conn)
        .optional()?;
    Ok(found.map(|(row, membership, residence, area)| (row, [membership, residence, area])))
}

pub fn find_by_id_number(conn: &mut DbConnection, id_number: &str) -> ApiResult<Option<i64>> {
    Ok(members::table.filter(members::id_number.eq(id_number)).select(members::id).first(conn).optional()?)
}

pub fn insert(conn: &mut DbConnection, form: &MemberForm, created_at: chrono::NaiveDateTime) -> ApiResult<MemberRow> {
    let id: i64 = diesel::insert_into(members::table)
        .values(NewMember { form: form.clone(), created_at })
        .returning(members::id)
        .get_result(conn)?;
    Ok(members::table.find(id).select(MemberRow::as_select()).first(conn)?)
}

/// Inserts checked members in batches, each with its "registered" event; returns the ids
/// in the order of `forms`.
pub fn insert_many(conn: &mut DbConnection, forms: &[MemberForm], event: &NewMemberEvent) -> ApiResult<Vec<i64>> {
    let mut all_ids = Vec::with_capacity(forms.len());
    // Batches stay under the bind-parameter limits of both databases.
    for batch in forms.chunks(400) {
        let rows: Vec<NewMember> =
            batch.iter().map(|form| NewMember { form: form.clone(), created_at: form.updated_at }).collect();
        crate::insert_batch!(conn, members::table, &rows)?;
        let id_numbers: Vec<&str> = batch.iter().map(|f| f.id_number.as_str()).collect();
        let by_number: std::collections::HashMap<String, i64> = members::table
            .filter(members::id_number.eq_any(id_numbers))
            .select((members::id_number, members::id))
            .load::<(String, i64)>(conn)?
            .into_iter()
            .collect();
        // In the order of the forms, so that callers can pair them.
        let ids: Vec<i64> = batch.iter().filter_map(|f| by_number.get(&f.id_number).copied()).collect();
        let events: Vec<NewMemberEvent> =
            ids.iter().map(|id| NewMemberEvent { member_id: *id, ..event.clone() }).collect();
        crate::insert_batch!(conn, member_events::table, &events)?;
        all_ids.extend(ids);
    }
    Ok(all_ids)
}

/// Replaces a member's fields if it still has `expected_version`.
pub fn update(conn: &mut DbConnection, id: i64, expected_version: i32, form: &MemberForm) -> ApiResult<bool> {
    let changed = diesel::update(members::table.find(id).filter(members::version.eq(expected_version)))
        .set((form, members::version.eq(members::version + 1)))
        .execute(conn)?;
    Ok(changed == 1)
}

/// A part of the tree a member must be linked to, through either or both links.
#[derive(Debug, Clone)]
pub struct Reach {
    pub range: (String, String),
    pub through_membership: bool,
    pub through_residence: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum MemberSort {
    #[default]
    Name,
    NameDescending,
    JoinDate,
    JoinDateDescending,
}

#[derive(Debug, Default)]
pub struct MemberFilter {
    /// Every reach must hold (caller scope, `org_id`); empty = unlimited.
    pub reaches: Vec<Reach>,
    pub category: Option<&'static str>,
    pub stage: Option<&'static str>,
    /// Residence area subtree (a grid).
    pub residence_range: Option<(String, String)>,
    /// Part of the name, or the start of the phone number.
    pub search: Option<(String, String)>,
    pub sort: MemberSort,
}

type Boxed<'a> = members::BoxedQuery<'a, crate::db::MultiBackend>;

fn filtered(filter: &MemberFilter) -> Boxed<'_> {
    let mut query = members::table.into_boxed();
    for reach in &filter.reaches {
        let (low, high) = reach.range.clone();
        let membership =
            members::membership_org_path.ge(low.clone()).and(members::membership_org_path.lt(high.clone()));
        let residence = members::residence_org_path.ge(low).and(members::residence_org_path.lt(high));
        query = match (reach.through_membership, reach.through_residence) {
            (true, true) => query.filter(membership.or(residence)),
            (true, false) => query.filter(membership),
            (false, true) => query.filter(residence),
            (false, false) => query.filter(members::id.ne(members::id)),
        };
    }
    if let Some(category) = filter.category {
        query = query.filter(members::category.eq(category));
    }
    if let Some(stage) = filter.stage {
        query = query.filter(members::stage.eq(stage));
    }
    if let Some((low, high)) = &filter.residence_range {
        query = query
            .filter(members::residence_area_path.ge(low.clone()))
            .filter(members::residence_area_path.lt(high.clone()));
    }
    if let Some((name_pattern, phone_pattern)) = &filter.search {
        query = query.filter(
            members::name
                .like(name_pattern.clone())
                .escape('\\')
                .or(members::phone.like(phone_pattern.clone()).escape('\\')),
        );
    }
    query
}

pub fn list(
    conn: &mut DbConnection,
    filter: &MemberFilter,
    limit: i64,
    offset: i64,
) -> ApiResult<(Vec<MemberRow>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let sorted = match filter.sort {
        MemberSort::Name => filtered(filter).order((members::name, members::id)),
        MemberSort::NameDescending => filtered(filter).order((members::name.desc(), members::id)),
        MemberSort::JoinDate => filtered(filter).order((members::join_date, members::id)),
        MemberSort::JoinDateDescending => filtered(filter).order((members::join_date.desc(), members::id)),
    };
    let rows = sorted.limit(limit).offset(offset).select(MemberRow::as_select()).load(conn)?;
    Ok((rows, total))
}

pub fn insert_event(conn: &mut DbConnection, event: &NewMemberEvent) -> ApiResult<MemberEventRow> {
    let id: i64 =
        diesel::insert_into(member_events::table).values(event).returning(member_events::id).get_result(conn)?;
    Ok(member_events::table.find(id).select(MemberEventRow::as_select()).first(conn)?)
}

pub fn list_events(
    conn: &mut DbConnection,
    member_id: i64,
    kinds: Option<Vec<&'static str>>,
    limit: i64,
    offset: i64,
) -> ApiResult<(Vec<MemberEventRow>, i64)> {
    let query = || {
        let mut query = member_events::table.filter(member_events::member_id.eq(member_id)).into_boxed();
        if let Some(kinds) = kinds.clone() {
            query = query.filter(member_events::kind.eq_any(kinds));
        }
        query
    };
    let total = query().count().get_result(conn)?;
    let rows = query()
        .order((member_events::occurred_on.desc(), member_events::id.desc()))
        .limit(limit)
        .offset(offset)
        .select(MemberEventRow::as_select())
        .load(conn)?;
    Ok((rows, total))
}

/// Volunteer service hours of a member between two dates (inclusive).
pub fn service_hours(
    conn: &mut DbConnection,
    member_id: i64,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> ApiResult<f64> {
    let total: Option<f64> = member_events::table
        .filter(member_events::member_id.eq(member_id))
        .filter(member_events::occurred_on.ge(from))
        .filter(member_events::occurred_on.le(to))
        .select(diesel::dsl::sum(member_events::service_hours))
        .first(conn)?;
    Ok(total.unwrap_or(0.0))
}

pub fn find_transfer(conn: &mut DbConnection, id: i64) -> ApiResult<Option<TransferRow>> {
    Ok(transfers::table.find(id).select(TransferRow::as_select()).first(conn).optional()?)
}

/// An open (issued) letter of a member, if any.
pub fn open_transfer(conn: &mut DbConnection, member_id: i64) -> ApiResult<Option<TransferRow>> {
    Ok(transfers::table
        .filter(transfers::member_id.eq(member_id))
        .filter(transfers::status.eq("issued"))
        .select(TransferRow::as_select())
        .first(conn)
        .optional()?)
}

/// Transfers from or to an organization in `range` (all when `None`).
pub fn list_transfers(
    conn: &mut DbConnection,
    range: Option<(String, String)>,
    member_id: Option<i64>,
    limit: i64,
    offset: i64,
) -> ApiResult<(Vec<TransferRow>, i64)> {
    let query = || {
        let mut query = transfers::table.into_boxed();
        if let Some((low, high)) = range.clone() {
            let in_range = || {
                organizations::table
                    .filter(organizations::path.ge(low.clone()))
                    .filter(organizations::path.lt(high.clone()))
                    .select(organizations::id)
            };
            query = query.filter(transfers::from_org_id.eq_any(in_range()).or(transfers::to_org_id.eq_any(in_range())));
        }
        if let Some(member_id) = member_id {
            query = query.filter(transfers::member_id.eq(member_id));
        }
        query
    };
    let total = query().count().get_result(conn)?;
    let rows =
        query().order(transfers::id.desc()).limit(limit).offset(offset).select(TransferRow::as_select()).load(conn)?;
    Ok((rows, total))
}
