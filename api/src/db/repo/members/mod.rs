//! Members and their history. Personal data is sealed here on the way
//! in and opened here on the way out; nothing else handles the sealed columns.

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::member::Stage;
use domain::member::personal::{mask_address, mask_id_number, mask_phone};

mod list;

pub use super::member_events::{LATEST_EVENTS, RECORDED_EVENTS, event_position, insert_event, list_events};
use super::webhooks::{self, Change};
use super::{StoreError, StoreResult};
use crate::data_key::DataKeys;
use crate::db::models::{MemberColumns, MemberForm, MemberRow, NewMember, NewMemberEvent, SealedMember};
use crate::db::schema::{member_events, members};
use crate::db::{DbConnection, natively, now};
use domain::webhooks::EventType;
pub use list::{MemberFilter, Reach, Search, list, order, position};

/// The field names the sealed values and blind indexes are bound to.
const ID_NUMBER: &str = "members.id_number";
const BIRTH_DATE: &str = "members.birth_date";
const PHONE: &str = "members.phone";
const ADDRESS: &str = "members.address";
/// Mark of values written before sealing, until [`reseal`] seals them.
const PLAIN: &str = "plain:";

/// A member's personal data in clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Personal {
    pub birth_date: NaiveDate,
    pub id_number: String,
    pub phone: Option<String>,
    pub address: Option<String>,
}

/// The stored columns of a form: personal data sealed, indexed and masked.
pub fn columns(keys: &DataKeys, form: &MemberForm) -> MemberColumns {
    use chrono::Datelike;
    MemberColumns {
        name: form.name.clone(),
        gender: form.gender.clone(),
        ethnicity: form.ethnicity.clone(),
        birth_year: form.birth_date.year(),
        birth_date_sealed: keys.seal(BIRTH_DATE, &form.birth_date.to_string()),
        id_number_sealed: keys.seal(ID_NUMBER, &form.id_number),
        id_number_index: keys.index(ID_NUMBER, &form.id_number),
        id_number_masked: mask_id_number(&form.id_number),
        phone_sealed: form.phone.as_deref().map(|p| keys.seal(PHONE, p)),
        phone_index: form.phone.as_deref().map(|p| keys.index(PHONE, p)),
        phone_masked: form.phone.as_deref().map(mask_phone),
        address_sealed: form.address.as_deref().map(|a| keys.seal(ADDRESS, a)),
        address_masked: form.address.as_ref().map(|_| mask_address(form.community.as_deref())),
        education: form.education.clone(),
        stage: form.stage.clone(),
        category: form.category.clone(),
        membership_org_id: form.membership_org_id,
        membership_org_path: form.membership_org_path.clone(),
        residence_org_id: form.residence_org_id,
        residence_org_path: form.residence_org_path.clone(),
        residence_area_id: form.residence_area_id,
        residence_area_path: form.residence_area_path.clone(),
        work_unit_id: form.work_unit_id,
        join_date: form.join_date,
        conversion_date: form.conversion_date,
        updated_at: form.updated_at,
    }
}

fn open(keys: &DataKeys, field: &str, sealed: &str) -> StoreResult<String> {
    match sealed.strip_prefix(PLAIN) {
        Some(plain) => Ok(plain.to_owned()),
        None => keys.open(field, sealed).map_err(|e| StoreError::Unreadable(format!("{field}: {e}"))),
    }
}

/// Reads and opens a member's personal data.
pub fn personal(conn: &mut DbConnection, keys: &DataKeys, id: i64) -> StoreResult<Personal> {
    let sealed = members::table.find(id).select(SealedMember::as_select()).first(conn)?;
    opened(keys, &sealed)
}

/// Reads and opens the personal data of many members (exports), by member id.
pub fn personal_of_many(
    conn: &mut DbConnection,
    keys: &DataKeys,
    ids: &[i64],
) -> StoreResult<std::collections::HashMap<i64, Personal>> {
    let mut found = std::collections::HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(1000) {
        let rows: Vec<SealedMember> =
            members::table.filter(members::id.eq_any(chunk)).select(SealedMember::as_select()).load(conn)?;
        for row in &rows {
            found.insert(row.id, opened(keys, row)?);
        }
    }
    Ok(found)
}

fn opened(keys: &DataKeys, row: &SealedMember) -> StoreResult<Personal> {
    let birth_date = open(keys, BIRTH_DATE, &row.birth_date_sealed)?;
    Ok(Personal {
        birth_date: birth_date
            .parse()
            .map_err(|_| StoreError::Unreadable(format!("{BIRTH_DATE}: `{birth_date}` is not a date")))?,
        id_number: open(keys, ID_NUMBER, &row.id_number_sealed)?,
        phone: row.phone_sealed.as_deref().map(|p| open(keys, PHONE, p)).transpose()?,
        address: row.address_sealed.as_deref().map(|a| open(keys, ADDRESS, a)).transpose()?,
    })
}

/// The blind index of an ID number, for exact search.
pub fn id_number_index(keys: &DataKeys, id_number: &str) -> String {
    keys.index(ID_NUMBER, id_number)
}

