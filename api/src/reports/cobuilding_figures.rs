//! The co-building figures of a level (DOMAIN.md §11): joint meetings held, projects by state,
//! tasks overdue, the access list's work and refusals, opinions pending and the support
//! shortfalls, for the dashboard next to the member, points, compliance and request figures.

use chrono::{Datelike, NaiveDate};
use domain::cobuilding::lists::ProjectState;
use domain::cobuilding::tasks::TaskState;
use domain::support::SupportPolicy;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::repo::{cobuilding, joint, opinions};
use crate::error::ApiResult;
use crate::reports::support::{figures_with, year_tally};
use crate::routes::common::stored;

/// A count of one state.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ProjectCount {
    /// The state.
    pub state: ProjectState,
    /// Projects in it.
    pub projects: i64,
}

/// The co-building figures of an area's subtree.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CoBuildingFigures {
    /// The year the yearly figures count.
    pub year: i32,
    /// Joint meetings (联席会) set up.
    pub joint_bodies: i64,
    /// Joint meetings held this year.
    pub joint_meetings_held: i64,
    /// Projects per state.
    pub projects: Vec<ProjectCount>,
    /// Tasks open.
    pub tasks_open: i64,
    /// Tasks done (with feedback).
    pub tasks_done: i64,
    /// Tasks open after their due day.
    pub tasks_overdue: i64,
    /// Work handed to communities under the access list this year.
    pub assignments: i64,
    /// Work refused at the communities' doors this year.
    pub refusals: i64,
    /// Yuan that followed the work this year.
    pub funding_followed_yuan: i64,
    /// Requests for a community's opinion unanswered.
    pub opinions_pending: i64,
    /// Of those, past their last day.
    pub opinions_overdue: i64,
    /// Communities below the office-space standard.
    pub spaces_below_standard: usize,
    /// Communities with fewer young graduates than the policy asks.
    pub graduates_short: usize,
    /// Counties without a demonstration site.
    pub counties_without_site: usize,
}

pub fn co_building(
    conn: &mut DbConnection,
    ranges: &[(String, String)],
    on: NaiveDate,
    policy: &SupportPolicy,
) -> ApiResult<CoBuildingFigures> {
    let year = on.year();
    let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(on);
    let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(on);
    let (joint_bodies, joint_meetings_held) = joint::counts(conn, ranges, from, to)?;
    let projects = cobuilding::projects_per_state(conn, ranges)?
        .into_iter()
        .map(|(state, projects)| Ok(ProjectCount { state: stored(&state)?, projects }))
        .collect::<ApiResult<Vec<_>>>()?;
    let (tasks, tasks_overdue) = cobuilding::task_counts(conn, ranges, on)?;
    let tasks_in = |state: TaskState| tasks.iter().find(|(s, _)| s == state.code()).map_or(0, |(_, n)| *n);
    let tally = year_tally(conn, ranges, year)?;
    let (opinions_pending, opinions_overdue) = opinions::pending(conn, ranges, on)?;
    let support = figures_with(conn, ranges, year, policy, &tally)?;
    Ok(CoBuildingFigures {
        year,
        joint_bodies,
        joint_meetings_held,
        projects,
        tasks_open: tasks_in(TaskState::Assigned),
        tasks_done: tasks_in(TaskState::Done),
        tasks_overdue,
        assignments: tally.iter().map(|t| t.assigned).sum(),
        refusals: tally.iter().map(|t| t.refused).sum(),
        funding_followed_yuan: support.funding_followed_yuan,
        opinions_pending,
        opinions_overdue,
        spaces_below_standard: support.below_standard,
        graduates_short: support.graduates_short,
        counties_without_site: support.counties_without_site.len(),
    })
}
