//! The caller's own member record (我的): what a member reads about itself.

use actix_web::{HttpResponse, get, web};
use chrono::{Datelike, NaiveDate};
use domain::access::policy::Action;
use domain::member::{EventKind, Side};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::events::{MemberEvent, to_events};
use super::{Member, to_one_member};
use crate::auth::Caller;
use crate::db::keyset::Window;
use crate::db::repo::{members, users};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The caller's own member record ("我的").
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MyMember {
    /// The caller's member record (personal data masked).
    pub member: Member,
    /// Report-ins, service, commitments and posts, newest first.
    pub events: Vec<MemberEvent>,
    /// Volunteer service hours recorded this calendar year.
    pub service_hours_this_year: f64,
}

/// The caller's own member record, report-ins, commitments and service (我的).
#[utoipa::path(
    operation_id = "get_my_member",
    tag = "me",
    responses((status = 200, description = "The caller's member record", body = MyMember))
)]
#[get("/me/member")]
pub async fn get_my_member(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadOwnRecord)?;
    let id = caller.id;
    let names = state.caches.names.since_now();
    let mine = state
        .read(move |conn| {
            let member_id = users::find(conn, id)?.and_then(|u| u.member_id).ok_or(ApiError::NotFound)?;
            let row = members::find(conn, member_id)?.ok_or(ApiError::NotFound)?;
            let kinds = [EventKind::ReportIn, EventKind::Service, EventKind::Commitment, EventKind::Post];
            let (events, _) = members::list_events(
                conn,
                member_id,
                Some(kinds.iter().map(|k| k.code()).collect()),
                &members::LATEST_EVENTS,
                &Window::first(200),
            )?;
            let year = chrono::Utc::now().year();
            let (first, last) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31));
            let service_hours_this_year = match (first, last) {
                (Some(first), Some(last)) => members::service_hours(conn, member_id, first, last)?,
                _ => 0.0,
            };
            Ok(MyMember {
                member: to_one_member(conn, &names, row, Side::Membership)?,
                events: to_events(conn, events)?,
                service_hours_this_year,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(mine))
}
