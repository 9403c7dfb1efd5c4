//! Completions of micro Party courses: a member completes a course on the phone (or staff record
//! one from another platform) with the time spent, once, while the course is open, and earns
//! the course rule's points; a member reads the courses published for it.

use actix_web::{HttpResponse, get, post, web};
use chrono::NaiveDate;
use domain::access::policy::{self, Action};
use domain::online::{Completion, check_completion};
use domain::tree::lineage;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{Course, to_courses, visible_course};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{CompletionRow, CourseRow, MemberRow, NewCompletion};
use crate::db::repo::members;
use crate::db::repo::online::{self, CourseReach};
use crate::db::repo::points::{self, Earned};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ListQuery, NoFilters, Paging};
use crate::routes::common::{created, list_of, missing_reference, recorded, today, visible_member};
use crate::state::AppState;

/// A member's completion of a course.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CourseCompletion {
    /// The completion's id.
    pub id: i64,
    /// The course.
    pub course_id: i64,
    /// The member.
    pub member_id: i64,
    /// Name of the member, for display.
    pub member_name: String,
    /// Minutes the member spent on the course.
    pub minutes_spent: i32,
    /// The day it was completed (China Standard Time).
    pub completed_on: NaiveDate,
    /// The points entry it earned (none: no course rule, the rule does not apply, or its
    /// yearly cap was reached).
    pub points_entry_id: Option<i64>,
}

list_of!(CompletionList, CourseCompletion, "A page of a course's completions, newest first.");

fn to_completion(row: CompletionRow, member_name: String) -> CourseCompletion {
    CourseCompletion {
        id: row.id,
        course_id: row.course_id,
        member_id: row.member_id,
        member_name,
        minutes_spent: row.minutes_spent,
        completed_on: row.completed_on,
        points_entry_id: row.points_entry_id,
    }
}

