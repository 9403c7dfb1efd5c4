//! Households (户) of the grids and their visits (入户走访). The head of household's name, phone
//! and address, and the contact in the origin village, are sealed here on the way in.

use chrono::NaiveDate;
use diesel::dsl::count_star;
use diesel::prelude::*;
use domain::member::personal::{mask_address, mask_name, mask_phone};

use super::{StoreError, StoreResult};
use crate::data_key::DataKeys;
use crate::db::keyset::{Order, Window};
use crate::db::models::{HouseholdRow, NewHousehold, NewVisit, VisitRow};
use crate::db::schema::{household_visits, households};
use crate::db::{DbConnection, now};

const NAME: &str = "households.head_name";
const PHONE: &str = "households.phone";
const ADDRESS: &str = "households.address";
const ORIGIN_CONTACT: &str = "households.origin_contact";

/// A household as entered, in clear.
#[derive(Debug, Clone)]
pub struct HouseholdForm {
    pub area_id: i64,
    pub area_path: String,
    pub community: String,
    pub head_name: String,
    pub phone: Option<String>,
    pub address: String,
    pub residents: i32,
    pub origin_village: Option<String>,
    pub origin_contact: Option<String>,
    pub note: Option<String>,
}

pub fn insert(conn: &mut DbConnection, keys: &DataKeys, form: &HouseholdForm) -> StoreResult<HouseholdRow> {
    let at = now();
    let row = NewHousehold {
        area_id: form.area_id,
        area_path: form.area_path.clone(),
        head_name_sealed: keys.seal(NAME, &form.head_name),
        head_name_masked: mask_name(&form.head_name),
        phone_sealed: form.phone.as_deref().map(|p| keys.seal(PHONE, p)),
        phone_masked: form.phone.as_deref().map(mask_phone),
        address_sealed: keys.seal(ADDRESS, &form.address),
        address_masked: mask_address(Some(&form.community)),
        residents: form.residents,
        origin_village: form.origin_village.clone(),
        origin_contact_sealed: form.origin_contact.as_deref().map(|c| keys.seal(ORIGIN_CONTACT, c)),
        origin_contact_masked: form.origin_contact.as_deref().map(mask_phone),
        note: form.note.clone(),
        created_at: at,
        updated_at: at,
    };
    let id: i64 = diesel::insert_into(households::table).values(&row).returning(households::id).get_result(conn)?;
    find(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<HouseholdRow>> {
    Ok(households::table.find(id).select(HouseholdRow::as_select()).first(conn).optional()?)
}

/// The household's data in clear: head's name, phone, address, origin contact.
pub fn personal(
    conn: &mut DbConnection,
    keys: &DataKeys,
    id: i64,
) -> StoreResult<(String, Option<String>, String, Option<String>)> {
    let (name, phone, address, contact): (String, Option<String>, String, Option<String>) = households::table
        .find(id)
        .select((
            households::head_name_sealed,
            households::phone_sealed,
            households::address_sealed,
            households::origin_contact_sealed,
        ))
        .first(conn)?;
    let open = |field: &str, sealed: &str| {
        keys.open(field, sealed).map_err(|e| StoreError::Unreadable(format!("{field}: {e}")))
    };
    Ok((
        open(NAME, &name)?,
        phone.as_deref().map(|p| open(PHONE, p)).transpose()?,
        open(ADDRESS, &address)?,
        contact.as_deref().map(|c| open(ORIGIN_CONTACT, c)).transpose()?,
    ))
}

pub const BY_ID: Order = Order::by_id("id", "households.id", false);
pub const CHANGED: Order = Order::by_change("households.updated_at", "households.id");

/// A window of the households in an area subtree.
pub fn list(
    conn: &mut DbConnection,
    range: &(String, String),
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<HouseholdRow>, i64)> {
    let query = || {
        let mut query = households::table
            .filter(households::area_path.ge(range.0.clone()))
            .filter(households::area_path.lt(range.1.clone()))
            .into_boxed();
        if let Some(since) = window.since {
            query = query.filter(households::updated_at.ge(since));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(HouseholdRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Each household of an area subtree with its area path, and whether it was visited between two
/// days (both included): what coverage is counted from.
pub fn visited_between(
    conn: &mut DbConnection,
    range: &(String, String),
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<Vec<(i64, String, bool)>> {
    let rows: Vec<(i64, String)> = households::table
        .filter(households::area_path.ge(range.0.clone()))
        .filter(households::area_path.lt(range.1.clone()))
        .select((households::id, households::area_path))
        .load(conn)?;
    let visited: std::collections::HashSet<i64> = household_visits::table
        .inner_join(households::table)
        .filter(households::area_path.ge(range.0.clone()))
        .filter(households::area_path.lt(range.1.clone()))
        .filter(household_visits::visited_on.ge(from))
        .filter(household_visits::visited_on.le(to))
        .select(household_visits::household_id)
        .distinct()
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    Ok(rows.into_iter().map(|(id, path)| (id, path, visited.contains(&id))).collect())
}

/// Households in an area subtree.
pub fn count_in(conn: &mut DbConnection, range: &(String, String)) -> StoreResult<i64> {
    Ok(households::table
        .filter(households::area_path.ge(range.0.clone()))
        .filter(households::area_path.lt(range.1.clone()))
        .select(count_star())
        .get_result(conn)?)
}

pub fn insert_visit(conn: &mut DbConnection, visit: &NewVisit<'_>) -> StoreResult<VisitRow> {
    let id: i64 =
        diesel::insert_into(household_visits::table).values(visit).returning(household_visits::id).get_result(conn)?;
    Ok(household_visits::table.find(id).select(VisitRow::as_select()).first(conn)?)
}

/// Visits of a household, latest first.
pub fn visits_of(conn: &mut DbConnection, household_id: i64, limit: i64) -> StoreResult<Vec<VisitRow>> {
    Ok(household_visits::table
        .filter(household_visits::household_id.eq(household_id))
        .order((household_visits::visited_on.desc(), household_visits::id.desc()))
        .limit(limit)
        .select(VisitRow::as_select())
        .load(conn)?)
}

/// The last visit day of each household.
pub fn last_visits(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<Vec<(i64, Option<NaiveDate>)>> {
    use diesel::dsl::max;
    Ok(household_visits::table
        .filter(household_visits::household_id.eq_any(ids))
        .group_by(household_visits::household_id)
        .select((household_visits::household_id, max(household_visits::visited_on)))
        .load(conn)?)
}

/// Seals again the households' data not sealed with the current key (after a key rotation);
/// answers how many households were sealed again.
pub fn reseal(conn: &mut DbConnection, keys: &DataKeys) -> StoreResult<usize> {
    let current = format!("{}.%", keys.current_id());
    let mut done = 0;
    loop {
        let batch: Vec<i64> = households::table
            .filter(households::head_name_sealed.not_like(&current))
            .order(households::id)
            .limit(1000)
            .select(households::id)
            .load(conn)?;
        if batch.is_empty() {
            return Ok(done);
        }
        for id in batch {
            let (name, phone, address, contact) = personal(conn, keys, id)?;
            diesel::update(households::table.find(id))
                .set((
                    households::head_name_sealed.eq(keys.seal(NAME, &name)),
                    households::phone_sealed.eq(phone.as_deref().map(|p| keys.seal(PHONE, p))),
                    households::address_sealed.eq(keys.seal(ADDRESS, &address)),
                    households::origin_contact_sealed.eq(contact.as_deref().map(|c| keys.seal(ORIGIN_CONTACT, c))),
                ))
                .execute(conn)?;
            done += 1;
        }
    }
}
