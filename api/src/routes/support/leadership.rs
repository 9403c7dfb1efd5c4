//! Leadership (§16): the leading bodies of the city and the counties with their member
//! departments, and the secretaries' annual report and review on grassroots Party-building
//! (书记抓基层党建述职评议): the report, the committee's scores and the result.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::{Action, Scope};
use domain::area::AreaKind;
use domain::organization::OrgKind;
use domain::support::{ReviewResult, SupportRefusal, review_result};
use domain::tree::{ids, subtree_range};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{LeadingBodyRow, NewLeadingBody, NewReview, ReviewRow};
use crate::db::repo::names::NameBook;
use crate::db::repo::support;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ListQuery, NoFilters, Paging};
use crate::routes::common::{
    created, list_of, missing_reference, org_ranges, recorded, stored, today, utc, visible_area, visible_org, with_etag,
};
use crate::state::AppState;

/// A member department of a leading body.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadingMember {
    /// The department (成员单位).
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub department: String,
    /// Who sits for it.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub representative: String,
    /// Their post.
    #[validate(length(max = 50))]
    #[schema(max_length = 50)]
    pub post: Option<String>,
}

/// The leading body for urban Party-building of the city or a county (城市基层党建工作领导小组).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct LeadingBody {
    /// The body's id.
    pub id: i64,
    /// The city or county.
    pub area_id: i64,
    /// Name of the area, for display.
    pub area_name: String,
    /// The body's name.
    pub name: String,
    /// Its head (组长).
    pub head: String,
    /// The day it was set up.
    pub set_up_on: NaiveDate,
    /// Its member departments.
    pub members: Vec<LeadingMember>,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(LeadingBodyList, LeadingBody, "A page of leading bodies.");

