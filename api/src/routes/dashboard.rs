//! The dashboard of a subtree: members by category and stage, unit coverage, and meeting
//! compliance of its branches this quarter (DOMAIN.md §11).

use std::sync::Arc;

use actix_web::{HttpResponse, get, web};
use domain::access::policy::Action;
use serde::Deserialize;
use utoipa::IntoParams;
use validator::Validate;

use super::common::{list_ranges, today, visible_org};
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::extract::QueryParams;
use crate::reports::cobuilding_figures::{CoBuildingFigures, co_building};
use crate::reports::dashboard::{Dashboard, KeptDashboard};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(get_dashboard).service(get_co_building_figures);
}

/// The organization of a dashboard.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct DashboardQuery {
    /// The organization whose subtree the dashboard counts (in the caller's scope).
    pub org_id: i64,
}

/// Dashboard counts of an organization's subtree (the city's, a district's, a street's).
#[utoipa::path(operation_id = "get_dashboard", tag = "dashboard", params(DashboardQuery), responses((status = 200, description = "The counts", body = Dashboard)))]
#[get("/dashboard")]
pub async fn get_dashboard(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<DashboardQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let scope = caller.scope.clone();
    let caches = Arc::clone(&state.caches);
    let compute = state.read(move |conn| {
        let org = visible_org(conn, &scope, query.org_id)?;
        KeptDashboard::of(conn, &caches.dashboard_parts, org, today())
    });
    let kept = state.caches.dashboards.get_or_compute(query.org_id, compute).await?;
    // Out of scope is "not found", exactly as when computed.
    if !caller.scope.holds_org(&kept.org_path) {
        return Err(ApiError::NotFound);
    }
    Ok(HttpResponse::Ok().json(&kept.dashboard))
}

/// The area of the co-building figures.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FiguresQuery {
    /// The area whose subtree is counted (default: the caller's).
    pub area_id: Option<i64>,
}

/// Co-building figures of an area's subtree: joint meetings held this year, projects by state,
/// tasks overdue, the access list's work and refusals, opinions pending and the support
/// shortfalls.
#[utoipa::path(operation_id = "get_co_building_figures", tag = "dashboard", params(FiguresQuery), responses((status = 200, description = "The figures", body = CoBuildingFigures)))]
#[get("/dashboard/co-building")]
pub async fn get_co_building_figures(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<FiguresQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let policy = state.config.rules.support;
    let scope = caller.scope.clone();
    let ranges = state.read(move |conn| list_ranges(conn, &scope, query.area_id)).await?;
    // Kept per subtree and day between writes, as the other dashboards are: the figures are a
    // dozen aggregates over the subtree, and every level's staff open them at once.
    let day = today();
    let key = (ranges.clone(), day);
    let compute = state.read(move |conn| co_building(conn, &ranges, day, &policy));
    let figures = state.caches.co_building.get_or_compute(key, compute).await?;
    Ok(HttpResponse::Ok().json(&*figures))
}
