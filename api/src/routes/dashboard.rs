//! The dashboard of a subtree: members by category and stage, unit coverage, and meeting
//! compliance of its branches this quarter (DOMAIN.md §11).

use actix_web::{HttpResponse, get, web};
use domain::access::policy::Action;
use serde::Deserialize;
use utoipa::IntoParams;
use validator::Validate;

use super::common::{today, visible_org};
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::extract::QueryParams;
use crate::reports::dashboard::{Dashboard, KeptDashboard};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(get_dashboard);
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
    let compute = state.read(move |conn| {
        let org = visible_org(conn, &scope, query.org_id)?;
        KeptDashboard::of(conn, org, today())
    });
    let kept = state.caches.dashboards.get_or_compute(query.org_id, compute).await?;
    // Out of scope is "not found", exactly as when computed.
    if !caller.scope.holds_org(&kept.org_path) {
        return Err(ApiError::NotFound);
    }
    Ok(HttpResponse::Ok().json(&kept.dashboard))
}
