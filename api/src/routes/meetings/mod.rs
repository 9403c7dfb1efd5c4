//! Organizational life (三会一课, 主题党日): meetings with attendance that awards points,
//! and the compliance view of the branches in a subtree.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::meetings::{Attendance, MeetingType, Period};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

mod attachments;
mod check_ins;

pub use attachments::Attachment;
use attachments::to_attachment;

use super::common::{created, list_of, recorded, stored, today, utc, visible_org};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{MeetingRow, MemberRow, NewMeeting as DbNewMeeting};
use crate::db::repo::attachments as stored_files;
use crate::db::repo::meetings::{self, MeetingFilter};
use crate::db::repo::names::NameBook;
use crate::db::repo::organizations::Branches;
use crate::db::repo::points::{self, Earned};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{JsonBody, QueryParams};
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::reports::compliance;
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(list_meetings).service(create_meeting).service(get_meeting).service(get_organization_compliance);
    config
        .service(attachments::create_meeting_attachment)
        .service(attachments::get_attachment)
        .service(attachments::delete_attachment);
    config.service(check_ins::create_meeting_check_in).service(check_ins::list_my_meetings);
}

/// A member on leave.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Leave {
    /// The member on leave (请假).
    pub member_id: i64,
    /// Why the member is on leave.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub reason: String,
}

/// One member's attendance.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AttendanceLine {
    /// The member (a member of the organization when the meeting was held).
    pub member_id: i64,
    /// Name of the member, for display.
    pub name: String,
    /// `present` (出席), `leave` (请假) or `absent` (缺席: neither present nor on leave).
    pub attendance: Attendance,
    /// Why the member was on leave, when on leave.
    pub leave_reason: Option<String>,
    /// When the member checked in online (RFC 3339, UTC): a meeting held online counts a
    /// check-in as attendance.
    pub checked_in_at: Option<DateTime<Utc>>,
}

/// A meeting.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Meeting {
    /// Meeting id.
    pub id: i64,
    /// The organization that held the meeting.
    pub org_id: i64,
    /// Name of the organization, for display.
    pub org_name: String,
    /// Type of meeting (三会一课, 主题党日, 组织生活会, 联席会).
    pub meeting_type: MeetingType,
    /// The date the meeting was held (China Standard Time).
    pub held_on: NaiveDate,
    /// Held online (网络党支部, §10).
    pub online: bool,
    /// Topic of the meeting.
    pub topic: String,
    /// Who chaired the meeting (主持人).
    pub host: Option<String>,
    /// The minutes (会议记录).
    pub minutes: Option<String>,
    /// Files kept with it (`POST /meetings/{id}/attachments`).
    pub attachments: Vec<Attachment>,
    /// Every member of the organization when it was held: present, on leave, or absent
    /// (those neither present nor on leave).
    pub attendance: Vec<AttendanceLine>,
    /// When the meeting was recorded (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(MeetingList, Meeting, "A page of meetings, newest first.");

fn to_meeting(conn: &mut DbConnection, row: MeetingRow) -> ApiResult<Meeting> {
    // Attendance as recorded when the meeting was held: later transfers change nothing.
    let lines = meetings::attendance(conn, row.id)?
        .into_iter()
        .map(|(member_id, name, status, leave_reason, checked_in_at)| {
            Ok(AttendanceLine {
                member_id,
                name,
                attendance: stored(&status)?,
                leave_reason,
                checked_in_at: checked_in_at.map(utc),
            })
        })
        .collect::<ApiResult<_>>()?;
    let names = NameBook::wanted().orgs([row.org_id]).read(conn)?;
    Ok(Meeting {
        id: row.id,
        org_id: row.org_id,
        org_name: names.org(row.org_id),
        meeting_type: stored(&row.meeting_type)?,
        held_on: row.held_on,
        online: row.online,
        topic: row.topic,
        host: row.host,
        minutes: row.minutes,
        attachments: stored_files::of_meetings(conn, &[row.id])?
            .into_iter()
            .map(|file| to_attachment(row.id, file))
            .collect(),
        attendance: lines,
        created_at: utc(row.created_at),
    })
}

