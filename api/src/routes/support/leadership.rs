//! Leadership (§16): the leading bodies of the city and the counties with their member
//! departments; the secretaries' reviews are in `reviews`.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::{Action, Scope};
use domain::area::AreaKind;
use domain::tree::{ids, subtree_range};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{LeadingBodyRow, NewLeadingBody};
use crate::db::repo::names::NameBook;
use crate::db::repo::support;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ListQuery, Paging};
use crate::routes::common::{created, list_of, missing_reference, recorded, utc, visible_area, with_etag};
use crate::state::AppState;

/// A member department of a leading body.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadingMember {
    /// The department (成员单位).
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub department: String,
    /// Who sits for it.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub representative: String,
    /// Their post.
    #[validate(length(max = 50))]
    #[schema(max_length = 50)]
    pub post: Option<String>,
}

/// The leading body for urban Party-building of the city or a county (城市基层党建工作领导小组).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct LeadingBody {
    /// The body's id.
    pub id: i64,
    /// The city or county.
    pub area_id: i64,
    /// Name of the area, for display.
    pub area_name: String,
    /// The body's name.
    pub name: String,
    /// Its head (组长).
    pub head: String,
    /// The day it was set up.
    pub set_up_on: NaiveDate,
    /// Its member departments.
    pub members: Vec<LeadingMember>,
    /// When it was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(LeadingBodyList, LeadingBody, "A page of leading bodies.");

fn to_bodies(conn: &mut DbConnection, rows: Vec<LeadingBodyRow>) -> ApiResult<Vec<LeadingBody>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    rows.into_iter()
        .map(|row| {
            let members = serde_json::from_str(&row.members)
                .map_err(|e| ApiError::Internal(format!("leading body {}: {e}", row.id)))?;
            Ok(LeadingBody {
                id: row.id,
                area_name: names.area(row.area_id),
                area_id: row.area_id,
                name: row.name,
                head: row.head,
                set_up_on: row.set_up_on,
                members,
                updated_at: utc(row.updated_at),
            })
        })
        .collect()
}

fn members_text(members: &[LeadingMember]) -> ApiResult<String> {
    serde_json::to_string(members).map_err(|e| ApiError::Internal(format!("members: {e}")))
}

/// Filters of the leading bodies.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct LeadingBodyQuery {
    /// Only the body of this city or county.
    pub area_id: Option<i64>,
}

/// List the leading bodies of the caller's area and of the levels above it.
#[utoipa::path(operation_id = "list_leading_bodies", tag = "support", params(LeadingBodyQuery, Paging), responses((status = 200, description = "A page of leading bodies", body = LeadingBodyList)))]
#[get("/support/leading-bodies")]
pub async fn list_leading_bodies(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<LeadingBodyQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    page.without_changes()?;
    let list = state
        .read(move |conn| {
            let path = match &caller.scope {
                Scope::Subtree { area_path: Some(path), .. } => path.clone(),
                Scope::Everything => String::from("/"),
                _ => return Ok(LeadingBodyList::new(Vec::new(), 0, &page, None)),
            };
            let mut rows = support::leading_bodies_for(conn, &ids(&path), &subtree_range(&path))?;
            rows.retain(|body| query.area_id.is_none_or(|area| body.area_id == area));
            let (rows, total, next) = page.of(rows)?;
            Ok(LeadingBodyList::new(to_bodies(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A leading body to set up.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadingBodyInput {
    /// The city or county (one body each).
    pub area_id: i64,
    /// The body's name.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// Its head.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub head: String,
    /// The day it was set up; not after today.
    pub set_up_on: NaiveDate,
    /// Its member departments.
    #[validate(length(max = 60), nested)]
    #[schema(max_items = 60)]
    pub members: Vec<LeadingMember>,
}

/// Set up the leading body of the city or a county.
#[utoipa::path(operation_id = "create_leading_body", tag = "support", request_body = LeadingBodyInput, responses((status = 201, description = "Set up", body = LeadingBody)))]
#[post("/support/leading-bodies")]
pub async fn create_leading_body(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<LeadingBodyInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let new = new.accept()?;
    recorded("set_up_on", new.set_up_on)?;
    let body = state
        .write(move |conn| {
            let area = visible_area(conn, &caller.scope, new.area_id).map_err(|_| missing_reference("area_id"))?;
            if ![AreaKind::City.code(), AreaKind::District.code()].contains(&area.kind.as_str()) {
                return Err(ApiError::field(
                    "area_id",
                    "not_a_city_or_county",
                    "leading bodies are the city's and the counties'",
                ));
            }
            let members = members_text(&new.members)?;
            let at = now();
            let row = support::insert_leading_body(
                conn,
                &NewLeadingBody {
                    area_id: area.id,
                    area_path: &area.path,
                    name: new.name.trim(),
                    head: new.head.trim(),
                    set_up_on: new.set_up_on,
                    members: &members,
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("leading_body.create", "leading_body", row.id))?;
            to_bodies(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/leading-bodies/{}", body.id), 1, &body))
}

fn kept_body(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<LeadingBodyRow> {
    support::find_leading_body(conn, id)?.filter(|b| caller.scope.holds_area(&b.area_path)).ok_or(ApiError::NotFound)
}

/// Get a leading body of the caller's area.
#[utoipa::path(operation_id = "get_leading_body", tag = "support", params(("id" = i64, Path, description = "Body id")), responses((status = 200, description = "The body", body = LeadingBody)))]
#[get("/support/leading-bodies/{id}")]
pub async fn get_leading_body(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    let id = id.into_inner();
    let (version, body) = state
        .read(move |conn| {
            let row = kept_body(conn, &caller, id)?;
            Ok((row.version, to_bodies(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &body))
}

/// A change of a leading body: its head and its members as they now are.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadingBodyChange {
    /// Its head.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub head: String,
    /// Its member departments.
    #[validate(length(max = 60), nested)]
    #[schema(max_items = 60)]
    pub members: Vec<LeadingMember>,
}

/// Change a leading body's head and members (`If-Match` with its ETag).
#[utoipa::path(operation_id = "update_leading_body", tag = "support", params(("id" = i64, Path, description = "Body id")), request_body = LeadingBodyChange, responses((status = 200, description = "Changed", body = LeadingBody)))]
#[patch("/support/leading-bodies/{id}")]
pub async fn update_leading_body(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<LeadingBodyChange>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let change = change.accept()?;
    let id = id.into_inner();
    let (version, body) = state
        .write(move |conn| {
            let row = kept_body(conn, &caller, id)?;
            if_match.check(row.version)?;
            let members = members_text(&change.members)?;
            if !support::update_leading_body(conn, id, row.version, change.head.trim(), &members)? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("leading_body.update", "leading_body", id))?;
            let row = kept_body(conn, &caller, id)?;
            Ok((row.version, to_bodies(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &body))
}
