//! Names of the records a response refers to, read in one statement for every kind. A name
//! is shown even outside the caller's scope (each side must see whom it deals with); nothing
//! else of the record is.

use std::collections::HashMap;
use std::fmt::Write;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text};

use super::StoreResult;
use crate::db::{DbConnection, natively};

/// The kinds of records a response names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    Org,
    Area,
    Member,
    Rule,
    User,
    Unit,
    Department,
    Category,
}

impl Kind {
    const ALL: [Kind; 8] =
        [Kind::Org, Kind::Area, Kind::Member, Kind::Rule, Kind::User, Kind::Unit, Kind::Department, Kind::Category];

    fn table(self) -> &'static str {
        match self {
            Kind::Org => "organizations",
            Kind::Area => "areas",
            Kind::Member => "members",
            Kind::Rule => "points_rules",
            Kind::User => "users",
            Kind::Unit => "units",
            Kind::Department => "departments",
            Kind::Category => "request_categories",
        }
    }

    /// The column people know its records by.
    fn name_column(self) -> &'static str {
        if self == Kind::User { "display_name" } else { "name" }
    }

    fn of(code: i32) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| *kind as i32 == code)
    }
}

/// Names by kind and id, for the records of a response.
#[derive(Debug, Default)]
pub struct NameBook(HashMap<(Kind, i64), String>);

/// The records whose names a response needs; [`Wanted::read`] reads them all in one round
/// trip (a page of requests names areas, categories, departments, accounts and units).
#[derive(Debug, Default)]
pub struct Wanted(Vec<(Kind, i64)>);

#[derive(QueryableByName)]
struct Named {
    #[diesel(sql_type = Integer)]
    kind: i32,
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    name: String,
}

impl Wanted {
    fn with(mut self, kind: Kind, ids: impl IntoIterator<Item = i64>) -> Self {
        self.0.extend(ids.into_iter().map(|id| (kind, id)));
        self
    }

    pub fn orgs(self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.with(Kind::Org, ids)
    }

    pub fn areas(self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.with(Kind::Area, ids)
    }

    pub fn members(self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.with(Kind::Member, ids)
    }

    pub fn rules(self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.with(Kind::Rule, ids)
    }

    /// Accounts, by the name people know them by.
    pub fn users(self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.with(Kind::User, ids)
    }

    pub fn units(self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.with(Kind::Unit, ids)
    }

    pub fn departments(self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.with(Kind::Department, ids)
    }

    pub fn categories(self, ids: impl IntoIterator<Item = i64>) -> Self {
        self.with(Kind::Category, ids)
    }

    /// Reads the names, one `SELECT` per kind joined by `UNION ALL`, without a round trip
    /// when no record is wanted. The ids are integers written into the statement: a list of
    /// any length, with no bound parameters to count.
    pub fn read(mut self, conn: &mut DbConnection) -> StoreResult<NameBook> {
        self.0.sort_unstable();
        self.0.dedup();
        if self.0.is_empty() {
            return Ok(NameBook::default());
        }
        let mut sql = String::new();
        for ids in self.0.chunk_by(|a, b| a.0 == b.0) {
            let kind = ids[0].0;
            let (table, column) = (kind.table(), kind.name_column());
            if !sql.is_empty() {
                sql.push_str(" UNION ALL ");
            }
            write!(sql, "SELECT {} AS kind, id, {column} AS name FROM {table} WHERE id IN (", kind as i32)
                .expect("writing to a string");
            for (n, (_, id)) in ids.iter().enumerate() {
                let comma = if n == 0 { "" } else { "," };
                write!(sql, "{comma}{id}").expect("writing to a string");
            }
            sql.push(')');
        }
        let rows: Vec<Named> = natively!(conn, |native| diesel::sql_query(&sql).load(native))?;
        Ok(NameBook(rows.into_iter().filter_map(|row| Some(((Kind::of(row.kind)?, row.id), row.name))).collect()))
    }
}

impl NameBook {
    /// The records of a response whose names it needs.
    pub fn wanted() -> Wanted {
        Wanted::default()
    }

    /// Names read along with a record.
    pub fn known(
        orgs: impl IntoIterator<Item = (i64, String)>,
        areas: impl IntoIterator<Item = (i64, String)>,
    ) -> NameBook {
        let orgs = orgs.into_iter().map(|(id, name)| ((Kind::Org, id), name));
        NameBook(orgs.chain(areas.into_iter().map(|(id, name)| ((Kind::Area, id), name))).collect())
    }

    fn name(&self, kind: Kind, id: i64) -> String {
        self.0.get(&(kind, id)).cloned().unwrap_or_default()
    }

    pub fn org(&self, id: i64) -> String {
        self.name(Kind::Org, id)
    }

    pub fn area(&self, id: i64) -> String {
        self.name(Kind::Area, id)
    }

    pub fn member(&self, id: i64) -> String {
        self.name(Kind::Member, id)
    }

    pub fn rule(&self, id: i64) -> String {
        self.name(Kind::Rule, id)
    }

    pub fn user(&self, id: i64) -> String {
        self.name(Kind::User, id)
    }

    pub fn unit(&self, id: i64) -> String {
        self.name(Kind::Unit, id)
    }

    pub fn department(&self, id: i64) -> String {
        self.name(Kind::Department, id)
    }

    pub fn category(&self, id: i64) -> String {
        self.name(Kind::Category, id)
    }
}
