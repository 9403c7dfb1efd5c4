//! Names of the records a response refers to, read in one query per kind. A name is shown
//! even outside the caller's scope (each side must see whom it deals with); nothing else of
//! the record is.

use std::collections::HashMap;

use diesel::prelude::*;

use super::StoreResult;
use crate::db::DbConnection;
use crate::db::schema::{areas, departments, members, organizations, points_rules, request_categories, units, users};

/// Names by id, for the organizations, areas, members and points rules of a response.
#[derive(Debug, Default)]
pub struct NameBook {
    orgs: HashMap<i64, String>,
    areas: HashMap<i64, String>,
    members: HashMap<i64, String>,
    rules: HashMap<i64, String>,
    users: HashMap<i64, String>,
    units: HashMap<i64, String>,
    departments: HashMap<i64, String>,
    categories: HashMap<i64, String>,
}

/// The names of `ids` as `load` reads them, without a round trip when there are none.
fn names(
    ids: impl IntoIterator<Item = i64>,
    load: impl FnOnce(Vec<i64>) -> QueryResult<Vec<(i64, String)>>,
) -> StoreResult<Vec<(i64, String)>> {
    let mut ids: Vec<i64> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(load(ids)?)
}

impl NameBook {
    /// Names read along with a record.
    pub fn known(
        orgs: impl IntoIterator<Item = (i64, String)>,
        areas: impl IntoIterator<Item = (i64, String)>,
    ) -> NameBook {
        NameBook { orgs: orgs.into_iter().collect(), areas: areas.into_iter().collect(), ..NameBook::default() }
    }

    pub fn with_orgs(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows = names(ids, |ids| {
            organizations::table
                .filter(organizations::id.eq_any(ids))
                .select((organizations::id, organizations::name))
                .load(conn)
        })?;
        self.orgs.extend(rows);
        Ok(self)
    }

    pub fn with_areas(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows =
            names(ids, |ids| areas::table.filter(areas::id.eq_any(ids)).select((areas::id, areas::name)).load(conn))?;
        self.areas.extend(rows);
        Ok(self)
    }

    pub fn with_members(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows = names(ids, |ids| {
            members::table.filter(members::id.eq_any(ids)).select((members::id, members::name)).load(conn)
        })?;
        self.members.extend(rows);
        Ok(self)
    }

    pub fn with_rules(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows = names(ids, |ids| {
            points_rules::table
                .filter(points_rules::id.eq_any(ids))
                .select((points_rules::id, points_rules::name))
                .load(conn)
        })?;
        self.rules.extend(rows);
        Ok(self)
    }

    /// Accounts by the name people know them by.
    pub fn with_users(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows = names(ids, |ids| {
            users::table.filter(users::id.eq_any(ids)).select((users::id, users::display_name)).load(conn)
        })?;
        self.users.extend(rows);
        Ok(self)
    }

    pub fn with_units(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows =
            names(ids, |ids| units::table.filter(units::id.eq_any(ids)).select((units::id, units::name)).load(conn))?;
        self.units.extend(rows);
        Ok(self)
    }

    pub fn with_departments(
        mut self,
        conn: &mut DbConnection,
        ids: impl IntoIterator<Item = i64>,
    ) -> StoreResult<Self> {
        let rows = names(ids, |ids| {
            departments::table
                .filter(departments::id.eq_any(ids))
                .select((departments::id, departments::name))
                .load(conn)
        })?;
        self.departments.extend(rows);
        Ok(self)
    }

    pub fn with_categories(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows = names(ids, |ids| {
            request_categories::table
                .filter(request_categories::id.eq_any(ids))
                .select((request_categories::id, request_categories::name))
                .load(conn)
        })?;
        self.categories.extend(rows);
        Ok(self)
    }

    pub fn user(&self, id: i64) -> String {
        self.users.get(&id).cloned().unwrap_or_default()
    }

    pub fn unit(&self, id: i64) -> String {
        self.units.get(&id).cloned().unwrap_or_default()
    }

    pub fn department(&self, id: i64) -> String {
        self.departments.get(&id).cloned().unwrap_or_default()
    }

    pub fn category(&self, id: i64) -> String {
        self.categories.get(&id).cloned().unwrap_or_default()
    }

    pub fn org(&self, id: i64) -> String {
        self.orgs.get(&id).cloned().unwrap_or_default()
    }

    pub fn area(&self, id: i64) -> String {
        self.areas.get(&id).cloned().unwrap_or_default()
    }

    pub fn member(&self, id: i64) -> String {
        self.members.get(&id).cloned().unwrap_or_default()
    }

    pub fn rule(&self, id: i64) -> String {
        self.rules.get(&id).cloned().unwrap_or_default()
    }
}
