//! Resident requests (居民诉求, DOMAIN.md §8): taken in from a grid phone, a window, the hotline
//! or another system; accepted, dispatched, escalated and resolved by the three-level response;
//! rated by the resident. The domain decides every step (`domain::requests`); this folder loads
//! the facts, saves where a step leaves a request and answers.

pub mod catalogue;
pub mod clock;
pub mod create;
pub mod files;
pub mod list;
pub mod metrics;
pub mod open311;
pub mod steps;

use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::{Action, Scope};
use domain::access::requests::{Places, desks, sees};
use domain::requests::sla::Clock;
use domain::requests::{Channel, Desk, Level, RequestState, RequestStep, RequestType, available_steps};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::models::{RequestEventRow, RequestRow};
use crate::db::repo::areas;
use crate::db::repo::names::NameBook;
use crate::db::repo::requests::{self, ASSIGNED_DEPARTMENT, ASSIGNED_MEMBER, ASSIGNED_UNIT, ASSIGNED_USER, Seer};
use crate::error::{ApiError, ApiResult};
use crate::routes::common::{area_ranges, list_of, org_ranges, stored, today, utc, with_etag};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list::list_requests)
        .service(create::create_request)
        .service(get_request)
        .service(files::create_request_attachment)
        .service(files::get_request_attachment)
        .service(files::list_request_assignees)
        .service(steps::create_request_step)
        .service(steps::get_request_resident)
        .service(steps::get_request_rating)
        .service(steps::create_request_rating)
        .service(metrics::get_request_metrics)
        .service(catalogue::list_request_categories)
        .service(catalogue::create_request_category)
        .service(catalogue::list_departments)
        .service(catalogue::create_department);
}

/// What taking in and handling a request need beside the database: the keys that seal the
/// resident's data and the local rules (SLA, reopening window).
#[derive(Clone, Copy)]
pub struct Handling<'a> {
    pub keys: &'a crate::data_key::DataKeys,
    pub rules: &'a crate::config::Rules,
}

impl<'a> Handling<'a> {
    pub fn of(state: &'a AppState) -> Handling<'a> {
        Handling { keys: &state.data_keys, rules: &state.config.rules }
    }
}

/// Who a request is dispatched to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AssigneeKind {
    /// A grid leader or central-household head (their account).
    User,
    /// An in-service member who reported in to the community.
    Member,
    /// A resident unit (its Party organization acts for it).
    Unit,
    /// A district department.
    Department,
}

impl AssigneeKind {
    fn code(self) -> &'static str {
        match self {
            AssigneeKind::User => ASSIGNED_USER,
            AssigneeKind::Member => ASSIGNED_MEMBER,
            AssigneeKind::Unit => ASSIGNED_UNIT,
            AssigneeKind::Department => ASSIGNED_DEPARTMENT,
        }
    }

    fn of(code: &str) -> ApiResult<AssigneeKind> {
        [AssigneeKind::User, AssigneeKind::Member, AssigneeKind::Unit, AssigneeKind::Department]
            .into_iter()
            .find(|kind| kind.code() == code)
            .ok_or_else(|| ApiError::Internal(format!("unexpected stored assignee kind `{code}`")))
    }
}

/// The assignee of a request, with its name.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Assignee {
    /// `user` (grid leader's account), `member` (in-service member), `unit` or `department`.
    pub kind: AssigneeKind,
    /// The account, member, unit or department id, according to `kind`.
    pub id: i64,
    /// Name of the assignee, for display.
    pub name: String,
}

/// Which clock runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClockKind {
    /// Waiting to be accepted by the holding level.
    Accept,
    /// Accepted and being handled.
    Resolve,
    /// Suspended, or done with.
    Stopped,
}

