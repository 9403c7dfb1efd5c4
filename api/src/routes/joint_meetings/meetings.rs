//! The meetings of a joint meeting: planned with an agenda sent ahead, then held with
//! attendance, minutes and resolutions.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::cobuilding::{agenda_due, agenda_late, check_meeting};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use super::visible_body;
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{JointMeetingForm, JointMeetingRow, ResolutionRow};
use crate::db::repo::joint;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ChangesSince, ListQuery, NoFilters, Paging};
use crate::routes::common::{created, list_of, recorded, today, utc, with_etag};
use crate::state::AppState;

/// Whether a seat's holder was at a meeting.
#[derive(Debug, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Presence {
    /// The seat.
    pub seat_id: i64,
    /// Whether its representative (or a stand-in) was present.
    pub present: bool,
}

/// A resolution (决议) of a meeting, which projects and tasks can cite.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Resolution {
    /// The resolution's id.
    pub id: i64,
    /// The meeting that passed it.
    pub meeting_id: i64,
    /// What was resolved.
    pub text: String,
    /// When it was recorded (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

/// A meeting of a joint meeting.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct JointMeeting {
    /// The meeting's id.
    pub id: i64,
    /// The joint meeting it belongs to.
    pub body_id: i64,
    /// The day it meets or met (China Standard Time).
    pub meets_on: NaiveDate,
    /// The agenda (议程).
    pub agenda: String,
    /// The day the agenda was sent to the seats.
    pub agenda_sent_on: Option<NaiveDate>,
    /// The last day the agenda could be sent in time (15 days ahead by default).
    pub agenda_due_on: NaiveDate,
    /// Whether the agenda is late: not sent by its due day, or sent after it.
    pub agenda_late: bool,
    /// Whether the meeting was held.
    pub held: bool,
    /// The minutes (纪要) of a held meeting.
    pub minutes: Option<String>,
    /// Who was present, by seat.
    pub attendance: Vec<Presence>,
    /// What it resolved.
    pub resolutions: Vec<Resolution>,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(JointMeetingList, JointMeeting, "A page of meetings of a joint meeting.");

fn to_resolution(row: ResolutionRow) -> Resolution {
    Resolution { id: row.id, meeting_id: row.meeting_id, text: row.text, created_at: utc(row.created_at) }
}

fn to_meeting(conn: &mut DbConnection, row: JointMeetingRow, state: &AppState) -> ApiResult<JointMeeting> {
    let policy = state.config.rules.joint_meetings;
    let attendance = joint::attendance_of(conn, row.id)?
        .into_iter()
        .map(|(seat_id, present)| Presence { seat_id, present })
        .collect();
    let resolutions = joint::resolutions_of(conn, row.id)?.into_iter().map(to_resolution).collect();
    Ok(JointMeeting {
        id: row.id,
        body_id: row.body_id,
        meets_on: row.meets_on,
        agenda_due_on: agenda_due(row.meets_on, &policy),
        agenda_late: !row.held && agenda_late(row.meets_on, row.agenda_sent_on, today(), &policy),
        agenda: row.agenda,
        agenda_sent_on: row.agenda_sent_on,
        held: row.held,
        minutes: row.minutes,
        attendance,
        resolutions,
        updated_at: utc(row.updated_at),
    })
}

