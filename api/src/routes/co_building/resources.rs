//! Resources (资源清单) the units located in an area offer: venues, volunteers, funds, skills,
//! with when they are available.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::cobuilding::lists::{ResourceKind, check_resource};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewResource, ResourceRow};
use crate::db::repo::names::NameBook;
use crate::db::repo::{areas, cobuilding, units};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{created, list_of, list_ranges, missing_reference, stored, utc};
use crate::state::AppState;

/// A resource a unit offers.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CoResource {
    /// The resource's id.
    pub id: i64,
    /// The unit offering it.
    pub unit_id: i64,
    /// Name of the unit, for display.
    pub unit_name: String,
    /// Venue, volunteers, funds or skills.
    pub kind: ResourceKind,
    /// A short title.
    pub title: String,
    /// What is offered, and on what terms.
    pub description: String,
    /// For funds: the amount in yuan.
    pub amount_yuan: Option<i64>,
    /// The first day it is available.
    pub available_from: Option<NaiveDate>,
    /// The last day it is available.
    pub available_until: Option<NaiveDate>,
    /// When it was listed (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(CoResourceList, CoResource, "A page of resources.");

pub fn to_resources(conn: &mut DbConnection, rows: Vec<ResourceRow>) -> ApiResult<Vec<CoResource>> {
    let names = NameBook::wanted().units(rows.iter().map(|r| r.unit_id)).read(conn)?;
    rows.into_iter()
        .map(|row| {
            Ok(CoResource {
                id: row.id,
                unit_id: row.unit_id,
                unit_name: names.unit(row.unit_id),
                kind: stored(&row.kind)?,
                title: row.title,
                description: row.description,
                amount_yuan: row.amount_yuan,
                available_from: row.available_from,
                available_until: row.available_until,
                created_at: utc(row.created_at),
            })
        })
        .collect()
}

/// Filters of the resource list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ResourceQuery {
    /// Only resources of units located in this area and the areas below it.
    pub area_id: Option<i64>,
    /// Only the resources of this unit.
    pub unit_id: Option<i64>,
}

/// List the resources the units in the caller's areas offer, newest first.
#[utoipa::path(operation_id = "list_resources", tag = "co-building", params(ResourceQuery, Paging, ChangesSince), responses((status = 200, description = "A page of resources", body = CoResourceList)))]
#[get("/co-building/resources")]
pub async fn list_resources(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<ResourceQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let order = page.order(false, &cobuilding::RESOURCES_BY_ID, &cobuilding::RESOURCES_CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let (rows, total) = cobuilding::list_resources(conn, &ranges, query.unit_id, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(CoResourceList::new(to_resources(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A resource to list.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResourceInput {
    /// The unit offering it, located in the caller's areas.
    pub unit_id: i64,
    /// Venue, volunteers, funds or skills.
    pub kind: ResourceKind,
    /// A short title.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub title: String,
    /// What is offered, and on what terms.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub description: String,
    /// For funds: the amount in yuan.
    #[validate(range(min = 1, max = 1_000_000_000))]
    #[schema(minimum = 1, maximum = 1000000000)]
    pub amount_yuan: Option<i64>,
    /// The first day it is available.
    pub available_from: Option<NaiveDate>,
    /// The last day it is available; not before `available_from`.
    pub available_until: Option<NaiveDate>,
}

/// List a resource a unit offers.
#[utoipa::path(operation_id = "create_resource", tag = "co-building", request_body = ResourceInput, responses((status = 201, description = "Listed", body = CoResource)))]
#[post("/co-building/resources")]
pub async fn create_resource(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<ResourceInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    check_resource(new.available_from, new.available_until)?;
    let resource = state
        .write(move |conn| {
            let unit = units::find(conn, new.unit_id)?.ok_or_else(|| missing_reference("unit_id"))?;
            let area = areas::find(conn, unit.area_id)?
                .filter(|a| caller.scope.holds_area(&a.path))
                .ok_or_else(|| missing_reference("unit_id"))?;
            let at = now();
            let row = cobuilding::insert_resource(
                conn,
                &NewResource {
                    unit_id: unit.id,
                    area_path: &area.path,
                    kind: new.kind.code(),
                    title: new.title.trim(),
                    description: new.description.trim(),
                    amount_yuan: new.amount_yuan,
                    available_from: new.available_from,
                    available_until: new.available_until,
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("resource.create", "resource", row.id))?;
            to_resources(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/resources/{}", resource.id), 1, &resource))
}
