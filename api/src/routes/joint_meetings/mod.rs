//! Joint meetings (联席会, policy §5): each street and community sets one up with the units
//! located there, convened by a leader of the Party organization of the level above; it meets
//! at least every half year, sends its agenda ahead, keeps minutes and passes resolutions that
//! become projects and tasks.

pub mod meetings;

use actix_web::{HttpResponse, delete, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::area::AreaKind;
use domain::cobuilding::{JointBody as Body, JointMeetingPolicy, Seat as SeatFacts, SeatKind, check_body, check_seat};
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::models::{JointBodyRow, NewJointBody, NewSeat, SeatRow};
use crate::db::now;
use crate::db::repo::names::NameBook;
use crate::db::repo::{areas, joint, organizations, units};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{
    area_ranges, created, list_of, missing_reference, non_empty, recorded, stored, today, utc, with_etag,
};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_joint_bodies)
        .service(create_joint_body)
        .service(get_joint_body)
        .service(create_joint_seat)
        .service(delete_joint_seat)
        .service(meetings::list_joint_meetings)
        .service(meetings::create_joint_meeting)
        .service(meetings::get_joint_meeting)
        .service(meetings::update_joint_meeting)
        .service(meetings::create_joint_resolution);
}

/// A seat on a joint meeting: who sits for which organization, unit or body.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Seat {
    /// The seat's id.
    pub id: i64,
    /// What holds the seat: a Party organization, a unit, or at community level the police,
    /// the owners' committee or the property company.
    pub kind: SeatKind,
    /// The Party organization holding the seat.
    pub org_id: Option<i64>,
    /// The unit holding the seat.
    pub unit_id: Option<i64>,
    /// Name of the organization, unit or body holding the seat, for display.
    pub holder_name: String,
    /// The Party member who sits for it (负责人).
    pub representative: String,
    /// The representative's post.
    pub post: Option<String>,
}

/// A joint meeting (联席会) of a street or community.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct JointBody {
    /// The joint meeting's id.
    pub id: i64,
    /// The street or community it belongs to.
    pub area_id: i64,
    /// Name of the street or community, for display.
    pub area_name: String,
    /// `street` or `community`.
    pub level: AreaKind,
    /// The Party organization of the level above the convener comes from.
    pub convener_org_id: i64,
    /// Name of that organization, for display.
    pub convener_org_name: String,
    /// The convener (召集人), a member of that organization's leadership.
    pub convener_name: String,
    /// The convener's post in it.
    pub convener_post: String,
    /// The day it was set up (China Standard Time).
    pub set_up_on: NaiveDate,
    /// Who sits on it.
    pub seats: Vec<Seat>,
    /// The day of the last meeting held.
    pub last_held_on: Option<NaiveDate>,
    /// The day by which the next meeting is due (every half year by default).
    pub next_due_on: NaiveDate,
    /// Whether the next meeting is overdue today.
    pub overdue: bool,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(JointBodyList, JointBody, "A page of joint meetings.");

fn to_seat(row: SeatRow) -> ApiResult<Seat> {
    Ok(Seat {
        id: row.id,
        kind: stored(&row.kind)?,
        org_id: row.org_id,
        unit_id: row.unit_id,
        holder_name: row.holder_name,
        representative: row.representative,
        post: row.post,
    })
}

