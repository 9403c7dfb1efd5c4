//! Online branches (网络党支部, policy §10): micro Party courses (网上微党课) with the members'
//! completions and the time they spent, points for completing one through the rules
//! catalogue, and the members' practice posts (`posts`).

mod completions;
mod posts;

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{CourseRow, NewCourse};
use crate::db::repo::names::NameBook;
use crate::db::repo::online::{self, CourseChange, CourseReach};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ListQuery, Paging};
use crate::routes::common::{
    created, list_of, missing_reference, non_empty, nullable, org_ranges, today, utc, visible_org, with_etag,
};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_courses)
        .service(create_course)
        .service(get_course)
        .service(update_course)
        .service(completions::list_course_completions)
        .service(completions::create_course_completion)
        .service(completions::list_my_courses)
        .service(completions::get_my_course)
        .service(posts::list_practice_posts)
        .service(posts::create_practice_post)
        .service(posts::get_practice_post)
        .service(posts::update_practice_post);
}

/// A micro Party course (网上微党课).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Course {
    /// The course's id.
    pub id: i64,
    /// The organization that published it: its members and those of its subtree take it.
    pub org_id: i64,
    /// Name of the organization, for display.
    pub org_name: String,
    /// Title of the course.
    pub title: String,
    /// The material: the lesson's text, or what the recording covers.
    pub material: String,
    /// Where the recording or slides are.
    pub link: Option<String>,
    /// Minutes the course takes: a completion needs at least this much time spent.
    pub minutes: i32,
    /// The first day it can be completed.
    pub opens_on: NaiveDate,
    /// The last day it can be completed (none: open).
    pub closes_on: Option<NaiveDate>,
    /// Whether it can be completed today.
    pub open: bool,
    /// Members who completed it.
    pub completed_by: i64,
    /// Minutes they spent on it together.
    pub minutes_spent: i64,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(CourseList, Course, "A page of micro Party courses, newest first.");

