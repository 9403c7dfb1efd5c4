//! The steps of a request (受理, 派单, 挂起, 办结, 上报, 评价, 重办) by the platform that holds it,
//! its assignee, or the resident through a one-time rating link; and the audited read of the
//! resident's data.

use actix_web::{HttpResponse, get, post, web};
use chrono::{Duration, NaiveDate};
use domain::access::policy::Action;
use domain::member::Category;
use domain::requests::sla::suspended_working_days;
use domain::requests::{
    Desk, Level, MemberAssignee, Request, RequestState, RequestStep, RequestType, Step, check_member_assignee,
    check_step, desk_for, is_open,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use super::clock::{calendar_from, due_on};
use super::{AssigneeKind, Handling, ResidentRequestDetail, detail, visible_request};
use crate::audit::{self, Actor, Event};
use crate::auth::Caller;
use crate::db::models::{NewRequestEvent, RequestRow};
use crate::db::repo::{areas, members, report_ins, requests, units, users};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::routes::common::{missing_reference, stored, today, with_etag};
use crate::state::AppState;

/// Who a dispatch names.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssigneeInput {
    /// `user` (grid leader's account), `member` (in-service member), `unit` or `department`.
    pub kind: AssigneeKind,
    /// The account, member, unit or department id, according to `kind`.
    pub id: i64,
}

/// A step on a request.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestStepInput {
    /// The step to take, e.g. `accept`, `dispatch`, `resolve` or `escalate`.
    pub step: RequestStep,
    /// What was done, or why (a rejection and a suspension need a reason, a resolution a note).
    #[validate(length(max = 2000))]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
    /// For `dispatch`.
    pub assignee: Option<AssigneeInput>,
    /// For `escalate` from a street: the district department.
    pub department_id: Option<i64>,
    /// For `close`: the resident's rating, 1–5.
    pub rating: Option<u8>,
}

/// A request after a step; a resolution also answers the one-time rating link for the
/// resident (shown once).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestStepResult {
    #[serde(flatten)]
    pub request: ResidentRequestDetail,
    /// `/rate/<token>`: the page where the resident rates the resolution (after `resolve`).
    pub rating_link: Option<String>,
}

/// Checks that a dispatch names something that exists; a member, one the community may give
/// work to.
fn check_assignee(conn: &mut DbConnection, row: &RequestRow, assignee: AssigneeInput) -> ApiResult<()> {
    let exists = match assignee.kind {
        AssigneeKind::User => users::find(conn, assignee.id)?.is_some_and(|u| !u.disabled),
        AssigneeKind::Member => {
            let Some(member) = members::find(conn, assignee.id)? else { return Err(missing_reference("assignee")) };
            let community = areas::find(conn, row.community_area_id)?;
            let lives_in_community =
                community.is_some_and(|c| domain::tree::is_within(&member.residence_area_path, &c.path));
            let facts = MemberAssignee {
                in_service: member.category == Category::InService.code(),
                lives_in_community,
                reported_in_on: report_ins::last_report_in(conn, member.id)?,
            };
            check_member_assignee(&facts, today())?;
            true
        }
        AssigneeKind::Unit => units::find(conn, assignee.id)?.is_some(),
        AssigneeKind::Department => requests::find_department(conn, assignee.id)?.is_some(),
    };
    if exists { Ok(()) } else { Err(missing_reference("assignee")) }
}

/// Who takes a step, for its event and the audit log.
pub struct StepActor {
    pub id: Option<i64>,
    pub name: String,
    pub audit: Actor,
}

