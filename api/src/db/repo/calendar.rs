//! The working-day calendar's overrides.

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::calendar::{Calendar, DayKind};

use super::{StoreError, StoreResult};
use crate::db::DbConnection;
use crate::db::schema::calendar_days;

/// Overrides between two dates (inclusive), as stored: (date, kind, name).
pub fn overrides(
    conn: &mut DbConnection,
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<Vec<(NaiveDate, String, Option<String>)>> {
    Ok(calendar_days::table
        .filter(calendar_days::day.ge(from))
        .filter(calendar_days::day.le(to))
        .order(calendar_days::day)
        .select((calendar_days::day, calendar_days::kind, calendar_days::name))
        .load(conn)?)
}

/// Whether the calendar holds any day of `year` (its holiday arrangement is loaded).
pub fn has_year(conn: &mut DbConnection, year: i32) -> StoreResult<bool> {
    let (Some(first), Some(last)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) else {
        return Ok(false);
    };
    let count: i64 = calendar_days::table
        .filter(calendar_days::day.ge(first))
        .filter(calendar_days::day.le(last))
        .count()
        .get_result(conn)?;
    Ok(count > 0)
}

/// The calendar for rules about dates between `from` and `to` (a margin is added so
/// that counting forward from `to` still sees the overrides).
pub fn load(conn: &mut DbConnection, from: NaiveDate, to: NaiveDate) -> StoreResult<Calendar> {
    let rows = overrides(conn, from, to + chrono::Duration::days(60))?;
    let days = rows
        .into_iter()
        .map(|(day, kind, _)| {
            kind.parse::<DayKind>()
                .map(|k| (day, k))
                .map_err(|_| StoreError::Unreadable(format!("calendar kind `{kind}`")))
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(Calendar::new(days))
}

/// Replaces the overrides of a year, from its first to its last day.
pub fn replace_year(
    conn: &mut DbConnection,
    first: NaiveDate,
    last: NaiveDate,
    days: &[(NaiveDate, DayKind, Option<String>)],
) -> StoreResult<()> {
    diesel::delete(calendar_days::table.filter(calendar_days::day.ge(first)).filter(calendar_days::day.le(last)))
        .execute(conn)?;
    for (day, kind, name) in days {
        diesel::insert_into(calendar_days::table)
            .values((
                calendar_days::day.eq(day),
                calendar_days::kind.eq(kind.code()),
                calendar_days::name.eq(name.as_deref()),
            ))
            .execute(conn)?;
    }
    Ok(())
}
