//! The three lists of co-building (三张清单, policy §6–§7): needs of residents and
//! communities, resources the units located there offer, and projects matching a need with
//! resources; and the tasks the street or community assigns (§6 共驻共建任务).

pub mod feedback;
pub mod photos;
pub mod projects;
pub mod public;
pub mod resources;
pub mod tasks;

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::Action;
use domain::area::AreaKind;
use domain::cobuilding::lists::{NeedSource, Resource as Offer, ResourceKind, Wanted, recurring, suggest};
use domain::organization::Field;
use domain::tree::subtree_range;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NeedRow, NewNeed, ResourceRow};
use crate::db::repo::names::NameBook;
use crate::db::repo::{areas, cobuilding, joint, requests, units};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{
    created, list_of, list_ranges, missing_reference, stored, today, utc, visible_area, with_etag,
};
use crate::state::AppState;
use resources::{CoResource, to_resources};

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_needs)
        .service(create_need)
        .service(get_need)
        .service(public::get_public_summary)
        .service(get_need_suggestions)
        .service(get_recurring_needs)
        .service(resources::list_resources)
        .service(resources::create_resource)
        .service(projects::list_projects)
        .service(projects::create_project)
        .service(projects::get_project)
        .service(projects::create_project_progress)
        .service(photos::create_progress_photo)
        .service(photos::get_progress_photo)
        .service(projects::create_project_transition)
        .service(projects::create_project_rating)
        .service(tasks::list_tasks)
        .service(tasks::create_task)
        .service(tasks::get_task)
        .service(tasks::create_task_feedback)
        .service(tasks::create_task_withdrawal)
        .configure(feedback::configure);
}

/// A community the caller's areas hold, for what is kept per community.
pub fn community(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<crate::db::models::AreaRow> {
    let area = visible_area(conn, &caller.scope, id).map_err(|_| missing_reference("area_id"))?;
    if area.kind != AreaKind::Community.code() {
        return Err(ApiError::field("area_id", "not_a_community", "needs are kept per community"));
    }
    Ok(area)
}

/// A resolution of a joint meeting of the area or above it, cited by what it led to.
pub fn cited_resolution(conn: &mut DbConnection, resolution: Option<i64>, area_path: &str) -> ApiResult<Option<i64>> {
    let Some(id) = resolution else { return Ok(None) };
    let body_path = joint::resolution_area(conn, id)?.ok_or_else(|| missing_reference("resolution_id"))?;
    // A street's resolution reaches its communities; a community's its own.
    if !area_path.starts_with(&body_path) {
        return Err(missing_reference("resolution_id"));
    }
    Ok(Some(id))
}

/// A need (需求清单).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Need {
    /// The need's id.
    pub id: i64,
    /// The community it is in.
    pub area_id: i64,
    /// Name of the community, for display.
    pub area_name: String,
    /// Where it comes from: residents, the community, or resident requests that keep coming back.
    pub source: NeedSource,
    /// A short title.
    pub title: String,
    /// What is needed.
    pub description: String,
    /// The kind of resource that would meet it.
    pub wanted_kind: Option<ResourceKind>,
    /// The field (领域) of unit best placed to help.
    pub field: Option<Field>,
    /// For needs from resident requests: the request category.
    pub request_category_id: Option<i64>,
    /// The joint-meeting resolution it came from.
    pub resolution_id: Option<i64>,
    /// Whether a project has taken it up.
    pub taken: bool,
    /// When it was listed (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(NeedList, Need, "A page of needs.");

fn to_needs(conn: &mut DbConnection, rows: Vec<NeedRow>) -> ApiResult<Vec<Need>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    rows.into_iter()
        .map(|row| {
            Ok(Need {
                id: row.id,
                area_id: row.area_id,
                area_name: names.area(row.area_id),
                source: stored(&row.source)?,
                title: row.title,
                description: row.description,
                wanted_kind: row.wanted_kind.as_deref().map(stored).transpose()?,
                field: row.field.as_deref().map(stored).transpose()?,
                request_category_id: row.request_category_id,
                resolution_id: row.resolution_id,
                taken: row.taken,
                created_at: utc(row.created_at),
            })
        })
        .collect()
}

