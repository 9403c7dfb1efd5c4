//! Resident requests (居民诉求) with their events, the catalogue of categories and the district
//! departments requests escalate to. The resident's name, phone and address are sealed here on
//! the way in and opened here only for the audited read of personal data.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::dsl::count_star;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Nullable};
use domain::member::personal::{mask_address, mask_name, mask_phone};

use super::{StoreError, StoreResult};
use crate::data_key::DataKeys;
use crate::db::models::{
    CategoryRow, DepartmentRow, DetailsRow, NewCategory, NewDepartment, NewDetails, NewRequest, NewRequestEvent,
    RequestEventRow, RequestProgress, RequestRow,
};
use crate::db::schema::{
    departments, organizations, request_categories, request_details, request_events, resident_requests, units,
};
use crate::db::{DbConnection, MultiBackend};

const NAME: &str = "resident_requests.resident_name";
const PHONE: &str = "resident_requests.resident_phone";
const ADDRESS: &str = "resident_requests.address";

pub fn list_departments(conn: &mut DbConnection) -> StoreResult<Vec<DepartmentRow>> {
    Ok(departments::table.order(departments::name).select(DepartmentRow::as_select()).load(conn)?)
}

pub fn find_department(conn: &mut DbConnection, id: i64) -> StoreResult<Option<DepartmentRow>> {
    Ok(departments::table.find(id).select(DepartmentRow::as_select()).first(conn).optional()?)
}

pub fn insert_department(conn: &mut DbConnection, new: &NewDepartment<'_>) -> StoreResult<DepartmentRow> {
    let id: i64 = diesel::insert_into(departments::table).values(new).returning(departments::id).get_result(conn)?;
    find_department(conn, id)?.ok_or(StoreError::Missing)
}