/// Takes a checked step: works out where it leaves the request, saves it and records its event.
/// Answers the new rating token after a resolution.
#[allow(clippy::too_many_arguments)]
pub fn apply(
    conn: &mut DbConnection,
    handling: Handling<'_>,
    row: &RequestRow,
    step: &Step<'_>,
    desk: Desk,
    note: Option<&str>,
    assignee: Option<AssigneeInput>,
    by: &StepActor,
) -> ApiResult<Option<String>> {
    let today = today();
    let current = Request {
        state: stored(&row.state)?,
        level: stored(&row.level)?,
        resolved_on: row.resolved_at.map(|at| (at + Duration::hours(8)).date()),
    };
    let outcome = check_step(&current, step, desk, today, &handling.rules.requests)?;
    let kind: RequestType = stored(&row.request_type)?;
    let mut progress = row.progress();
    let at = now();
    let mut token = None;
    match *step {
        Step::Accept | Step::Reject { .. } => {
            if progress.answered_at.is_none() {
                progress.answered_at = Some(at);
                progress.answered_in_time = row.due_on.is_none_or(|due| today <= due);
            }
            progress.phase_began_on = today;
        }
        Step::Dispatch { .. } => {
            let assignee = assignee.ok_or(ApiError::field("assignee", "required", "a dispatch names its assignee"))?;
            progress.assignee_kind = Some(assignee.kind.code().to_owned());
            progress.assignee_id = Some(assignee.id);
        }
        Step::Suspend { .. } => progress.suspended_since = Some(today),
        Step::Resume => {
            let since = progress.suspended_since.take().unwrap_or(today);
            let calendar = calendar_from(conn, since)?;
            let days = suspended_working_days(&[(since, Some(today))], today, &calendar);
            progress.suspended_days += i32::try_from(days).unwrap_or(0);
        }
        Step::Resolve { .. } => {
            progress.resolved_at = Some(at);
            token = Some(crate::auth::token::new_secret_token());
        }
        Step::Close { rating } => progress.rating = Some(i32::from(rating)),
        Step::Reopen => {
            progress.phase_began_on = today;
            progress.suspended_days = 0;
            progress.rating = None;
            progress.resolved_at = None;
            progress.assignee_kind = None;
            progress.assignee_id = None;
        }
        Step::Escalate { department } => {
            if outcome.level == Level::Department {
                progress.department_id = department;
            }
            progress.phase_began_on = today;
            progress.suspended_days = 0;
            progress.assignee_kind = None;
            progress.assignee_id = None;
        }
    }
    progress.state = outcome.state.code().to_owned();
    progress.level = outcome.level.code().to_owned();
    progress.updated_at = at;
    progress.due_on = if is_open(outcome.state) { due_on(conn, kind, &progress, &handling.rules.sla)? } else { None };
    if !requests::save_progress(conn, row.id, row.version, &progress)? {
        return Err(ApiError::PreconditionFailed);
    }
    // A link is good for the resolution it was made for.
    requests::set_rating_token(conn, row.id, token.as_ref().map(|(_, hash)| hash.as_str()))?;
    requests::insert_event(
        conn,
        &NewRequestEvent {
            request_id: row.id,
            step: step.kind().code().to_owned(),
            from_state: Some(row.state.clone()),
            to_state: progress.state.clone(),
            level: progress.level.clone(),
            actor_id: by.id,
            actor_name: by.name.clone(),
            note: note.map(str::to_owned),
            occurred_at: at,
        },
    )?;
    let action = format!("request.{}", step.kind().code());
    audit::record(conn, &by.audit, Event::success(&action, "request", row.id))?;
    Ok(token.map(|(token, _)| token))
}

/// Take a step on a request (受理, 不予受理, 派单, 挂起, 恢复, 办结, 评价, 重办, 上报). The holding
/// platform accepts, rejects, dispatches and escalates; the assignee suspends, resumes and
/// resolves; a rating the resident gave by phone or at the window is recorded by the platform.
#[utoipa::path(operation_id = "create_request_step", tag = "requests", request_body = RequestStepInput, params(("id" = i64, Path, description = "Request id")), responses((status = 200, description = "The request after the step", body = RequestStepResult)))]
#[post("/requests/{id}/steps")]
pub async fn create_request_step(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(input): JsonBody<RequestStepInput>,
) -> ApiResult<HttpResponse> {
    let input = input.accept()?;
    let id = id.into_inner();
    let app = state.clone();
    let (version, result) = state
        .write(move |conn| {
            let (row, desks) = visible_request(conn, &caller, id)?;
            let desk = desk_for(input.step, &desks)?;
            let note = input.note.as_deref().unwrap_or("");
            let step = match input.step {
                RequestStep::Accept => Step::Accept,
                RequestStep::Reject => Step::Reject { reason: note },
                RequestStep::Dispatch => Step::Dispatch { assigned: input.assignee.is_some() },
                RequestStep::Suspend => Step::Suspend { reason: note },
                RequestStep::Resume => Step::Resume,
                RequestStep::Resolve => Step::Resolve { note },
                RequestStep::Close => Step::Close { rating: input.rating.unwrap_or(0) },
                RequestStep::Reopen => Step::Reopen,
                RequestStep::Escalate => Step::Escalate { department: input.department_id },
            };
            if let Some(assignee) = input.assignee.filter(|_| input.step == RequestStep::Dispatch) {
                check_assignee(conn, &row, assignee)?;
            }
            if let Some(department) = input.department_id.filter(|_| input.step == RequestStep::Escalate)
                && requests::find_department(conn, department)?.is_none()
            {
                return Err(missing_reference("department_id"));
            }
            let by = StepActor { id: Some(caller.id), name: caller.display_name.clone(), audit: caller.actor() };
            let note = input.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
            let token = apply(conn, Handling::of(&app), &row, &step, desk, note, input.assignee, &by)?;
            let (row, desks) = visible_request(conn, &caller, id)?;
            let (version, request) = detail(conn, row, &desks)?;
            Ok((version, RequestStepResult { request, rating_link: token.map(|t| format!("/rate/{t}")) }))
        })
        .await?;
    Ok(with_etag(version, &result))
}

