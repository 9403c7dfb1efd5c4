//! Alerts (deadline engine, DOMAIN.md §7) for the caller's scope, computed on request.

use actix_web::{HttpResponse, get, web};
use domain::access::policy::Action;
use serde::Deserialize;
use utoipa::IntoParams;
use validator::Validate;

use super::common::{list_of, today};
use crate::auth::Caller;
use crate::error::ApiResult;
use crate::extract::{Page, QueryParams};
use crate::reports::alerts::{Alert, collect};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(list_alerts);
}

list_of!(AlertList, Alert, "A page of alerts, soonest first.");

/// Paging of the alerts.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AlertQuery {
    /// Page size, 1–200 (default 20).
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// Alerts for the caller's scope: overdue talks, activists eligible to become candidates,
/// probations ending within 30 days, publicities ending, transfer letters expiring,
/// evaluation opinions missing near the deadline.
#[utoipa::path(operation_id = "list_alerts", tag = "alerts", params(AlertQuery), responses((status = 200, description = "A page of alerts", body = AlertList)))]
#[get("/alerts")]
pub async fn list_alerts(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<AlertQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let page = Page::new(query.limit, query.offset)?;
    let policy = state.config.rules.development;
    let list = state
        .read(move |conn| {
            let (items, total) = page.of(collect(conn, &caller.scope, &policy, today())?);
            Ok(AlertList { items, total, limit: page.limit, offset: page.offset })
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}
