//! Community cadres (社区干部) and the young graduates of the talent pool (人才库): one to
//! three graduates per community (§15).

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::member::Gender;
use domain::support::check_graduate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::community;
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{CadreRow, NewCadre};
use crate::db::repo::names::NameBook;
use crate::db::repo::support;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ListQuery, Paging};
use crate::routes::common::{created, list_of, list_ranges, non_empty, recorded, stored, utc, with_etag};
use crate::state::AppState;

/// A community cadre.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Cadre {
    /// The record's id.
    pub id: i64,
    /// The community.
    pub area_id: i64,
    /// Name of the community, for display.
    pub area_name: String,
    /// The cadre's name.
    pub name: String,
    /// Gender.
    pub gender: Gender,
    /// Year of birth (the age is what the ledger shows).
    pub birth_year: i32,
    /// Education.
    pub education: Option<String>,
    /// Post (书记、主任、委员、专职工作者…).
    pub post: String,
    /// A young graduate of the talent pool (高校毕业生).
    pub graduate: bool,
    /// The day the cadre started.
    pub since: NaiveDate,
    /// The day the cadre left, if so.
    pub left_on: Option<NaiveDate>,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(CadreList, Cadre, "A page of community cadres.");

fn to_cadres(conn: &mut DbConnection, rows: Vec<CadreRow>) -> ApiResult<Vec<Cadre>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    rows.into_iter()
        .map(|row| {
            Ok(Cadre {
                id: row.id,
                area_name: names.area(row.area_id),
                area_id: row.area_id,
                name: row.name,
                gender: stored(&row.gender)?,
                birth_year: row.birth_year,
                education: row.education,
                post: row.post,
                graduate: row.graduate,
                since: row.since,
                left_on: row.left_on,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

/// Filters of the cadre list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CadreQuery {
    /// Only this community, or the communities below this street or county.
    pub area_id: Option<i64>,
    /// Only young graduates (true) or only the others (false).
    pub graduate: Option<bool>,
    /// Also those who left (default: serving only).
    pub with_former: Option<bool>,
}

/// List the cadres of the caller's communities, newest first.
#[utoipa::path(operation_id = "list_cadres", tag = "support", params(CadreQuery, Paging), responses((status = 200, description = "A page of cadres", body = CadreList)))]
#[get("/support/cadres")]
pub async fn list_cadres(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<CadreQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    page.without_changes()?;
    let order = &support::CADRES_BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let serving = query.with_former != Some(true);
            let (rows, total) = support::list_cadres(conn, &ranges, query.graduate, serving, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(CadreList::new(to_cadres(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A cadre to record.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CadreInput {
    /// The community.
    pub area_id: i64,
    /// The cadre's name.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub name: String,
    /// Gender.
    pub gender: Gender,
    /// Year of birth.
    #[validate(range(min = 1930, max = 2015))]
    #[schema(minimum = 1930, maximum = 2015)]
    pub birth_year: i32,
    /// Education.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub education: Option<String>,
    /// Post.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub post: String,
    /// A young graduate of the talent pool; a community takes at most three (`graduates-full`).
    pub graduate: bool,
    /// The day the cadre started; not after today.
    pub since: NaiveDate,
}

/// Record a community cadre or a young graduate placed in a community.
#[utoipa::path(operation_id = "create_cadre", tag = "support", request_body = CadreInput, responses((status = 201, description = "Recorded", body = Cadre)))]
#[post("/support/cadres")]
pub async fn create_cadre(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<CadreInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let new = new.accept()?;
    recorded("since", new.since)?;
    let policy = state.config.rules.support;
    let cadre = state
        .write(move |conn| {
            let area = community(conn, &caller, new.area_id)?;
            if new.graduate {
                let has = support::graduates_in(conn, area.id)?;
                check_graduate(u32::try_from(has).unwrap_or(u32::MAX), &policy)?;
            }
            let at = now();
            let education = non_empty(new.education.clone());
            let row = support::insert_cadre(
                conn,
                &NewCadre {
                    area_id: area.id,
                    area_path: &area.path,
                    name: new.name.trim(),
                    gender: new.gender.code(),
                    birth_year: new.birth_year,
                    education: education.as_deref(),
                    post: new.post.trim(),
                    graduate: new.graduate,
                    since: new.since,
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("cadre.create", "cadre", row.id))?;
            to_cadres(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/cadres/{}", cadre.id), 1, &cadre))
}

/// Get a cadre; the ETag is the record's version (a departure sends it as `If-Match`).
#[utoipa::path(operation_id = "get_cadre", tag = "support", params(("id" = i64, Path, description = "Cadre id")), responses((status = 200, description = "The cadre", body = Cadre)))]
#[get("/support/cadres/{id}")]
pub async fn get_cadre(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    let id = id.into_inner();
    let (version, cadre) = state
        .read(move |conn| {
            let row = kept_cadre(conn, &caller, id)?;
            Ok((row.version, to_cadres(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &cadre))
}

/// A cadre of the caller's communities; anything else is "not found".
fn kept_cadre(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<CadreRow> {
    support::find_cadre(conn, id)?.filter(|c| caller.scope.holds_area(&c.area_path)).ok_or(ApiError::NotFound)
}

/// A cadre's departure.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CadreDeparture {
    /// The day the cadre left; not after today and not before the start.
    pub left_on: NaiveDate,
}

/// Record that a cadre left the community (a graduate's place opens again).
#[utoipa::path(operation_id = "create_cadre_departure", tag = "support", params(("id" = i64, Path, description = "Cadre id")), request_body = CadreDeparture, responses((status = 201, description = "Recorded", body = Cadre)))]
#[post("/support/cadres/{id}/departure")]
pub async fn create_cadre_departure(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(new): JsonBody<CadreDeparture>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let new = new.accept()?;
    recorded("left_on", new.left_on)?;
    let id = id.into_inner();
    let cadre = state
        .write(move |conn| {
            let row = kept_cadre(conn, &caller, id)?;
            if row.left_on.is_some() || new.left_on < row.since {
                return Err(ApiError::field("left_on", "rule", "a serving cadre leaves once, on or after the start"));
            }
            let version = if_match.expected_version().unwrap_or(row.version);
            if !support::cadre_left(conn, id, version, new.left_on, now())? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("cadre.leave", "cadre", id))?;
            let row = support::find_cadre(conn, id)?.ok_or(ApiError::NotFound)?;
            to_cadres(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/cadres/{id}"), 1, &cadre))
}
