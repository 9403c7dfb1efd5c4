//! The working-day calendar's overrides.

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::calendar::{Calendar, DayKind};

use crate::db::DbConnection;
use crate::db::schema::calendar_days;
use crate::error::{ApiError, ApiResult};

/// Overrides between two dates (inclusive), as stored: (date, kind, name).
pub fn overrides(
    conn: &mut DbConnection,
    from: NaiveDate,
    to: NaiveDate,
) -> ApiResult<Vec<(NaiveDate, String, Option<String>)>> {
    Ok(calendar_days::table
        .filter(calendar_days::day.ge(from))
        .filter(calendar_days::day.le(to))
        .order(calendar_days::day)
        .select((calendar_days::day, calendar_days::kind, calendar_days::name))
        .load(conn)?)
}

/// The calendar for rules about dates between `from` and `to` (a margin is added so
/// that counting forward from `to` still sees the overrides).
pub fn load(conn: &mut DbConnection, from: NaiveDate, to: NaiveDate) -> ApiResult<Calendar> {
    let rows = overrides(conn, from, to + chrono::Duration::days(60))?;
    let days = rows
        .into_iter()
        .map(|(day, kind, _)| {
            kind.parse::<DayKind>().map(|k| (day, k)).map_err(|_| ApiError::Internal(format!("calendar kind `{kind}`")))
        })
        .collect::<ApiResult<Vec<_>>>()?;
    Ok(Calendar::new(days))
}

/// Replaces the overrides of a year.
pub fn replace_year(
    conn: &mut DbConnection,
    year: i32,
    days: &[(NaiveDate, DayKind, Option<String>)],
) -> ApiResult<()> {
    let (Some(first), Some(last)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) else {
        return Err(ApiError::field("year", "range", "not a year"));
    };
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
