//! Alerts (deadline engine, DOMAIN.md §7) for the caller's scope, computed on request.

use actix_web::{HttpResponse, get, web};
use domain::access::policy::{self, Action};

use super::common::{list_of, today};
use crate::auth::Caller;
use crate::error::ApiResult;
use crate::paging::{ListQuery, NoFilters, Paging};
use crate::reports::{
    self,
    alerts::{Alert, collect},
};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(list_alerts);
}

list_of!(AlertList, Alert, "A page of alerts, soonest first.");

/// Alerts for the caller's scope: overdue talks, activists eligible to become candidates,
/// probations ending within 30 days, publicities ending, transfer letters expiring,
/// evaluation opinions missing near the deadline, organizational life missed, branches too
/// small or too large, resident requests overdue, grids below the visit target, joint meetings
/// not held within their rhythm, co-building tasks overdue and requests for a community's
/// opinion unanswered in time; for whoever keeps the working-day calendar, next year's holidays
/// missing in December. `kind` with `params` renders the alert in the reader's language.
#[utoipa::path(operation_id = "list_alerts", tag = "alerts", params(Paging), responses((status = 200, description = "A page of alerts", body = AlertList)))]
#[get("/alerts")]
pub async fn list_alerts(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(NoFilters {}, page): ListQuery<NoFilters>,
) -> ApiResult<HttpResponse> {
    page.without_changes()?;
    let members = policy::allows(&caller.roles, Action::ReadMembers);
    let requests = policy::allows(&caller.roles, Action::ReadRequests);
    let calendar = policy::allows(&caller.roles, Action::ManageCalendar);
    let co_building = policy::allows(&caller.roles, Action::ReadCoBuilding);
    if !calendar {
        caller.require(Action::ReadMembers)?;
    }
    let policy = state.config.rules.development;
    let visits = state.config.rules.visits;
    let joint = state.config.rules.joint_meetings;
    let list = state
        .read(move |conn| {
            let on = today();
            let mut alerts = if members { collect(conn, &caller.scope, &policy, on)? } else { Vec::new() };
            if requests {
                alerts.extend(reports::alerts::governance(conn, &caller.scope, &visits, on)?);
            }
            if co_building {
                alerts.extend(reports::cobuilding_alerts::co_building(conn, &caller.scope, &joint, on)?);
            }
            if calendar {
                alerts.extend(reports::alerts::calendar(conn, on)?);
            }
            let (items, total, next) = page.of(alerts)?;
            Ok(AlertList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}
