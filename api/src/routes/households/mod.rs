//! Households (户) of the grids and central households: kept by grid leaders and community
//! staff, with the head of household's data sealed and masked like members' (DOMAIN.md §8).

pub mod visits;

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::area::AreaKind;
use domain::households::check_household;
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::models::HouseholdRow;
use crate::db::repo::households::{self, HouseholdForm};
use crate::db::repo::names::NameBook;
use crate::db::repo::{areas, organizations};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{created, list_of, missing_reference, non_empty, utc, visible_area, with_etag};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_households)
        .service(create_household)
        .service(get_household)
        .service(get_household_personal_data)
        .service(visits::create_visit)
        .service(visits::list_visits)
        .service(visits::get_visit_coverage);
}

/// A household (户), its head's data masked.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Household {
    /// Household id.
    pub id: i64,
    /// The grid or central household it belongs to.
    pub area_id: i64,
    /// Name of the grid or central household, for display.
    pub area_name: String,
    /// Name of the head of household (户主), masked.
    pub head_name: String,
    /// The household's phone, masked.
    pub phone: Option<String>,
    /// The household's address, masked (only the community is shown).
    pub address: String,
    /// Number of people living in the household.
    pub residents: i32,
    /// For relocated households (移民搬迁): the village of origin, which keeps their land and
    /// forest, and a contact there (masked).
    pub origin_village: Option<String>,
    /// Phone of the contact at the village of origin, masked.
    pub origin_contact: Option<String>,
    /// Free-text note about the household.
    pub note: Option<String>,
    /// The day of the latest visit.
    pub last_visited_on: Option<NaiveDate>,
    /// When the household was added (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(HouseholdList, Household, "A page of households.");

pub fn to_households(conn: &mut DbConnection, rows: Vec<HouseholdRow>) -> ApiResult<Vec<Household>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let last: std::collections::HashMap<i64, Option<NaiveDate>> =
        households::last_visits(conn, &ids)?.into_iter().collect();
    Ok(rows
        .into_iter()
        .map(|row| Household {
            id: row.id,
            area_id: row.area_id,
            area_name: names.area(row.area_id),
            head_name: row.head_name_masked,
            phone: row.phone_masked,
            address: row.address_masked,
            residents: row.residents,
            origin_village: row.origin_village,
            origin_contact: row.origin_contact_masked,
            note: row.note,
            last_visited_on: last.get(&row.id).copied().flatten(),
            created_at: utc(row.created_at),
        })
        .collect())
}

/// A household the caller's areas hold; otherwise "not found".
pub fn visible_household(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<HouseholdRow> {
    households::find(conn, id)?.filter(|h| caller.scope.holds_area(&h.area_path)).ok_or(ApiError::NotFound)
}

/// The area the caller's organization leads: the default of area filters.
pub fn own_area(conn: &mut DbConnection, caller: &Caller) -> ApiResult<crate::db::models::AreaRow> {
    let led =
        caller.scope_org_id.map(|id| organizations::find(conn, id)).transpose()?.flatten().and_then(|o| o.led_area_id);
    let id = led.ok_or_else(|| missing_reference("area_id"))?;
    areas::find(conn, id)?.ok_or_else(|| missing_reference("area_id"))
}

/// Filters of the household list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct HouseholdQuery {
    /// A community, grid or central household (default: the area the caller's organization leads).
    pub area_id: Option<i64>,
}

