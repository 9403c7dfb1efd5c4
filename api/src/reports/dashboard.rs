//! The dashboard of a subtree: members by category and stage, unit coverage, and meeting
//! compliance of its branches this quarter (DOMAIN.md §11).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use domain::meetings::Period;
use domain::member::{Category, Stage};
use domain::unit::coverage_ratio;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::cache::Versioned;
use crate::db::DbConnection;
use crate::db::models::OrganizationRow;
use crate::db::repo::organizations::Branches;
use crate::db::repo::units::{self, UnitFilter, reach_of};
use crate::db::repo::{fact_versions, organizations};
use crate::error::{ApiError, ApiResult};
use crate::reports::compliance::{self, BranchCompliance};
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

/// The units a subtree reaches and those of them covered.
pub struct Coverage {
    units: i64,
    covered: i64,
}

/// Whether each branch of a subtree missed no required meeting on a day, by branch.
pub type Standings = HashMap<i64, bool>;

/// Branches whose facts changed since the kept standings beyond which all are computed again
/// (one query over the subtree costs less than a list of ids that long).
const REFRESHED_AT_MOST: usize = 1_000;

/// The parts of dashboards kept while their facts stay as they are: each reads every branch
/// or every unit of the subtree, which a points entry or a resident's request does not change.
pub struct KeptParts {
    /// By organization and day; a meeting or a member's stage computes its branch again.
    pub compliance: Versioned<(i64, NaiveDate), Standings>,
    /// By organization.
    pub coverage: Versioned<i64, Coverage>,
}

impl KeptParts {
    pub fn new(capacity: usize) -> KeptParts {
        KeptParts { compliance: Versioned::new(capacity), coverage: Versioned::new(capacity) }
    }
}

/// The standings of a subtree's branches: those kept at `older`'s version with the branches
/// changed since computed again, or all of them when the tree itself changed.
fn standings(
    conn: &mut DbConnection,
    org_path: &str,
    period: &Period,
    on: NaiveDate,
    older: Option<(i64, Arc<Standings>)>,
) -> ApiResult<Standings> {
    let standing = |branches: Vec<BranchCompliance>| branches.into_iter().map(|b| (b.org_id, b.compliant));
    if let Some((version, kept)) = older {
        let changed = fact_versions::compliance_changed_since(conn, version)?;
        if !changed.contains(&fact_versions::TREE) && changed.len() <= REFRESHED_AT_MOST {
            let mut standings = Arc::unwrap_or_clone(kept);
            let ours: Vec<i64> = changed.into_iter().filter(|id| standings.contains_key(id)).collect();
            if !ours.is_empty() {
                standings.extend(standing(compliance::branches(conn, Branches::Among(&ours), period, on)?));
            }
            return Ok(standings);
        }
    }
    Ok(standing(compliance::branches(conn, Branches::Within(org_path), period, on)?).collect())
}

impl KeptDashboard {
    /// The dashboard of an organization's subtree on `on`.
    pub fn of(
        conn: &mut DbConnection,
        kept: &KeptParts,
        org: OrganizationRow,
        on: NaiveDate,
    ) -> ApiResult<KeptDashboard> {
        // Read before the facts themselves (see `Versioned::get_or_refresh`).
        let versions = fact_versions::current(conn)?;
        let mut counts = organizations::subtree_member_counts(conn, org.id)?;
        counts.sort();
        let members = counts
            .into_iter()
            .map(|(category, stage, members)| {
                Ok(MemberCount { category: stored(&category)?, stage: stored(&stage)?, members })
            })
            .collect::<ApiResult<Vec<_>>>()?;
        let coverage = kept.coverage.get_or_refresh(org.id, versions.coverage, |_| -> ApiResult<Coverage> {
            let reach = UnitFilter { reaches: vec![reach_of(conn, &org)?], ..UnitFilter::default() };
            let by_field = units::coverage_by_field(conn, &reach)?;
            Ok(Coverage {
                units: by_field.iter().map(|(_, n, _)| n).sum(),
                covered: by_field.iter().map(|(_, _, c)| c).sum(),
            })
        })?;
        let period_text = format!("{}-Q{}", on.year(), (on.month() - 1) / 3 + 1);
        let period = Period::parse(&period_text).map_err(|e| ApiError::Internal(e.to_string()))?;
        let standings = kept.compliance.get_or_refresh((org.id, on), versions.compliance, |older| {
            standings(conn, &org.path, &period, on, older)
        })?;
        let dashboard = Dashboard {
            org_id: org.id,
            members,
            units: coverage.units,
            covered_units: coverage.covered,
            coverage_ratio: coverage_ratio(coverage.covered, coverage.units),
            period: period_text,
            branches: standings.len(),
            compliant_branches: standings.values().filter(|compliant| **compliant).count(),
        };
        Ok(KeptDashboard { org_path: org.path, dashboard })
    }
}