/// A resident request (居民诉求).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ResidentRequest {
    /// Request id.
    pub id: i64,
    /// Type: consultation (咨询), help (求助), complaint (投诉), report (举报) or suggestion (建议).
    pub request_type: RequestType,
    /// The category from the catalogue (`GET /request-categories`), if given.
    pub category_id: Option<i64>,
    /// Name of the category, for display.
    pub category_name: Option<String>,
    /// What the resident asks or reports.
    pub description: String,
    /// Where it is: a grid, central household or community.
    pub area_id: i64,
    /// Name of the area, for display.
    pub area_name: String,
    /// The community the request is located in.
    pub community_area_id: i64,
    /// Name of the community, for display.
    pub community_name: String,
    /// The street or town the request is located in.
    pub street_area_id: i64,
    /// Name of the street or town, for display.
    pub street_name: String,
    /// The household it concerns, if known.
    pub household_id: Option<i64>,
    /// How it came in, e.g. `grid_phone`, `community_window`, `hotline` (12345) or `other_system`.
    pub channel: Channel,
    /// The account of the system that handed it over, with its own id there.
    pub source: Option<String>,
    /// The request's id in the system that handed it over.
    pub external_id: Option<String>,
    /// When the resident asked; the SLA clock counts from this day (RFC 3339, UTC).
    pub received_at: DateTime<Utc>,
    /// Where the request stands, e.g. `submitted`, `in_progress`, `resolved` or `closed`.
    pub state: RequestState,
    /// The level that holds it: community, street or department.
    pub level: Level,
    /// The department it was escalated to.
    pub department_id: Option<i64>,
    /// Name of the department, for display.
    pub department_name: Option<String>,
    /// Who the request is dispatched to (派单), if anyone.
    pub assignee: Option<Assignee>,
    /// Which SLA clock runs: `accept`, `resolve`, or `stopped`.
    pub clock: ClockKind,
    /// The last working day of the running clock (China Standard Time).
    pub due_on: Option<NaiveDate>,
    /// Past `due_on` today.
    pub overdue: bool,
    /// Escalated by the clock once, for running over at the community.
    pub auto_escalated: bool,
    /// When the request was first accepted or rejected (RFC 3339, UTC).
    pub answered_at: Option<DateTime<Utc>>,
    /// Accepted (or rejected) within the accepting SLA.
    pub answered_in_time: bool,
    /// When the request was last resolved (RFC 3339, UTC); cleared when it is reopened.
    pub resolved_at: Option<DateTime<Utc>>,
    /// The resident's rating, 1–5.
    pub rating: Option<i32>,
    /// When the request was registered (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
    /// When the request last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(ResidentRequestList, ResidentRequest, "A page of resident requests.");

/// A step in a request's life.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestEvent {
    /// `submit`, or the step taken.
    pub step: String,
    /// The state before the step; absent for `submit`.
    pub from_state: Option<RequestState>,
    /// The state after the step.
    pub to_state: RequestState,
    /// The level that holds the request after the step.
    pub level: Level,
    /// Who took it; none for the clock.
    pub actor_id: Option<i64>,
    /// Name of who took the step, for display (`SLA` for the clock, `resident` for a rating).
    pub actor_name: String,
    /// What was done, or why.
    pub note: Option<String>,
    /// When the step was taken (RFC 3339, UTC).
    pub occurred_at: DateTime<Utc>,
}

/// A request with the resident (masked), its events and the steps the caller may take.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ResidentRequestDetail {
    #[serde(flatten)]
    pub request: ResidentRequest,
    /// Masked; `GET /requests/{id}/resident` reads it in full (audited).
    pub resident_name: Option<String>,
    /// The resident's phone, masked.
    pub resident_phone: Option<String>,
    /// The resident's address, masked (only the community is shown).
    pub address: Option<String>,
    /// Latitude of the place, in decimal degrees, if given.
    pub latitude: Option<f64>,
    /// Longitude of the place, in decimal degrees, if given.
    pub longitude: Option<f64>,
    /// The resident's comment given with the rating through the rating link.
    pub rating_comment: Option<String>,
    /// The request's steps, oldest first.
    pub events: Vec<RequestEvent>,
    /// Photos of the spot and of the work done, oldest first.
    pub attachments: Vec<files::RequestAttachment>,
    /// Steps the caller may take now.
    pub available_steps: Vec<RequestStep>,
}

