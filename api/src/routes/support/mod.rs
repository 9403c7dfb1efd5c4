//! The support ledgers (§15–§17, DOMAIN.md §11): community office and service space, cadres
//! and young graduates, funding lines and demonstration sites, with the shortfalls they show.

mod cadres;
mod export;
mod funding;
mod leadership;
mod reviews;

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::area::AreaKind;
use domain::support::{RoomKind, SupportRefusal, below_standard, check_rooms, missing_rooms};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{AreaRow, NewSpace, SpaceRow};
use crate::db::repo::names::NameBook;
use crate::db::repo::support;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody, QueryParams};
use crate::paging::{ListQuery, Paging};
use crate::reports::support::{SupportFigures, figures};
use crate::routes::common::{
    created, list_of, list_ranges, missing_reference, non_empty, stored, today, utc, visible_area, with_etag,
};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_spaces)
        .service(create_space)
        .service(get_space)
        .service(update_space)
        .service(get_support_figures)
        .service(cadres::list_cadres)
        .service(cadres::create_cadre)
        .service(cadres::get_cadre)
        .service(cadres::create_cadre_departure)
        .service(funding::list_funding_lines)
        .service(funding::create_funding_line)
        .service(funding::get_funding_line)
        .service(funding::update_funding_line)
        .service(funding::delete_funding_line)
        .service(funding::list_demonstration_sites)
        .service(funding::create_demonstration_site)
        .service(leadership::list_leading_bodies)
        .service(leadership::create_leading_body)
        .service(leadership::get_leading_body)
        .service(leadership::update_leading_body)
        .service(reviews::list_secretary_reviews)
        .service(reviews::create_secretary_review)
        .service(reviews::get_secretary_review)
        .service(reviews::create_review_score)
        .service(reviews::create_review_conclusion)
        .service(export::get_support_export);
}

