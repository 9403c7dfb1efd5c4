//! Households (户) of the grids. The head of household's name, phone and address are sealed at
//! rest like members' personal data.

use diesel::prelude::*;

use super::StoreResult;
use crate::db::DbConnection;
use crate::db::models::HouseholdRow;
use crate::db::schema::households;

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<HouseholdRow>> {
    Ok(households::table.find(id).select(HouseholdRow::as_select()).first(conn).optional()?)
}

/// Households in an area subtree.
pub fn count_in(conn: &mut DbConnection, range: &(String, String)) -> StoreResult<i64> {
    Ok(households::table
        .filter(households::area_path.ge(range.0.clone()))
        .filter(households::area_path.lt(range.1.clone()))
        .select(diesel::dsl::count_star())
        .get_result(conn)?)
}
