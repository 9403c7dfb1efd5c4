//! The dashboard of a subtree: members by category and stage, unit coverage, and meeting
//! compliance of its branches this quarter (DOMAIN.md §11).

use chrono::{Datelike, NaiveDate};
use domain::meetings::Period;
use domain::member::{Category, Stage};
use domain::unit::coverage_ratio;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::models::OrganizationRow;
use crate::db::repo::organizations;
use crate::db::repo::units::{self, UnitFilter, reach_of};
use crate::error::{ApiError, ApiResult};
use crate::reports::compliance;
use crate::routes::common::stored;

/// Members of one category at one stage.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MemberCount {
    /// The members' category (在籍, 在职, 流动, 搬迁入住).
    pub category: Category,
    /// The members' stage.
    pub stage: Stage,
    /// Number of members of this category at this stage.
    pub members: i64,
}

/// The counts of a subtree.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Dashboard {
    /// The organization whose subtree is counted.
    pub org_id: i64,
    /// Members whose membership lies in the subtree, by category and stage.
    pub members: Vec<MemberCount>,
    /// Units (驻区单位) the subtree reaches: covered by its organizations or located in its led area.
    pub units: i64,
    /// Of those, units covered by a Party organization.
    pub covered_units: i64,
    /// Coverage (覆盖率): covered units ÷ units; 0 without units.
    pub coverage_ratio: f64,
    /// This quarter: branches, and those holding every required meeting so far.
    pub period: String,
    /// Branches of the subtree.
    pub branches: usize,
    /// Branches that missed no required meeting this quarter so far.
    pub compliant_branches: usize,
}

/// A dashboard with the path of its organization, kept between writes (the city's reads
/// every organization and unit).
pub struct KeptDashboard {
    pub org_path: String,
    pub dashboard: Dashboard,
}

impl KeptDashboard {
    /// The dashboard of an organization's subtree on `on`.
    pub fn of(conn: &mut DbConnection, org: OrganizationRow, on: NaiveDate) -> ApiResult<KeptDashboard> {
        let mut counts = organizations::subtree_member_counts(conn, org.id)?;
        counts.sort();
        let members = counts
            .into_iter()
            .map(|(category, stage, members)| {
                Ok(MemberCount { category: stored(&category)?, stage: stored(&stage)?, members })
            })
            .collect::<ApiResult<Vec<_>>>()?;
        let reach = UnitFilter { reaches: vec![reach_of(conn, &org)?], ..UnitFilter::default() };
        let by_field = units::coverage_by_field(conn, &reach)?;
        let units: i64 = by_field.iter().map(|(_, n, _)| n).sum();
        let covered: i64 = by_field.iter().map(|(_, _, c)| c).sum();
        let period_text = format!("{}-Q{}", on.year(), (on.month() - 1) / 3 + 1);
        let period = Period::parse(&period_text).map_err(|e| ApiError::Internal(e.to_string()))?;
        let branches = compliance::branches(conn, &org.path, &period, on)?;
        let dashboard = Dashboard {
            org_id: org.id,
            members,
            units,
            covered_units: covered,
            coverage_ratio: coverage_ratio(covered, units),
            period: period_text,
            branches: branches.len(),
            compliant_branches: branches.iter().filter(|b| b.compliant).count(),
        };
        Ok(KeptDashboard { org_path: org.path, dashboard })
    }
}
