//! The three lists of co-building (needs, resources, projects with their resources and
//! progress) and the tasks assigned to units and in-service members.

use chrono::NaiveDate;
use diesel::dsl::{count_star, sum};
use diesel::prelude::*;

use super::{StoreError, StoreResult};
use crate::db::keyset::{Order, Window};
use crate::db::models::{
    NeedRow, NewNeed, NewProject, NewResource, NewTask, ProgressRow, ProjectRow, ResourceRow, TaskRow,
};
use crate::db::schema::{
    cobuilding_needs, cobuilding_progress, cobuilding_project_resources, cobuilding_projects, cobuilding_resources,
    cobuilding_tasks,
};
use crate::db::{DbConnection, now};

pub const NEEDS_BY_ID: Order = Order::by_id("id", "cobuilding_needs.id", true);
pub const RESOURCES_BY_ID: Order = Order::by_id("id", "cobuilding_resources.id", true);
pub const PROJECTS_BY_ID: Order = Order::by_id("id", "cobuilding_projects.id", true);
pub const TASKS_BY_ID: Order = Order::by_id("id", "cobuilding_tasks.id", true);
pub const NEEDS_CHANGED: Order = Order::by_change("cobuilding_needs.updated_at", "cobuilding_needs.id");
pub const RESOURCES_CHANGED: Order = Order::by_change("cobuilding_resources.updated_at", "cobuilding_resources.id");
pub const PROJECTS_CHANGED: Order = Order::by_change("cobuilding_projects.updated_at", "cobuilding_projects.id");
pub const TASKS_CHANGED: Order = Order::by_change("cobuilding_tasks.updated_at", "cobuilding_tasks.id");

/// Area subtrees every listed row must lie in (the caller's scope, a filter).
pub type Ranges = [(String, String)];