/// A meeting the caller's areas hold, with its joint meeting; otherwise "not found".
fn visible_meeting(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<JointMeetingRow> {
    let row = joint::find_meeting(conn, id)?.ok_or(ApiError::NotFound)?;
    visible_body(conn, caller, row.body_id)?;
    Ok(row)
}

/// List the meetings of a joint meeting, latest first.
#[utoipa::path(operation_id = "list_joint_meetings", tag = "joint-meetings", params(("id" = i64, Path, description = "Joint meeting id"), Paging, ChangesSince), responses((status = 200, description = "A page of meetings", body = JointMeetingList)))]
#[get("/joint-bodies/{id}/meetings")]
pub async fn list_joint_meetings(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    ListQuery(NoFilters {}, page): ListQuery<NoFilters>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let order = page.order(false, &joint::MEETINGS_BY_ID, &joint::MEETINGS_CHANGED)?;
    let window = page.window(order)?;
    let id = id.into_inner();
    let reader = state.clone();
    let list = state
        .read(move |conn| {
            let body = visible_body(conn, &caller, id)?;
            let (rows, total) = joint::meetings_of(conn, body.id, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            let items = rows.into_iter().map(|row| to_meeting(conn, row, &reader)).collect::<ApiResult<_>>()?;
            Ok(JointMeetingList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A meeting to plan: its day and agenda.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JointMeetingInput {
    /// The day it meets.
    pub meets_on: NaiveDate,
    /// The agenda (议程).
    #[validate(length(min = 1, max = 4000))]
    #[schema(min_length = 1, max_length = 4000)]
    pub agenda: String,
    /// The day the agenda was sent to the seats, if it was; not after today.
    pub agenda_sent_on: Option<NaiveDate>,
}

/// Plan a meeting of a joint meeting.
#[utoipa::path(operation_id = "create_joint_meeting", tag = "joint-meetings", params(("id" = i64, Path, description = "Joint meeting id")), request_body = JointMeetingInput, responses((status = 201, description = "Planned", body = JointMeeting)))]
#[post("/joint-bodies/{id}/meetings")]
pub async fn create_joint_meeting(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<JointMeetingInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    if let Some(sent) = new.agenda_sent_on {
        recorded("agenda_sent_on", sent)?;
    }
    check_meeting(new.meets_on, false, "", new.agenda_sent_on)?;
    let id = id.into_inner();
    let writer = state.clone();
    let meeting = state
        .write(move |conn| {
            let body = visible_body(conn, &caller, id)?;
            let form = JointMeetingForm {
                meets_on: new.meets_on,
                agenda: new.agenda.trim(),
                agenda_sent_on: new.agenda_sent_on,
                held: false,
                minutes: None,
                updated_at: now(),
            };
            let row = joint::insert_meeting(conn, body.id, &form)?;
            audit::record(conn, &caller.actor(), Event::success("joint_meeting.create", "joint_meeting", row.id))?;
            to_meeting(conn, row, &writer)
        })
        .await?;
    Ok(created(format!("/api/v1/joint-meetings/{}", meeting.id), 1, &meeting))
}

/// Get a meeting with its attendance and resolutions.
#[utoipa::path(operation_id = "get_joint_meeting", tag = "joint-meetings", params(("id" = i64, Path, description = "Meeting id")), responses((status = 200, description = "The meeting", body = JointMeeting)))]
#[get("/joint-meetings/{id}")]
pub async fn get_joint_meeting(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let id = id.into_inner();
    let reader = state.clone();
    let (version, meeting) = state
        .read(move |conn| {
            let row = visible_meeting(conn, &caller, id)?;
            Ok((row.version, to_meeting(conn, row, &reader)?))
        })
        .await?;
    Ok(with_etag(version, &meeting))
}

/// A change to a meeting's record; absent fields stay as they are.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JointMeetingChange {
    /// The day it meets or met; a held meeting's day is not after today.
    pub meets_on: Option<NaiveDate>,
    /// The agenda.
    #[validate(length(min = 1, max = 4000))]
    #[schema(min_length = 1, max_length = 4000)]
    pub agenda: Option<String>,
    /// The day the agenda was sent; not after today.
    pub agenda_sent_on: Option<NaiveDate>,
    /// Whether it was held; a held meeting has minutes.
    pub held: Option<bool>,
    /// The minutes (纪要).
    #[validate(length(min = 1, max = 20000))]
    #[schema(min_length = 1, max_length = 20000)]
    pub minutes: Option<String>,
    /// Who was present, by seat of the joint meeting (replaces the attendance recorded).
    #[validate(length(max = 500))]
    #[schema(max_items = 500)]
    pub attendance: Option<Vec<Presence>>,
}

/// Record a meeting: the agenda sent, the meeting held with attendance and minutes.
#[utoipa::path(operation_id = "update_joint_meeting", tag = "joint-meetings", params(("id" = i64, Path, description = "Meeting id")), request_body = JointMeetingChange, responses((status = 200, description = "Recorded", body = JointMeeting)))]
#[patch("/joint-meetings/{id}")]
pub async fn update_joint_meeting(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<JointMeetingChange>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let change = change.accept()?;
    let id = id.into_inner();
    let writer = state.clone();
    let (version, meeting) = state
        .write(move |conn| {
            let row = visible_meeting(conn, &caller, id)?;
            if_match.check(row.version)?;
            let meets_on = change.meets_on.unwrap_or(row.meets_on);
            let held = change.held.unwrap_or(row.held);
            let agenda_sent_on = change.agenda_sent_on.or(row.agenda_sent_on);
            let minutes = change.minutes.as_deref().map(str::trim).or(row.minutes.as_deref());
            if held {
                recorded("meets_on", meets_on)?;
            }
            if let Some(sent) = change.agenda_sent_on {
                recorded("agenda_sent_on", sent)?;
            }
            check_meeting(meets_on, held, minutes.unwrap_or_default(), agenda_sent_on)?;
            if let Some(attendance) = &change.attendance {
                let seats: Vec<i64> = joint::seats_of(conn, &[row.body_id])?.iter().map(|s| s.id).collect();
                if attendance.iter().any(|p| !seats.contains(&p.seat_id)) {
                    return Err(ApiError::field("attendance", "not_found", "a seat of another joint meeting"));
                }
                let present: Vec<(i64, bool)> = attendance.iter().map(|p| (p.seat_id, p.present)).collect();
                joint::set_attendance(conn, row.id, &present)?;
            }
            let form = JointMeetingForm {
                meets_on,
                agenda: change.agenda.as_deref().map_or(row.agenda.as_str(), str::trim),
                agenda_sent_on,
                held,
                minutes,
                updated_at: now(),
            };
            if !joint::update_meeting(conn, row.id, row.version, &form)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("joint_meeting.update", "joint_meeting", row.id))?;
            let row = joint::find_meeting(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok((row.version, to_meeting(conn, row, &writer)?))
        })
        .await?;
    Ok(with_etag(version, &meeting))
}

/// A resolution to record.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResolutionInput {
    /// What was resolved.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub text: String,
}

/// Record a resolution of a held meeting.
#[utoipa::path(operation_id = "create_joint_resolution", tag = "joint-meetings", params(("id" = i64, Path, description = "Meeting id")), request_body = ResolutionInput, responses((status = 201, description = "Recorded", body = Resolution)))]
#[post("/joint-meetings/{id}/resolutions")]
pub async fn create_joint_resolution(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<ResolutionInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    let id = id.into_inner();
    let resolution = state
        .write(move |conn| {
            let meeting = visible_meeting(conn, &caller, id)?;
            if !meeting.held {
                return Err(ApiError::field("meeting", "not_held", "resolutions are passed at a held meeting"));
            }
            let row = joint::insert_resolution(conn, meeting.id, new.text.trim())?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("joint_resolution.create", "joint_meeting", meeting.id),
            )?;
            Ok(to_resolution(row))
        })
        .await?;
    Ok(created(format!("/api/v1/joint-meetings/{id}"), 1, &resolution))
}
