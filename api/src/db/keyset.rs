//! Keyset paging: a page starts right after the last row of the previous page, found through
//! the order's index, so the page at the end of a long list costs what the first page costs
//! (an offset makes the database walk every row before it).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::expression::BoxableExpression;
use diesel::query_builder::{AstPass, QueryFragment};
use diesel::query_dsl::methods::{FilterDsl, LimitDsl, OffsetDsl, OrderDsl};
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, Bool, Date, Integer, Text, Timestamp};
use diesel::sql_types::{HasSqlType, SqlType};

use super::MultiBackend;

/// The type of an order's sort key (besides the id that breaks ties).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// The order is the id alone.
    Id,
    Text,
    /// A unique text key (a tree path): it orders the rows alone, so a page is read in its
    /// index's order and stops at the page's end. With the id after it the database sorts every
    /// row of the range whenever it estimates the range small, as PostgreSQL does for a
    /// district's subtree at megacity (4 rows estimated, 1,002 read and sorted).
    UniqueText,
    Date,
    Time,
    Int,
}

/// The sort key of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Id,
    Text(String),
    Date(NaiveDate),
    Time(NaiveDateTime),
    Int(i32),
}

/// Where a row stands in an order: its key and its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub key: Key,
    pub id: i64,
}

impl Position {
    /// The position of a row in an order of ids.
    pub fn of_id(id: i64) -> Position {
        Position { key: Key::Id, id }
    }
}

/// A list order that pages by keyset: `ORDER BY key, id`, both ascending or both descending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Order {
    /// The name kept in cursors: a cursor only continues the order it came from.
    pub name: &'static str,
    /// SQL of the sort key (empty for [`KeyKind::Id`]); a nullable key is wrapped in
    /// `COALESCE` so that both databases place the missing values alike.
    pub key: &'static str,
    pub kind: KeyKind,
    /// SQL of the id column.
    pub id: &'static str,
    pub descending: bool,
}

/// A condition on the rows of table (or join) `T`.
pub type Condition<T> = Box<dyn BoxableExpression<T, MultiBackend, SqlType = Bool>>;

/// The stand-in for a missing date in `COALESCE(column, '0001-01-01')`: before every real
/// date on both databases.
pub const NO_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1, 1, 1) {
    Some(date) => date,
    None => panic!("0001-01-01 is a date"),
};

impl Order {
    /// The order of the id alone.
    pub const fn by_id(name: &'static str, id: &'static str, descending: bool) -> Order {
        Order { name, key: "", kind: KeyKind::Id, id, descending }
    }

    /// The change-time order of a table whose rows keep `updated_at`.
    pub const fn by_change(updated_at: &'static str, id: &'static str) -> Order {
        Order { name: "updated", key: updated_at, kind: KeyKind::Time, id, descending: false }
    }

    /// Where a row stands in an order of ids or of change times.
    pub fn position(&self, id: i64, updated_at: NaiveDateTime) -> Position {
        let key = if self.kind == KeyKind::Time { Key::Time(updated_at) } else { Key::Id };
        Position { key, id }
    }

    fn direction(&self) -> &'static str {
        if self.descending { "DESC" } else { "ASC" }
    }

    /// Rows after `at` in this order: a row-value comparison, which SQLite and PostgreSQL
    /// answer from an index on `(key, id)`.
    pub fn after<T>(&self, at: &Position) -> Condition<T> {
        Box::new(After { order: *self, at: at.clone() })
    }
}

// The SQL of an order and of the rows after a position comes from the order's constants
// alone, never from input, so a statement that pages by it may be prepared once per
// connection and kept (a `sql()` literal would make diesel prepare it again on every run,
// and PostgreSQL plan it again).

/// The `ORDER BY` of an order.
#[derive(Debug, Clone, Copy)]
pub struct OrderBy(Order);

impl QueryFragment<MultiBackend> for OrderBy {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, MultiBackend>) -> diesel::QueryResult<()> {
        let Order { key, id, kind, .. } = self.0;
        let direction = self.0.direction();
        if kind == KeyKind::UniqueText {
            for sql in [key, " ", direction] {
                out.push_sql(sql);
            }
            return Ok(());
        }
        if kind != KeyKind::Id {
            for sql in [key, " ", direction, ", "] {
                out.push_sql(sql);
            }
        }
        for sql in [id, " ", direction] {
            out.push_sql(sql);
        }
        Ok(())
    }
}

/// The rows after a position in an order.
struct After {
    order: Order,
    at: Position,
}