/// The clock of a stored request.
pub fn clock_of(row: &RequestRow) -> ApiResult<Clock> {
    let state: RequestState = stored(&row.state)?;
    Ok(match (state, row.due_on) {
        (RequestState::Submitted | RequestState::Escalated, Some(due)) => Clock::Accept { due },
        (_, Some(due)) => Clock::Resolve { due },
        (_, None) => Clock::Stopped,
    })
}

/// Requests with the names of what they refer to.
pub fn to_requests(conn: &mut DbConnection, rows: Vec<RequestRow>) -> ApiResult<Vec<ResidentRequest>> {
    let assigned = |kind: &'static str| {
        rows.iter().filter(move |r| r.assignee_kind.as_deref() == Some(kind)).filter_map(|r| r.assignee_id)
    };
    let names = NameBook::wanted()
        .areas(rows.iter().flat_map(|r| [r.area_id, r.community_area_id, r.street_area_id]))
        .categories(rows.iter().filter_map(|r| r.category_id))
        .departments(rows.iter().filter_map(|r| r.department_id).chain(assigned(ASSIGNED_DEPARTMENT)))
        .users(assigned(ASSIGNED_USER))
        .members(assigned(ASSIGNED_MEMBER))
        .units(assigned(ASSIGNED_UNIT))
        .read(conn)?;
    let today = today();
    rows.into_iter()
        .map(|row| {
            let clock = clock_of(&row)?;
            let assignee = match (row.assignee_kind.as_deref(), row.assignee_id) {
                (Some(kind), Some(id)) => {
                    let kind = AssigneeKind::of(kind)?;
                    let name = match kind {
                        AssigneeKind::User => names.user(id),
                        AssigneeKind::Member => names.member(id),
                        AssigneeKind::Unit => names.unit(id),
                        AssigneeKind::Department => names.department(id),
                    };
                    Some(Assignee { kind, id, name })
                }
                _ => None,
            };
            Ok(ResidentRequest {
                id: row.id,
                request_type: stored(&row.request_type)?,
                category_id: row.category_id,
                category_name: row.category_id.map(|id| names.category(id)),
                description: row.description,
                area_id: row.area_id,
                area_name: names.area(row.area_id),
                community_area_id: row.community_area_id,
                community_name: names.area(row.community_area_id),
                street_area_id: row.street_area_id,
                street_name: names.area(row.street_area_id),
                household_id: row.household_id,
                channel: stored(&row.channel)?,
                source: row.source,
                external_id: row.external_id,
                received_at: utc(row.received_at),
                state: stored(&row.state)?,
                level: stored(&row.level)?,
                department_id: row.department_id,
                department_name: row.department_id.map(|id| names.department(id)),
                assignee,
                clock: match clock {
                    Clock::Accept { .. } => ClockKind::Accept,
                    Clock::Resolve { .. } => ClockKind::Resolve,
                    Clock::Stopped => ClockKind::Stopped,
                },
                due_on: row.due_on,
                overdue: clock.is_overdue(today),
                auto_escalated: row.auto_escalated,
                answered_at: row.answered_at.map(utc),
                answered_in_time: row.answered_in_time,
                resolved_at: row.resolved_at.map(utc),
                rating: row.rating,
                created_at: utc(row.created_at),
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

fn to_event(row: RequestEventRow) -> ApiResult<RequestEvent> {
    Ok(RequestEvent {
        step: row.step,
        from_state: row.from_state.as_deref().map(stored).transpose()?,
        to_state: stored(&row.to_state)?,
        level: stored(&row.level)?,
        actor_id: row.actor_id,
        actor_name: row.actor_name,
        note: row.note,
        occurred_at: utc(row.occurred_at),
    })
}

/// Where a request is held and who it is dispatched to, as the access rules read them.
pub struct Placed {
    community_path: String,
    street_path: String,
    department_org_path: Option<String>,
    assigned_to_caller: bool,
    assignee_org_path: Option<String>,
}

impl Placed {
    pub fn load(conn: &mut DbConnection, caller: &Caller, row: &RequestRow) -> ApiResult<Placed> {
        let path_of = |conn: &mut DbConnection, id: i64| -> ApiResult<String> {
            Ok(areas::find(conn, id)?.map(|a| a.path).unwrap_or_default())
        };
        let department_path = |conn: &mut DbConnection, id: Option<i64>| -> ApiResult<Option<String>> {
            let Some(id) = id else { return Ok(None) };
            Ok(requests::department_org_paths(conn, &[id])?.pop().map(|(_, path)| path))
        };
        let kind = row.assignee_kind.as_deref();
        let assigned_to_caller = match (kind, row.assignee_id) {
            (Some(ASSIGNED_USER), Some(id)) => id == caller.id,
            (Some(ASSIGNED_MEMBER), Some(id)) => caller.member_id == Some(id),
            _ => false,
        };
        let assignee_org_path = match (kind, row.assignee_id) {
            (Some(ASSIGNED_UNIT), Some(id)) => requests::unit_org_path(conn, id)?,
            (Some(ASSIGNED_DEPARTMENT), Some(id)) => department_path(conn, Some(id))?,
            _ => None,
        };
        Ok(Placed {
            community_path: path_of(conn, row.community_area_id)?,
            street_path: path_of(conn, row.street_area_id)?,
            department_org_path: department_path(conn, row.department_id)?,
            assigned_to_caller,
            assignee_org_path,
        })
    }

    pub fn places(&self, level: Level) -> Places<'_> {
        Places {
            level,
            community_path: &self.community_path,
            street_path: &self.street_path,
            department_org_path: self.department_org_path.as_deref(),
            assigned_to_caller: self.assigned_to_caller,
            assignee_org_path: self.assignee_org_path.as_deref(),
        }
    }
}

/// A request the caller sees, with the desks it holds for it; otherwise "not found".
pub fn visible_request(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<(RequestRow, Vec<Desk>)> {
    let row = requests::find(conn, id)?.ok_or(ApiError::NotFound)?;
    let placed = Placed::load(conn, caller, &row)?;
    let places = placed.places(stored(&row.level)?);
    if !sees(&caller.roles, &caller.scope, &row.area_path, &places) {
        return Err(ApiError::NotFound);
    }
    Ok((row, desks(&caller.roles, &caller.scope, &places)))
}

/// A request as the caller reads it in full.
pub fn detail(conn: &mut DbConnection, row: RequestRow, desks: &[Desk]) -> ApiResult<(i32, ResidentRequestDetail)> {
    let version = row.version;
    let id = row.id;
    let state: RequestState = stored(&row.state)?;
    let request = to_requests(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?;
    let details = requests::details(conn, id)?;
    let events = requests::events_of(conn, id)?.into_iter().map(to_event).collect::<ApiResult<_>>()?;
    Ok((
        version,
        ResidentRequestDetail {
            request,
            resident_name: details.resident_name_masked,
            resident_phone: details.resident_phone_masked,
            address: details.address_masked,
            latitude: details.latitude,
            longitude: details.longitude,
            rating_comment: details.rating_comment,
            events,
            attachments: files::files_of(conn, id)?,
            available_steps: available_steps(state, desks),
        },
    ))
}

/// What a caller sees of the requests.
pub fn seer(caller: &Caller) -> Seer {
    let reads = caller.require(Action::ReadRequests).is_ok();
    let everything = reads && caller.scope == Scope::Everything;
    Seer {
        area_ranges: if reads { area_ranges(&caller.scope) } else { Vec::new() },
        org_ranges: if reads { org_ranges(&caller.scope) } else { Vec::new() },
        everything,
        user_id: caller.id,
        member_id: caller.member_id,
    }
}

/// Get a request with its resident (masked), events and the steps the caller may take.
#[utoipa::path(operation_id = "get_request", tag = "requests", params(("id" = i64, Path, description = "Request id")), responses((status = 200, description = "The request", body = ResidentRequestDetail)))]
#[get("/requests/{id}")]
pub async fn get_request(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let (version, request) = state
        .read(move |conn| {
            let (row, desks) = visible_request(conn, &caller, id)?;
            detail(conn, row, &desks)
        })
        .await?;
    Ok(with_etag(version, &request))
}
