//! A member's history: report-in, volunteer service, commitments, posts, notes, mobile
//! inflow/outflow registration, relocation.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::members::require_membership_side;
use domain::access::policy::Action;
use domain::member::events::{self, EventRequest};
use domain::member::{Category, EventKind, Side};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{Member, MemberInput, Refs, check_member, to_one_member};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::data_key::DataKeys;
use crate::db::models::{MemberEventRow, MemberRow, NewMemberEvent};
use crate::db::repo::members;
use crate::db::repo::names::NameBook;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::visible_member;
use crate::routes::common::{list_of, stored, utc, with_etag};
use crate::state::AppState;

/// One event in a member's history.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MemberEvent {
    /// The event's id.
    pub id: i64,
    /// The member the event belongs to.
    pub member_id: i64,
    /// What happened (report-in 报到, service, transfer, relocation, stage change, ...).
    pub kind: EventKind,
    /// The date it happened (China Standard Time).
    pub occurred_on: NaiveDate,
    /// The organization that recorded it.
    pub org_id: Option<i64>,
    /// Name of the recording organization, for display.
    pub org_name: Option<String>,
    /// The other organization (transfers: the receiving or sending one).
    pub counterpart_org_id: Option<i64>,
    /// Name of the other organization, for display.
    pub counterpart_org_name: Option<String>,
    /// Volunteer service hours (service and report-in).
    pub service_hours: Option<f64>,
    /// 流动党员活动证 number (inflow/outflow registration).
    pub certificate_no: Option<String>,
    /// Free text: what was promised, the post, the service, or the note.
    pub content: Option<String>,
    /// The user account that recorded it.
    pub recorded_by: Option<i64>,
    /// Name of that user when it was recorded, for display.
    pub recorded_by_name: Option<String>,
    /// When the event was recorded (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(MemberEventList, MemberEvent, "A page of a member's history, newest first.");

/// History events with the names of their organizations.
pub fn to_events(conn: &mut DbConnection, rows: Vec<MemberEventRow>) -> ApiResult<Vec<MemberEvent>> {
    let names =
        NameBook::wanted().orgs(rows.iter().flat_map(|r| [r.org_id, r.counterpart_org_id]).flatten()).read(conn)?;
    rows.into_iter()
        .map(|row| {
            Ok(MemberEvent {
                id: row.id,
                member_id: row.member_id,
                kind: stored(&row.kind)?,
                occurred_on: row.occurred_on,
                org_id: row.org_id,
                org_name: row.org_id.map(|id| names.org(id)),
                counterpart_org_id: row.counterpart_org_id,
                counterpart_org_name: row.counterpart_org_id.map(|id| names.org(id)),
                service_hours: row.service_hours,
                certificate_no: row.certificate_no,
                content: row.content,
                recorded_by: row.recorded_by,
                recorded_by_name: row.recorded_by_name,
                created_at: utc(row.created_at),
            })
        })
        .collect()
}

/// Filters of a member's history.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    /// Only events of this kind.
    pub kind: Option<EventKind>,
}

