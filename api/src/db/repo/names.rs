//! Names of the records a response refers to, read in one query per kind. A name is shown
//! even outside the caller's scope (each side must see whom it deals with); nothing else of
//! the record is.

use std::collections::HashMap;

use diesel::prelude::*;

use super::StoreResult;
use crate::db::DbConnection;
use crate::db::schema::{areas, members, organizations, points_rules};

/// Names by id, for the organizations, areas, members and points rules of a response.
#[derive(Debug, Default)]
pub struct NameBook {
    orgs: HashMap<i64, String>,
    areas: HashMap<i64, String>,
    members: HashMap<i64, String>,
    rules: HashMap<i64, String>,
}

fn unique(ids: impl IntoIterator<Item = i64>) -> Vec<i64> {
    let mut ids: Vec<i64> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    ids
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
        let rows: Vec<(i64, String)> = organizations::table
            .filter(organizations::id.eq_any(unique(ids)))
            .select((organizations::id, organizations::name))
            .load(conn)?;
        self.orgs.extend(rows);
        Ok(self)
    }

    pub fn with_areas(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows: Vec<(i64, String)> =
            areas::table.filter(areas::id.eq_any(unique(ids))).select((areas::id, areas::name)).load(conn)?;
        self.areas.extend(rows);
        Ok(self)
    }

    pub fn with_members(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows: Vec<(i64, String)> =
            members::table.filter(members::id.eq_any(unique(ids))).select((members::id, members::name)).load(conn)?;
        self.members.extend(rows);
        Ok(self)
    }

    pub fn with_rules(mut self, conn: &mut DbConnection, ids: impl IntoIterator<Item = i64>) -> StoreResult<Self> {
        let rows: Vec<(i64, String)> = points_rules::table
            .filter(points_rules::id.eq_any(unique(ids)))
            .select((points_rules::id, points_rules::name))
            .load(conn)?;
        self.rules.extend(rows);
        Ok(self)
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
