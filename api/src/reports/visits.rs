//! Household visit coverage per grid and period (DOMAIN.md §8): households visited ÷
//! households, against the configured target.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use domain::area::AreaKind;
use domain::households::{VisitPolicy, below_target, coverage, period_of};
use domain::tree::{is_within, subtree_range};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::models::AreaRow;
use crate::db::repo::{areas, households};
use crate::error::ApiResult;

/// A grid's coverage.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct GridCoverage {
    /// The grid.
    pub area_id: i64,
    /// Name of the grid, for display.
    pub area_name: String,
    /// Households of the grid.
    pub households: u64,
    /// Of those, households visited in the period.
    pub visited: u64,
    /// Visited ÷ households (none without households).
    pub coverage: Option<f64>,
    /// Whether coverage is below the target (never for a grid without households).
    pub below_target: bool,
}

/// The coverage of every grid in an area for one period.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct VisitCoverage {
    /// First day of the period (China Standard Time).
    pub period_start: NaiveDate,
    /// Last day of the period (China Standard Time).
    pub period_end: NaiveDate,
    /// The target in percent of households.
    pub target_percent: u32,
    /// Each grid of the area (or the area itself when it is a grid).
    pub grids: Vec<GridCoverage>,
}

/// The grids of `area` (or `area` itself when it is one) with their coverage in the period of `on`.
pub fn visit_coverage(
    conn: &mut DbConnection,
    area: &AreaRow,
    on: NaiveDate,
    policy: &VisitPolicy,
) -> ApiResult<VisitCoverage> {
    let (start, end) = period_of(on, policy);
    let grids: Vec<AreaRow> =
        areas::in_subtree(conn, &area.path)?.into_iter().filter(|a| a.kind == AreaKind::Grid.code()).collect();
    let visits = households::visited_between(conn, &subtree_range(&area.path), start, end)?;
    let mut counts: BTreeMap<i64, (u64, u64)> = BTreeMap::new();
    for grid in &grids {
        let (total, visited) = visits
            .iter()
            .filter(|(_, path, _)| is_within(path, &grid.path))
            .fold((0, 0), |(t, v), (_, _, was)| (t + 1, v + u64::from(*was)));
        counts.insert(grid.id, (total, visited));
    }
    let grids = grids
        .into_iter()
        .map(|grid| {
            let (households, visited) = counts.get(&grid.id).copied().unwrap_or_default();
            GridCoverage {
                area_id: grid.id,
                area_name: grid.name,
                households,
                visited,
                coverage: coverage(visited, households),
                below_target: below_target(visited, households, policy),
            }
        })
        .collect();
    Ok(VisitCoverage { period_start: start, period_end: end, target_percent: policy.target_percent, grids })
}
