//! Projects (项目清单): a need matched with resources, owned by a unit, due on a day, with
//! progress, completion and the community's rating.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::cobuilding::lists::{ProjectState, check_project, check_rating, check_transition};
use domain::tree;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::photos::{ProgressPhoto, to_photo};
use super::resources::{CoResource, to_resources};
use super::{cited_resolution, offers};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewProject, ProgressRow, ProjectRow};
use crate::db::repo::cobuilding::{self, ProjectChange, ProjectFilter};
use crate::db::repo::names::NameBook;
use crate::db::repo::{areas, attachments, units};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{
    created, list_of, list_ranges, missing_reference, recorded, stored, today, utc, with_etag,
};
use crate::state::AppState;

/// A progress update of a project.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Progress {
    /// The update's id.
    pub id: i64,
    /// The day it reports on (China Standard Time).
    pub recorded_on: NaiveDate,
    /// What was done.
    pub note: String,
    /// Who recorded it, for display.
    pub recorded_by_name: String,
    /// Its photos (`POST /co-building/projects/{id}/progress/{progress_id}/photos`).
    pub photos: Vec<ProgressPhoto>,
}

/// A co-building project.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Project {
    /// The project's id.
    pub id: i64,
    /// The community (or street) the project serves.
    pub area_id: i64,
    /// Name of the area, for display.
    pub area_name: String,
    /// The need it meets.
    pub need_id: i64,
    /// A short title.
    pub title: String,
    /// The unit that owns it.
    pub owner_unit_id: i64,
    /// Name of the owner unit, for display.
    pub owner_unit_name: String,
    /// The day it is due.
    pub due_on: NaiveDate,
    /// Planned, in progress, completed or cancelled.
    pub state: ProjectState,
    /// Whether it is still open after its due day.
    pub overdue: bool,
    /// The joint-meeting resolution it came from.
    pub resolution_id: Option<i64>,
    /// The resources matched with the need.
    pub resources: Vec<CoResource>,
    /// Progress updates, latest first.
    pub progress: Vec<Progress>,
    /// The day it was completed.
    pub completed_on: Option<NaiveDate>,
    /// The community's rating, 1 to 5, once completed.
    pub rating: Option<i32>,
    /// The community's comment with its rating.
    pub rating_comment: Option<String>,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(ProjectList, Project, "A page of projects.");

fn to_progress(conn: &mut DbConnection, rows: Vec<ProgressRow>) -> ApiResult<Vec<Progress>> {
    let names = NameBook::wanted().users(rows.iter().filter_map(|r| r.recorded_by)).read(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut files = attachments::of_progress(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| Progress {
            photos: files
                .extract_if(.., |f| f.progress_id == Some(row.id))
                .map(|file| to_photo(row.project_id, file))
                .collect(),
            id: row.id,
            recorded_on: row.recorded_on,
            note: row.note,
            recorded_by_name: row.recorded_by.map(|id| names.user(id)).unwrap_or_default(),
        })
        .collect())
}

