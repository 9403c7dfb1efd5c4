//! Online check-in (网络党支部, §10): a member checks in from the phone to a meeting held
//! online, which counts as attendance — the absence deduction is given back and attendance
//! earns its points — and reads the meetings of its own organization.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::meetings::{Attendance, MeetingType};
use domain::online::{CheckIn, OnlinePolicy, OnlineRefusal, check_in};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::repo::meetings::{self, MemberMeeting};
use crate::db::repo::members;
use crate::db::repo::names::NameBook;
use crate::db::repo::points::{self, Award, Earned, Reversed};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::paging::{ListQuery, Paging};
use crate::routes::common::{created, list_of, stored, today, utc};
use crate::state::AppState;

/// A meeting of the caller's organization with the caller's own attendance (我的组织生活).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MyMeeting {
    /// Meeting id.
    pub meeting_id: i64,
    /// The organization that held it.
    pub org_id: i64,
    /// Name of the organization, for display.
    pub org_name: String,
    /// Type of meeting.
    pub meeting_type: MeetingType,
    /// The day it was held (China Standard Time).
    pub held_on: NaiveDate,
    /// Held online.
    pub online: bool,
    /// Topic of the meeting.
    pub topic: String,
    /// The caller's attendance.
    pub attendance: Attendance,
    /// When the caller checked in online (RFC 3339, UTC).
    pub checked_in_at: Option<DateTime<Utc>>,
    /// Whether the caller may check in now (`POST /meetings/{id}/check-ins`): an online
    /// meeting, not yet present, on the meeting day or within the configured days after.
    pub check_in_open: bool,
}

list_of!(MyMeetingList, MyMeeting, "A page of the caller's meetings, newest first.");

fn to_my_meetings(
    conn: &mut DbConnection,
    policy: &OnlinePolicy,
    rows: Vec<MemberMeeting>,
) -> ApiResult<Vec<MyMeeting>> {
    let names = NameBook::wanted().orgs(rows.iter().map(|(m, _, _)| m.org_id)).read(conn)?;
    let today = today();
    rows.into_iter()
        .map(|(meeting, status, checked_in_at)| {
            let attendance: Attendance = stored(&status)?;
            let open = CheckIn { online: meeting.online, held_on: meeting.held_on, recorded: attendance, on: today };
            Ok(MyMeeting {
                meeting_id: meeting.id,
                org_name: names.org(meeting.org_id),
                org_id: meeting.org_id,
                meeting_type: stored(&meeting.meeting_type)?,
                held_on: meeting.held_on,
                online: meeting.online,
                topic: meeting.topic,
                attendance,
                checked_in_at: checked_in_at.map(utc),
                check_in_open: check_in(open, policy).is_ok(),
            })
        })
        .collect()
}

/// Filters of the caller's meetings.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MyMeetingQuery {
    /// Only meetings held online (`true`) or in person (`false`).
    pub online: Option<bool>,
}

/// The meetings the caller was expected at, newest first, with the caller's attendance and
/// whether an online check-in is open.
#[utoipa::path(operation_id = "list_my_meetings", tag = "me", params(MyMeetingQuery, Paging), responses((status = 200, description = "A page of the caller's meetings", body = MyMeetingList)))]
#[get("/me/meetings")]
pub async fn list_my_meetings(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<MyMeetingQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::TakePartOnline)?;
    let member_id = caller.own_member()?;
    page.without_changes()?;
    let order = &meetings::LATEST_FIRST;
    let window = page.window(order)?;
    let policy = state.config.rules.online;
    let list = state
        .read(move |conn| {
            let (rows, total) = meetings::of_member(conn, member_id, query.online, &window)?;
            let (rows, next) = page.finish(order, rows, total, |(row, _, _)| meetings::position(order, row));
            Ok(MyMeetingList::new(to_my_meetings(conn, &policy, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Check in to a meeting held online (网上签到), as the member of the caller's account. It
/// counts as attendance: a member recorded absent or on leave becomes present, the absence
/// deduction (if any) is reversed and attendance earns the attendance rule's points. Open on
/// the meeting day and `DANGJIAN_CHECK_IN_DAYS` days after (default 1); refused for a meeting
/// held in person (`meeting-not-online`), after the window (`check-in-closed`) or when present
/// already (`checked-in`).
#[utoipa::path(operation_id = "create_meeting_check_in", tag = "meetings", params(("id" = i64, Path, description = "Meeting id")), responses((status = 201, description = "Checked in; the caller's attendance", body = MyMeeting)))]
#[post("/meetings/{id}/check-ins")]
pub async fn create_meeting_check_in(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::TakePartOnline)?;
    let member_id = caller.own_member()?;
    let id = id.into_inner();
    let rules = state.config.rules.clone();
    let mine = state
        .write(move |conn| {
            let meeting = meetings::find(conn, id)?.ok_or(ApiError::NotFound)?;
            // A member reads only the meetings it was expected at.
            let recorded: Attendance =
                stored(&meetings::attendance_of(conn, id, member_id)?.ok_or(ApiError::NotFound)?)?;
            let day = today();
            check_in(CheckIn { online: meeting.online, held_on: meeting.held_on, recorded, on: day }, &rules.online)?;
            let at = now();
            if !meetings::check_in(conn, id, member_id, at)? {
                return Err(OnlineRefusal::AlreadyPresent.into());
            }
            let member = members::find(conn, member_id)?.ok_or(ApiError::NotFound)?;
            let meeting_type: MeetingType = stored(&meeting.meeting_type)?;
            let evidence = format!("{}：{}（网上签到）", meeting_type.chinese_name(), meeting.topic);
            if let (Attendance::Absent, Some(absence)) = (recorded, rules.absence_rule.as_deref())
                && let Some(deducted) = points::standing_meeting_entry(conn, id, member_id, absence)?
            {
                let rule = points::find_rule(conn, deducted.rule_id)?.ok_or(ApiError::NotFound)?;
                points::append(
                    conn,
                    Award {
                        member_id,
                        rule,
                        points: -deducted.points,
                        occurred_on: day,
                        evidence: evidence.clone(),
                        awarding_org_id: deducted.awarding_org_id,
                        source: "reversal",
                        meeting_id: Some(id),
                        reverses: Some(Reversed { entry_id: deducted.id, year: deducted.year }),
                        recorded_by: Some(caller.id),
                    },
                )?;
            }
            let held = Earned {
                occurred_on: meeting.held_on,
                evidence: &evidence,
                awarding_org_id: meeting.org_id,
                awarding_org_path: &meeting.org_path,
                source: "meeting",
                meeting_id: Some(id),
                recorded_by: Some(caller.id),
            };
            points::earn(conn, &rules.attendance_rule, member_id, &member.category, &held)?;
            audit::record(conn, &caller.actor(), Event::success("meeting.check_in", "meeting", id))?;
            to_my_meetings(conn, &rules.online, vec![(meeting, Attendance::Present.code().to_owned(), Some(at))])?
                .pop()
                .ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/meetings/{id}"), 1, &mine))
}
