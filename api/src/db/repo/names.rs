//! Names of the records a response refers to, read in one statement for every kind. A name
//! is shown even outside the caller's scope (each side must see whom it deals with); nothing
//! else of the record is.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use diesel::prelude::*;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::sql_types::{BigInt, Integer, Text};

use super::StoreResult;
use crate::cache::{Cache, Generation};
use crate::db::id_list::any_of;
use crate::db::keyset::Condition;
use crate::db::{DbConnection, MultiBackend};

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

    /// The kind's number in the rows of a statement, as SQL.
    fn code(self) -> &'static str {
        ["0", "1", "2", "3", "4", "5", "6", "7"][self as usize]
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
    /// when no record is wanted. Each kind's ids are one bound value, so the statement is the
    /// same for every response naming the same kinds and stays prepared.
    pub fn read(mut self, conn: &mut DbConnection) -> StoreResult<NameBook> {
        self.0.sort_unstable();
        self.0.dedup();
        if self.0.is_empty() {
            return Ok(NameBook::default());
        }
        let kinds = self.0.chunk_by(|a, b| a.0 == b.0).map(|ids| {
            let kind = ids[0].0;
            (kind, any_of("id", ids.iter().map(|(_, id)| *id).collect()))
        });
        let rows: Vec<(i32, i64, String)> = ByKind(kinds.collect()).load(conn)?;
        Ok(NameBook(rows.into_iter().filter_map(|(kind, id, name)| Some(((Kind::of(kind)?, id), name))).collect()))
    }

    /// As [`Wanted::read`], taking the names of organizations and areas from `kept` and
    /// keeping those it reads: a response naming only those reads nothing.
    pub fn read_kept(self, conn: &mut DbConnection, kept: &KeptSince) -> StoreResult<NameBook> {
        let (held, mut missing): (Vec<_>, Vec<_>) = self.0.into_iter().partition(|wanted| KeptNames::holds(wanted.0));
        let mut found = HashMap::new();
        for (wanted, name) in held.iter().zip(kept.names.names.get_each(&held)) {
            match name {
                Some(name) => {
                    found.insert(*wanted, String::clone(&name));
                }
                None => missing.push(*wanted),
            }
        }
        let missing = Wanted(missing);
        let read = missing.read(conn)?;
        for (&wanted, name) in &read.0 {
            if KeptNames::holds(wanted.0) {
                kept.names.names.keep(wanted, kept.generation, name.clone());
            }
        }
        found.extend(read.0);
        Ok(NameBook(found))
    }
}

/// The names of organizations and areas, kept in memory between their renames: a member's
/// answer names two organizations and an area, which PostgreSQL otherwise joins on every read
/// at about the cost of the member's row. A rename (or removal) made here makes them stale
/// once it commits ([`KeptNames::renamed`]); one made by another instance is seen within the
/// time to live. Other writes leave them as they are.
pub struct KeptNames {
    renames: Arc<Generation>,
    names: Cache<(Kind, i64), String>,
}

/// Names kept at most: every organization and area of a city (about 16,000), a part of a
/// megacity's (about 160,000), in a few megabytes.
const KEPT_NAMES: usize = 65_536;

impl KeptNames {
    pub fn new(time_to_live: Duration) -> KeptNames {
        let renames = Arc::new(Generation::default());
        KeptNames { names: Cache::new(Arc::clone(&renames), time_to_live, KEPT_NAMES), renames }
    }

    /// The kinds renamed only by their own changes, which call [`KeptNames::renamed`].
    fn holds(kind: Kind) -> bool {
        matches!(kind, Kind::Org | Kind::Area)
    }

    /// A committed write changed or removed organizations or areas.
    pub fn renamed(&self) {
        self.renames.advance();
    }

    /// The kept names for a read about to begin. Taken before it, since a point read on
    /// SQLite may run in a transaction begun before the last rename (see
    /// [`crate::db::snapshot`]): a generation taken inside it would keep names the rename
    /// already changed.
    pub fn since_now(self: &Arc<Self>) -> KeptSince {
        KeptSince { names: Arc::clone(self), generation: self.names.generation() }
    }
}

/// The kept names, with the generation a read began at (see [`KeptNames::since_now`]).
#[derive(Clone)]
pub struct KeptSince {
    names: Arc<KeptNames>,
    generation: u64,
}

/// The statement of [`Wanted::read`]: `SELECT kind, id, name FROM table WHERE id …` per kind.
struct ByKind(Vec<(Kind, Condition<()>)>);

impl QueryFragment<MultiBackend> for ByKind {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, MultiBackend>) -> diesel::QueryResult<()> {
        for (n, (kind, ids)) in self.0.iter().enumerate() {
            if n > 0 {
                out.push_sql(" UNION ALL ");
            }
            out.push_sql("SELECT ");
            out.push_sql(kind.code());
            out.push_sql(" AS kind, id, ");
            out.push_sql(kind.name_column());
            out.push_sql(" AS name FROM ");
            out.push_sql(kind.table());
            out.push_sql(" WHERE ");
            ids.walk_ast(out.reborrow())?;
        }
        Ok(())
    }
}

impl Query for ByKind {
    type SqlType = (Integer, BigInt, Text);
}

impl QueryId for ByKind {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl RunQueryDsl<DbConnection> for ByKind {}

impl NameBook {
    /// The records of a response whose names it needs.
    pub fn wanted() -> Wanted {
        Wanted::default()
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
