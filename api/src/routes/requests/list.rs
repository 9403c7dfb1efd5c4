//! The request list: the queue of a platform and the tasks of an assignee.

use actix_web::{HttpResponse, get, web};
use domain::requests::{Channel, Level, RequestState, RequestType};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{ResidentRequestList, seer, to_requests};
use crate::auth::Caller;
use crate::db::repo::requests::{self, AreaFilter, RequestFilter, order};
use crate::error::ApiResult;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{kept_area, missing_reference, today};
use crate::state::AppState;

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequestSort {
    /// The queue: running clocks by their last day (overdue first), then stopped ones.
    Due,
    /// Newest received first.
    Newest,
}

/// Filters of the request list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RequestQuery {
    /// Only requests in this state.
    pub state: Option<RequestState>,
    /// Only open requests (waiting for someone to act).
    pub open: Option<bool>,
    /// Only requests held at this level (`community`, `street` or `department`).
    pub level: Option<Level>,
    /// Only requests of this type.
    pub request_type: Option<RequestType>,
    /// Only requests of this category.
    pub category_id: Option<i64>,
    /// Only requests that came in through this channel.
    pub channel: Option<Channel>,
    /// Inside this area (a street, community or grid).
    pub area_id: Option<i64>,
    /// Only requests past the last day of their running clock.
    pub overdue: Option<bool>,
    /// Only requests dispatched to the caller (my tasks).
    pub mine: Option<bool>,
    /// Only the one another system handed over under this id (with `source`).
    pub external_id: Option<String>,
    /// The account of the system that handed it over.
    pub source: Option<String>,
    /// `due` (default) or `newest`.
    #[param(inline)]
    pub sort: Option<RequestSort>,
}

/// List resident requests: the queue of the caller's platform, sorted by the last day of the
/// running clock with overdue first, or its tasks (`mine=true`).
#[utoipa::path(operation_id = "list_requests", tag = "requests", params(RequestQuery, Paging, ChangesSince), responses((status = 200, description = "A page of requests", body = ResidentRequestList)))]
#[get("/requests")]
pub async fn list_requests(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<RequestQuery>,
) -> ApiResult<HttpResponse> {
    let sorted = match (query.sort.unwrap_or(RequestSort::Due), query.open) {
        (RequestSort::Due, Some(true)) => &order::QUEUE,
        (RequestSort::Due, _) => &order::DUE,
        (RequestSort::Newest, _) => &order::NEWEST,
    };
    let order = page.order(query.sort.is_some(), sorted, &order::CHANGED)?;
    let window = page.window(order)?;
    let caches = std::sync::Arc::clone(&state.caches);
    let list = state
        .read(move |conn| {
            let area = match query.area_id {
                Some(id) => {
                    let area = kept_area(conn, &caches, id)?.ok_or_else(|| missing_reference("area_id"))?;
                    Some(AreaFilter::of(&area))
                }
                None => None,
            };
            let filter = RequestFilter {
                seer: seer(&caller),
                state: query.state.map(|s| s.code()),
                open: query.open,
                level: query.level.map(|l| l.code()),
                request_type: query.request_type.map(|t| t.code()),
                category_id: query.category_id,
                channel: query.channel.map(|c| c.code()),
                area,
                overdue_on: query.overdue.filter(|o| *o).map(|_| today()),
                mine: query.mine.unwrap_or(false),
                source: query.source,
                external_id: query.external_id,
                received_from: None,
                received_before: None,
            };
            let (rows, total) = requests::list(conn, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| requests::position(order, row));
            Ok(ResidentRequestList::new(to_requests(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}
