//! The figures of the three-level response per area and period (DOMAIN.md §8): response,
//! resolution and satisfaction rates, median times, requests per 1,000 households; for an area
//! and each area one level below it.

use chrono::{Duration, NaiveDate, NaiveTime};
use domain::requests::metrics::{Counted, Metrics, metrics};
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::models::AreaRow;
use crate::db::repo::requests::{self, AreaFilter, RequestFilter, Seer};
use crate::db::repo::{areas, households};
use crate::error::ApiResult;
use crate::routes::common::stored;

/// The figures of one area.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AreaFigures {
    /// The area counted.
    pub area_id: i64,
    /// Name of the area, for display.
    pub area_name: String,
    /// Households of the area.
    pub households: i64,
    #[serde(flatten)]
    pub figures: Metrics,
}

/// The figures of an area and of each area one level below it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestMetrics {
    /// Requests received from this day …
    pub from: NaiveDate,
    /// … to this day, both included (China Standard Time).
    pub to: NaiveDate,
    /// The figures of the whole area.
    pub total: AreaFigures,
    /// The figures of each area one level below (a street's communities, a community's grids).
    pub parts: Vec<AreaFigures>,
}

fn figures(area: &AreaRow, households: i64, counted: &[Counted]) -> AreaFigures {
    AreaFigures {
        area_id: area.id,
        area_name: area.name.clone(),
        households,
        figures: metrics(counted, u64::try_from(households).unwrap_or(0)),
    }
}

/// The figures of `area` for requests received from `from` to `to` (China Standard Time).
pub fn request_metrics(
    conn: &mut DbConnection,
    area: &AreaRow,
    from: NaiveDate,
    to: NaiveDate,
) -> ApiResult<RequestMetrics> {
    let range = subtree_range(&area.path);
    // Received times are stored in UTC; a day in China starts at 16:00 UTC the day before.
    let start = |day: NaiveDate| day.and_time(NaiveTime::MIN) - Duration::hours(8);
    let filter = RequestFilter {
        seer: Seer { everything: true, ..Seer::default() },
        // By path and received time: the period's requests of the area, through their index.
        area: Some(AreaFilter::Subtree(range.clone())),
        received_from: Some(start(from)),
        received_before: Some(start(to + Duration::days(1))),
        ..RequestFilter::default()
    };
    let rows = requests::all(conn, &filter)?;
    let counted = rows
        .iter()
        .map(|row| {
            Ok((
                row.area_path.clone(),
                Counted {
                    state: stored(&row.state)?,
                    received_at: row.received_at,
                    answered_at: row.answered_at,
                    answered_in_time: row.answered_in_time,
                    resolved_at: row.resolved_at,
                    rating: row.rating.and_then(|r| u8::try_from(r).ok()),
                },
            ))
        })
        .collect::<ApiResult<Vec<(String, Counted)>>>()?;
    let all: Vec<Counted> = counted.iter().map(|(_, c)| *c).collect();
    let total = figures(area, households::count_in(conn, &range)?, &all);
    let mut parts = Vec::new();
    for child in areas::children(conn, area.id)? {
        let inside: Vec<Counted> =
            counted.iter().filter(|(path, _)| domain::tree::is_within(path, &child.path)).map(|(_, c)| *c).collect();
        let households = households::count_in(conn, &subtree_range(&child.path))?;
        parts.push(figures(&child, households, &inside));
    }
    Ok(RequestMetrics { from, to, total, parts })
}