pub fn insert_need(conn: &mut DbConnection, need: &NewNeed<'_>) -> StoreResult<NeedRow> {
    let id: i64 =
        diesel::insert_into(cobuilding_needs::table).values(need).returning(cobuilding_needs::id).get_result(conn)?;
    find_need(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_need(conn: &mut DbConnection, id: i64) -> StoreResult<Option<NeedRow>> {
    Ok(cobuilding_needs::table.find(id).select(NeedRow::as_select()).first(conn).optional()?)
}

/// A window of the needs in the area subtrees, open ones only if `open`.
pub fn list_needs(
    conn: &mut DbConnection,
    ranges: &Ranges,
    open: Option<bool>,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<NeedRow>, i64)> {
    let query = || {
        let mut query = within!(cobuilding_needs::table.into_boxed(), cobuilding_needs::area_path, ranges);
        if let Some(since) = window.since {
            query = query.filter(cobuilding_needs::updated_at.ge(since));
        }
        if let Some(open) = open {
            query = query.filter(cobuilding_needs::taken.eq(!open));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(NeedRow::as_select()).load(conn)?;
    Ok((rows, total))
}

pub fn insert_resource(conn: &mut DbConnection, resource: &NewResource<'_>) -> StoreResult<ResourceRow> {
    let id: i64 = diesel::insert_into(cobuilding_resources::table)
        .values(resource)
        .returning(cobuilding_resources::id)
        .get_result(conn)?;
    Ok(cobuilding_resources::table.find(id).select(ResourceRow::as_select()).first(conn)?)
}

pub fn find_resources(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<Vec<ResourceRow>> {
    Ok(cobuilding_resources::table
        .filter(cobuilding_resources::id.eq_any(ids))
        .order(cobuilding_resources::id)
        .select(ResourceRow::as_select())
        .load(conn)?)
}

/// A window of the resources offered in the area subtrees, or by one unit.
pub fn list_resources(
    conn: &mut DbConnection,
    ranges: &Ranges,
    unit_id: Option<i64>,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<ResourceRow>, i64)> {
    let query = || {
        let mut query = within!(cobuilding_resources::table.into_boxed(), cobuilding_resources::area_path, ranges);
        if let Some(since) = window.since {
            query = query.filter(cobuilding_resources::updated_at.ge(since));
        }
        if let Some(unit_id) = unit_id {
            query = query.filter(cobuilding_resources::unit_id.eq(unit_id));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(ResourceRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Every resource offered in an area subtree, for suggesting matches.
pub fn resources_within(conn: &mut DbConnection, range: &(String, String)) -> StoreResult<Vec<ResourceRow>> {
    Ok(within!(cobuilding_resources::table.into_boxed(), cobuilding_resources::area_path, std::slice::from_ref(range))
        .order(cobuilding_resources::id)
        .limit(2000)
        .select(ResourceRow::as_select())
        .load(conn)?)
}

/// Creates a project on its need with its resources, and marks the need taken.
pub fn insert_project(conn: &mut DbConnection, project: &NewProject<'_>, resources: &[i64]) -> StoreResult<ProjectRow> {
    let id: i64 = diesel::insert_into(cobuilding_projects::table)
        .values(project)
        .returning(cobuilding_projects::id)
        .get_result(conn)?;
    for resource in resources {
        diesel::insert_into(cobuilding_project_resources::table)
            .values((
                cobuilding_project_resources::project_id.eq(id),
                cobuilding_project_resources::resource_id.eq(*resource),
            ))
            .execute(conn)?;
    }
    diesel::update(cobuilding_needs::table.find(project.need_id))
        .set((
            cobuilding_needs::taken.eq(true),
            cobuilding_needs::updated_at.eq(now()),
            cobuilding_needs::version.eq(cobuilding_needs::version + 1),
        ))
        .execute(conn)?;
    find_project(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_project(conn: &mut DbConnection, id: i64) -> StoreResult<Option<ProjectRow>> {
    Ok(cobuilding_projects::table.find(id).select(ProjectRow::as_select()).first(conn).optional()?)
}

/// The resources of a project.
/// The resources of some projects: (project, resource) pairs.
pub fn project_resources(conn: &mut DbConnection, project_ids: &[i64]) -> StoreResult<Vec<(i64, i64)>> {
    Ok(cobuilding_project_resources::table
        .filter(cobuilding_project_resources::project_id.eq_any(project_ids))
        .order((cobuilding_project_resources::project_id, cobuilding_project_resources::resource_id))
        .select((cobuilding_project_resources::project_id, cobuilding_project_resources::resource_id))
        .load(conn)?)
}

/// Filters of the project list.
#[derive(Debug, Default)]
pub struct ProjectFilter {
    pub state: Option<&'static str>,
    pub owner_unit_id: Option<i64>,
}

pub fn list_projects(
    conn: &mut DbConnection,
    ranges: &Ranges,
    filter: &ProjectFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<ProjectRow>, i64)> {
    let query = || {
        let mut query = within!(cobuilding_projects::table.into_boxed(), cobuilding_projects::area_path, ranges);
        if let Some(since) = window.since {
            query = query.filter(cobuilding_projects::updated_at.ge(since));
        }
        if let Some(state) = filter.state {
            query = query.filter(cobuilding_projects::state.eq(state));
        }
        if let Some(unit) = filter.owner_unit_id {
            query = query.filter(cobuilding_projects::owner_unit_id.eq(unit));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(ProjectRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// What a change of a project writes.
pub struct ProjectChange<'a> {
    pub state: &'a str,
    pub completed_on: Option<NaiveDate>,
    pub rating: Option<i32>,
    pub rating_comment: Option<&'a str>,
}

/// Changes a project at the version read; answers whether it did.
pub fn update_project(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    change: &ProjectChange<'_>,
) -> StoreResult<bool> {
    let changed =
        diesel::update(cobuilding_projects::table.find(id).filter(cobuilding_projects::version.eq(expected_version)))
            .set((
                cobuilding_projects::state.eq(change.state),
                cobuilding_projects::completed_on.eq(change.completed_on),
                cobuilding_projects::rating.eq(change.rating),
                cobuilding_projects::rating_comment.eq(change.rating_comment),
                cobuilding_projects::updated_at.eq(now()),
                cobuilding_projects::version.eq(cobuilding_projects::version + 1),
            ))
            .execute(conn)?;
    Ok(changed == 1)
}

pub fn insert_progress(
    conn: &mut DbConnection,
    project_id: i64,
    recorded_on: NaiveDate,
    note: &str,
    recorded_by: i64,
) -> StoreResult<ProgressRow> {
    let id: i64 = diesel::insert_into(cobuilding_progress::table)
        .values((
            cobuilding_progress::project_id.eq(project_id),
            cobuilding_progress::recorded_on.eq(recorded_on),
            cobuilding_progress::note.eq(note),
            cobuilding_progress::recorded_by.eq(recorded_by),
            cobuilding_progress::created_at.eq(now()),
        ))
        .returning(cobuilding_progress::id)
        .get_result(conn)?;
    diesel::update(cobuilding_projects::table.find(project_id))
        .set((
            cobuilding_projects::updated_at.eq(now()),
            cobuilding_projects::version.eq(cobuilding_projects::version + 1),
        ))
        .execute(conn)?;
    Ok(cobuilding_progress::table.find(id).select(ProgressRow::as_select()).first(conn)?)
}

/// One progress update.
pub fn find_progress(conn: &mut DbConnection, id: i64) -> StoreResult<Option<ProgressRow>> {
    Ok(cobuilding_progress::table.find(id).select(ProgressRow::as_select()).first(conn).optional()?)
}

/// The progress updates of some projects, newest first (at most 200 a project on average).
pub fn progress_of(conn: &mut DbConnection, project_ids: &[i64]) -> StoreResult<Vec<ProgressRow>> {
    let most = i64::try_from(project_ids.len()).unwrap_or(1).max(1) * 200;
    Ok(cobuilding_progress::table
        .filter(cobuilding_progress::project_id.eq_any(project_ids))
        .order((cobuilding_progress::recorded_on.desc(), cobuilding_progress::id.desc()))
        .limit(most)
        .select(ProgressRow::as_select())
        .load(conn)?)
}

pub fn insert_task(conn: &mut DbConnection, task: &NewTask<'_>) -> StoreResult<TaskRow> {
    let id: i64 =
        diesel::insert_into(cobuilding_tasks::table).values(task).returning(cobuilding_tasks::id).get_result(conn)?;
    find_task(conn, id)?.ok_or(StoreError::Missing)
}

pub fn find_task(conn: &mut DbConnection, id: i64) -> StoreResult<Option<TaskRow>> {
    Ok(cobuilding_tasks::table.find(id).select(TaskRow::as_select()).first(conn).optional()?)
}

/// Filters of the task list.
#[derive(Debug, Default)]
pub struct TaskFilter {
    pub state: Option<&'static str>,
    pub unit_id: Option<i64>,
    pub member_id: Option<i64>,
    /// Only tasks still open after this day.
    pub overdue_on: Option<NaiveDate>,
}

pub fn list_tasks(
    conn: &mut DbConnection,
    ranges: &Ranges,
    filter: &TaskFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<TaskRow>, i64)> {
    let query = || {
        let mut query = within!(cobuilding_tasks::table.into_boxed(), cobuilding_tasks::area_path, ranges);
        if let Some(since) = window.since {
            query = query.filter(cobuilding_tasks::updated_at.ge(since));
        }
        if let Some(state) = filter.state {
            query = query.filter(cobuilding_tasks::state.eq(state));
        }
        if let Some(unit) = filter.unit_id {
            query = query.filter(cobuilding_tasks::unit_id.eq(unit));
        }
        if let Some(member) = filter.member_id {
            query = query.filter(cobuilding_tasks::member_id.eq(member));
        }
        if let Some(day) = filter.overdue_on {
            query = query.filter(cobuilding_tasks::state.eq("assigned")).filter(cobuilding_tasks::due_on.lt(day));
        }
        query
    };
    let total = window.total(|| query().select(count_star()).get_result(conn))?;
    let rows = window.apply(query(), order).select(TaskRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// What feedback or a withdrawal writes on a task.
pub struct TaskChange<'a> {
    pub state: &'a str,
    pub feedback: Option<&'a str>,
    pub feedback_on: Option<NaiveDate>,
    pub service_hours: i32,
}

pub fn update_task(
    conn: &mut DbConnection,
    id: i64,
    expected_version: i32,
    change: &TaskChange<'_>,
) -> StoreResult<bool> {
    let changed =
        diesel::update(cobuilding_tasks::table.find(id).filter(cobuilding_tasks::version.eq(expected_version)))
            .set((
                cobuilding_tasks::state.eq(change.state),
                cobuilding_tasks::feedback.eq(change.feedback),
                cobuilding_tasks::feedback_on.eq(change.feedback_on),
                cobuilding_tasks::service_hours.eq(change.service_hours),
                cobuilding_tasks::updated_at.eq(now()),
                cobuilding_tasks::version.eq(cobuilding_tasks::version + 1),
            ))
            .execute(conn)?;
    Ok(changed == 1)
}

/// Service hours members gave on co-building tasks between two days (both included), per member.
pub fn service_hours(
    conn: &mut DbConnection,
    member_ids: &[i64],
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<Vec<(i64, i64)>> {
    let rows: Vec<(Option<i64>, Option<i64>)> = cobuilding_tasks::table
        .filter(cobuilding_tasks::member_id.eq_any(member_ids))
        .filter(cobuilding_tasks::state.eq("done"))
        .filter(cobuilding_tasks::feedback_on.ge(from))
        .filter(cobuilding_tasks::feedback_on.le(to))
        .group_by(cobuilding_tasks::member_id)
        .select((cobuilding_tasks::member_id, sum(cobuilding_tasks::service_hours)))
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(member, hours)| Some((member?, hours.unwrap_or(0)))).collect())
}

/// The tasks of a unit assigned between two days (both included): what a feedback report lists.
pub fn tasks_of_unit(
    conn: &mut DbConnection,
    unit_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<Vec<TaskRow>> {
    Ok(cobuilding_tasks::table
        .filter(cobuilding_tasks::unit_id.eq(unit_id))
        .filter(cobuilding_tasks::assigned_on.ge(from))
        .filter(cobuilding_tasks::assigned_on.le(to))
        .order(cobuilding_tasks::id)
        .limit(1000)
        .select(TaskRow::as_select())
        .load(conn)?)
}

/// The projects a unit owns that ran in a period: created by its end and not completed before it began.
pub fn projects_of_unit(
    conn: &mut DbConnection,
    unit_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<Vec<ProjectRow>> {
    let rows: Vec<ProjectRow> = cobuilding_projects::table
        .filter(cobuilding_projects::owner_unit_id.eq(unit_id))
        .order(cobuilding_projects::id)
        .limit(1000)
        .select(ProjectRow::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter(|p| p.created_at.date() <= to && p.completed_on.is_none_or(|done| done >= from))
        .collect())
}

/// Tasks of the area subtrees still open after their due day, per assigning area: how many,
/// and the earliest due day.
pub fn overdue_tasks_per_area(
    conn: &mut DbConnection,
    ranges: &Ranges,
    today: NaiveDate,
) -> StoreResult<Vec<(i64, i64, Option<NaiveDate>)>> {
    let grouped = cobuilding_tasks::table
        .group_by(cobuilding_tasks::area_id)
        .select((cobuilding_tasks::area_id, count_star(), diesel::dsl::min(cobuilding_tasks::due_on)))
        .into_boxed();
    Ok(within!(grouped, cobuilding_tasks::area_path, ranges)
        .filter(cobuilding_tasks::state.eq("assigned"))
        .filter(cobuilding_tasks::due_on.lt(today))
        .load(conn)?)
}

/// Projects of the area subtrees per state.
pub fn projects_per_state(conn: &mut DbConnection, ranges: &Ranges) -> StoreResult<Vec<(String, i64)>> {
    let grouped = cobuilding_projects::table
        .group_by(cobuilding_projects::state)
        .select((cobuilding_projects::state, count_star()))
        .into_boxed();
    Ok(within!(grouped, cobuilding_projects::area_path, ranges).load(conn)?)
}

/// Tasks of the area subtrees per state, and those open after their due day.
pub fn task_counts(
    conn: &mut DbConnection,
    ranges: &Ranges,
    today: NaiveDate,
) -> StoreResult<(Vec<(String, i64)>, i64)> {
    let grouped = cobuilding_tasks::table
        .group_by(cobuilding_tasks::state)
        .select((cobuilding_tasks::state, count_star()))
        .into_boxed();
    let per_state = within!(grouped, cobuilding_tasks::area_path, ranges).load(conn)?;
    let overdue = within!(cobuilding_tasks::table.into_boxed(), cobuilding_tasks::area_path, ranges)
        .filter(cobuilding_tasks::state.eq("assigned"))
        .filter(cobuilding_tasks::due_on.lt(today))
        .select(count_star())
        .get_result(conn)?;
    Ok((per_state, overdue))
}

/// The titles of some projects, by id.
pub fn project_titles(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<Vec<(i64, String)>> {
    Ok(cobuilding_projects::table
        .filter(cobuilding_projects::id.eq_any(ids))
        .select((cobuilding_projects::id, cobuilding_projects::title))
        .load(conn)?)
}