/// A member's history (either management link may read it).
#[utoipa::path(operation_id = "list_member_events", tag = "members", params(("id" = i64, Path, description = "Member id"), EventQuery, Paging, ChangesSince), responses((status = 200, description = "The member's history", body = MemberEventList)))]
#[get("/members/{id}/events")]
pub async fn list_member_events(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    ListQuery(query, page): ListQuery<EventQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let order = page.order(false, &members::LATEST_EVENTS, &members::RECORDED_EVENTS)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            visible_member(conn, &caller.scope, id)?;
            let kinds = query.kind.map(|k| vec![k.code()]);
            let (rows, total) = members::list_events(conn, id, kinds, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| members::event_position(order, row));
            Ok(MemberEventList::new(to_events(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// An event to record.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEvent {
    /// `report_in`, `service`, `commitment`, `post`, `note`, `inflow_registration`,
    /// `outflow_registration`.
    pub kind: EventKind,
    /// The date it happened (China Standard Time); not after today.
    pub occurred_on: NaiveDate,
    /// Hours of volunteer service (service; optional on report-in), 0.5–24.
    #[validate(range(min = 0.5, max = 24.0))]
    #[schema(minimum = 0.5, maximum = 24.0)]
    pub service_hours: Option<f64>,
    /// 流动党员活动证 number.
    #[validate(length(min = 1, max = 40))]
    #[schema(min_length = 1, max_length = 40)]
    pub certificate_no: Option<String>,
    /// What was promised, the post, the service, or the note.
    #[validate(length(min = 1, max = 500))]
    #[schema(min_length = 1, max_length = 500)]
    pub content: Option<String>,
}

/// Checks who may record which event for which member.
fn check_event(member: &MemberRow, side: Side, event: &NewEvent) -> ApiResult<()> {
    let request = EventRequest {
        kind: event.kind,
        has_service_hours: event.service_hours.is_some(),
        has_content: event.content.is_some(),
    };
    Ok(events::check_event(stored(&member.category)?, side, request)?)
}

fn record_event(
    conn: &mut DbConnection,
    caller: &Caller,
    member_id: i64,
    event: NewMemberEvent,
) -> ApiResult<MemberEventRow> {
    let row = members::insert_event(conn, &event)?;
    audit::record(conn, &caller.actor(), Event::success("member.event", "member", member_id).with_detail(event.kind))?;
    Ok(row)
}

/// Record an event in a member's history. The residence side records report-in, service,
/// commitments, posts, notes and inflow registration; the membership side records all.
#[utoipa::path(operation_id = "create_member_event", tag = "members", request_body = NewEvent, params(("id" = i64, Path, description = "Member id")), responses((status = 201, description = "Recorded", body = MemberEvent)))]
#[post("/members/{id}/events")]
pub async fn create_member_event(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(event): JsonBody<NewEvent>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::RecordMemberEvents)?;
    let event = event.accept()?;
    crate::routes::common::recorded("occurred_on", event.occurred_on)?;
    let id = id.into_inner();
    let event = state
        .write(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, id)?;
            check_event(&member, side, &event)?;
            let org_id = match side {
                Side::Membership => member.membership_org_id,
                Side::Residence => member.residence_org_id,
            };
            let new = NewMemberEvent {
                member_id: id,
                kind: event.kind.code().to_owned(),
                occurred_on: event.occurred_on,
                org_id: Some(org_id),
                counterpart_org_id: None,
                service_hours: event.service_hours,
                certificate_no: event.certificate_no,
                content: event.content,
                recorded_by: Some(caller.id),
                recorded_by_name: Some(caller.display_name.clone()),
                created_at: now(),
            };
            let row = record_event(conn, &caller, id, new)?;
            to_events(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/members/{}/events", event.member_id)))
        .json(event))
}

/// Moving into a relocation community.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Relocation {
    /// The organization leading the relocation community.
    pub residence_org_id: i64,
    /// The area (relocation community, grid or household) the member moves into.
    pub residence_area_id: i64,
    /// The date the member moved in (China Standard Time); not after today.
    pub occurred_on: NaiveDate,
}

/// Record a move into a relocation community (搬迁入住): the member becomes `relocated`,
/// lives in the relocation community, and keeps the origin organization as membership
/// organization (membership side only).
#[utoipa::path(operation_id = "create_member_relocation", tag = "members", request_body = Relocation, params(("id" = i64, Path, description = "Member id")), responses((status = 200, description = "Relocated", body = Member)))]
#[post("/members/{id}/relocation")]
pub async fn create_member_relocation(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(relocation): JsonBody<Relocation>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let relocation = relocation.accept()?;
    crate::routes::common::recorded("occurred_on", relocation.occurred_on)?;
    let id = id.into_inner();
    let keys = std::sync::Arc::clone(&state.data_keys);
    let names = state.caches.names.since_now();
    let (version, member) = state
        .write(move |conn| {
            let (row, side) = visible_member(conn, &caller.scope, id)?;
            require_membership_side(side)?;
            let mut input = input_of(conn, &keys, &row)?;
            input.category = Category::Relocated;
            input.residence_org_id = relocation.residence_org_id;
            input.residence_area_id = relocation.residence_area_id;
            let form = check_member(conn, &mut Refs::default(), &keys, &caller.scope, &input, Some(id))?;
            if !members::update(conn, &keys, &row, &form)? {
                return Err(ApiError::PreconditionFailed);
            }
            let event = NewMemberEvent {
                member_id: id,
                kind: EventKind::Relocation.code().to_owned(),
                occurred_on: relocation.occurred_on,
                org_id: Some(row.membership_org_id),
                counterpart_org_id: Some(relocation.residence_org_id),
                service_hours: None,
                certificate_no: None,
                content: None,
                recorded_by: Some(caller.id),
                recorded_by_name: Some(caller.display_name.clone()),
                created_at: now(),
            };
            record_event(conn, &caller, id, event)?;
            let row = members::find(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok((row.version, to_one_member(conn, &names, row, side)?))
        })
        .await?;
    Ok(with_etag(version, &member))
}

/// The stored member as input, for changes that keep most of it.
pub fn input_of(conn: &mut DbConnection, keys: &DataKeys, row: &MemberRow) -> ApiResult<MemberInput> {
    let personal = members::personal(conn, keys, row.id)?;
    Ok(MemberInput {
        name: row.name.clone(),
        gender: stored(&row.gender)?,
        ethnicity: row.ethnicity.clone(),
        birth_date: personal.birth_date,
        id_number: personal.id_number,
        phone: personal.phone,
        address: personal.address,
        education: row.education.as_deref().map(stored).transpose()?,
        stage: stored(&row.stage)?,
        category: stored(&row.category)?,
        membership_org_id: row.membership_org_id,
        residence_org_id: row.residence_org_id,
        residence_area_id: row.residence_area_id,
        work_unit_id: row.work_unit_id,
        join_date: row.join_date,
        conversion_date: row.conversion_date,
    })
}
