//! Work handed to a community (派发事项): it cites an admitted item of a list covering the
//! community, or it is refused with a typed problem and the refusal is kept for the report.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::affairs::{Citation, CitedItem, check_assignment, funding_followed};
use domain::area::AreaKind;
use domain::tree::is_within;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{AffairsRefusalRow, AssignmentRow, NewAffairsRefusal, NewAssignment};
use crate::db::now;
use crate::db::repo::affairs::{self, AssignmentFilter};
use crate::db::repo::names::NameBook;
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, QueryParams};
use crate::paging::{ListQuery, Paging};
use crate::reports::affairs::{AffairsReport, report};
use crate::routes::common::{
    created, list_of, list_ranges, missing_reference, non_empty, stored, today, utc, visible_area,
};
use crate::state::AppState;

/// Work handed to a community under an item of the list.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Assignment {
    /// The assignment's id.
    pub id: i64,
    /// The item it cites.
    pub item_id: i64,
    /// The item's title, for display.
    pub item_title: String,
    /// The community.
    pub area_id: i64,
    /// Name of the community, for display.
    pub area_name: String,
    /// The department handing it over.
    pub department: String,
    /// A short title of the work.
    pub title: String,
    /// What is to be done.
    pub content: String,
    /// The day it was handed over.
    pub assigned_on: NaiveDate,
    /// The day it is due.
    pub due_on: Option<NaiveDate>,
    /// Yuan that followed it (费随事转).
    pub funding_yuan: Option<i32>,
    /// The account that handed it over, for display.
    pub assigned_by_name: String,
    /// When it was recorded (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(AssignmentList, Assignment, "A page of work handed to communities.");

/// Work refused at a community's door.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AffairsRefusal {
    /// The refusal's id.
    pub id: i64,
    /// The community.
    pub area_id: i64,
    /// Name of the community, for display.
    pub area_name: String,
    /// The department that tried to hand it over.
    pub department: String,
    /// The item it cited, if any.
    pub item_id: Option<i64>,
    /// The work's title.
    pub title: String,
    /// The problem type it was refused with (`affairs-item-missing`, …).
    pub code: String,
    /// The day it was refused.
    pub refused_on: NaiveDate,
    /// The account that tried, for display.
    pub refused_by_name: String,
}

list_of!(AffairsRefusalList, AffairsRefusal, "A page of work refused at communities' doors.");

fn to_assignments(conn: &mut crate::db::DbConnection, rows: Vec<AssignmentRow>) -> ApiResult<Vec<Assignment>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.item_id).collect();
    let items = affairs::item_titles(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|row| Assignment {
            id: row.id,
            item_id: row.item_id,
            item_title: items.iter().find(|(id, _)| *id == row.item_id).map(|(_, t)| t.clone()).unwrap_or_default(),
            area_id: row.area_id,
            area_name: names.area(row.area_id),
            department: row.department,
            title: row.title,
            content: row.content,
            assigned_on: row.assigned_on,
            due_on: row.due_on,
            funding_yuan: row.funding_yuan,
            assigned_by_name: row.assigned_by_name,
            created_at: utc(row.created_at),
        })
        .collect())
}

fn to_refusals(conn: &mut crate::db::DbConnection, rows: Vec<AffairsRefusalRow>) -> ApiResult<Vec<AffairsRefusal>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| AffairsRefusal {
            id: row.id,
            area_name: names.area(row.area_id),
            area_id: row.area_id,
            department: row.department,
            item_id: row.item_id,
            title: row.title,
            code: row.code,
            refused_on: row.refused_on,
            refused_by_name: row.refused_by_name,
        })
        .collect())
}

/// Work to hand to a community.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssignmentInput {
    /// The community.
    pub area_id: i64,
    /// The item of the access list (or the Party-building work-item list) it falls under; without one it is refused.
    pub item_id: Option<i64>,
    /// The department handing it over (default: the account's name); the list must name it for the item.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub department: Option<String>,
    /// A short title of the work.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub title: String,
    /// What is to be done.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub content: String,
    /// The day it is due; not before today.
    pub due_on: Option<NaiveDate>,
}