/// List the households of an area, with the day each was last visited.
#[utoipa::path(operation_id = "list_households", tag = "households", params(HouseholdQuery, Paging, ChangesSince), responses((status = 200, description = "A page of households", body = HouseholdList)))]
#[get("/households")]
pub async fn list_households(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<HouseholdQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadRequests)?;
    let order = page.order(false, &households::BY_ID, &households::CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let area = match query.area_id {
                Some(id) => visible_area(conn, &caller.scope, id).map_err(|_| missing_reference("area_id"))?,
                None => own_area(conn, &caller)?,
            };
            let (rows, total) = households::list(conn, &subtree_range(&area.path), order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(HouseholdList::new(to_households(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A new household.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewHouseholdInput {
    /// The grid or central household.
    pub area_id: i64,
    /// Name of the head of household (户主); kept encrypted, shown masked.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub head_name: String,
    /// The household's phone; kept encrypted, shown masked.
    #[validate(length(min = 7, max = 20))]
    #[schema(min_length = 7, max_length = 20)]
    pub phone: Option<String>,
    /// The household's address; kept encrypted, shown masked.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub address: String,
    /// Number of people living in the household (at least 1).
    #[validate(range(min = 1, max = 100))]
    #[schema(minimum = 1, maximum = 100)]
    pub residents: i32,
    /// For relocated households (移民搬迁): the village of origin, which keeps their land and forest.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub origin_village: Option<String>,
    /// Phone of a contact at the village of origin (only with `origin_village`); shown masked.
    #[validate(length(min = 7, max = 20))]
    #[schema(min_length = 7, max_length = 20)]
    pub origin_contact: Option<String>,
    /// Free-text note about the household.
    #[validate(length(max = 500))]
    #[schema(max_length = 500)]
    pub note: Option<String>,
}

/// Add a household to a grid or central household (grid leaders and community staff).
#[utoipa::path(operation_id = "create_household", tag = "households", request_body = NewHouseholdInput, responses((status = 201, description = "Added", body = Household)))]
#[post("/households")]
pub async fn create_household(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewHouseholdInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::RecordVisits)?;
    let new = new.accept()?;
    check_household(new.residents, new.origin_village.as_deref(), new.origin_contact.as_deref())
        .map_err(|refusal| ApiError::field(refusal.field(), "rule", refusal.to_string()))?;
    let keys = std::sync::Arc::clone(&state.data_keys);
    let household = state
        .write(move |conn| {
            let area = visible_area(conn, &caller.scope, new.area_id).map_err(|_| missing_reference("area_id"))?;
            let at_home = [AreaKind::Grid.code(), AreaKind::CentralHousehold.code()];
            if !at_home.contains(&area.kind.as_str()) {
                return Err(ApiError::field(
                    "area_id",
                    "not_a_grid",
                    "a household belongs to a grid or central household",
                ));
            }
            let community = areas::community_name(conn, &area.path)?.unwrap_or_default();
            let form = HouseholdForm {
                area_id: area.id,
                area_path: area.path.clone(),
                community,
                head_name: new.head_name.trim().to_owned(),
                phone: non_empty(new.phone),
                address: new.address.trim().to_owned(),
                residents: new.residents,
                origin_village: non_empty(new.origin_village),
                origin_contact: non_empty(new.origin_contact),
                note: non_empty(new.note),
            };
            let row = households::insert(conn, &keys, &form)?;
            audit::record(conn, &caller.actor(), Event::success("household.create", "household", row.id))?;
            to_households(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/households/{}", household.id), 1, &household))
}

/// Get a household (masked).
#[utoipa::path(operation_id = "get_household", tag = "households", params(("id" = i64, Path, description = "Household id")), responses((status = 200, description = "The household", body = Household)))]
#[get("/households/{id}")]
pub async fn get_household(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadRequests)?;
    let id = id.into_inner();
    let (version, household) = state
        .read(move |conn| {
            let row = visible_household(conn, &caller, id)?;
            let version = row.version;
            Ok((version, to_households(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &household))
}

/// A household's data in full.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct HouseholdPersonalData {
    /// The household.
    pub household_id: i64,
    /// Name of the head of household (户主), in full.
    pub head_name: String,
    /// The household's phone, in full.
    pub phone: Option<String>,
    /// The household's address, in full.
    pub address: String,
    /// Phone of the contact at the village of origin, in full.
    pub origin_contact: Option<String>,
}

/// Read a household's data in full (party-affairs staff; audited).
#[utoipa::path(operation_id = "get_household_personal_data", tag = "households", params(("id" = i64, Path, description = "Household id")), responses((status = 200, description = "Unmasked", body = HouseholdPersonalData)))]
#[get("/households/{id}/personal-data")]
pub async fn get_household_personal_data(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadPersonalData)?;
    let id = id.into_inner();
    let keys = std::sync::Arc::clone(&state.data_keys);
    let data = state
        .write(move |conn| {
            let row = visible_household(conn, &caller, id)?;
            audit::record(conn, &caller.actor(), Event::success("household.personal_data_read", "household", row.id))?;
            let (head_name, phone, address, origin_contact) = households::personal(conn, &keys, row.id)?;
            Ok(HouseholdPersonalData { household_id: row.id, head_name, phone, address, origin_contact })
        })
        .await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(data))
}
