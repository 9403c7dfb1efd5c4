//! Taking in a request: from a grid phone, a window, the street platform, or another system
//! under its own id (the same hotline ticket twice is one request).

use actix_web::{HttpResponse, post, web};
use chrono::{DateTime, Duration, Utc};
use domain::access::policy::Action;
use domain::area::AreaKind;
use domain::requests::{Channel, Level, RequestState, RequestType};
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use super::clock::{due_on, escalate_if_overdue};
use super::{Handling, detail};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewRequest, NewRequestEvent};
use crate::db::repo::requests::{self, Resident};
use crate::db::repo::{areas, households};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::routes::common::{created, missing_reference, non_empty, today, with_etag};
use crate::state::AppState;
use domain::access::AccountKind;

/// The resident who asks; leave out for an anonymous request.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResidentInput {
    /// The resident's name (kept encrypted; shown masked).
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub name: Option<String>,
    /// Mobile or landline number.
    #[validate(length(min = 7, max = 20))]
    #[schema(min_length = 7, max_length = 20)]
    pub phone: Option<String>,
    /// The resident's address (kept encrypted; shown masked).
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub address: Option<String>,
}

/// A new resident request.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewResidentRequest {
    /// Type: consultation (咨询), help (求助), complaint (投诉), report (举报) or suggestion (建议).
    pub request_type: RequestType,
    /// From the catalogue (`GET /request-categories`).
    pub category_id: Option<i64>,
    /// What the resident asks or reports.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub description: String,
    /// Where it is: a grid, central household or community.
    pub area_id: i64,
    /// Latitude of the place, in decimal degrees (kept only together with `longitude`).
    #[validate(range(min = -90.0, max = 90.0))]
    #[schema(minimum = -90.0, maximum = 90.0)]
    pub latitude: Option<f64>,
    /// Longitude of the place, in decimal degrees (kept only together with `latitude`).
    #[validate(range(min = -180.0, max = 180.0))]
    #[schema(minimum = -180.0, maximum = 180.0)]
    pub longitude: Option<f64>,
    /// The resident who asks; leave out for an anonymous request.
    #[validate(nested)]
    pub resident: Option<ResidentInput>,
    /// The household it concerns, if known.
    pub household_id: Option<i64>,
    /// Defaults by account: `grid_phone` for grid leaders, `community_window` for staff,
    /// `other_system` for service accounts.
    pub channel: Option<Channel>,
    /// The request's id in the system that hands it over; the same id from the same account
    /// answers the request already taken in (200) instead of a new one.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub external_id: Option<String>,
    /// When the resident asked (defaults to now; never in the future). The SLA clock counts
    /// from this day.
    pub received_at: Option<DateTime<Utc>>,
}

/// Where a request may be located: at or below a community, inside a street.
struct Location {
    area: crate::db::models::AreaRow,
    community: crate::db::models::AreaRow,
    street: crate::db::models::AreaRow,
}

fn locate(conn: &mut DbConnection, caller: &Caller, area_id: i64) -> ApiResult<Location> {
    let area = areas::find(conn, area_id)?.ok_or_else(|| missing_reference("area_id"))?;
    if !caller.scope.holds_area(&area.path) {
        return Err(missing_reference("area_id"));
    }
    let path = areas::ancestors(conn, &area.path)?;
    let of_kind = |kind: AreaKind| path.iter().find(|a| a.kind == kind.code()).cloned();
    match (of_kind(AreaKind::Community), of_kind(AreaKind::Street)) {
        (Some(community), Some(street)) => Ok(Location { area, community, street }),
        _ => Err(ApiError::field(
            "area_id",
            "not_in_community",
            "a request is located in a community or one of its grids",
        )),
    }
}

fn default_channel(caller: &Caller) -> Channel {
    if caller.kind == AccountKind::Service {
        Channel::OtherSystem
    } else if caller.roles.contains(&domain::access::Role::GridLeader) {
        Channel::GridPhone
    } else {
        Channel::CommunityWindow
    }
}

