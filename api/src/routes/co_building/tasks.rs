//! Co-building tasks (共驻共建任务, §6): assigned by a street or community to the units
//! located there and to in-service members who reported in, answered with feedback; a
//! member's service hours count toward the report-in.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::area::AreaKind;
use domain::cobuilding::tasks::{Feedback, TaskAssignee, TaskState, check_feedback, check_task, overdue};
use domain::member::EventKind;
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::cited_resolution;
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewMemberEvent, NewTask, TaskRow};
use crate::db::repo::cobuilding::{self, TaskChange, TaskFilter};
use crate::db::repo::names::NameBook;
use crate::db::repo::{areas, member_events, members, report_ins, units};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{
    created, list_of, list_ranges, missing_reference, recorded, stored, today, utc, visible_area, with_etag,
};
use crate::state::AppState;

/// A co-building task.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Task {
    /// The task's id.
    pub id: i64,
    /// The street or community that assigned it.
    pub area_id: i64,
    /// Name of the street or community, for display.
    pub area_name: String,
    /// A short title.
    pub title: String,
    /// What is to be done.
    pub description: String,
    /// Whether it goes to a unit or to an in-service member.
    pub assignee_kind: TaskAssignee,
    /// The unit it goes to.
    pub unit_id: Option<i64>,
    /// The member it goes to.
    pub member_id: Option<i64>,
    /// Name of the unit or member, for display.
    pub assignee_name: String,
    /// The day it was assigned (China Standard Time).
    pub assigned_on: NaiveDate,
    /// The day it is due.
    pub due_on: NaiveDate,
    /// Assigned, done (feedback given) or cancelled (withdrawn).
    pub state: TaskState,
    /// Whether it is still open after its due day.
    pub overdue: bool,
    /// The joint-meeting resolution it carries out.
    pub resolution_id: Option<i64>,
    /// The project it belongs to.
    pub project_id: Option<i64>,
    /// The project's title, for display.
    pub project_title: Option<String>,
    /// The feedback (反馈): what was done.
    pub feedback: Option<String>,
    /// The day of the feedback.
    pub feedback_on: Option<NaiveDate>,
    /// Hours of service a member gave on it (they count toward the report-in).
    pub service_hours: i32,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(TaskList, Task, "A page of co-building tasks.");

