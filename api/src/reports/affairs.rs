//! What the access list let through and kept out (社区事务准入, §15): per community and
//! department in a year, the work handed over, the funding that followed it and the refusals.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::repo::affairs;
use crate::db::repo::names::NameBook;
use crate::error::{ApiError, ApiResult};

/// One community and department.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AffairsReportRow {
    /// The community.
    pub area_id: i64,
    /// Name of the community, for display.
    pub area_name: String,
    /// The department.
    pub department: String,
    /// Work handed over under an item of the list.
    pub assigned: i64,
    /// Yuan that followed it (费随事转).
    pub funding_yuan: i64,
    /// Work refused for citing no admitted item.
    pub refused: i64,
}

/// The year's report for the communities of an area.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AffairsReport {
    /// The year.
    pub year: i32,
    /// Per community and department, by community.
    pub rows: Vec<AffairsReportRow>,
    /// Work handed over, all rows.
    pub assigned: i64,
    /// Yuan that followed it, all rows.
    pub funding_yuan: i64,
    /// Work refused, all rows.
    pub refused: i64,
}

pub fn report(conn: &mut DbConnection, ranges: &[(String, String)], year: i32) -> ApiResult<AffairsReport> {
    let bad_year = || ApiError::field("year", "range", "not a year");
    let from = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad_year)?;
    let to = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(bad_year)?;
    let tallies = affairs::tally(conn, ranges, from, to)?;
    let names = NameBook::wanted().areas(tallies.iter().map(|t| t.area_id)).read(conn)?;
    let rows: Vec<AffairsReportRow> = tallies
        .into_iter()
        .map(|t| AffairsReportRow {
            area_name: names.area(t.area_id),
            area_id: t.area_id,
            department: t.department,
            assigned: t.assigned,
            funding_yuan: t.funding_yuan,
            refused: t.refused,
        })
        .collect();
    Ok(AffairsReport {
        year,
        assigned: rows.iter().map(|r| r.assigned).sum(),
        funding_yuan: rows.iter().map(|r| r.funding_yuan).sum(),
        refused: rows.iter().map(|r| r.refused).sum(),
        rows,
    })
}