fn to_courses(conn: &mut DbConnection, rows: Vec<CourseRow>) -> ApiResult<Vec<Course>> {
    let names = NameBook::wanted().orgs(rows.iter().map(|r| r.org_id)).read(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let figures = online::completion_figures(conn, &ids)?;
    let day = today();
    Ok(rows
        .into_iter()
        .map(|row| {
            let (completed_by, minutes_spent) = figures.get(&row.id).copied().unwrap_or_default();
            Course {
                id: row.id,
                org_name: names.org(row.org_id),
                org_id: row.org_id,
                title: row.title,
                material: row.material,
                link: row.link,
                minutes: row.minutes,
                open: row.opens_on <= day && row.closes_on.is_none_or(|closes| day <= closes),
                opens_on: row.opens_on,
                closes_on: row.closes_on,
                completed_by,
                minutes_spent,
                updated_at: utc(row.updated_at),
            }
        })
        .collect())
}

/// A course the caller's scope holds; anything else is "not found".
fn visible_course(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<CourseRow> {
    online::find_course(conn, id)?.filter(|c| caller.scope.holds_org(&c.org_path)).ok_or(ApiError::NotFound)
}

/// Filters of the course list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CourseQuery {
    /// Courses published by this organization and its subtree.
    pub org_id: Option<i64>,
    /// Only courses open today (`true`).
    pub open: Option<bool>,
}

/// List the micro Party courses of the caller's organizations, newest first.
#[utoipa::path(operation_id = "list_courses", tag = "online", params(CourseQuery, Paging), responses((status = 200, description = "A page of courses", body = CourseList)))]
#[get("/courses")]
pub async fn list_courses(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<CourseQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    page.without_changes()?;
    let order = &online::COURSES_BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let mut ranges = org_ranges(&caller.scope);
            if let Some(id) = query.org_id {
                let org = visible_org(conn, &caller.scope, id).map_err(|_| missing_reference("org_id"))?;
                ranges.push(subtree_range(&org.path));
            }
            let open_on = query.open.filter(|open| *open).map(|_| today());
            let (rows, total) = online::list_courses(conn, &CourseReach::Within(&ranges), open_on, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(CourseList::new(to_courses(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A course to publish.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CourseInput {
    /// The publishing organization (an online branch, or any organization for its subtree).
    pub org_id: i64,
    /// Title of the course.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    /// The material: the lesson's text, or what the recording covers.
    #[validate(length(min = 1, max = 20000))]
    #[schema(min_length = 1, max_length = 20000)]
    pub material: String,
    /// Where the recording or slides are (an address).
    #[validate(url, length(max = 500))]
    #[schema(max_length = 500)]
    pub link: Option<String>,
    /// Minutes the course takes.
    #[validate(range(min = 1, max = 600))]
    #[schema(minimum = 1, maximum = 600)]
    pub minutes: i32,
    /// The first day it can be completed.
    pub opens_on: NaiveDate,
    /// The last day it can be completed; not before `opens_on`.
    pub closes_on: Option<NaiveDate>,
}

fn check_dates(opens_on: NaiveDate, closes_on: Option<NaiveDate>) -> ApiResult<()> {
    if closes_on.is_some_and(|closes| closes < opens_on) {
        return Err(ApiError::field("closes_on", "rule", "a course closes on or after the day it opens"));
    }
    Ok(())
}

/// Publish a micro Party course for the members of an organization and its subtree.
#[utoipa::path(operation_id = "create_course", tag = "online", request_body = CourseInput, responses((status = 201, description = "Published", body = Course)))]
#[post("/courses")]
pub async fn create_course(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<CourseInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let new = new.accept()?;
    check_dates(new.opens_on, new.closes_on)?;
    let course = state
        .write(move |conn| {
            let org = visible_org(conn, &caller.scope, new.org_id).map_err(|_| missing_reference("org_id"))?;
            let at = now();
            let link = non_empty(new.link.clone());
            let row = online::insert_course(
                conn,
                &NewCourse {
                    org_id: org.id,
                    org_path: &org.path,
                    title: new.title.trim(),
                    material: new.material.trim(),
                    link: link.as_deref(),
                    minutes: new.minutes,
                    opens_on: new.opens_on,
                    closes_on: new.closes_on,
                    created_by: Some(caller.id),
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("course.create", "course", row.id))?;
            to_courses(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/courses/{}", course.id), 1, &course))
}

/// Get a course with how many members completed it; the ETag is its version.
#[utoipa::path(operation_id = "get_course", tag = "online", params(("id" = i64, Path, description = "Course id")), responses((status = 200, description = "The course", body = Course)))]
#[get("/courses/{id}")]
pub async fn get_course(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let (version, course) = state
        .read(move |conn| {
            let row = visible_course(conn, &caller, id)?;
            Ok((row.version, to_courses(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &course))
}

/// A change to a course: only the fields sent change.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CourseUpdate {
    /// Title of the course.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub title: Option<String>,
    /// The material.
    #[validate(length(min = 1, max = 20000))]
    #[schema(min_length = 1, max_length = 20000)]
    pub material: Option<String>,
    /// Where the recording or slides are; `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    #[validate(url, length(max = 500))]
    #[schema(value_type = Option<String>, max_length = 500)]
    pub link: Option<Option<String>>,
    /// Minutes the course takes (completions recorded before keep their standing).
    #[validate(range(min = 1, max = 600))]
    #[schema(minimum = 1, maximum = 600)]
    pub minutes: Option<i32>,
    /// The last day it can be completed; `null` leaves it open.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<NaiveDate>)]
    pub closes_on: Option<Option<NaiveDate>>,
}

/// Change a course (title, material, link, length, closing day), with the ETag read
/// (`If-Match`).
#[utoipa::path(operation_id = "update_course", tag = "online", params(("id" = i64, Path, description = "Course id")), request_body = CourseUpdate, responses((status = 200, description = "Changed", body = Course)))]
#[patch("/courses/{id}")]
pub async fn update_course(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<CourseUpdate>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let change = change.accept()?;
    let id = id.into_inner();
    let (version, course) = state
        .write(move |conn| {
            let row = visible_course(conn, &caller, id)?;
            if_match.check(row.version)?;
            let closes_on = change.closes_on.unwrap_or(row.closes_on);
            check_dates(row.opens_on, closes_on)?;
            let link = match change.link.clone() {
                Some(link) => non_empty(link),
                None => row.link.clone(),
            };
            let title = change.title.as_deref().map_or(row.title.as_str(), str::trim);
            let material = change.material.as_deref().map_or(row.material.as_str(), str::trim);
            let rewrite = CourseChange {
                title,
                material,
                link: link.as_deref(),
                minutes: change.minutes.unwrap_or(row.minutes),
                closes_on,
                at: now(),
            };
            if !online::update_course(conn, id, row.version, &rewrite)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("course.update", "course", id))?;
            let row = online::find_course(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok((row.version, to_courses(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &course))
}