pub fn to_tasks(conn: &mut DbConnection, rows: Vec<TaskRow>) -> ApiResult<Vec<Task>> {
    let names = NameBook::wanted()
        .areas(rows.iter().map(|r| r.area_id))
        .units(rows.iter().filter_map(|r| r.unit_id))
        .members(rows.iter().filter_map(|r| r.member_id))
        .read(conn)?;
    let projects: Vec<i64> = rows.iter().filter_map(|r| r.project_id).collect();
    let titles = cobuilding::project_titles(conn, &projects)?;
    let today = today();
    rows.into_iter()
        .map(|row| {
            let state: TaskState = stored(&row.state)?;
            let project_title =
                row.project_id.and_then(|id| titles.iter().find(|(p, _)| *p == id).map(|(_, t)| t.clone()));
            let assignee_name = match (row.unit_id, row.member_id) {
                (Some(unit), _) => names.unit(unit),
                (None, Some(member)) => names.member(member),
                (None, None) => String::new(),
            };
            Ok(Task {
                id: row.id,
                area_id: row.area_id,
                area_name: names.area(row.area_id),
                title: row.title,
                description: row.description,
                assignee_kind: stored(&row.assignee_kind)?,
                unit_id: row.unit_id,
                member_id: row.member_id,
                assignee_name,
                assigned_on: row.assigned_on,
                due_on: row.due_on,
                overdue: overdue(state, row.due_on, today),
                state,
                resolution_id: row.resolution_id,
                project_id: row.project_id,
                project_title,
                feedback: row.feedback,
                feedback_on: row.feedback_on,
                service_hours: row.service_hours,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// Audits a change of a task and answers the task as it now is.
fn recorded_change(conn: &mut DbConnection, caller: &Caller, id: i64, action: &str) -> ApiResult<Task> {
    audit::record(conn, &caller.actor(), Event::success(action, "task", id))?;
    let row = visible_task(conn, caller, id)?;
    to_tasks(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
}

fn visible_task(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<TaskRow> {
    cobuilding::find_task(conn, id)?.filter(|t| caller.scope.holds_area(&t.area_path)).ok_or(ApiError::NotFound)
}

/// Filters of the task list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct TaskQuery {
    /// Only tasks assigned by this area and the areas below it.
    pub area_id: Option<i64>,
    /// Only tasks in this state.
    pub state: Option<TaskState>,
    /// Only the tasks of this unit.
    pub unit_id: Option<i64>,
    /// Only the tasks of this member.
    pub member_id: Option<i64>,
    /// Only tasks still open after their due day.
    pub overdue: Option<bool>,
}

/// List the co-building tasks of the caller's areas, newest first.
#[utoipa::path(operation_id = "list_tasks", tag = "co-building", params(TaskQuery, Paging, ChangesSince), responses((status = 200, description = "A page of tasks", body = TaskList)))]
#[get("/co-building/tasks")]
pub async fn list_tasks(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<TaskQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let order = page.order(false, &cobuilding::TASKS_BY_ID, &cobuilding::TASKS_CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let filter = TaskFilter {
                state: query.state.map(TaskState::code),
                unit_id: query.unit_id,
                member_id: query.member_id,
                overdue_on: query.overdue.filter(|o| *o).map(|_| today()),
            };
            let (rows, total) = cobuilding::list_tasks(conn, &ranges, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(TaskList::new(to_tasks(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A task to assign.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskInput {
    /// The street or community assigning it.
    pub area_id: i64,
    /// A short title.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub title: String,
    /// What is to be done.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub description: String,
    /// A unit or an in-service member.
    pub assignee_kind: TaskAssignee,
    /// The unit or member: a unit located in the area, a member who reported in to it within the last year.
    pub assignee_id: i64,
    /// The day it was assigned (at a joint meeting, say); not after today (default today).
    pub assigned_on: Option<NaiveDate>,
    /// The day it is due; not before the day it was assigned.
    pub due_on: NaiveDate,
    /// The joint-meeting resolution it carries out.
    pub resolution_id: Option<i64>,
    /// The project it belongs to, in the same area.
    pub project_id: Option<i64>,
}

/// Assign a co-building task to a unit or an in-service member.
#[utoipa::path(operation_id = "create_task", tag = "co-building", request_body = TaskInput, responses((status = 201, description = "Assigned", body = Task)))]
#[post("/co-building/tasks")]
pub async fn create_task(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<TaskInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    let assigned_on = new.assigned_on.unwrap_or_else(today);
    recorded("assigned_on", assigned_on)?;
    let task = state
        .write(move |conn| {
            let area = visible_area(conn, &caller.scope, new.area_id).map_err(|_| missing_reference("area_id"))?;
            if ![AreaKind::Street.code(), AreaKind::Community.code()].contains(&area.kind.as_str()) {
                return Err(ApiError::field(
                    "area_id",
                    "not_a_street_or_community",
                    "tasks are assigned by streets and communities",
                ));
            }
            let range = subtree_range(&area.path);
            let today = today();
            let in_area = match new.assignee_kind {
                TaskAssignee::Unit => {
                    let unit = units::find(conn, new.assignee_id)?.ok_or_else(|| missing_reference("assignee_id"))?;
                    let at = areas::find(conn, unit.area_id)?.ok_or_else(|| missing_reference("assignee_id"))?;
                    at.path >= range.0 && at.path < range.1
                }
                TaskAssignee::Member => {
                    let member =
                        members::find(conn, new.assignee_id)?.ok_or_else(|| missing_reference("assignee_id"))?;
                    let lives_here = member.residence_area_path >= range.0 && member.residence_area_path < range.1;
                    let year_ago = today - chrono::Duration::days(365);
                    lives_here && !report_ins::reported_in(conn, &[member.id], year_ago, today)?.is_empty()
                }
            };
            check_task(in_area, assigned_on, new.due_on)?;
            let resolution_id = cited_resolution(conn, new.resolution_id, &area.path)?;
            if let Some(project) = new.project_id {
                cobuilding::find_project(conn, project)?
                    .filter(|p| p.area_path.starts_with(&area.path))
                    .ok_or_else(|| missing_reference("project_id"))?;
            }
            let at = now();
            let (unit_id, member_id) = match new.assignee_kind {
                TaskAssignee::Unit => (Some(new.assignee_id), None),
                TaskAssignee::Member => (None, Some(new.assignee_id)),
            };
            let row = cobuilding::insert_task(
                conn,
                &NewTask {
                    area_id: area.id,
                    area_path: &area.path,
                    title: new.title.trim(),
                    description: new.description.trim(),
                    assignee_kind: new.assignee_kind.code(),
                    unit_id,
                    member_id,
                    assigned_on,
                    due_on: new.due_on,
                    state: TaskState::Assigned.code(),
                    resolution_id,
                    project_id: new.project_id,
                    created_by: Some(caller.id),
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("task.create", "task", row.id))?;
            to_tasks(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/tasks/{}", task.id), 1, &task))
}

/// Get a co-building task.
#[utoipa::path(operation_id = "get_task", tag = "co-building", params(("id" = i64, Path, description = "Task id")), responses((status = 200, description = "The task", body = Task)))]
#[get("/co-building/tasks/{id}")]
pub async fn get_task(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let id = id.into_inner();
    let (version, task) = state
        .read(move |conn| {
            let row = visible_task(conn, &caller, id)?;
            Ok((row.version, to_tasks(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &task))
}

/// The feedback on a task.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskFeedback {
    /// What was done.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub feedback: String,
    /// The day of the feedback; not after today.
    pub on: NaiveDate,
    /// For a member's task: hours of service given (they count toward the report-in).
    #[validate(range(min = 0, max = 10000))]
    #[schema(minimum = 0, maximum = 10000)]
    pub service_hours: Option<u32>,
}

/// Give the feedback on a task (反馈): it is done.
#[utoipa::path(operation_id = "create_task_feedback", tag = "co-building", params(("id" = i64, Path, description = "Task id")), request_body = TaskFeedback, responses((status = 201, description = "Done", body = Task)))]
#[post("/co-building/tasks/{id}/feedback")]
pub async fn create_task_feedback(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(new): JsonBody<TaskFeedback>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    recorded("on", new.on)?;
    let id = id.into_inner();
    let task = state
        .write(move |conn| {
            let row = visible_task(conn, &caller, id)?;
            let hours = new.service_hours.unwrap_or(0);
            let feedback = Feedback { text: &new.feedback, on: new.on, service_hours: hours };
            check_feedback(stored(&row.state)?, stored(&row.assignee_kind)?, row.assigned_on, &feedback)?;
            let change = TaskChange {
                state: TaskState::Done.code(),
                feedback: Some(new.feedback.trim()),
                feedback_on: Some(new.on),
                service_hours: i32::try_from(hours).unwrap_or(i32::MAX),
            };
            let version = if_match.expected_version().unwrap_or(row.version);
            if !cobuilding::update_task(conn, row.id, version, &change)? {
                return Err(ApiError::PreconditionFailed);
            }
            // A member's hours on a task are volunteer service in the member's history, where the
            // report-in and the evaluations count them.
            if let (Some(member_id), true) = (row.member_id, hours > 0) {
                let service = NewMemberEvent {
                    member_id,
                    kind: EventKind::Service.code().to_owned(),
                    occurred_on: new.on,
                    org_id: None,
                    counterpart_org_id: None,
                    service_hours: Some(f64::from(hours)),
                    certificate_no: None,
                    content: Some(format!("共建任务：{}", row.title)),
                    recorded_by: Some(caller.id),
                    recorded_by_name: Some(caller.display_name.clone()),
                    created_at: now(),
                };
                member_events::insert_event(conn, &service)?;
            }
            recorded_change(conn, &caller, id, "task.feedback")
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/tasks/{id}"), 1, &task))
}

/// Why a task is withdrawn.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskWithdrawal {
    /// The reason.
    #[validate(length(min = 1, max = 500))]
    #[schema(min_length = 1, max_length = 500)]
    pub reason: String,
}

/// Withdraw an open task.
#[utoipa::path(operation_id = "create_task_withdrawal", tag = "co-building", params(("id" = i64, Path, description = "Task id")), request_body = TaskWithdrawal, responses((status = 201, description = "Withdrawn", body = Task)))]
#[post("/co-building/tasks/{id}/withdrawal")]
pub async fn create_task_withdrawal(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<TaskWithdrawal>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    let id = id.into_inner();
    let task = state
        .write(move |conn| {
            let row = visible_task(conn, &caller, id)?;
            let current: TaskState = stored(&row.state)?;
            if current != TaskState::Assigned {
                return Err(domain::cobuilding::tasks::TaskRefusal::Closed(current).into());
            }
            let change = TaskChange {
                state: TaskState::Cancelled.code(),
                feedback: Some(new.reason.trim()),
                feedback_on: Some(today()),
                service_hours: 0,
            };
            if !cobuilding::update_task(conn, row.id, row.version, &change)? {
                return Err(ApiError::PreconditionFailed);
            }
            recorded_change(conn, &caller, id, "task.withdraw")
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/tasks/{id}"), 1, &task))
}