fn to_bodies(conn: &mut DbConnection, rows: Vec<LeadingBodyRow>) -> ApiResult<Vec<LeadingBody>> {
    let names = NameBook::default().with_areas(conn, rows.iter().map(|r| r.area_id))?;
    rows.into_iter()
        .map(|row| {
            let members = serde_json::from_str(&row.members)
                .map_err(|e| ApiError::Internal(format!("leading body {}: {e}", row.id)))?;
            Ok(LeadingBody {
                id: row.id,
                area_name: names.area(row.area_id),
                area_id: row.area_id,
                name: row.name,
                head: row.head,
                set_up_on: row.set_up_on,
                members,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

fn members_text(members: &[LeadingMember]) -> ApiResult<String> {
    serde_json::to_string(members).map_err(|e| ApiError::Internal(format!("members: {e}")))
}

/// List the leading bodies of the caller's area and of the levels above it.
#[utoipa::path(operation_id = "list_leading_bodies", tag = "support", params(Paging), responses((status = 200, description = "A page of leading bodies", body = LeadingBodyList)))]
#[get("/support/leading-bodies")]
pub async fn list_leading_bodies(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(NoFilters {}, page): ListQuery<NoFilters>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    page.without_changes()?;
    let list = state
        .read(move |conn| {
            let path = match &caller.scope {
                Scope::Subtree { area_path: Some(path), .. } => path.clone(),
                Scope::Everything => String::from("/"),
                _ => return Ok(LeadingBodyList::new(Vec::new(), 0, &page, None)),
            };
            let rows = support::leading_bodies_for(conn, &ids(&path), &subtree_range(&path))?;
            let (rows, total, next) = page.of(rows)?;
            Ok(LeadingBodyList::new(to_bodies(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A leading body to set up.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadingBodyInput {
    /// The city or county (one body each).
    pub area_id: i64,
    /// The body's name.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// Its head.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub head: String,
    /// The day it was set up; not after today.
    pub set_up_on: NaiveDate,
    /// Its member departments.
    #[validate(length(max = 60), nested)]
    #[schema(max_items = 60)]
    pub members: Vec<LeadingMember>,
}

/// Set up the leading body of the city or a county.
#[utoipa::path(operation_id = "create_leading_body", tag = "support", request_body = LeadingBodyInput, responses((status = 201, description = "Set up", body = LeadingBody)))]
#[post("/support/leading-bodies")]
pub async fn create_leading_body(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<LeadingBodyInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let new = new.accept()?;
    recorded("set_up_on", new.set_up_on)?;
    let body = state
        .write(move |conn| {
            let area = visible_area(conn, &caller.scope, new.area_id).map_err(|_| missing_reference("area_id"))?;
            if ![AreaKind::City.code(), AreaKind::District.code()].contains(&area.kind.as_str()) {
                return Err(ApiError::field(
                    "area_id",
                    "not_a_city_or_county",
                    "leading bodies are the city's and the counties'",
                ));
            }
            let members = members_text(&new.members)?;
            let at = now();
            let row = support::insert_leading_body(
                conn,
                &NewLeadingBody {
                    area_id: area.id,
                    area_path: &area.path,
                    name: new.name.trim(),
                    head: new.head.trim(),
                    set_up_on: new.set_up_on,
                    members: &members,
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("leading_body.create", "leading_body", row.id))?;
            to_bodies(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/leading-bodies/{}", body.id), 1, &body))
}

fn kept_body(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<LeadingBodyRow> {
    support::find_leading_body(conn, id)?.filter(|b| caller.scope.holds_area(&b.area_path)).ok_or(ApiError::NotFound)
}

/// Get a leading body of the caller's area.
#[utoipa::path(operation_id = "get_leading_body", tag = "support", params(("id" = i64, Path, description = "Body id")), responses((status = 200, description = "The body", body = LeadingBody)))]
#[get("/support/leading-bodies/{id}")]
pub async fn get_leading_body(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    let id = id.into_inner();
    let (version, body) = state
        .read(move |conn| {
            let row = kept_body(conn, &caller, id)?;
            Ok((row.version, to_bodies(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &body))
}

/// A change of a leading body: its head and its members as they now are.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadingBodyChange {
    /// Its head.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub head: String,
    /// Its member departments.
    #[validate(length(max = 60), nested)]
    #[schema(max_items = 60)]
    pub members: Vec<LeadingMember>,
}

/// Change a leading body's head and members (`If-Match` with its ETag).
#[utoipa::path(operation_id = "update_leading_body", tag = "support", params(("id" = i64, Path, description = "Body id")), request_body = LeadingBodyChange, responses((status = 200, description = "Changed", body = LeadingBody)))]
#[patch("/support/leading-bodies/{id}")]
pub async fn update_leading_body(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<LeadingBodyChange>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let change = change.accept()?;
    let id = id.into_inner();
    let (version, body) = state
        .write(move |conn| {
            let row = kept_body(conn, &caller, id)?;
            if_match.check(row.version)?;
            let members = members_text(&change.members)?;
            if !support::update_leading_body(conn, id, row.version, change.head.trim(), &members)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("leading_body.update", "leading_body", id))?;
            let row = kept_body(conn, &caller, id)?;
            Ok((row.version, to_bodies(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &body))
}

/// A committee member's score of a review.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewScore {
    /// The committee member scoring (评议人).
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub reviewer: String,
    /// The score, 0–100.
    #[validate(range(min = 0, max = 100))]
    #[schema(minimum = 0, maximum = 100)]
    pub score: i32,
}

/// A secretary's annual report and review on grassroots Party-building.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SecretaryReview {
    /// The review's id.
    pub id: i64,
    /// The Party committee whose secretary reports.
    pub org_id: i64,
    /// Name of the committee, for display.
    pub org_name: String,
    /// The year reported on.
    pub year: i32,
    /// The secretary's name.
    pub secretary_name: String,
    /// The report (述职报告).
    pub report: String,
    /// The day it was given.
    pub reported_on: NaiveDate,
    /// The committee's scores so far.
    pub scores: Vec<ReviewScore>,
    /// The average, once concluded.
    pub average_score: Option<f64>,
    /// The result (好、较好、一般、差), once concluded.
    pub result: Option<ReviewResult>,
    /// The day it was concluded.
    pub concluded_on: Option<NaiveDate>,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(SecretaryReviewList, SecretaryReview, "A page of secretaries' reviews.");

fn to_reviews(conn: &mut DbConnection, rows: Vec<ReviewRow>) -> ApiResult<Vec<SecretaryReview>> {
    let names = NameBook::default().with_orgs(conn, rows.iter().map(|r| r.org_id))?;
    let scores = support::scores_of(conn, &rows.iter().map(|r| r.id).collect::<Vec<_>>())?;
    rows.into_iter()
        .map(|row| {
            Ok(SecretaryReview {
                id: row.id,
                org_name: names.org(row.org_id),
                org_id: row.org_id,
                year: row.year,
                secretary_name: row.secretary_name,
                report: row.report,
                reported_on: row.reported_on,
                scores: scores
                    .iter()
                    .filter(|(review, ..)| *review == row.id)
                    .map(|(_, reviewer, score)| ReviewScore { reviewer: reviewer.clone(), score: *score })
                    .collect(),
                average_score: row.average_score,
                result: row.result.as_deref().map(stored).transpose()?,
                concluded_on: row.concluded_on,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// Filters of the review list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ReviewQuery {
    /// Only this year.
    #[validate(range(min = 2000, max = 2100))]
    #[param(minimum = 2000, maximum = 2100)]
    pub year: Option<i32>,
}

/// List the secretaries' reviews of the caller's organizations, newest first.
#[utoipa::path(operation_id = "list_secretary_reviews", tag = "support", params(ReviewQuery, Paging), responses((status = 200, description = "A page of reviews", body = SecretaryReviewList)))]
#[get("/support/secretary-reviews")]
pub async fn list_secretary_reviews(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<ReviewQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    page.without_changes()?;
    let order = &support::REVIEWS_BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let ranges = org_ranges(&caller.scope);
            let (rows, total) = support::list_reviews(conn, &ranges, query.year, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(SecretaryReviewList::new(to_reviews(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A secretary's report to review.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewInput {
    /// The Party committee (a county's or a street's) whose secretary reports; one report a year.
    pub org_id: i64,
    /// The year reported on.
    #[validate(range(min = 2000, max = 2100))]
    #[schema(minimum = 2000, maximum = 2100)]
    pub year: i32,
    /// The secretary's name.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub secretary_name: String,
    /// The report.
    #[validate(length(min = 1, max = 20000))]
    #[schema(min_length = 1, max_length = 20000)]
    pub report: String,
    /// The day it was given; not after today.
    pub reported_on: NaiveDate,
}

/// Record a secretary's annual report on grassroots Party-building for review.
#[utoipa::path(operation_id = "create_secretary_review", tag = "support", request_body = ReviewInput, responses((status = 201, description = "Recorded", body = SecretaryReview)))]
#[post("/support/secretary-reviews")]
pub async fn create_secretary_review(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<ReviewInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let new = new.accept()?;
    recorded("reported_on", new.reported_on)?;
    let review = state
        .write(move |conn| {
            let org = visible_org(conn, &caller.scope, new.org_id).map_err(|_| missing_reference("org_id"))?;
            let committees = [OrgKind::Committee.code(), OrgKind::WorkingCommittee.code()];
            if !committees.contains(&org.kind.as_str()) {
                return Err(ApiError::field("org_id", "not_a_committee", "secretaries of Party committees report"));
            }
            let at = now();
            let row = support::insert_review(
                conn,
                &NewReview {
                    org_id: org.id,
                    org_path: &org.path,
                    year: new.year,
                    secretary_name: new.secretary_name.trim(),
                    report: new.report.trim(),
                    reported_on: new.reported_on,
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("review.create", "secretary_review", row.id))?;
            to_reviews(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/secretary-reviews?year={}", review.year), 1, &review))
}

fn open_review(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<ReviewRow> {
    let row =
        support::find_review(conn, id)?.filter(|r| caller.scope.holds_org(&r.org_path)).ok_or(ApiError::NotFound)?;
    if row.concluded_on.is_some() {
        return Err(SupportRefusal::ReviewConcluded.into());
    }
    Ok(row)
}

/// Record (or correct) a committee member's score of an open review.
#[utoipa::path(operation_id = "create_review_score", tag = "support", params(("id" = i64, Path, description = "Review id")), request_body = ReviewScore, responses((status = 201, description = "Scored; the review", body = SecretaryReview)))]
#[post("/support/secretary-reviews/{id}/scores")]
pub async fn create_review_score(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<ReviewScore>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let new = new.accept()?;
    let id = id.into_inner();
    let review = state
        .write(move |conn| {
            let row = open_review(conn, &caller, id)?;
            support::put_score(conn, row.id, new.reviewer.trim(), new.score)?;
            if !support::conclude_review(conn, row.id, row.version, None)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("review.score", "secretary_review", id))?;
            let row = support::find_review(conn, id)?.ok_or(ApiError::NotFound)?;
            to_reviews(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/secretary-reviews?year={}", review.year), 1, &review))
}

/// Conclude a review: the average of the committee's scores (at least three) and the result.
#[utoipa::path(operation_id = "create_review_conclusion", tag = "support", params(("id" = i64, Path, description = "Review id")), responses((status = 201, description = "Concluded; the review", body = SecretaryReview)))]
#[post("/support/secretary-reviews/{id}/conclusion")]
pub async fn create_review_conclusion(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let id = id.into_inner();
    let review = state
        .write(move |conn| {
            let row = open_review(conn, &caller, id)?;
            let scores: Vec<u32> = support::scores_of(conn, &[row.id])?
                .into_iter()
                .map(|(_, _, score)| u32::try_from(score).unwrap_or(0))
                .collect();
            let (average, result) = review_result(&scores)?;
            if !support::conclude_review(conn, row.id, row.version, Some((average, result.code(), today())))? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("review.conclude", "secretary_review", id))?;
            let row = support::find_review(conn, id)?.ok_or(ApiError::NotFound)?;
            to_reviews(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/secretary-reviews?year={}", review.year), 1, &review))
}