/// A resident's data in full.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestResident {
    /// The request the resident made.
    pub request_id: i64,
    /// The resident's name, in full.
    pub name: Option<String>,
    /// The resident's phone, in full.
    pub phone: Option<String>,
    /// The resident's address, in full.
    pub address: Option<String>,
}

/// Read the resident's name, phone and address in full (party-affairs staff; audited).
#[utoipa::path(operation_id = "get_request_resident", tag = "requests", params(("id" = i64, Path, description = "Request id")), responses((status = 200, description = "The resident, unmasked", body = RequestResident)))]
#[get("/requests/{id}/resident")]
pub async fn get_request_resident(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadPersonalData)?;
    let id = id.into_inner();
    let keys = std::sync::Arc::clone(&state.data_keys);
    let resident = state
        .write(move |conn| {
            let (row, _) = visible_request(conn, &caller, id)?;
            audit::record(conn, &caller.actor(), Event::success("request.resident_read", "request", row.id))?;
            let resident = requests::resident(conn, &keys, row.id)?;
            Ok(RequestResident {
                request_id: row.id,
                name: resident.name,
                phone: resident.phone,
                address: resident.address,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(resident))
}

/// What the resident sees behind a rating link: the request, never anyone's personal data.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RatingInvitation {
    /// Type: consultation (咨询), help (求助), complaint (投诉), report (举报) or suggestion (建议).
    pub request_type: RequestType,
    /// What the resident asked or reported.
    pub description: String,
    /// Name of the place (community, grid or central household), for display.
    pub area_name: String,
    /// Where the request stands now.
    pub state: RequestState,
    /// The date the request was resolved (China Standard Time).
    pub resolved_on: Option<NaiveDate>,
    /// What the handler wrote when resolving it.
    pub resolution: Option<String>,
}

fn by_token(conn: &mut DbConnection, token: &str) -> ApiResult<RequestRow> {
    requests::find_by_rating_token(conn, &crate::auth::token::hash_refresh_token(token))?.ok_or(ApiError::NotFound)
}

/// Open a one-time rating link (public).
#[utoipa::path(operation_id = "get_request_rating", tag = "requests", security(()), params(("token" = String, Path, description = "The link's token")), responses((status = 200, description = "The resolved request", body = RatingInvitation)))]
#[get("/request-ratings/{token}")]
pub async fn get_request_rating(state: web::Data<AppState>, token: web::Path<String>) -> ApiResult<HttpResponse> {
    let invitation = state
        .read(move |conn| {
            let row = by_token(conn, &token)?;
            let resolution = requests::events_of(conn, row.id)?
                .into_iter()
                .rev()
                .find(|e| e.step == RequestStep::Resolve.code())
                .and_then(|e| e.note);
            let request = super::to_requests(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?;
            Ok(RatingInvitation {
                request_type: request.request_type,
                description: request.description,
                area_name: request.area_name,
                state: request.state,
                resolved_on: request.resolved_at.map(|at| (at + Duration::hours(8)).date_naive()),
                resolution,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(invitation))
}

/// The resident's rating.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RatingInput {
    /// 1 (very dissatisfied) to 5 (very satisfied).
    pub rating: u8,
    /// The resident's comment with the rating.
    #[validate(length(max = 500))]
    #[schema(max_length = 500)]
    pub comment: Option<String>,
}

/// Rate a resolved request through its one-time link (public); the link is used up.
#[utoipa::path(operation_id = "create_request_rating", tag = "requests", security(()), request_body = RatingInput, params(("token" = String, Path, description = "The link's token")), responses((status = 204, description = "Rated; the request is closed")))]
#[post("/request-ratings/{token}")]
pub async fn create_request_rating(
    state: web::Data<AppState>,
    token: web::Path<String>,
    JsonBody(input): JsonBody<RatingInput>,
) -> ApiResult<HttpResponse> {
    let input = input.accept()?;
    let app = state.clone();
    state
        .write(move |conn| {
            let row = by_token(conn, &token)?;
            let by = StepActor { id: None, name: "resident".to_owned(), audit: Actor::default() };
            let comment = input.comment.as_deref().map(str::trim).filter(|c| !c.is_empty());
            apply(
                conn,
                Handling::of(&app),
                &row,
                &Step::Close { rating: input.rating },
                Desk::Resident,
                comment,
                None,
                &by,
            )?;
            requests::set_rating_comment(conn, row.id, comment)?;
            Ok(())
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
