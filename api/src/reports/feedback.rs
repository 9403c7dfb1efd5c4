//! The half-year feedback to a vertically managed unit's superior (§6 定期向条管单位的上一级
//! 党组织反馈共建情况): the unit's co-building tasks and projects of the half year, its members'
//! report-in and service hours, as the street signs it off.

use chrono::NaiveDate;
use domain::cobuilding::HalfYear;
use domain::cobuilding::lists::ProjectState;
use domain::cobuilding::tasks::{TaskState, overdue};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::db::DbConnection;
use crate::db::models::{AreaRow, UnitRow};
use crate::db::repo::{cobuilding, member_events, members, organizations, report_ins};
use crate::error::ApiResult;
use crate::routes::common::stored;

/// A task of the unit in the half year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ReportedTask {
    /// What was asked.
    pub title: String,
    /// The day it was assigned.
    pub assigned_on: NaiveDate,
    /// The day it was due.
    pub due_on: NaiveDate,
    /// Where it stood when the report was made.
    pub state: TaskState,
    /// Whether it was past due without feedback.
    pub overdue: bool,
    /// The unit's feedback.
    pub feedback: Option<String>,
}

/// A project the unit owned in the half year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ReportedProject {
    /// The project.
    pub title: String,
    /// Where it stood when the report was made.
    pub state: ProjectState,
    /// The day it was due.
    pub due_on: NaiveDate,
    /// The day it was completed.
    pub completed_on: Option<NaiveDate>,
    /// The community's rating, 1 to 5.
    pub rating: Option<i32>,
}

/// What a feedback report says, as composed when it was made.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FeedbackContent {
    /// The unit's name.
    pub unit_name: String,
    /// Its unified social credit code.
    pub credit_code: String,
    /// The superior Party organization the report goes to.
    pub superior_name: String,
    /// The street that reports.
    pub street_name: String,
    /// The first day of the half year.
    pub from: NaiveDate,
    /// The last day of the half year.
    pub to: NaiveDate,
    /// The tasks assigned to the unit in the half year.
    pub tasks: Vec<ReportedTask>,
    /// The projects the unit owned in the half year.
    pub projects: Vec<ReportedProject>,
    /// Party members working at the unit.
    pub members: u64,
    /// Of them, members who reported in to the community they live in during the half year.
    pub reported_in: u64,
    /// Hours of volunteer service those members recorded in the half year.
    pub service_hours: f64,
}

/// Composes the feedback of `unit` for `half`, reported by `street`.
pub fn compose(
    conn: &mut DbConnection,
    unit: &UnitRow,
    street: &AreaRow,
    half: HalfYear,
) -> ApiResult<FeedbackContent> {
    let (from, to) = half.days();
    let superior_name = match unit.superior_org_id {
        Some(id) => organizations::find(conn, id)?.map(|org| org.name),
        None => None,
    };
    let tasks = cobuilding::tasks_of_unit(conn, unit.id, from, to)?
        .into_iter()
        .map(|task| {
            let state: TaskState = stored(&task.state)?;
            Ok(ReportedTask {
                title: task.title,
                assigned_on: task.assigned_on,
                due_on: task.due_on,
                overdue: overdue(state, task.due_on, to.min(crate::routes::common::today())),
                state,
                feedback: task.feedback,
            })
        })
        .collect::<ApiResult<_>>()?;
    let projects = cobuilding::projects_of_unit(conn, unit.id, from, to)?
        .into_iter()
        .map(|project| {
            Ok(ReportedProject {
                title: project.title,
                state: stored(&project.state)?,
                due_on: project.due_on,
                completed_on: project.completed_on,
                rating: project.rating,
            })
        })
        .collect::<ApiResult<_>>()?;
    let staff = members::of_work_unit(conn, unit.id)?;
    let reported_in = report_ins::reported_in(conn, &staff, from, to)?.len();
    let service_hours = member_events::service_hours(conn, &staff, from, to)?;
    Ok(FeedbackContent {
        unit_name: unit.name.clone(),
        credit_code: unit.credit_code.clone(),
        superior_name: superior_name.or_else(|| unit.superior_name.clone()).unwrap_or_default(),
        street_name: street.name.clone(),
        from,
        to,
        tasks,
        projects,
        members: staff.len() as u64,
        reported_in: reported_in as u64,
        service_hours,
    })
}