/// Takes in a request, or finds the one taken in under the same source and id; answers it and
/// whether it is new.
pub fn take_in(
    conn: &mut DbConnection,
    handling: Handling<'_>,
    caller: &Caller,
    new: NewResidentRequest,
) -> ApiResult<(crate::db::models::RequestRow, bool)> {
    let source = new.external_id.as_ref().map(|_| caller.username.clone());
    if let (Some(source), Some(external_id)) = (&source, &new.external_id)
        && let Some(row) = requests::find_external(conn, source, external_id)?
    {
        return Ok((row, false));
    }
    let place = locate(conn, caller, new.area_id)?;
    if let Some(id) = new.category_id
        && !requests::find_category(conn, id)?.is_some_and(|c| c.active)
    {
        return Err(missing_reference("category_id"));
    }
    if let Some(id) = new.household_id
        && !households::find(conn, id)?.is_some_and(|h| domain::tree::is_within(&h.area_path, &place.community.path))
    {
        return Err(missing_reference("household_id"));
    }
    let at = now();
    let received_at = new.received_at.map_or(at, |t| t.naive_utc());
    let received_on = (received_at + Duration::hours(8)).date();
    let mut row = NewRequest {
        request_type: new.request_type.code().to_owned(),
        category_id: new.category_id,
        description: new.description.trim().to_owned(),
        area_id: place.area.id,
        area_path: place.area.path.clone(),
        community_area_id: place.community.id,
        street_area_id: place.street.id,
        household_id: new.household_id,
        channel: new.channel.unwrap_or_else(|| default_channel(caller)).code().to_owned(),
        source,
        external_id: new.external_id,
        received_at,
        state: RequestState::Submitted.code().to_owned(),
        level: Level::Community.code().to_owned(),
        phase_began_on: received_on,
        due_on: None,
        submitted_by: Some(caller.id),
        created_at: at,
        updated_at: at,
    };
    let sla = &handling.rules.sla;
    let progress = crate::db::models::RequestProgress {
        state: row.state.clone(),
        level: row.level.clone(),
        department_id: None,
        assignee_kind: None,
        assignee_id: None,
        phase_began_on: received_on,
        suspended_since: None,
        suspended_days: 0,
        due_on: None,
        auto_escalated: false,
        answered_at: None,
        answered_in_time: false,
        resolved_at: None,
        rating: None,
        updated_at: at,
    };
    row.due_on = due_on(conn, new.request_type, &progress, sla)?;
    let inserted = requests::insert_request(conn, &row)?;
    let resident = new.resident.map_or_else(Resident::default, |r| Resident {
        name: non_empty(r.name),
        phone: non_empty(r.phone),
        address: non_empty(r.address),
    });
    let coordinates = new.latitude.zip(new.longitude);
    let details = requests::sealed_details(handling.keys, inserted.id, &resident, &place.community.name, coordinates);
    requests::insert_details(conn, &details)?;
    requests::insert_event(
        conn,
        &NewRequestEvent {
            request_id: inserted.id,
            step: "submit".to_owned(),
            from_state: None,
            to_state: inserted.state.clone(),
            level: inserted.level.clone(),
            actor_id: Some(caller.id),
            actor_name: caller.display_name.clone(),
            note: None,
            occurred_at: at,
        },
    )?;
    audit::record(conn, &caller.actor(), Event::success("request.create", "request", inserted.id))?;
    let row = escalate_if_overdue(conn, inserted, today(), sla)?;
    Ok((row, true))
}

/// Take in a resident request (登记诉求). Another system names its own id in `external_id`:
/// the same id again answers the request already taken in, with 200 instead of 201.
#[utoipa::path(operation_id = "create_request", tag = "requests", request_body = NewResidentRequest, responses((status = 201, description = "Taken in", body = super::ResidentRequestDetail), (status = 200, description = "Taken in before under the same external id", body = super::ResidentRequestDetail)))]
#[post("/requests")]
pub async fn create_request(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewResidentRequest>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::SubmitRequests)?;
    let new = new.accept()?;
    if let Some(at) = new.received_at
        && at > Utc::now()
    {
        return Err(ApiError::field("received_at", "future", "a request cannot be received in the future"));
    }
    let app = state.clone();
    let (is_new, version, request) = state
        .write_small(move |conn| {
            let (row, is_new) = take_in(conn, Handling::of(&app), &caller, new)?;
            let desks = super::visible_request(conn, &caller, row.id).map(|(_, d)| d).unwrap_or_default();
            let (version, request) = detail(conn, row, &desks)?;
            Ok((is_new, version, request))
        })
        .await?;
    if is_new {
        Ok(created(format!("/api/v1/requests/{}", request.request.id), version, &request))
    } else {
        Ok(with_etag(version, &request))
    }
}