/// The Party organization path of each department that has one.
pub fn department_org_paths(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<Vec<(i64, String)>> {
    Ok(departments::table
        .inner_join(organizations::table)
        .filter(departments::id.eq_any(ids))
        .select((departments::id, organizations::path))
        .load(conn)?)
}

/// The path of the organization covering a unit, which acts for it.
pub fn unit_org_path(conn: &mut DbConnection, unit_id: i64) -> StoreResult<Option<String>> {
    Ok(units::table
        .inner_join(organizations::table)
        .filter(units::id.eq(unit_id))
        .select(organizations::path)
        .first(conn)
        .optional()?)
}

pub fn list_categories(conn: &mut DbConnection, active_only: bool) -> StoreResult<Vec<CategoryRow>> {
    let mut query = request_categories::table.into_boxed::<MultiBackend>();
    if active_only {
        query = query.filter(request_categories::active.eq(true));
    }
    Ok(query.order(request_categories::code).select(CategoryRow::as_select()).load(conn)?)
}

pub fn find_category(conn: &mut DbConnection, id: i64) -> StoreResult<Option<CategoryRow>> {
    Ok(request_categories::table.find(id).select(CategoryRow::as_select()).first(conn).optional()?)
}

pub fn find_category_by_code(conn: &mut DbConnection, code: &str) -> StoreResult<Option<CategoryRow>> {
    Ok(request_categories::table
        .filter(request_categories::code.eq(code))
        .select(CategoryRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert_category(conn: &mut DbConnection, new: &NewCategory<'_>) -> StoreResult<CategoryRow> {
    let id: i64 = diesel::insert_into(request_categories::table)
        .values(new)
        .returning(request_categories::id)
        .get_result(conn)?;
    find_category(conn, id)?.ok_or(StoreError::Missing)
}

/// The resident's personal data, in clear.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resident {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

/// The details of a new request: the resident's data sealed and masked, and where it is.
pub fn sealed_details(
    keys: &DataKeys,
    request_id: i64,
    resident: &Resident,
    community: &str,
    at: Option<(f64, f64)>,
) -> NewDetails {
    NewDetails {
        request_id,
        resident_name_sealed: resident.name.as_deref().map(|n| keys.seal(NAME, n)),
        resident_name_masked: resident.name.as_deref().map(mask_name),
        resident_phone_sealed: resident.phone.as_deref().map(|p| keys.seal(PHONE, p)),
        resident_phone_masked: resident.phone.as_deref().map(mask_phone),
        address_sealed: resident.address.as_deref().map(|a| keys.seal(ADDRESS, a)),
        address_masked: resident.address.as_ref().map(|_| mask_address(Some(community))),
        latitude: at.map(|(lat, _)| lat),
        longitude: at.map(|(_, long)| long),
    }
}

pub fn insert_details(conn: &mut DbConnection, details: &NewDetails) -> StoreResult<()> {
    diesel::insert_into(request_details::table).values(details).execute(conn)?;
    Ok(())
}

/// The details of a request as shown (masked).
pub fn details(conn: &mut DbConnection, id: i64) -> StoreResult<DetailsRow> {
    Ok(request_details::table.find(id).select(DetailsRow::as_select()).first(conn).optional()?.unwrap_or_default())
}

/// The coordinates of the requests that have them.
pub fn coordinates(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<HashMap<i64, (f64, f64)>> {
    let rows: Vec<(i64, Option<f64>, Option<f64>)> = request_details::table
        .filter(request_details::request_id.eq_any(ids))
        .select((request_details::request_id, request_details::latitude, request_details::longitude))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(id, lat, long)| Some((id, (lat?, long?)))).collect())
}

/// The latest note of each request that has one.
pub fn latest_notes(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<HashMap<i64, String>> {
    let rows: Vec<(i64, Option<String>)> = request_events::table
        .filter(request_events::request_id.eq_any(ids))
        .filter(request_events::note.is_not_null())
        .order(request_events::id)
        .select((request_events::request_id, request_events::note))
        .load(conn)?;
    // In event order, so the latest note of each request is the one kept.
    Ok(rows.into_iter().filter_map(|(id, note)| Some((id, note?))).collect())
}

/// Opens the resident's data of a request.
pub fn resident(conn: &mut DbConnection, keys: &DataKeys, id: i64) -> StoreResult<Resident> {
    let (name, phone, address): (Option<String>, Option<String>, Option<String>) = request_details::table
        .find(id)
        .select((
            request_details::resident_name_sealed,
            request_details::resident_phone_sealed,
            request_details::address_sealed,
        ))
        .first(conn)?;
    let open = |field: &str, sealed: Option<String>| {
        sealed.map(|s| keys.open(field, &s).map_err(|e| StoreError::Unreadable(format!("{field}: {e}")))).transpose()
    };
    Ok(Resident { name: open(NAME, name)?, phone: open(PHONE, phone)?, address: open(ADDRESS, address)? })
}

/// Keeps the hash of a new one-time rating link's token (none: the link is used up).
pub fn set_rating_token(conn: &mut DbConnection, id: i64, token_hash: Option<&str>) -> StoreResult<()> {
    diesel::update(request_details::table.find(id))
        .set(request_details::rating_token_hash.eq(token_hash))
        .execute(conn)?;
    Ok(())
}

pub fn set_rating_comment(conn: &mut DbConnection, id: i64, comment: Option<&str>) -> StoreResult<()> {
    diesel::update(request_details::table.find(id)).set(request_details::rating_comment.eq(comment)).execute(conn)?;
    Ok(())
}

pub fn insert_request(conn: &mut DbConnection, new: &NewRequest) -> StoreResult<RequestRow> {
    let id: i64 =
        diesel::insert_into(resident_requests::table).values(new).returning(resident_requests::id).get_result(conn)?;
    find(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<RequestRow>> {
    Ok(resident_requests::table.find(id).select(RequestRow::as_select()).first(conn).optional()?)
}

/// The request another system handed over under its own id, if it did.
pub fn find_external(conn: &mut DbConnection, source: &str, external_id: &str) -> StoreResult<Option<RequestRow>> {
    Ok(resident_requests::table
        .filter(resident_requests::source.eq(source))
        .filter(resident_requests::external_id.eq(external_id))
        .select(RequestRow::as_select())
        .first(conn)
        .optional()?)
}

/// The request whose one-time rating link has this token hash.
pub fn find_by_rating_token(conn: &mut DbConnection, token_hash: &str) -> StoreResult<Option<RequestRow>> {
    Ok(resident_requests::table
        .inner_join(request_details::table)
        .filter(request_details::rating_token_hash.eq(token_hash))
        .select(RequestRow::as_select())
        .first(conn)
        .optional()?)
}

/// Saves a step's progress at the version read; false when someone else changed it first.
pub fn save_progress(conn: &mut DbConnection, id: i64, version: i32, progress: &RequestProgress) -> StoreResult<bool> {
    let changed = diesel::update(
        resident_requests::table.filter(resident_requests::id.eq(id)).filter(resident_requests::version.eq(version)),
    )
    .set((progress, resident_requests::version.eq(version + 1)))
    .execute(conn)?;
    Ok(changed == 1)
}

pub fn insert_event(conn: &mut DbConnection, event: &NewRequestEvent) -> StoreResult<()> {
    diesel::insert_into(request_events::table).values(event).execute(conn)?;
    Ok(())
}

pub fn events_of(conn: &mut DbConnection, request_id: i64) -> StoreResult<Vec<RequestEventRow>> {
    Ok(request_events::table
        .filter(request_events::request_id.eq(request_id))
        .order(request_events::id)
        .select(RequestEventRow::as_select())
        .load(conn)?)
}

/// Who a caller is, for the requests it sees beyond its areas.
#[derive(Debug, Clone, Default)]
pub struct Seer {
    /// Area path ranges it reads (none with `everything`).
    pub area_ranges: Vec<(String, String)>,
    /// Organization path ranges whose departments and units it acts for.
    pub org_ranges: Vec<(String, String)>,
    pub everything: bool,
    pub user_id: i64,
    pub member_id: Option<i64>,
}

/// Which requests a list shows.
#[derive(Debug, Clone, Default)]
pub struct RequestFilter {
    pub seer: Seer,
    pub states: Option<Vec<&'static str>>,
    pub level: Option<&'static str>,
    pub request_type: Option<&'static str>,
    pub category_id: Option<i64>,
    pub channel: Option<&'static str>,
    /// Inside this area subtree.
    pub area_range: Option<(String, String)>,
    /// Open and past their last day on this date.
    pub overdue_on: Option<NaiveDate>,
    /// Dispatched to the caller.
    pub mine: bool,
    pub source: Option<String>,
    pub external_id: Option<String>,
    pub received_from: Option<NaiveDateTime>,
    pub received_before: Option<NaiveDateTime>,
}

/// The kinds of assignee, as stored in `assignee_kind`.
pub const ASSIGNED_USER: &str = "user";
pub const ASSIGNED_MEMBER: &str = "member";
pub const ASSIGNED_UNIT: &str = "unit";
pub const ASSIGNED_DEPARTMENT: &str = "department";

type Condition = Box<dyn BoxableExpression<resident_requests::table, MultiBackend, SqlType = Nullable<Bool>>>;

/// Dispatched to the seer's own account or member record.
fn assigned_to(seer: &Seer) -> Condition {
    let user = resident_requests::assignee_kind.eq(ASSIGNED_USER).and(resident_requests::assignee_id.eq(seer.user_id));
    match seer.member_id {
        Some(member) => {
            Box::new(user.or(
                resident_requests::assignee_kind.eq(ASSIGNED_MEMBER).and(resident_requests::assignee_id.eq(member)),
            ))
        }
        None => Box::new(user),
    }
}

fn in_range(range: &(String, String)) -> Condition {
    Box::new(
        resident_requests::area_path
            .ge(range.0.clone())
            .and(resident_requests::area_path.lt(range.1.clone()))
            .nullable(),
    )
}

/// What a seer sees: its areas, the departments and units its organizations act for, and its
/// own assignments.
fn seen_by(seer: &Seer) -> Condition {
    if seer.everything {
        return Box::new(resident_requests::id.eq(resident_requests::id).nullable());
    }
    let mut seen = assigned_to(seer);
    for range in &seer.area_ranges {
        seen = Box::new(seen.or(in_range(range)));
    }
    for (low, high) in &seer.org_ranges {
        let orgs = || {
            organizations::table
                .filter(organizations::path.ge(low.clone()))
                .filter(organizations::path.lt(high.clone()))
                .select(organizations::id.nullable())
        };
        let departments = || departments::table.filter(departments::org_id.eq_any(orgs())).select(departments::id);
        let units = units::table.filter(units::covering_org_id.eq_any(orgs())).select(units::id);
        let assigned = |kind: &'static str| resident_requests::assignee_kind.eq(kind);
        seen = Box::new(
            seen.or(resident_requests::department_id.eq_any(departments().nullable()))
                .or(assigned(ASSIGNED_DEPARTMENT).and(resident_requests::assignee_id.eq_any(departments().nullable())))
                .or(assigned(ASSIGNED_UNIT).and(resident_requests::assignee_id.eq_any(units.nullable()))),
        );
    }
    seen
}

type Boxed<'a> = resident_requests::BoxedQuery<'a, MultiBackend>;

fn filtered(filter: &RequestFilter) -> Boxed<'_> {
    let mut query = resident_requests::table.into_boxed().filter(seen_by(&filter.seer));
    if let Some(states) = &filter.states {
        query = query.filter(resident_requests::state.eq_any(states.clone()));
    }
    if let Some(level) = filter.level {
        query = query.filter(resident_requests::level.eq(level));
    }
    if let Some(kind) = filter.request_type {
        query = query.filter(resident_requests::request_type.eq(kind));
    }
    if let Some(category) = filter.category_id {
        query = query.filter(resident_requests::category_id.eq(category));
    }
    if let Some(channel) = filter.channel {
        query = query.filter(resident_requests::channel.eq(channel));
    }
    if let Some(range) = &filter.area_range {
        query = query.filter(in_range(range));
    }
    if let Some(today) = filter.overdue_on {
        query = query.filter(resident_requests::due_on.lt(today));
    }
    if filter.mine {
        query = query.filter(assigned_to(&filter.seer));
    }
    if let Some(source) = &filter.source {
        query = query.filter(resident_requests::source.eq(source.clone()));
    }
    if let Some(external_id) = &filter.external_id {
        query = query.filter(resident_requests::external_id.eq(external_id.clone()));
    }
    if let Some(from) = filter.received_from {
        query = query.filter(resident_requests::received_at.ge(from));
    }
    if let Some(before) = filter.received_before {
        query = query.filter(resident_requests::received_at.lt(before));
    }
    query
}

/// How a list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestOrder {
    /// The queue: open first, by last day (overdue first), then oldest.
    Due,
    /// Newest received first.
    Newest,
}

pub fn list(
    conn: &mut DbConnection,
    filter: &RequestFilter,
    order: RequestOrder,
    limit: i64,
    offset: i64,
) -> StoreResult<(Vec<RequestRow>, i64)> {
    let total = filtered(filter).select(count_star()).get_result(conn)?;
    let query = match order {
        RequestOrder::Due => filtered(filter).order((
            resident_requests::due_on.is_null(),
            resident_requests::due_on,
            resident_requests::id,
        )),
        RequestOrder::Newest => {
            filtered(filter).order((resident_requests::received_at.desc(), resident_requests::id.desc()))
        }
    };
    let rows = query.limit(limit).offset(offset).select(RequestRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Every request a filter holds (for the figures), bounded by the caller's period.
pub fn all(conn: &mut DbConnection, filter: &RequestFilter) -> StoreResult<Vec<RequestRow>> {
    Ok(filtered(filter).order(resident_requests::id).select(RequestRow::as_select()).load(conn)?)
}

/// Requests held by a community whose clock runs past its last day and that the clock never
/// escalated: the ones it escalates now.
pub fn due_for_escalation(conn: &mut DbConnection, today: NaiveDate, limit: i64) -> StoreResult<Vec<RequestRow>> {
    Ok(resident_requests::table
        .filter(resident_requests::due_on.lt(today))
        .filter(resident_requests::level.eq(domain::requests::Level::Community.code()))
        .filter(resident_requests::auto_escalated.eq(false))
        .order((resident_requests::due_on, resident_requests::id))
        .limit(limit)
        .select(RequestRow::as_select())
        .load(conn)?)
}

/// Seals again the residents' data not sealed with the current key (after a key rotation), in
/// batches; answers how many requests were sealed again.
pub fn reseal(conn: &mut DbConnection, keys: &DataKeys) -> StoreResult<usize> {
    type Sealed = (i64, Option<String>, Option<String>, Option<String>);
    let current = format!("{}.%", keys.current_id());
    let mut done = 0;
    loop {
        let batch: Vec<Sealed> = request_details::table
            .filter(
                request_details::resident_name_sealed
                    .not_like(&current)
                    .or(request_details::resident_phone_sealed.not_like(&current))
                    .or(request_details::address_sealed.not_like(&current)),
            )
            .order(request_details::request_id)
            .limit(1000)
            .select((
                request_details::request_id,
                request_details::resident_name_sealed,
                request_details::resident_phone_sealed,
                request_details::address_sealed,
            ))
            .load(conn)?;
        if batch.is_empty() {
            return Ok(done);
        }
        for (id, name, phone, address) in batch {
            let again = |field: &str, sealed: Option<String>| -> StoreResult<Option<String>> {
                sealed
                    .map(|s| {
                        let plain =
                            keys.open(field, &s).map_err(|e| StoreError::Unreadable(format!("{field}: {e}")))?;
                        Ok(keys.seal(field, &plain))
                    })
                    .transpose()
            };
            diesel::update(request_details::table.find(id))
                .set((
                    request_details::resident_name_sealed.eq(again(NAME, name)?),
                    request_details::resident_phone_sealed.eq(again(PHONE, phone)?),
                    request_details::address_sealed.eq(again(ADDRESS, address)?),
                ))
                .execute(conn)?;
            done += 1;
        }
    }
}
