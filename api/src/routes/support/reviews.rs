//! The secretaries' annual report and review on grassroots Party-building (书记抓基层党建述职评议,
//! §16): the report, the committee's scores and the result.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::organization::OrgKind;
use domain::support::{ReviewResult, SupportRefusal, review_result};
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewReview, ReviewRow};
use crate::db::repo::names::NameBook;
use crate::db::repo::support;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ListQuery, Paging};
use crate::routes::common::{
    created, list_of, missing_reference, org_ranges, recorded, stored, today, utc, visible_org, with_etag,
};
use crate::state::AppState;

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
    let names = NameBook::wanted().orgs(rows.iter().map(|r| r.org_id)).read(conn)?;
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
    /// Only the reports of this committee and the committees below it.
    pub org_id: Option<i64>,
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
            let mut ranges = org_ranges(&caller.scope);
            if let Some(id) = query.org_id {
                let org = visible_org(conn, &caller.scope, id).map_err(|_| missing_reference("org_id"))?;
                ranges.push(subtree_range(&org.path));
            }
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
    Ok(created(format!("/api/v1/support/secretary-reviews/{}", review.id), 1, &review))
}

fn kept_review(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<ReviewRow> {
    support::find_review(conn, id)?.filter(|r| caller.scope.holds_org(&r.org_path)).ok_or(ApiError::NotFound)
}

/// Get a secretary's review with its scores; the ETag is its version, which every score and
/// the conclusion move on.
#[utoipa::path(operation_id = "get_secretary_review", tag = "support", params(("id" = i64, Path, description = "Review id")), responses((status = 200, description = "The review", body = SecretaryReview)))]
#[get("/support/secretary-reviews/{id}")]
pub async fn get_secretary_review(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    let id = id.into_inner();
    let (version, review) = state
        .read(move |conn| {
            let row = kept_review(conn, &caller, id)?;
            Ok((row.version, to_reviews(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &review))
}

fn open_review(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<ReviewRow> {
    let row = kept_review(conn, caller, id)?;
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
    let (version, review) = state
        .write(move |conn| {
            let row = open_review(conn, &caller, id)?;
            support::put_score(conn, row.id, new.reviewer.trim(), new.score)?;
            if !support::touch_review(conn, row.id, row.version)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("review.score", "secretary_review", id))?;
            let row = support::find_review(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok((row.version, to_reviews(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(created(format!("/api/v1/support/secretary-reviews/{id}"), version, &review))
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
    let (version, review) = state
        .write(move |conn| {
            let row = open_review(conn, &caller, id)?;
            let scores: Vec<u32> = support::scores_of(conn, &[row.id])?
                .into_iter()
                .map(|(_, _, score)| u32::try_from(score).unwrap_or(0))
                .collect();
            let (average, result) = review_result(&scores)?;
            if !support::conclude_review(conn, row.id, row.version, (average, result.code(), today()))? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("review.conclude", "secretary_review", id))?;
            let row = support::find_review(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok((row.version, to_reviews(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(created(format!("/api/v1/support/secretary-reviews/{id}"), version, &review))
}
