//! Compliance of organizational life (DOMAIN.md §7): which required meetings each branch of
//! a subtree held or missed, each requirement checked part by part inside the period.

use std::collections::HashMap;

use chrono::NaiveDate;
use domain::meetings::{BranchShape, MeetingType, Period, Standing, committee_expected, compliance};
use domain::member::Stage;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::repo::organizations::Branches;
use crate::db::repo::{meetings, organizations};
use crate::error::ApiResult;

/// One requirement of a branch in a period.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequirementLine {
    /// The type of meeting required (三会一课, 主题党日, 组织生活会).
    pub meeting_type: MeetingType,
    /// One meeting per month, quarter or year of the period, as the type requires.
    pub required: u32,
    /// Meetings of the type the branch held in the period.
    pub held: u32,
    /// Every part of the period has its meeting.
    pub met: bool,
    /// `met`, `in_progress` (nothing missed; a running month or quarter has no meeting yet)
    /// or `missing`.
    pub standing: Standing,
    /// The finished months or quarters without a meeting (`2026-05`, `2026-Q2`).
    pub missed: Vec<String>,
}

/// A branch's compliance.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct BranchCompliance {
    /// The branch.
    pub org_id: i64,
    /// Name of the branch, for display.
    pub name: String,
    /// Probationary and full members of the branch.
    pub members: usize,
    /// Full members (正式党员) of the branch.
    pub full_members: usize,
    /// ≥7 full members: a branch committee is expected and its monthly meeting required.
    pub has_committee: bool,
    /// The branch has Party groups (党小组), so their monthly group meeting is required.
    pub has_groups: bool,
    /// Each required meeting type, checked over the period.
    pub requirements: Vec<RequirementLine>,
    /// Nothing missed: every requirement met or still in progress.
    pub compliant: bool,
}

/// The compliance of each of the branches (a subtree's, or some by id) in a period, in four
/// queries whatever their number.
pub fn branches(
    conn: &mut DbConnection,
    which: Branches<'_>,
    period: &Period,
    today: NaiveDate,
) -> ApiResult<Vec<BranchCompliance>> {
    let branches = organizations::branches(conn, which)?;
    let mut held: HashMap<(i64, String), Vec<(NaiveDate, i64)>> = HashMap::new();
    for (org, kind, on, n) in meetings::held_by_day(conn, which, period.first, period.last)? {
        held.entry((org, kind)).or_default().push((on, n));
    }
    let with_groups = organizations::with_groups(conn, which)?;
    let counted = organizations::branch_members(conn, which, &[Stage::Full, Stage::Probationary])?;
    let stages: HashMap<(i64, &str), i64> =
        counted.iter().map(|(org, stage, n)| ((*org, stage.as_str()), *n)).collect();
    let members_at =
        |id: i64, stage: Stage| usize::try_from(stages.get(&(id, stage.code())).copied().unwrap_or(0)).unwrap_or(0);
    Ok(branches
        .into_iter()
        .map(|(id, name)| {
            let full = members_at(id, Stage::Full);
            let shape = BranchShape {
                has_committee: committee_expected(u32::try_from(full).unwrap_or(u32::MAX)),
                has_groups: with_groups.contains(&id),
            };
            let held_between = |t: MeetingType, first: NaiveDate, last: NaiveDate| {
                let days = held.get(&(id, t.code().to_owned())).map(Vec::as_slice).unwrap_or_default();
                let n: i64 = days.iter().filter(|(on, _)| (first..=last).contains(on)).map(|(_, n)| n).sum();
                u32::try_from(n).unwrap_or(u32::MAX)
            };
            let requirements: Vec<RequirementLine> = compliance(period, shape, today, held_between)
                .into_iter()
                .map(|r| RequirementLine {
                    meeting_type: r.meeting_type,
                    required: r.required,
                    held: r.held,
                    met: r.met(),
                    standing: r.standing,
                    missed: r.missed,
                })
                .collect();
            BranchCompliance {
                org_id: id,
                name,
                members: full + members_at(id, Stage::Probationary),
                full_members: full,
                has_committee: shape.has_committee,
                has_groups: shape.has_groups,
                compliant: requirements.iter().all(|r| r.standing != Standing::Missing),
                requirements,
            }
        })
        .collect())
}

/// Compliance of every root's subtree (callers who see the whole tree).
pub fn everywhere(conn: &mut DbConnection, period: &Period, today: NaiveDate) -> ApiResult<Vec<BranchCompliance>> {
    let mut all = Vec::new();
    for root in organizations::root_paths(conn)? {
        all.extend(branches(conn, Branches::Within(&root), period, today)?);
    }
    Ok(all)
}
