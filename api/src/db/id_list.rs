//! A list of ids as one bound value: a statement that filters by it has one SQL whatever the
//! list's length, so it is prepared once per connection and kept. diesel's `eq_any` writes an
//! `IN` list on SQLite, a new statement for every length, which it prepares again on every run.

use diesel::pg::Pg;
use diesel::query_builder::{AstPass, QueryFragment};
use diesel::sql_types::{Array, BigInt, Bool, Text};
use diesel::sqlite::Sqlite;

use super::MultiBackend;
use super::keyset::{Condition, sql_expression};

/// Rows whose `column` (SQL of a constant, never input) is one of `ids`.
pub fn any_of<T>(column: &'static str, ids: Vec<i64>) -> Condition<T> {
    let json = format!("[{}]", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
    Box::new(AnyOf { column, ids, json })
}

struct AnyOf {
    column: &'static str,
    ids: Vec<i64>,
    /// The ids as a JSON array, which SQLite reads as a table.
    json: String,
}

impl QueryFragment<Sqlite> for AnyOf {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> diesel::QueryResult<()> {
        out.push_sql(self.column);
        out.push_sql(" IN (SELECT value FROM json_each(");
        out.push_bind_param::<Text, _>(&self.json)?;
        out.push_sql("))");
        Ok(())
    }
}

impl QueryFragment<Pg> for AnyOf {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> diesel::QueryResult<()> {
        out.push_sql(self.column);
        out.push_sql(" = ANY(");
        out.push_bind_param::<Array<BigInt>, _>(&self.ids)?;
        out.push_sql(")");
        Ok(())
    }
}

impl QueryFragment<MultiBackend> for AnyOf {
    fn walk_ast<'b>(&'b self, pass: AstPass<'_, 'b, MultiBackend>) -> diesel::QueryResult<()> {
        MultiBackend::walk_variant_ast(self, pass)
    }
}

sql_expression!(AnyOf: Bool);