/// Filters of the need list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct NeedQuery {
    /// Only needs of this area and the areas below it.
    pub area_id: Option<i64>,
    /// Only open needs (`true`) or needs a project took up (`false`).
    pub open: Option<bool>,
}

/// List the needs of the communities in the caller's areas, newest first.
#[utoipa::path(operation_id = "list_needs", tag = "co-building", params(NeedQuery, Paging, ChangesSince), responses((status = 200, description = "A page of needs", body = NeedList)))]
#[get("/co-building/needs")]
pub async fn list_needs(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<NeedQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let order = page.order(false, &cobuilding::NEEDS_BY_ID, &cobuilding::NEEDS_CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let (rows, total) = cobuilding::list_needs(conn, &ranges, query.open, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            Ok(NeedList::new(to_needs(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A need to list.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NeedInput {
    /// The community.
    pub area_id: i64,
    /// Where it comes from.
    pub source: NeedSource,
    /// A short title.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub title: String,
    /// What is needed.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub description: String,
    /// The kind of resource that would meet it.
    pub wanted_kind: Option<ResourceKind>,
    /// The field (领域) of unit best placed to help.
    pub field: Option<Field>,
    /// For needs from resident requests: the request category that keeps coming back.
    pub request_category_id: Option<i64>,
    /// The joint-meeting resolution it comes from.
    pub resolution_id: Option<i64>,
}

/// List a need of a community.
#[utoipa::path(operation_id = "create_need", tag = "co-building", request_body = NeedInput, responses((status = 201, description = "Listed", body = Need)))]
#[post("/co-building/needs")]
pub async fn create_need(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NeedInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    if new.source == NeedSource::Requests && new.request_category_id.is_none() {
        return Err(ApiError::field("request_category_id", "required", "a need from requests names their category"));
    }
    let need = state
        .write(move |conn| {
            let area = community(conn, &caller, new.area_id)?;
            let resolution_id = cited_resolution(conn, new.resolution_id, &area.path)?;
            if let Some(category) = new.request_category_id
                && requests::find_category(conn, category)?.is_none()
            {
                return Err(missing_reference("request_category_id"));
            }
            let at = now();
            let row = cobuilding::insert_need(
                conn,
                &NewNeed {
                    area_id: area.id,
                    area_path: &area.path,
                    source: new.source.code(),
                    title: new.title.trim(),
                    description: new.description.trim(),
                    wanted_kind: new.wanted_kind.map(ResourceKind::code),
                    field: new.field.map(Field::code),
                    request_category_id: new.request_category_id,
                    resolution_id,
                    created_by: Some(caller.id),
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("need.create", "need", row.id))?;
            to_needs(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/needs/{}", need.id), 1, &need))
}

fn visible_need(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<NeedRow> {
    cobuilding::find_need(conn, id)?.filter(|n| caller.scope.holds_area(&n.area_path)).ok_or(ApiError::NotFound)
}

/// Get a need of the caller's communities.
#[utoipa::path(operation_id = "get_need", tag = "co-building", params(("id" = i64, Path, description = "Need id")), responses((status = 200, description = "The need", body = Need)))]
#[get("/co-building/needs/{id}")]
pub async fn get_need(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let id = id.into_inner();
    let (version, need) = state
        .read(move |conn| {
            let row = visible_need(conn, &caller, id)?;
            Ok((row.version, to_needs(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &need))
}

/// A resource proposed for a need, with how well it fits.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Suggestion {
    /// The resource.
    pub resource: CoResource,
    /// How well it fits: the kind asked for counts 4, the same community 3 (the same street 1),
    /// the unit's field 2.
    pub score: u32,
}

/// A list of suggestions, best first.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SuggestionList {
    /// The resources proposed, best first (at most 20).
    pub items: Vec<Suggestion>,
}

/// Resources worth matching with a need, best first (by kind, nearness and field).
#[utoipa::path(operation_id = "get_need_suggestions", tag = "co-building", params(("id" = i64, Path, description = "Need id")), responses((status = 200, description = "Suggested resources", body = SuggestionList)))]
#[get("/co-building/needs/{id}/suggestions")]
pub async fn get_need_suggestions(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let id = id.into_inner();
    let list = state
        .read(move |conn| {
            let need = visible_need(conn, &caller, id)?;
            let area = areas::find(conn, need.area_id)?.ok_or(ApiError::NotFound)?;
            let street = area.parent_id.map(|id| areas::find(conn, id)).transpose()?.flatten();
            let range = subtree_range(street.as_ref().map_or(&area.path, |s| &s.path));
            let rows = cobuilding::resources_within(conn, &range)?;
            let offers = offers(conn, &rows)?;
            let wanted = Wanted {
                kind: need.wanted_kind.as_deref().map(stored).transpose()?,
                field: need.field.as_deref().map(stored).transpose()?,
                community: area.id,
                street: street.map(|s| s.id),
            };
            let scored = suggest(&wanted, &offers, today(), 20);
            let mut resources = to_resources(conn, rows)?;
            let items = scored
                .into_iter()
                .filter_map(|(id, score)| {
                    let at = resources.iter().position(|r| r.id == id)?;
                    Some(Suggestion { resource: resources.swap_remove(at), score })
                })
                .collect();
            Ok(SuggestionList { items })
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// The resources as the matching rules see them: their unit's field, community and street.
fn offers(conn: &mut DbConnection, rows: &[ResourceRow]) -> ApiResult<Vec<Offer>> {
    rows.iter()
        .map(|row| {
            let unit = units::find(conn, row.unit_id)?.ok_or(ApiError::NotFound)?;
            let area = areas::find(conn, unit.area_id)?.ok_or(ApiError::NotFound)?;
            let (community, street) = areas::community_and_street(conn, &area.path)?;
            Ok(Offer {
                id: row.id,
                kind: stored(&row.kind)?,
                field: Some(stored(&unit.field)?),
                community,
                street,
                available_from: row.available_from,
                available_until: row.available_until,
            })
        })
        .collect()
}

/// Query of the recurring-request needs.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RecurringQuery {
    /// The community.
    pub area_id: i64,
    /// Requests of a category in the last 90 days that make it a need (default 3).
    #[validate(range(min = 2, max = 1000))]
    #[param(minimum = 2, maximum = 1000)]
    pub threshold: Option<u32>,
}

/// A kind of resident request that keeps coming back in a community.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RecurringNeed {
    /// The request category.
    pub request_category_id: i64,
    /// Name of the category, for display.
    pub category_name: String,
    /// Requests of the category in the community in the last 90 days.
    pub requests: u32,
}

/// The request categories that keep coming back.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RecurringNeedList {
    /// Most frequent first.
    pub items: Vec<RecurringNeed>,
}

/// Resident requests that keep coming back in a community (接诉即办): candidates for its need list.
#[utoipa::path(operation_id = "get_recurring_needs", tag = "co-building", params(RecurringQuery), responses((status = 200, description = "Recurring request categories", body = RecurringNeedList)))]
#[get("/co-building/recurring-needs")]
pub async fn get_recurring_needs(
    state: web::Data<AppState>,
    caller: Caller,
    crate::extract::QueryParams(query): crate::extract::QueryParams<RecurringQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let list = state
        .read(move |conn| {
            let area = community(conn, &caller, query.area_id)?;
            let since = today() - chrono::Duration::days(90);
            let counts = requests::counts_by_category(conn, &subtree_range(&area.path), since)?;
            let found = recurring(&counts, query.threshold.unwrap_or(3));
            let names = NameBook::wanted().categories(found.iter().map(|(id, _)| *id)).read(conn)?;
            let items = found
                .into_iter()
                .map(|(id, requests)| RecurringNeed {
                    request_category_id: id,
                    category_name: names.category(id),
                    requests,
                })
                .collect();
            Ok(RecurringNeedList { items })
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}