fn to_bodies(
    conn: &mut DbConnection,
    rows: Vec<JointBodyRow>,
    policy: &JointMeetingPolicy,
) -> ApiResult<Vec<JointBody>> {
    let names = NameBook::wanted()
        .areas(rows.iter().map(|r| r.area_id))
        .orgs(rows.iter().map(|r| r.convener_org_id))
        .read(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let last = joint::last_held(conn, &ids)?;
    // The page's areas and seats in one query each.
    let levels = areas::kinds(conn, &rows.iter().map(|r| r.area_id).collect::<Vec<_>>())?;
    let all_seats = joint::seats_of(conn, &ids)?;
    let today = today();
    rows.into_iter()
        .map(|row| {
            let kind = levels.iter().find(|(id, _)| *id == row.area_id).map(|(_, k)| k.as_str()).unwrap_or_default();
            let seats =
                all_seats.iter().filter(|s| s.body_id == row.id).cloned().map(to_seat).collect::<ApiResult<_>>()?;
            let last_held_on = last.get(&row.id).copied();
            let next_due_on = domain::cobuilding::next_meeting_due(last_held_on, row.set_up_on, policy);
            Ok(JointBody {
                id: row.id,
                area_id: row.area_id,
                area_name: names.area(row.area_id),
                level: stored(kind)?,
                convener_org_id: row.convener_org_id,
                convener_org_name: names.org(row.convener_org_id),
                convener_name: row.convener_name,
                convener_post: row.convener_post,
                set_up_on: row.set_up_on,
                seats,
                last_held_on,
                next_due_on,
                overdue: today > next_due_on,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// A joint meeting the caller's areas hold; otherwise "not found".
pub fn visible_body(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<JointBodyRow> {
    joint::find_body(conn, id)?.filter(|b| caller.scope.holds_area(&b.area_path)).ok_or(ApiError::NotFound)
}

/// Filters of the joint-meeting list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct JointBodyQuery {
    /// Only the joint meetings of this area and the areas below it.
    pub area_id: Option<i64>,
}

/// List the joint meetings of the streets and communities in the caller's areas.
#[utoipa::path(operation_id = "list_joint_bodies", tag = "joint-meetings", params(JointBodyQuery, Paging, ChangesSince), responses((status = 200, description = "A page of joint meetings", body = JointBodyList)))]
#[get("/joint-bodies")]
pub async fn list_joint_bodies(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<JointBodyQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let order = page.order(false, &joint::BY_ID, &joint::CHANGED)?;
    let window = page.window(order)?;
    let policy = state.config.rules.joint_meetings;
    let list = state
        .read(move |conn| {
            let mut ranges = area_ranges(&caller.scope);
            if let Some(id) = query.area_id {
                let area = crate::routes::common::visible_area(conn, &caller.scope, id)
                    .map_err(|_| missing_reference("area_id"))?;
                ranges.push(subtree_range(&area.path));
            }
            let (rows, total) = joint::list_bodies(conn, &ranges, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(JointBodyList::new(to_bodies(conn, rows, &policy)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A joint meeting to set up.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JointBodyInput {
    /// The street or community.
    pub area_id: i64,
    /// The Party organization of the level above (the district's for a street, the street's for
    /// a community) whose leadership the convener belongs to.
    pub convener_org_id: i64,
    /// The convener (召集人).
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub convener_name: String,
    /// The convener's post in that organization's leadership.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub convener_post: String,
    /// The day it was set up; not after today.
    pub set_up_on: NaiveDate,
}

/// Set up the joint meeting of a street or community (once per area).
#[utoipa::path(operation_id = "create_joint_body", tag = "joint-meetings", request_body = JointBodyInput, responses((status = 201, description = "Set up", body = JointBody)))]
#[post("/joint-bodies")]
pub async fn create_joint_body(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<JointBodyInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    recorded("set_up_on", new.set_up_on)?;
    let policy = state.config.rules.joint_meetings;
    let body = state
        .write(move |conn| {
            let area = crate::routes::common::visible_area(conn, &caller.scope, new.area_id)
                .map_err(|_| missing_reference("area_id"))?;
            let convener =
                organizations::find(conn, new.convener_org_id)?.ok_or_else(|| missing_reference("convener_org_id"))?;
            check_body(&Body {
                area_kind: stored(&area.kind)?,
                parent_area: area.parent_id,
                convener_area: convener.led_area_id,
            })?;
            if joint::body_of_area(conn, area.id)?.is_some() {
                return Err(ApiError::Conflict("the area already has its joint meeting".into()));
            }
            let at = now();
            let row = joint::insert_body(
                conn,
                &NewJointBody {
                    area_id: area.id,
                    area_path: &area.path,
                    convener_org_id: convener.id,
                    convener_name: new.convener_name.trim(),
                    convener_post: new.convener_post.trim(),
                    set_up_on: new.set_up_on,
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("joint_body.create", "joint_body", row.id))?;
            to_bodies(conn, vec![row], &policy)?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/joint-bodies/{}", body.id), 1, &body))
}

/// Get a joint meeting with its seats and rhythm.
#[utoipa::path(operation_id = "get_joint_body", tag = "joint-meetings", params(("id" = i64, Path, description = "Joint meeting id")), responses((status = 200, description = "The joint meeting", body = JointBody)))]
#[get("/joint-bodies/{id}")]
pub async fn get_joint_body(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let id = id.into_inner();
    let policy = state.config.rules.joint_meetings;
    let (version, body) = state
        .read(move |conn| {
            let row = visible_body(conn, &caller, id)?;
            let version = row.version;
            Ok((version, to_bodies(conn, vec![row], &policy)?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &body))
}

/// A seat to add to a joint meeting.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SeatInput {
    /// What holds the seat.
    pub kind: SeatKind,
    /// For `organization`: the Party organization.
    pub org_id: Option<i64>,
    /// For `unit`: the unit, located in the joint meeting's area.
    pub unit_id: Option<i64>,
    /// For the police, owners' committee and property company: its name (e.g. the police station).
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub holder_name: Option<String>,
    /// The Party member who sits for it (负责人).
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub representative: String,
    /// The representative's post.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub post: Option<String>,
}

/// Add a seat to a joint meeting.
#[utoipa::path(operation_id = "create_joint_seat", tag = "joint-meetings", params(("id" = i64, Path, description = "Joint meeting id")), request_body = SeatInput, responses((status = 201, description = "Added", body = Seat)))]
#[post("/joint-bodies/{id}/seats")]
pub async fn create_joint_seat(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(new): JsonBody<SeatInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    let id = id.into_inner();
    let seat = state
        .write(move |conn| {
            let body = visible_body(conn, &caller, id)?;
            let level: AreaKind = stored(&areas::find(conn, body.area_id)?.ok_or(ApiError::NotFound)?.kind)?;
            let (holder, located) = match new.kind {
                SeatKind::Organization => {
                    let org_id = new.org_id.ok_or_else(|| missing_reference("org_id"))?;
                    let org = organizations::find(conn, org_id)?.ok_or_else(|| missing_reference("org_id"))?;
                    (Some((org.id, org.name)), true)
                }
                SeatKind::Unit => {
                    let unit_id = new.unit_id.ok_or_else(|| missing_reference("unit_id"))?;
                    let unit = units::find(conn, unit_id)?.ok_or_else(|| missing_reference("unit_id"))?;
                    let area = areas::find(conn, unit.area_id)?.ok_or_else(|| missing_reference("unit_id"))?;
                    let (low, high) = subtree_range(&body.area_path);
                    (Some((unit.id, unit.name)), area.path >= low && area.path < high)
                }
                _ => (None, false),
            };
            check_seat(
                level,
                &SeatFacts { kind: new.kind, holder: holder.as_ref().map(|h| h.0), located_in_area: located },
            )?;
            let holder_name = match (&holder, non_empty(new.holder_name)) {
                (Some((_, name)), _) => name.clone(),
                (None, Some(name)) => name,
                (None, None) => {
                    return Err(ApiError::field(
                        "holder_name",
                        "required",
                        "name the police station, owners' committee or property company",
                    ));
                }
            };
            let row = joint::insert_seat(
                conn,
                &NewSeat {
                    body_id: body.id,
                    kind: new.kind.code(),
                    org_id: (new.kind == SeatKind::Organization).then(|| holder.as_ref().map(|h| h.0)).flatten(),
                    unit_id: (new.kind == SeatKind::Unit).then(|| holder.as_ref().map(|h| h.0)).flatten(),
                    holder_name: &holder_name,
                    representative: new.representative.trim(),
                    post: new.post.as_deref().map(str::trim),
                    created_at: now(),
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("joint_seat.create", "joint_body", body.id))?;
            to_seat(row)
        })
        .await?;
    Ok(created(format!("/api/v1/joint-bodies/{id}"), 1, &seat))
}

/// Remove a seat from a joint meeting.
#[utoipa::path(operation_id = "delete_joint_seat", tag = "joint-meetings", params(("id" = i64, Path, description = "Joint meeting id"), ("seat_id" = i64, Path, description = "Seat id")), responses((status = 204, description = "Removed")))]
#[delete("/joint-bodies/{id}/seats/{seat_id}")]
pub async fn delete_joint_seat(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let (id, seat_id) = path.into_inner();
    state
        .write(move |conn| {
            let body = visible_body(conn, &caller, id)?;
            if !joint::delete_seat(conn, body.id, seat_id)? {
                return Err(ApiError::NotFound);
            }
            audit::record(conn, &caller.actor(), Event::success("joint_seat.delete", "joint_body", body.id))
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