/// The members who completed a course, newest first.
#[utoipa::path(operation_id = "list_course_completions", tag = "online", params(("id" = i64, Path, description = "Course id"), Paging), responses((status = 200, description = "A page of completions", body = CompletionList)))]
#[get("/courses/{id}/completions")]
pub async fn list_course_completions(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    ListQuery(NoFilters {}, page): ListQuery<NoFilters>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    page.without_changes()?;
    let id = id.into_inner();
    let order = &online::COMPLETIONS_BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let course = visible_course(conn, &caller, id)?;
            let (rows, total) = online::list_completions(conn, course.id, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |(row, _)| order.position(row.id, row.created_at));
            let items = rows.into_iter().map(|(row, name)| to_completion(row, name)).collect();
            Ok(CompletionList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A completion to record.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CompletionInput {
    /// The member; left out, the member of the caller's own account (a member taking the course
    /// on the phone). Party-affairs staff name a member of the course's organization (a
    /// completion from another learning platform).
    pub member_id: Option<i64>,
    /// Minutes spent on the course: at least the course's length (`course-time-short`).
    #[validate(range(min = 1, max = 1440))]
    #[schema(minimum = 1, maximum = 1440)]
    pub minutes_spent: i32,
    /// The day it was completed; not after today, while the course is open (`course-closed`).
    pub completed_on: NaiveDate,
}

/// The course and who completes it: the caller's own member, for a course published on its
/// member record's lineage; or a member staff name, of the course's organization subtree.
fn completing(
    conn: &mut DbConnection,
    caller: &Caller,
    course_id: i64,
    member_id: Option<i64>,
) -> ApiResult<(CourseRow, MemberRow)> {
    let Some(member_id) = member_id else {
        let member = members::find(conn, caller.own_member()?)?.ok_or(ApiError::NotFound)?;
        let course = online::find_course(conn, course_id)?
            .filter(|c| member.membership_org_path.starts_with(&c.org_path))
            .ok_or(ApiError::NotFound)?;
        return Ok((course, member));
    };
    caller.require(Action::WriteMembers)?;
    let course = visible_course(conn, caller, course_id)?;
    let (member, _) = visible_member(conn, &caller.scope, member_id).map_err(|_| missing_reference("member_id"))?;
    if !member.membership_org_path.starts_with(&course.org_path) {
        return Err(ApiError::field(
            "member_id",
            "rule",
            "the course is for the members of its organization's subtree",
        ));
    }
    Ok((course, member))
}

/// Record that a member completed a course, with the time spent: once per member, while the
/// course is open, after spending at least its length. Completing earns the points of the
/// course rule (`DANGJIAN_COURSE_RULE`, default A04) when it applies and its cap allows.
#[utoipa::path(operation_id = "create_course_completion", tag = "online", params(("id" = i64, Path, description = "Course id")), request_body = CompletionInput, responses((status = 201, description = "Recorded", body = CourseCompletion)))]
#[post("/courses/{id}/completions")]
pub async fn create_course_completion(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<CompletionInput>,
) -> ApiResult<HttpResponse> {
    if !policy::allows(&caller.roles, Action::TakePartOnline) {
        caller.require(Action::WriteMembers)?;
    }
    let new = new.accept()?;
    recorded("completed_on", new.completed_on)?;
    let id = id.into_inner();
    let course_rule = state.config.rules.course_rule.clone();
    let completion = state
        .write(move |conn| {
            let (course, member) = completing(conn, &caller, id, new.member_id)?;
            let before = online::completions_of(conn, member.id, &[course.id])?;
            check_completion(Completion {
                course_minutes: u32::try_from(course.minutes).unwrap_or(0),
                opens: course.opens_on,
                closes: course.closes_on,
                minutes_spent: u32::try_from(new.minutes_spent).unwrap_or(0),
                on: new.completed_on,
                completed_before: !before.is_empty(),
            })?;
            let evidence = format!("网上微党课：{}", course.title);
            let earned = Earned {
                occurred_on: new.completed_on,
                evidence: &evidence,
                awarding_org_id: course.org_id,
                awarding_org_path: &course.org_path,
                source: "course",
                meeting_id: None,
                recorded_by: Some(caller.id),
            };
            let points_entry_id = match course_rule.as_deref() {
                Some(code) => points::earn(conn, code, member.id, &member.category, &earned)?.map(|entry| entry.id),
                None => None,
            };
            let row = online::insert_completion(
                conn,
                &NewCompletion {
                    course_id: course.id,
                    member_id: member.id,
                    minutes_spent: new.minutes_spent,
                    completed_on: new.completed_on,
                    points_entry_id,
                    recorded_by: Some(caller.id),
                    created_at: now(),
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("course.complete", "course", course.id))?;
            Ok(to_completion(row, member.name))
        })
        .await?;
    Ok(created(format!("/api/v1/courses/{id}/completions"), 1, &completion))
}

/// A course open to the caller, with the caller's own completion.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MyCourse {
    /// The course.
    pub course: Course,
    /// The caller's completion, once completed.
    pub completion: Option<CourseCompletion>,
}

list_of!(MyCourseList, MyCourse, "A page of the caller's courses, newest first.");

/// Filters of the caller's courses.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MyCourseQuery {
    /// Only courses open today (`true`).
    pub open: Option<bool>,
}

/// The micro Party courses published for the caller's member record (by its organization and
/// the ones above it), newest first, each with the caller's completion.
#[utoipa::path(operation_id = "list_my_courses", tag = "me", params(MyCourseQuery, Paging), responses((status = 200, description = "A page of the caller's courses", body = MyCourseList)))]
#[get("/me/courses")]
pub async fn list_my_courses(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<MyCourseQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::TakePartOnline)?;
    let member_id = caller.own_member()?;
    page.without_changes()?;
    let order = &online::COURSES_BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let member = members::find(conn, member_id)?.ok_or(ApiError::NotFound)?;
            let paths = lineage(&member.membership_org_path);
            let open_on = query.open.filter(|open| *open).map(|_| today());
            let (rows, total) = online::list_courses(conn, &CourseReach::Published(&paths), open_on, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            let items = to_my_courses(conn, &member, rows)?;
            Ok(MyCourseList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// The courses with the member's own completion of each.
fn to_my_courses(conn: &mut DbConnection, member: &MemberRow, rows: Vec<CourseRow>) -> ApiResult<Vec<MyCourse>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut done = online::completions_of(conn, member.id, &ids)?;
    Ok(to_courses(conn, rows)?
        .into_iter()
        .map(|course| {
            let completion = done
                .iter()
                .position(|c| c.course_id == course.id)
                .map(|at| to_completion(done.swap_remove(at), member.name.clone()));
            MyCourse { course, completion }
        })
        .collect())
}

/// One course published for the caller's member record, with the caller's completion (the page
/// a member studies on).
#[utoipa::path(operation_id = "get_my_course", tag = "me", params(("id" = i64, Path, description = "Course id")), responses((status = 200, description = "The course", body = MyCourse)))]
#[get("/me/courses/{id}")]
pub async fn get_my_course(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::TakePartOnline)?;
    let member_id = caller.own_member()?;
    let id = id.into_inner();
    let course = state
        .read(move |conn| {
            let member = members::find(conn, member_id)?.ok_or(ApiError::NotFound)?;
            let row = online::find_course(conn, id)?
                .filter(|c| lineage(&member.membership_org_path).contains(&c.org_path))
                .ok_or(ApiError::NotFound)?;
            to_my_courses(conn, &member, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(HttpResponse::Ok().json(course))
}