/// A community the caller keeps: the ledgers are kept per community.
fn community(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<AreaRow> {
    let area = visible_area(conn, &caller.scope, id).map_err(|_| missing_reference("area_id"))?;
    if area.kind != AreaKind::Community.code() {
        return Err(SupportRefusal::NotACommunity.into());
    }
    Ok(area)
}

/// A community's office and service space (办公服务用房).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Space {
    /// The record's id.
    pub id: i64,
    /// The community.
    pub area_id: i64,
    /// Name of the community, for display.
    pub area_name: String,
    /// Floor area in square metres.
    pub area_m2: i32,
    /// The standard in square metres (`DANGJIAN_OFFICE_SPACE_M2`).
    pub standard_m2: u32,
    /// Whether it is below the configured standard.
    pub below_standard: bool,
    /// The function rooms it has.
    pub rooms: Vec<RoomKind>,
    /// The function rooms the policy lists that it lacks.
    pub missing_rooms: Vec<RoomKind>,
    /// The units sharing it (共享共用).
    pub shared_with: Option<String>,
    /// The day the figures were checked.
    pub checked_on: NaiveDate,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(SpaceList, Space, "A page of community office and service spaces.");

fn rooms_of(text: &str) -> ApiResult<Vec<RoomKind>> {
    text.split(',').filter(|code| !code.is_empty()).map(stored).collect()
}

fn rooms_text(rooms: &[RoomKind]) -> String {
    rooms.iter().map(|r| r.code()).collect::<Vec<_>>().join(",")
}

fn to_spaces(conn: &mut DbConnection, state: &AppState, rows: Vec<SpaceRow>) -> ApiResult<Vec<Space>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    let policy = state.config.rules.support;
    rows.into_iter()
        .map(|row| {
            let rooms = rooms_of(&row.rooms)?;
            Ok(Space {
                id: row.id,
                area_name: names.area(row.area_id),
                area_id: row.area_id,
                area_m2: row.area_m2,
                standard_m2: policy.office_space_m2,
                below_standard: below_standard(u32::try_from(row.area_m2).unwrap_or(0), &policy),
                missing_rooms: missing_rooms(&rooms),
                rooms,
                shared_with: row.shared_with,
                checked_on: row.checked_on,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// Filters of a support ledger.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SupportQuery {
    /// Only this community, or the communities below this street or county.
    pub area_id: Option<i64>,
}

/// List the office and service spaces of the caller's communities.
#[utoipa::path(operation_id = "list_spaces", tag = "support", params(SupportQuery, Paging), responses((status = 200, description = "A page of spaces", body = SpaceList)))]
#[get("/support/spaces")]
pub async fn list_spaces(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<SupportQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    page.without_changes()?;
    let order = &support::SPACES_BY_ID;
    let window = page.window(order)?;
    let app = state.clone();
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let (rows, total) = support::list_spaces(conn, &ranges, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(SpaceList::new(to_spaces(conn, &app, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A community's space as checked.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SpaceInput {
    /// The community.
    pub area_id: i64,
    /// Floor area in square metres.
    #[validate(range(min = 0, max = 100000))]
    #[schema(minimum = 0, maximum = 100000)]
    pub area_m2: i32,
    /// The function rooms it has, each once.
    #[validate(length(max = 8))]
    #[schema(max_items = 8)]
    pub rooms: Vec<RoomKind>,
    /// The units sharing it.
    #[validate(length(max = 500))]
    #[schema(max_length = 500)]
    pub shared_with: Option<String>,
    /// The day the figures were checked; not after today (default today).
    pub checked_on: Option<NaiveDate>,
}

/// Get a community's space record.
#[utoipa::path(operation_id = "get_space", tag = "support", params(("id" = i64, Path, description = "Space id")), responses((status = 200, description = "The space", body = Space)))]
#[get("/support/spaces/{id}")]
pub async fn get_space(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    let id = id.into_inner();
    let app = state.clone();
    let (version, space) = state
        .read(move |conn| {
            let row = visible_space(conn, &caller, id)?;
            Ok((row.version, to_spaces(conn, &app, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &space))
}

fn visible_space(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<SpaceRow> {
    support::find_space(conn, id)?.filter(|s| caller.scope.holds_area(&s.area_path)).ok_or(ApiError::NotFound)
}

/// A community's space figures as checked again.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SpaceChange {
    /// Floor area in square metres.
    #[validate(range(min = 0, max = 100000))]
    #[schema(minimum = 0, maximum = 100000)]
    pub area_m2: i32,
    /// The function rooms it has, each once.
    #[validate(length(max = 8))]
    #[schema(max_items = 8)]
    pub rooms: Vec<RoomKind>,
    /// The units sharing it.
    #[validate(length(max = 500))]
    #[schema(max_length = 500)]
    pub shared_with: Option<String>,
    /// The day the figures were checked; not after today (default today).
    pub checked_on: Option<NaiveDate>,
}

/// Record a community's office and service space (one record per community).
#[utoipa::path(operation_id = "create_space", tag = "support", request_body = SpaceInput, responses((status = 201, description = "Recorded", body = Space)))]
#[post("/support/spaces")]
pub async fn create_space(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<SpaceInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let new = new.accept()?;
    check_rooms(&new.rooms)?;
    let checked_on = new.checked_on.unwrap_or_else(today);
    crate::routes::common::recorded("checked_on", checked_on)?;
    let app = state.clone();
    let space = state
        .write(move |conn| {
            let area = community(conn, &caller, new.area_id)?;
            let at = now();
            let rooms = rooms_text(&new.rooms);
            let shared = non_empty(new.shared_with.clone());
            let row = support::insert_space(
                conn,
                &NewSpace {
                    area_id: area.id,
                    area_path: &area.path,
                    area_m2: new.area_m2,
                    rooms: &rooms,
                    shared_with: shared.as_deref(),
                    checked_on,
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("space.create", "space", row.id))?;
            to_spaces(conn, &app, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/spaces/{}", space.id), 1, &space))
}

/// Change a community's space figures (`If-Match` with the record's ETag).
#[utoipa::path(operation_id = "update_space", tag = "support", params(("id" = i64, Path, description = "Space id")), request_body = SpaceChange, responses((status = 200, description = "Changed", body = Space)))]
#[patch("/support/spaces/{id}")]
pub async fn update_space(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<SpaceChange>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let change = change.accept()?;
    check_rooms(&change.rooms)?;
    let checked_on = change.checked_on.unwrap_or_else(today);
    crate::routes::common::recorded("checked_on", checked_on)?;
    let id = id.into_inner();
    let app = state.clone();
    let (version, space) = state
        .write(move |conn| {
            let row = visible_space(conn, &caller, id)?;
            if_match.check(row.version)?;
            let rooms = rooms_text(&change.rooms);
            let shared = non_empty(change.shared_with.clone());
            let space = NewSpace {
                area_id: row.area_id,
                area_path: &row.area_path,
                area_m2: change.area_m2,
                rooms: &rooms,
                shared_with: shared.as_deref(),
                checked_on,
                created_at: row.created_at,
                updated_at: now(),
            };
            if !support::update_space(conn, id, row.version, &space)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("space.update", "space", id))?;
            let row = support::find_space(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok((row.version, to_spaces(conn, &app, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &space))
}

/// The figures' area and year.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FiguresQuery {
    /// The area whose communities and counties are counted (default: the caller's).
    pub area_id: Option<i64>,
    /// The year of the funding figures (default: this year).
    #[validate(range(min = 2000, max = 2100))]
    #[param(minimum = 2000, maximum = 2100)]
    pub year: Option<i32>,
}

/// Support shortfalls and funding of the caller's area: communities below the office-space
/// standard or without young graduates, counties without a demonstration site, the year's funding.
#[utoipa::path(operation_id = "get_support_figures", tag = "support", params(FiguresQuery), responses((status = 200, description = "The figures", body = SupportFigures)))]
#[get("/support/figures")]
pub async fn get_support_figures(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<FiguresQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    let year = query.year.unwrap_or_else(|| today().year());
    let policy = state.config.rules.support;
    let answer = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            figures(conn, &ranges, year, &policy)
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}