fn to_projects(conn: &mut DbConnection, rows: Vec<ProjectRow>) -> ApiResult<Vec<Project>> {
    let area_of = |row: &ProjectRow| tree::ids(&row.area_path).last().copied().unwrap_or_default();
    let names =
        NameBook::wanted().units(rows.iter().map(|r| r.owner_unit_id)).areas(rows.iter().map(area_of)).read(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    // A page's resources and progress in two queries each, handed out per project.
    let links = cobuilding::project_resources(conn, &ids)?;
    let resource_ids: Vec<i64> = links.iter().map(|(_, resource)| *resource).collect();
    let resource_rows = cobuilding::find_resources(conn, &resource_ids)?;
    let offered = to_resources(conn, resource_rows)?;
    let progress_rows = cobuilding::progress_of(conn, &ids)?;
    let owners: Vec<i64> = progress_rows.iter().map(|p| p.project_id).collect();
    let mut updates: Vec<(i64, Progress)> = owners.into_iter().zip(to_progress(conn, progress_rows)?).collect();
    let today = today();
    rows.into_iter()
        .map(|row| {
            let resources = links
                .iter()
                .filter(|(project, _)| *project == row.id)
                .filter_map(|(_, resource)| offered.iter().find(|r| r.id == *resource).cloned())
                .collect();
            let (mine, rest): (Vec<_>, Vec<_>) = updates.drain(..).partition(|(project, _)| *project == row.id);
            updates = rest;
            let progress = mine.into_iter().map(|(_, p)| p).collect();
            let state: ProjectState = stored(&row.state)?;
            let area_id = area_of(&row);
            Ok(Project {
                id: row.id,
                area_id,
                area_name: names.area(area_id),
                need_id: row.need_id,
                title: row.title,
                owner_unit_id: row.owner_unit_id,
                owner_unit_name: names.unit(row.owner_unit_id),
                due_on: row.due_on,
                overdue: matches!(state, ProjectState::Planned | ProjectState::InProgress) && today > row.due_on,
                state,
                resolution_id: row.resolution_id,
                resources,
                progress,
                completed_on: row.completed_on,
                rating: row.rating,
                rating_comment: row.rating_comment,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// Audits a change of a project and answers the project as it now is.
fn recorded_change(conn: &mut DbConnection, caller: &Caller, id: i64, action: &str) -> ApiResult<Project> {
    audit::record(conn, &caller.actor(), Event::success(action, "project", id))?;
    let row = visible_project(conn, caller, id)?;
    to_projects(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
}

pub fn visible_project(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<ProjectRow> {
    cobuilding::find_project(conn, id)?.filter(|p| caller.scope.holds_area(&p.area_path)).ok_or(ApiError::NotFound)
}

/// Filters of the project list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ProjectQuery {
    /// Only projects of this area and the areas below it.
    pub area_id: Option<i64>,
    /// Only projects in this state.
    pub state: Option<ProjectState>,
    /// Only projects this unit owns.
    pub owner_unit_id: Option<i64>,
}

/// List the co-building projects of the caller's areas, newest first.
#[utoipa::path(operation_id = "list_projects", tag = "co-building", params(ProjectQuery, Paging, ChangesSince), responses((status = 200, description = "A page of projects", body = ProjectList)))]
#[get("/co-building/projects")]
pub async fn list_projects(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<ProjectQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let order = page.order(false, &cobuilding::PROJECTS_BY_ID, &cobuilding::PROJECTS_CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let filter =
                ProjectFilter { state: query.state.map(ProjectState::code), owner_unit_id: query.owner_unit_id };
            let (rows, total) = cobuilding::list_projects(conn, &ranges, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(ProjectList::new(to_projects(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A project to start on a need.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectInput {
    /// The open need it meets.
    pub need_id: i64,
    /// The resources matched with it (at least one), offered in the need's street.
    #[validate(length(min = 1, max = 20))]
    #[schema(min_items = 1, max_items = 20)]
    pub resource_ids: Vec<i64>,
    /// The unit that owns it.
    pub owner_unit_id: i64,
    /// A short title.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub title: String,
    /// The day it is due.
    pub due_on: NaiveDate,
    /// The joint-meeting resolution it carries out.
    pub resolution_id: Option<i64>,
}

/// Match a need with resources in a project.
#[utoipa::path(operation_id = "create_project", tag = "co-building", request_body = ProjectInput, responses((status = 201, description = "Started", body = Project)))]
#[post("/co-building/projects")]
pub async fn create_project(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<ProjectInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    let project = state
        .write(move |conn| {
            let need = cobuilding::find_need(conn, new.need_id)?
                .filter(|n| caller.scope.holds_area(&n.area_path))
                .ok_or_else(|| missing_reference("need_id"))?;
            let rows = cobuilding::find_resources(conn, &new.resource_ids)?;
            // Resources come from the units of the need's street.
            let community = areas::find(conn, need.area_id)?.ok_or(ApiError::NotFound)?;
            let street = community.parent_id.map(|id| areas::find(conn, id)).transpose()?.flatten();
            let street_path = street.map_or(community.path, |s| s.path);
            let reachable = |path: &str| path.starts_with(&street_path);
            if rows.len() != new.resource_ids.len() || rows.iter().any(|r| !reachable(&r.area_path)) {
                return Err(missing_reference("resource_ids"));
            }
            units::find(conn, new.owner_unit_id)?.ok_or_else(|| missing_reference("owner_unit_id"))?;
            check_project(!need.taken, &offers(conn, &rows)?, new.due_on)?;
            let resolution_id = cited_resolution(conn, new.resolution_id, &need.area_path)?;
            let at = now();
            let row = cobuilding::insert_project(
                conn,
                &NewProject {
                    need_id: need.id,
                    area_path: &need.area_path,
                    owner_unit_id: new.owner_unit_id,
                    title: new.title.trim(),
                    due_on: new.due_on,
                    state: ProjectState::Planned.code(),
                    resolution_id,
                    created_by: Some(caller.id),
                    created_at: at,
                    updated_at: at,
                },
                &new.resource_ids,
            )?;
            audit::record(conn, &caller.actor(), Event::success("project.create", "project", row.id))?;
            to_projects(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/projects/{}", project.id), 1, &project))
}

/// Get a project with its resources and progress.
#[utoipa::path(operation_id = "get_project", tag = "co-building", params(("id" = i64, Path, description = "Project id")), responses((status = 200, description = "The project", body = Project)))]
#[get("/co-building/projects/{id}")]
pub async fn get_project(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let id = id.into_inner();
    let (version, project) = state
        .read(move |conn| {
            let row = visible_project(conn, &caller, id)?;
            Ok((row.version, to_projects(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &project))
}

/// A progress update.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgressInput {
    /// The day it reports on; not after today.
    pub recorded_on: NaiveDate,
    /// What was done.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub note: String,
}

/// Record progress on a project (a planned project starts with its first update).
#[utoipa::path(operation_id = "create_project_progress", tag = "co-building", params(("id" = i64, Path, description = "Project id")), request_body = ProgressInput, responses((status = 201, description = "Recorded", body = Project)))]
#[post("/co-building/projects/{id}/progress")]
pub async fn create_project_progress(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<ProgressInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    recorded("recorded_on", new.recorded_on)?;
    let id = id.into_inner();
    let project = state
        .write(move |conn| {
            let row = visible_project(conn, &caller, id)?;
            let state: ProjectState = stored(&row.state)?;
            let moves_on = state == ProjectState::Planned;
            // Progress is recorded on a running project; a planned one starts with it.
            if state != ProjectState::InProgress {
                check_transition(state, ProjectState::InProgress)?;
            }
            cobuilding::insert_progress(conn, row.id, new.recorded_on, new.note.trim(), caller.id)?;
            if moves_on {
                let change = ProjectChange {
                    state: ProjectState::InProgress.code(),
                    completed_on: None,
                    rating: None,
                    rating_comment: None,
                };
                cobuilding::update_project(conn, row.id, row.version + 1, &change)?;
            }
            recorded_change(conn, &caller, id, "project.progress")
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/projects/{id}"), 1, &project))
}

/// A project's move to completed or cancelled.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectTransition {
    /// `completed` or `cancelled`.
    pub to: ProjectState,
    /// The day it was completed or stopped; not after today.
    pub on: NaiveDate,
}

/// Complete or cancel a project.
#[utoipa::path(operation_id = "create_project_transition", tag = "co-building", params(("id" = i64, Path, description = "Project id")), request_body = ProjectTransition, responses((status = 201, description = "Moved", body = Project)))]
#[post("/co-building/projects/{id}/transitions")]
pub async fn create_project_transition(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(new): JsonBody<ProjectTransition>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    recorded("on", new.on)?;
    let id = id.into_inner();
    let project = state
        .write(move |conn| {
            let row = visible_project(conn, &caller, id)?;
            let version = if_match.expected_version().unwrap_or(row.version);
            check_transition(stored(&row.state)?, new.to)?;
            let completed_on = (new.to == ProjectState::Completed).then_some(new.on);
            let change = ProjectChange { state: new.to.code(), completed_on, rating: None, rating_comment: None };
            if !cobuilding::update_project(conn, row.id, version, &change)? {
                return Err(ApiError::PreconditionFailed);
            }
            recorded_change(conn, &caller, id, "project.transition")
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/projects/{id}"), 1, &project))
}

/// The community's rating of a completed project.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectRating {
    /// 1 (poor) to 5 (excellent).
    #[validate(range(min = 1, max = 5))]
    #[schema(minimum = 1, maximum = 5)]
    pub rating: u8,
    /// What the community says of it.
    #[validate(length(min = 1, max = 1000))]
    #[schema(min_length = 1, max_length = 1000)]
    pub comment: Option<String>,
}

/// Rate a completed project (the community's say on what the unit did).
#[utoipa::path(operation_id = "create_project_rating", tag = "co-building", params(("id" = i64, Path, description = "Project id")), request_body = ProjectRating, responses((status = 201, description = "Rated", body = Project)))]
#[post("/co-building/projects/{id}/rating")]
pub async fn create_project_rating(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<ProjectRating>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    let id = id.into_inner();
    let project = state
        .write(move |conn| {
            let row = visible_project(conn, &caller, id)?;
            let current: ProjectState = stored(&row.state)?;
            check_rating(current, new.rating)?;
            let change = ProjectChange {
                state: current.code(),
                completed_on: row.completed_on,
                rating: Some(i32::from(new.rating)),
                rating_comment: new.comment.as_deref().map(str::trim),
            };
            if !cobuilding::update_project(conn, row.id, row.version, &change)? {
                return Err(ApiError::PreconditionFailed);
            }
            recorded_change(conn, &caller, id, "project.rate")
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/projects/{id}"), 1, &project))
}