/// The blind index of a phone number, for exact search.
pub fn phone_index(keys: &DataKeys, phone: &str) -> String {
    keys.index(PHONE, phone)
}

/// Seals the rows that are not sealed with the current key (rows written before sealing,
/// and every row after a key rotation), in batches; returns how many were sealed. The
/// fields of a row are always sealed together, so its ID number's key stands for all.
pub fn reseal(conn: &mut DbConnection, keys: &DataKeys) -> StoreResult<usize> {
    let current = format!("{}.%", keys.current_id());
    let mut done = 0;
    loop {
        // Rows sealed again drop out of the filter, so each batch starts from the top.
        let batch: Vec<(MemberRow, SealedMember)> = members::table
            .filter(members::id_number_sealed.not_like(&current))
            .order(members::id)
            .limit(1000)
            .select((MemberRow::as_select(), SealedMember::as_select()))
            .load(conn)?;
        if batch.is_empty() {
            return Ok(done);
        }
        for (row, sealed) in &batch {
            let personal = opened(keys, sealed)?;
            let community = super::areas::community_name(conn, &row.residence_area_path)?;
            let form = MemberForm {
                birth_date: personal.birth_date,
                id_number: personal.id_number,
                phone: personal.phone,
                address: personal.address,
                community,
                ..form_of(row)
            };
            diesel::update(members::table.find(row.id)).set(columns(keys, &form)).execute(conn)?;
            done += 1;
        }
    }
}

/// The form of a stored row, with placeholders for the personal data the caller fills in.
fn form_of(row: &MemberRow) -> MemberForm {
    MemberForm {
        name: row.name.clone(),
        gender: row.gender.clone(),
        ethnicity: row.ethnicity.clone(),
        birth_date: NaiveDate::MIN,
        id_number: String::new(),
        phone: None,
        address: None,
        community: None,
        education: row.education.clone(),
        stage: row.stage.clone(),
        category: row.category.clone(),
        membership_org_id: row.membership_org_id,
        membership_org_path: row.membership_org_path.clone(),
        residence_org_id: row.residence_org_id,
        residence_org_path: row.residence_org_path.clone(),
        residence_area_id: row.residence_area_id,
        residence_area_path: row.residence_area_path.clone(),
        work_unit_id: row.work_unit_id,
        join_date: row.join_date,
        conversion_date: row.conversion_date,
        updated_at: row.updated_at,
    }
}

/// The members working at a unit.
pub fn of_work_unit(conn: &mut DbConnection, unit_id: i64) -> StoreResult<Vec<i64>> {
    Ok(members::table.filter(members::work_unit_id.eq(unit_id)).select(members::id).load(conn)?)
}

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<MemberRow>> {
    // The read of one member (W1), on the backend's own connection.
    Ok(natively!(conn, |native| members::table.find(id).select(MemberRow::as_select()).first(native).optional())?)
}