impl After {
    fn operator(&self) -> &'static str {
        if self.order.descending { " < " } else { " > " }
    }

    /// `column > value`: an order whose one column orders the rows alone.
    fn single<'b, ST, U>(
        &'b self,
        mut out: AstPass<'_, 'b, MultiBackend>,
        column: &'static str,
        value: &'b U,
    ) -> diesel::QueryResult<()>
    where
        ST: SqlType,
        MultiBackend: HasSqlType<ST>,
        U: ToSql<ST, MultiBackend>,
    {
        out.push_sql(column);
        out.push_sql(self.operator());
        out.push_bind_param::<ST, U>(value)
    }

    /// `(key, id) > (key of the position, its id)`.
    fn pair<'b, ST, U>(&'b self, mut out: AstPass<'_, 'b, MultiBackend>, key: &'b U) -> diesel::QueryResult<()>
    where
        ST: SqlType,
        MultiBackend: HasSqlType<ST>,
        U: ToSql<ST, MultiBackend>,
    {
        for sql in ["(", self.order.key, ", ", self.order.id, ")", self.operator(), "("] {
            out.push_sql(sql);
        }
        out.push_bind_param::<ST, U>(key)?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&self.at.id)?;
        out.push_sql(")");
        Ok(())
    }
}

impl QueryFragment<MultiBackend> for After {
    fn walk_ast<'b>(&'b self, out: AstPass<'_, 'b, MultiBackend>) -> diesel::QueryResult<()> {
        match &self.at.key {
            Key::Id => self.single::<BigInt, _>(out, self.order.id, &self.at.id),
            Key::Text(text) if self.order.kind == KeyKind::UniqueText => {
                self.single::<Text, _>(out, self.order.key, text)
            }
            Key::Text(text) => self.pair::<Text, _>(out, text),
            Key::Date(date) => self.pair::<Date, _>(out, date),
            Key::Time(time) => self.pair::<Timestamp, _>(out, time),
            Key::Int(number) => self.pair::<Integer, _>(out, number),
        }
    }
}

macro_rules! sql_expression {
    ($name:ident: $sql_type:ty) => {
        impl diesel::expression::Expression for $name {
            type SqlType = $sql_type;
        }
        impl<QS> diesel::expression::AppearsOnTable<QS> for $name {}
        impl<QS> diesel::expression::SelectableExpression<QS> for $name {}
        impl<GB> diesel::expression::ValidGrouping<GB> for $name {
            type IsAggregate = diesel::expression::is_aggregate::Never;
        }
        impl diesel::query_builder::QueryId for $name {
            type QueryId = ();
            const HAS_STATIC_QUERY_ID: bool = false;
        }
    };
}
pub(super) use sql_expression;
sql_expression!(OrderBy: BigInt);
sql_expression!(After: Bool);

/// Which rows of an order to load: after a position (keyset) or from an offset, one more
/// than the page so that the caller knows whether another page follows, and optionally
/// only rows changed since a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    pub fetch: i64,
    pub offset: i64,
    pub after: Option<Position>,
    pub since: Option<NaiveDateTime>,
    /// The number of matching rows when a previous page counted them.
    pub counted: Option<i64>,
}

impl Window {
    /// The first `rows` of an order.
    pub fn first(rows: i64) -> Window {
        Window { fetch: rows, offset: 0, after: None, since: None, counted: None }
    }

    /// The number of matching rows: counted for a list's first page, carried by the cursor
    /// after it, so that a page deep into a scan reads its rows and nothing more.
    pub fn total(&self, count: impl FnOnce() -> diesel::QueryResult<i64>) -> diesel::QueryResult<i64> {
        match self.counted {
            Some(total) => Ok(total),
            None => count(),
        }
    }

    /// Orders `query` (over table or join `T`) and keeps the rows of the window.
    pub fn apply<T, Q>(&self, query: Q, order: &Order) -> Q
    where
        Q: OrderDsl<OrderBy, Output = Q>
            + LimitDsl<Output = Q>
            + OffsetDsl<Output = Q>
            + FilterDsl<Condition<T>, Output = Q>,
    {
        let query = LimitDsl::limit(OrderDsl::order(query, OrderBy(*order)), self.fetch);
        // No `OFFSET 0`: PostgreSQL costs an offset it cannot see as a tenth of the rows, so a
        // kept statement would be planned again on every run instead of using its one plan.
        let query = if self.offset > 0 { OffsetDsl::offset(query, self.offset) } else { query };
        match &self.after {
            Some(after) => FilterDsl::filter(query, order.after::<T>(after)),
            None => query,
        }
    }
}
