//! Household visits (入户走访): who visited which household when, what was found and what
//! follows (a request opened for it); and the grids' visit coverage against the target.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{own_area, visible_household};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewVisit, VisitRow};
use crate::db::now;
use crate::db::repo::{households, requests};
use crate::error::{ApiError, ApiResult};
use crate::extract::{JsonBody, QueryParams};
use crate::reports::visits::{VisitCoverage, visit_coverage};
use crate::routes::common::{created, missing_reference, non_empty, recorded, today, utc, visible_area};
use crate::state::AppState;

/// A household visit.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Visit {
    /// Visit id.
    pub id: i64,
    /// The household visited.
    pub household_id: i64,
    /// The date of the visit (China Standard Time).
    pub visited_on: NaiveDate,
    /// Who visited (the account's display name).
    pub visitor_name: String,
    /// What the visit was about.
    pub topic: String,
    /// What the visitor found.
    pub findings: Option<String>,
    /// What follows from the visit.
    pub follow_up: Option<String>,
    /// The request opened for it, if any.
    pub request_id: Option<i64>,
    /// When the visit was logged (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

fn to_visit(row: VisitRow) -> Visit {
    Visit {
        id: row.id,
        household_id: row.household_id,
        visited_on: row.visited_on,
        visitor_name: row.visitor_name,
        topic: row.topic,
        findings: row.findings,
        follow_up: row.follow_up,
        request_id: row.request_id,
        created_at: utc(row.created_at),
    }
}

/// The visits of a household, latest first (the last 50).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct VisitList {
    /// The household's visits, latest first (at most 50).
    pub items: Vec<Visit>,
}

/// A visit to log.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewVisitInput {
    /// Defaults to today; never after today.
    pub visited_on: Option<NaiveDate>,
    /// What the visit was about.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub topic: String,
    /// What the visitor found.
    #[validate(length(max = 2000))]
    #[schema(max_length = 2000)]
    pub findings: Option<String>,
    /// What follows from the visit.
    #[validate(length(max = 1000))]
    #[schema(max_length = 1000)]
    pub follow_up: Option<String>,
    /// A request opened for what the visit found (`POST /requests` with the household).
    pub request_id: Option<i64>,
}

/// Log a household visit (入户走访).
#[utoipa::path(operation_id = "create_visit", tag = "households", request_body = NewVisitInput, params(("id" = i64, Path, description = "Household id")), responses((status = 201, description = "Logged", body = Visit)))]
#[post("/households/{id}/visits")]
pub async fn create_visit(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<NewVisitInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::RecordVisits)?;
    let new = new.accept()?;
    let visited_on = new.visited_on.unwrap_or_else(today);
    recorded("visited_on", visited_on)?;
    let id = id.into_inner();
    let visit = state
        .write(move |conn| {
            let household = visible_household(conn, &caller, id)?;
            if let Some(request_id) = new.request_id
                && requests::find(conn, request_id)?.is_none_or(|r| r.household_id != Some(household.id))
            {
                return Err(ApiError::field("request_id", "not_found", "no request of this household"));
            }
            let findings = non_empty(new.findings);
            let follow_up = non_empty(new.follow_up);
            let row = households::insert_visit(
                conn,
                &NewVisit {
                    household_id: household.id,
                    visited_on,
                    visitor_id: Some(caller.id),
                    visitor_name: &caller.display_name,
                    topic: new.topic.trim(),
                    findings: findings.as_deref(),
                    follow_up: follow_up.as_deref(),
                    request_id: new.request_id,
                    created_at: now(),
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("visit.create", "visit", row.id))?;
            Ok(to_visit(row))
        })
        .await?;
    Ok(created(format!("/api/v1/households/{id}/visits/{}", visit.id), 1, &visit))
}

/// List a household's visits, latest first.
#[utoipa::path(operation_id = "list_visits", tag = "households", params(("id" = i64, Path, description = "Household id")), responses((status = 200, description = "The visits", body = VisitList)))]
#[get("/households/{id}/visits")]
pub async fn list_visits(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadRequests)?;
    let id = id.into_inner();
    let items = state
        .read(move |conn| {
            let household = visible_household(conn, &caller, id)?;
            Ok(households::visits_of(conn, household.id, 50)?.into_iter().map(to_visit).collect())
        })
        .await?;
    Ok(HttpResponse::Ok().json(VisitList { items }))
}

/// Which coverage.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CoverageQuery {
    /// A street, community or grid (default: the area the caller's organization leads).
    pub area_id: Option<i64>,
    /// A day of the period (default: today); the period is the configured one (a quarter).
    pub on: Option<NaiveDate>,
}

/// Visit coverage per grid for a period: households visited ÷ households, against the target
/// (every household once a quarter by default).
#[utoipa::path(operation_id = "get_visit_coverage", tag = "households", params(CoverageQuery), responses((status = 200, description = "Coverage per grid", body = VisitCoverage)))]
#[get("/visit-coverage")]
pub async fn get_visit_coverage(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<CoverageQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadRequests)?;
    let policy = state.config.rules.visits;
    let coverage = state
        .read(move |conn| {
            let area = match query.area_id {
                Some(id) => visible_area(conn, &caller.scope, id).map_err(|_| missing_reference("area_id"))?,
                None => own_area(conn, &caller)?,
            };
            visit_coverage(conn, &area, query.on.unwrap_or_else(today), &policy)
        })
        .await?;
    Ok(HttpResponse::Ok().json(coverage))
}