/// Some members by id, in one query (those that exist).
pub fn find_many(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<Vec<MemberRow>> {
    Ok(members::table.filter(members::id.eq_any(ids)).select(MemberRow::as_select()).load(conn)?)
}

/// The member with this ID number (by its blind index), with the paths of its two links.
pub fn find_by_id_number(
    conn: &mut DbConnection,
    keys: &DataKeys,
    id_number: &str,
) -> StoreResult<Option<(i64, String, String)>> {
    Ok(members::table
        .filter(members::id_number_index.eq(id_number_index(keys, id_number)))
        .select((members::id, members::membership_org_path, members::residence_org_path))
        .first(conn)
        .optional()?)
}

pub fn insert(
    conn: &mut DbConnection,
    keys: &DataKeys,
    form: &MemberForm,
    created_at: chrono::NaiveDateTime,
) -> StoreResult<MemberRow> {
    let id: i64 = diesel::insert_into(members::table)
        .values(NewMember { columns: columns(keys, form), created_at })
        .returning(members::id)
        .get_result(conn)?;
    let row = members::table.find(id).select(MemberRow::as_select()).first(conn)?;
    webhooks::emit(conn, &Change::of_member(EventType::MemberCreated, &row))?;
    Ok(row)
}

/// Inserts checked members in batches, each with its "registered" event; returns the ids
/// in the order of `forms`.
pub fn insert_many(
    conn: &mut DbConnection,
    keys: &DataKeys,
    forms: &[MemberForm],
    event: &NewMemberEvent,
) -> StoreResult<Vec<i64>> {
    let mut all_ids = Vec::with_capacity(forms.len());
    // Batches stay under the bind-parameter limits of both databases.
    for batch in forms.chunks(300) {
        let rows: Vec<NewMember> =
            batch.iter().map(|form| NewMember { columns: columns(keys, form), created_at: form.updated_at }).collect();
        crate::insert_batch!(conn, members::table, &rows)?;
        let indexes: Vec<&str> = rows.iter().map(|r| r.columns.id_number_index.as_str()).collect();
        let by_index: std::collections::HashMap<String, i64> = members::table
            .filter(members::id_number_index.eq_any(&indexes))
            .select((members::id_number_index, members::id))
            .load::<(String, i64)>(conn)?
            .into_iter()
            .collect();
        // In the order of the forms, so that callers can pair them.
        let ids: Vec<i64> = indexes.iter().filter_map(|index| by_index.get(*index).copied()).collect();
        let events: Vec<NewMemberEvent> =
            ids.iter().map(|id| NewMemberEvent { member_id: *id, ..event.clone() }).collect();
        crate::insert_batch!(conn, member_events::table, &events)?;
        let listeners = webhooks::listeners(conn, EventType::MemberCreated)?;
        for (id, form) in ids.iter().zip(batch) {
            let paths = [&*form.membership_org_path, &*form.residence_org_path];
            let change = Change::new(EventType::MemberCreated, "member", *id, &paths, &[&form.residence_area_path]);
            webhooks::emit_to(conn, &listeners, &change)?;
        }
        all_ids.extend(ids);
    }
    Ok(all_ids)
}

/// Replaces a member's fields if it is still at the version read (`before`); where it moved
/// out of a part of the tree, a tombstone tells that part's copies to drop it.
pub fn update(conn: &mut DbConnection, keys: &DataKeys, before: &MemberRow, form: &MemberForm) -> StoreResult<bool> {
    let changed = diesel::update(members::table.find(before.id).filter(members::version.eq(before.version)))
        .set((columns(keys, form), members::version.eq(members::version + 1)))
        .execute(conn)?;
    if changed != 1 {
        return Ok(false);
    }
    let after = [&*form.membership_org_path, &*form.residence_org_path, &*form.residence_area_path];
    super::tombstones::record_member_move(conn, before, after)?;
    // Both the views it left and the ones it joined hear of it.
    let transferred = before.membership_org_path != form.membership_org_path;
    let mut change =
        Change::of_member(if transferred { EventType::MemberTransferred } else { EventType::MemberUpdated }, before);
    change.org_paths.extend([&*form.membership_org_path, &*form.residence_org_path]);
    change.area_paths.push(&form.residence_area_path);
    webhooks::emit(conn, &change)?;
    Ok(true)
}

/// Moves a member to a stage with the dates that follow from it, if the row is still at the
/// version read; false otherwise.
pub fn change_stage(
    conn: &mut DbConnection,
    member: &MemberRow,
    stage: Stage,
    join_date: Option<NaiveDate>,
    conversion_date: Option<NaiveDate>,
) -> StoreResult<bool> {
    let updated = diesel::update(members::table.find(member.id).filter(members::version.eq(member.version)))
        .set((
            members::stage.eq(stage.code()),
            members::join_date.eq(join_date),
            members::conversion_date.eq(conversion_date),
            members::version.eq(members::version + 1),
            members::updated_at.eq(now()),
        ))
        .execute(conn)?;
    if updated == 1 {
        webhooks::emit(conn, &Change::of_member(EventType::MemberStageChanged, member))?;
    }
    Ok(updated == 1)
}

/// Volunteer service hours of a member between two dates (inclusive).
pub fn service_hours(
    conn: &mut DbConnection,
    member_id: i64,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> StoreResult<f64> {
    let total: Option<f64> = member_events::table
        .filter(member_events::member_id.eq(member_id))
        .filter(member_events::occurred_on.ge(from))
        .filter(member_events::occurred_on.le(to))
        .select(diesel::dsl::sum(member_events::service_hours))
        .first(conn)?;
    Ok(total.unwrap_or(0.0))
}

/// A member as the deadline engine reads it: `(id, name, category, join_date)`.
pub type Person = (i64, String, String, Option<NaiveDate>);

/// Members at a stage whose membership organization lies in `range` (or anywhere).
pub fn at_stage(conn: &mut DbConnection, range: &Option<(String, String)>, stage: Stage) -> StoreResult<Vec<Person>> {
    let mut q = members::table.filter(members::stage.eq(stage.code())).into_boxed();
    if let Some((low, high)) = range.clone() {
        q = q.filter(members::membership_org_path.ge(low)).filter(members::membership_org_path.lt(high));
    }
    Ok(q.select((members::id, members::name, members::category, members::join_date)).load(conn)?)
}

/// Probationary and full members whose membership lies in `range` (or anywhere): `(id, name)`.
pub fn in_organizational_life(
    conn: &mut DbConnection,
    range: &Option<(String, String)>,
) -> StoreResult<Vec<(i64, String)>> {
    let mut q =
        members::table.filter(members::stage.eq_any([Stage::Probationary.code(), Stage::Full.code()])).into_boxed();
    if let Some((low, high)) = range.clone() {
        q = q.filter(members::membership_org_path.ge(low)).filter(members::membership_org_path.lt(high));
    }
    Ok(q.select((members::id, members::name)).load(conn)?)
}

pub fn name_of(conn: &mut DbConnection, id: i64) -> StoreResult<Option<String>> {
    Ok(members::table.find(id).select(members::name).first(conn).optional()?)
}