/// Hand work to a community. Refused (and the refusal kept) unless it cites an admitted,
/// non-negative item of a list covering the community that names the assigning department.
#[utoipa::path(operation_id = "create_assignment", tag = "community-affairs", request_body = AssignmentInput, responses((status = 201, description = "Handed over; with the funding that followed it", body = Assignment)))]
#[post("/community-affairs/assignments")]
pub async fn create_assignment(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<AssignmentInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::AssignAffairs)?;
    let new = new.accept()?;
    let today = today();
    if new.due_on.is_some_and(|due| due < today) {
        return Err(ApiError::field("due_on", "rule", "work is not due before the day it is handed over"));
    }
    let outcome = state
        .write(move |conn| {
            let area = visible_area(conn, &caller.scope, new.area_id).map_err(|_| missing_reference("area_id"))?;
            if area.kind != AreaKind::Community.code() {
                return Err(ApiError::field("area_id", "not_a_community", "the access list guards communities"));
            }
            let department = non_empty(new.department.clone()).unwrap_or_else(|| caller.display_name.clone());
            let item = match new.item_id {
                Some(id) => affairs::find_item(conn, id)?,
                None => None,
            };
            let cited = match (&item, new.item_id) {
                (Some(item), _) => Citation::Item(CitedItem {
                    state: stored(&item.state)?,
                    list_type: stored(&item.list_type)?,
                    department: &item.department,
                    covers_community: is_within(&area.path, &item.area_path),
                }),
                (None, Some(_)) => Citation::Unknown,
                (None, None) => Citation::Nothing,
            };
            let at = now();
            if let Err(refusal) = check_assignment(cited, &department) {
                affairs::insert_refusal(
                    conn,
                    &NewAffairsRefusal {
                        area_id: area.id,
                        area_path: &area.path,
                        department: &department,
                        item_id: item.as_ref().map(|i| i.id),
                        title: new.title.trim(),
                        code: refusal.code(),
                        refused_on: today,
                        refused_by: Some(caller.id),
                        refused_by_name: &caller.display_name,
                        created_at: at,
                    },
                )?;
                // Kept even though the work is refused: the refusal is what the report counts.
                return Ok(Err(refusal));
            }
            let item = item.ok_or(ApiError::NotFound)?;
            let row = affairs::insert_assignment(
                conn,
                &NewAssignment {
                    item_id: item.id,
                    area_id: area.id,
                    area_path: &area.path,
                    department: &department,
                    title: new.title.trim(),
                    content: new.content.trim(),
                    assigned_on: today,
                    due_on: new.due_on,
                    funding_yuan: funding_followed(item.funding_follows, item.funding_yuan),
                    assigned_by: Some(caller.id),
                    assigned_by_name: &caller.display_name,
                    created_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("affairs.assign", "affairs_assignment", row.id))?;
            Ok(Ok(to_assignments(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    let assignment = outcome?;
    Ok(created(format!("/api/v1/community-affairs/assignments/{}", assignment.id), 1, &assignment))
}

/// Filters of the assignment and refusal lists.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AssignmentQuery {
    /// Only this community (or the communities below this street or county).
    pub area_id: Option<i64>,
    /// Only work under this item.
    pub item_id: Option<i64>,
    /// Only this department's.
    #[validate(length(min = 1, max = 100))]
    #[param(min_length = 1, max_length = 100)]
    pub department: Option<String>,
}

impl AssignmentQuery {
    fn filter(&self) -> AssignmentFilter {
        AssignmentFilter { item_id: self.item_id, department: non_empty(self.department.clone()) }
    }
}

/// List the work handed to the caller's communities, newest first.
#[utoipa::path(operation_id = "list_assignments", tag = "community-affairs", params(AssignmentQuery, Paging), responses((status = 200, description = "A page of assignments", body = AssignmentList)))]
#[get("/community-affairs/assignments")]
pub async fn list_assignments(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<AssignmentQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadAffairs)?;
    page.without_changes()?;
    let order = &affairs::ASSIGNMENTS_BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let (rows, total) = affairs::list_assignments(conn, &ranges, &query.filter(), order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.created_at));
            Ok(AssignmentList::new(to_assignments(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// List the work refused at the caller's communities' doors, newest first.
#[utoipa::path(operation_id = "list_affairs_refusals", tag = "community-affairs", params(AssignmentQuery, Paging), responses((status = 200, description = "A page of refusals", body = AffairsRefusalList)))]
#[get("/community-affairs/refusals")]
pub async fn list_affairs_refusals(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<AssignmentQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadAffairs)?;
    page.without_changes()?;
    let order = &affairs::REFUSALS_BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let (rows, total) = affairs::list_refusals(conn, &ranges, &query.filter(), order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.created_at));
            Ok(AffairsRefusalList::new(to_refusals(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// The report's area and year.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AffairsReportQuery {
    /// The area whose communities are reported (default: the caller's).
    pub area_id: Option<i64>,
    /// The year (default: this year).
    #[validate(range(min = 2000, max = 2100))]
    #[param(minimum = 2000, maximum = 2100)]
    pub year: Option<i32>,
}

/// Work handed to communities per community and department in a year: how much, the funding
/// that followed it, and how much was refused.
#[utoipa::path(operation_id = "get_affairs_report", tag = "community-affairs", params(AffairsReportQuery), responses((status = 200, description = "The report", body = AffairsReport)))]
#[get("/community-affairs/report")]
pub async fn get_affairs_report(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<AffairsReportQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadAffairs)?;
    let year = query.year.unwrap_or_else(|| today().year());
    let answer = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            report(conn, &ranges, year)
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}
