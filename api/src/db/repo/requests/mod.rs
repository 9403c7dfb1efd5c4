//! Resident requests (居民诉求) with their events, the catalogue of categories and the district
//! departments requests escalate to. The resident's name, phone and address are sealed here on
//! the way in and opened here only for the audited read of personal data.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::member::personal::{mask_address, mask_name, mask_phone};

mod queue;

pub use queue::{
    ASSIGNED_DEPARTMENT, ASSIGNED_MEMBER, ASSIGNED_UNIT, ASSIGNED_USER, AreaFilter, RequestFilter, Seer, all, list,
    order, position, queue_due,
};

use super::webhooks::Change;
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
use domain::webhooks::EventType;

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
    let queued = resident_requests::queue_due.eq(queue_due(&new.state, new.due_on));
    let id: i64 = diesel::insert_into(resident_requests::table)
        .values((new, queued))
        .returning(resident_requests::id)
        .get_result(conn)?;
    let row = find(conn, id)?.ok_or(StoreError::Missing)?;
    super::webhooks::emit(conn, &Change::of_request(EventType::RequestCreated, &row))?;
    Ok(row)
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
    let state_before: Option<String> =
        resident_requests::table.find(id).select(resident_requests::state).first(conn).optional()?;
    let changed = diesel::update(
        resident_requests::table.filter(resident_requests::id.eq(id)).filter(resident_requests::version.eq(version)),
    )
    .set((
        progress,
        resident_requests::queue_due.eq(queue_due(&progress.state, progress.due_on)),
        resident_requests::version.eq(version + 1),
    ))
    .execute(conn)?;
    if changed == 1
        && state_before.as_deref() != Some(progress.state.as_str())
        && let Some(row) = find(conn, id)?
    {
        super::webhooks::emit(conn, &Change::of_request(EventType::RequestStateChanged, &row))?;
    }
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

/// Requests per category received in an area subtree since a day: what recurring needs are
/// found in.
pub fn counts_by_category(
    conn: &mut DbConnection,
    range: &(String, String),
    since: NaiveDate,
) -> StoreResult<Vec<(i64, u32)>> {
    let start = since.and_hms_opt(0, 0, 0).unwrap_or_default() - chrono::Duration::hours(8);
    let rows: Vec<(Option<i64>, i64)> = resident_requests::table
        .filter(resident_requests::area_path.ge(&range.0))
        .filter(resident_requests::area_path.lt(&range.1))
        .filter(resident_requests::received_at.ge(start))
        .filter(resident_requests::category_id.is_not_null())
        .group_by(resident_requests::category_id)
        .select((resident_requests::category_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(category, n)| Some((category?, u32::try_from(n).unwrap_or(u32::MAX)))).collect())
}