/// Filters of the meeting list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MeetingQuery {
    /// Meetings of this organization and its subtree.
    pub org_id: i64,
    /// Only meetings of this type.
    pub meeting_type: Option<MeetingType>,
    /// Only meetings held on or after this date (China Standard Time).
    pub from: Option<NaiveDate>,
    /// Only meetings held on or before this date (China Standard Time).
    pub to: Option<NaiveDate>,
}

/// List meetings of a subtree.
#[utoipa::path(operation_id = "list_meetings", tag = "meetings", params(MeetingQuery, Paging, ChangesSince), responses((status = 200, description = "A page of meetings", body = MeetingList)))]
#[get("/meetings")]
pub async fn list_meetings(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<MeetingQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let order = page.order(false, &meetings::LATEST_FIRST, &meetings::RECORDED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let org = visible_org(conn, &caller.scope, query.org_id)?;
            let filter =
                MeetingFilter { within: org.path, meeting_type: query.meeting_type, from: query.from, to: query.to };
            let (rows, total) = meetings::page(conn, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| meetings::position(order, row));
            let items = rows.into_iter().map(|r| to_meeting(conn, r)).collect::<ApiResult<_>>()?;
            Ok(MeetingList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A meeting to record.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeeting {
    /// The organization holding it (a branch, usually).
    pub org_id: i64,
    /// Type of meeting (三会一课, 主题党日, 组织生活会, 联席会).
    pub meeting_type: MeetingType,
    /// The date the meeting was held (China Standard Time); not after today.
    pub held_on: NaiveDate,
    /// Held online (网络党支部, §10); default false.
    #[serde(default)]
    pub online: bool,
    /// Topic of the meeting.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub topic: String,
    /// Who chaired the meeting (主持人).
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub host: Option<String>,
    /// The minutes (会议记录).
    #[validate(length(min = 1, max = 20000))]
    #[schema(min_length = 1, max_length = 20000)]
    pub minutes: Option<String>,
    /// Members present (of the organization's members).
    #[validate(length(max = 1000))]
    #[schema(max_items = 1000)]
    pub present: Vec<i64>,
    /// Members on leave, with the reason.
    #[serde(default)]
    #[validate(nested, length(max = 1000))]
    #[schema(max_items = 1000)]
    pub leave: Vec<Leave>,
}

/// Record a meeting with its attendance. Members not present and not on leave are absent.
/// Attendance awards the configured rule's points; absence without leave deducts the
/// configured rule's points (if set). A cap reached means no further points, not an error.
#[utoipa::path(operation_id = "create_meeting", tag = "meetings", request_body = NewMeeting, responses((status = 201, description = "Recorded", body = Meeting)))]
#[post("/meetings")]
pub async fn create_meeting(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewMeeting>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let new = new.accept()?;
    recorded("held_on", new.held_on)?;
    let rules = state.config.rules.clone();
    let meeting = state
        .write(move |conn| {
            let org = visible_org(conn, &caller.scope, new.org_id)
                .map_err(|_| ApiError::field("org_id", "not_found", "no such organization in your scope"))?;
            let members = meetings::expected(conn, org.id)?;
            let belongs = |id: &i64| members.iter().any(|m| m.id == *id);
            let mut errors = Vec::new();
            for (i, id) in new.present.iter().enumerate() {
                if !belongs(id) {
                    errors.push(FieldError::new(
                        format!("present[{i}]"),
                        "not_found",
                        "not a member of this organization",
                    ));
                }
            }
            for (i, leave) in new.leave.iter().enumerate() {
                if !belongs(&leave.member_id) || new.present.contains(&leave.member_id) {
                    errors.push(FieldError::new(
                        format!("leave[{i}].member_id"),
                        "invalid_value",
                        "not a member, or also present",
                    ));
                }
            }
            if !errors.is_empty() {
                return Err(ApiError::Validation(errors));
            }
            let id = meetings::insert(
                conn,
                DbNewMeeting {
                    org_id: org.id,
                    org_path: org.path.clone(),
                    meeting_type: new.meeting_type.code().to_owned(),
                    held_on: new.held_on,
                    online: new.online,
                    topic: new.topic.clone(),
                    host: new.host.clone(),
                    minutes: new.minutes.clone(),
                    recorded_by: Some(caller.id),
                    created_at: now(),
                },
            )?;
            let on_leave = |id: i64| new.leave.iter().any(|l| l.member_id == id);
            for member in &members {
                let leave = new.leave.iter().find(|l| l.member_id == member.id);
                let mark = if new.present.contains(&member.id) {
                    Attendance::Present
                } else if leave.is_some() {
                    Attendance::Leave
                } else {
                    Attendance::Absent
                };
                meetings::mark(conn, id, member.id, mark, leave.map(|l| l.reason.as_str()))?;
            }
            let evidence = format!("{}：{}", new.meeting_type.chinese_name(), new.topic);
            let absent: Vec<&MemberRow> =
                members.iter().filter(|m| !new.present.contains(&m.id) && !on_leave(m.id)).collect();
            let present: Vec<&MemberRow> = members.iter().filter(|m| new.present.contains(&m.id)).collect();
            let mut awards = vec![(rules.attendance_rule.clone(), present)];
            if let Some(absence) = rules.absence_rule.clone() {
                awards.push((absence, absent));
            }
            let held = Earned {
                occurred_on: new.held_on,
                evidence: &evidence,
                awarding_org_id: org.id,
                awarding_org_path: &org.path,
                source: "meeting",
                meeting_id: Some(id),
                recorded_by: Some(caller.id),
            };
            for (code, people) in awards {
                for member in people {
                    points::earn(conn, &code, member.id, &member.category, &held)?;
                }
            }
            audit::record(conn, &caller.actor(), Event::success("meeting.create", "meeting", id))?;
            let row = meetings::find(conn, id)?.ok_or(ApiError::NotFound)?;
            to_meeting(conn, row)
        })
        .await?;
    Ok(created(format!("/api/v1/meetings/{}", meeting.id), 1, &meeting))
}

/// Get a meeting with its attendance.
#[utoipa::path(operation_id = "get_meeting", tag = "meetings", params(("id" = i64, Path, description = "Meeting id")), responses((status = 200, description = "The meeting", body = Meeting)))]
#[get("/meetings/{id}")]
pub async fn get_meeting(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let meeting = state
        .read(move |conn| {
            let row = meetings::find(conn, id)?.ok_or(ApiError::NotFound)?;
            if !caller.scope.holds_org(&row.org_path) {
                return Err(ApiError::NotFound);
            }
            to_meeting(conn, row)
        })
        .await?;
    Ok(HttpResponse::Ok().json(meeting))
}

/// Compliance of a subtree's branches in a period.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Compliance {
    /// The organization whose subtree's branches are checked.
    pub org_id: i64,
    /// The period asked for: a month `2026-03`, a quarter `2026-Q1` or a year `2026`.
    pub period: String,
    /// First day of the period (China Standard Time).
    pub first: NaiveDate,
    /// Last day of the period (China Standard Time).
    pub last: NaiveDate,
    /// Each branch of the subtree with the required meetings held or missing.
    pub branches: Vec<compliance::BranchCompliance>,
}

/// The period of a compliance view.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PeriodQuery {
    /// A month `2026-03`, a quarter `2026-Q1` or a year `2026`.
    #[validate(length(min = 4, max = 7))]
    #[param(min_length = 4, max_length = 7)]
    pub period: String,
}

/// Which required meetings (§7 frequencies) each branch of the subtree held or missed in a
/// period.
#[utoipa::path(operation_id = "get_organization_compliance", tag = "meetings", params(("id" = i64, Path, description = "Organization id"), PeriodQuery), responses((status = 200, description = "Compliance per branch", body = Compliance)))]
#[get("/organizations/{id}/compliance")]
pub async fn get_organization_compliance(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    QueryParams(query): QueryParams<PeriodQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let period = Period::parse(&query.period).map_err(|e| ApiError::field("period", "format", e.to_string()))?;
    let id = id.into_inner();
    let answer = state
        .read(move |conn| {
            let org = visible_org(conn, &caller.scope, id)?;
            let branches = compliance::branches(conn, Branches::Within(&org.path), &period, today())?;
            Ok(Compliance {
                org_id: org.id,
                period: query.period.trim().to_owned(),
                first: period.first,
                last: period.last,
                branches,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}
