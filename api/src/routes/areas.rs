//! Governance areas (区域): city → district → street → community → grid → central household.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::{Action, Scope};
use domain::area::{AreaKind, CommunityType, check_area};
use domain::tree;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::{
    Deletion, area_ranges, contains_pattern, created, delete_checked, list_of, missing_reference, nullable, stored,
    utc, visible_area, with_etag,
};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{AreaRow, NewArea};
use crate::db::now;
use crate::db::repo::areas::{self, AreaChange, AreaFilter};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(list_areas).service(create_area).service(get_area).service(update_area).service(delete_area);
}

/// A governance area.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Area {
    /// The area's id.
    pub id: i64,
    /// The area directly above; none for the city.
    pub parent_id: Option<i64>,
    /// The area's name.
    pub name: String,
    /// Level: city 市, district 县区, street 街道/镇, community 社区, grid 网格 or central household 中心户.
    pub kind: AreaKind,
    /// Only for communities: urban, relocation (移民搬迁) or village-to-community (村改居).
    pub community_type: Option<CommunityType>,
    /// Administrative division code, if known.
    pub code: Option<String>,
    /// 0 for the city.
    pub depth: i32,
    /// When the area was created (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
    /// When the area was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(AreaList, Area, "A page of areas, in tree order.");

fn to_area(row: AreaRow) -> ApiResult<Area> {
    Ok(Area {
        id: row.id,
        parent_id: row.parent_id,
        kind: stored(&row.kind)?,
        community_type: row.community_type.as_deref().map(stored).transpose()?,
        name: row.name,
        code: row.code,
        depth: row.depth,
        created_at: utc(row.created_at),
        updated_at: utc(row.updated_at),
    })
}

fn rule_error(error: domain::area::AreaError) -> ApiError {
    let field = match error {
        domain::area::AreaError::CommunityTypeOnlyForCommunities => "community_type",
        _ => "kind",
    };
    ApiError::Rule {
        code: "area-hierarchy",
        title: "Area hierarchy rule",
        detail: error.to_string(),
        errors: vec![FieldError::new(field, "rule", error.to_string())],
    }
}

/// Filters of the area list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AreaQuery {
    /// Only this area and the areas below it.
    pub within: Option<i64>,
    /// Only the direct children of this area.
    pub parent_id: Option<i64>,
    /// Only areas of this level.
    pub kind: Option<AreaKind>,
    /// Part of the name.
    #[validate(length(max = 100))]
    #[param(max_length = 100)]
    pub q: Option<String>,
}

/// List the areas in the caller's scope.
#[utoipa::path(operation_id = "list_areas", tag = "areas", params(AreaQuery, Paging, ChangesSince), responses((status = 200, description = "A page of areas", body = AreaList)))]
#[get("/areas")]
pub async fn list_areas(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<AreaQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadStructure)?;
    let order = page.order(false, &areas::TREE_ORDER, &areas::CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let mut ranges = area_ranges(&caller.scope);
            if let Some(within) = query.within {
                let area = visible_area(conn, &caller.scope, within)?;
                ranges.push(tree::subtree_range(&area.path));
            }
            let filter = AreaFilter {
                ranges,
                parent_id: query.parent_id,
                kind: query.kind.map(AreaKind::code),
                name_like: query.q.as_deref().filter(|q| !q.trim().is_empty()).map(contains_pattern),
            };
            let (rows, total) = areas::list(conn, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| areas::position(order, row));
            let items = rows.into_iter().map(to_area).collect::<ApiResult<_>>()?;
            Ok(AreaList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// New area.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateArea {
    /// The area's name.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// Level; must be the one directly below the parent's (a city has no parent).
    pub kind: AreaKind,
    /// The area above (none only for a city, by the system administrator).
    pub parent_id: Option<i64>,
    /// Only for communities: `urban`, `relocation` (移民搬迁) or `village_to_community` (村改居).
    pub community_type: Option<CommunityType>,
    /// Administrative division code, if known.
    #[validate(length(min = 1, max = 32))]
    #[schema(min_length = 1, max_length = 32)]
    pub code: Option<String>,
}

fn require_root_rights(scope: &Scope) -> ApiResult<()> {
    match scope {
        Scope::Everything => Ok(()),
        _ => Err(ApiError::Forbidden("only the system administrator creates top-level nodes".to_owned())),
    }
}

/// Create an area.
#[utoipa::path(operation_id = "create_area", tag = "areas", request_body = CreateArea, responses((status = 201, description = "Created", body = Area)))]
#[post("/areas")]
pub async fn create_area(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<CreateArea>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let new = new.accept()?;
    let (area, version) = state
        .write(move |conn| {
            let parent = match new.parent_id {
                Some(id) => Some(visible_area(conn, &caller.scope, id).map_err(|_| missing_reference("parent_id"))?),
                None => {
                    require_root_rights(&caller.scope)?;
                    None
                }
            };
            let parent_kind = parent.as_ref().map(|p| stored::<AreaKind>(&p.kind)).transpose()?;
            check_area(new.kind, parent_kind, new.community_type).map_err(rule_error)?;
            let at = now();
            let row = areas::insert(
                conn,
                parent.as_ref(),
                NewArea {
                    parent_id: new.parent_id,
                    name: new.name.trim(),
                    kind: new.kind.code(),
                    community_type: new.community_type.map(CommunityType::code),
                    code: new.code.as_deref(),
                    path: "",
                    depth: parent.as_ref().map_or(0, |p| p.depth + 1),
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("area.create", "area", row.id))?;
            Ok((to_area(row.clone())?, row.version))
        })
        .await?;
    Ok(created(format!("/api/v1/areas/{}", area.id), version, &area))
}

/// Get an area.
#[utoipa::path(operation_id = "get_area", tag = "areas", params(("id" = i64, Path, description = "Area id")), responses((status = 200, description = "The area (with ETag)", body = Area)))]
#[get("/areas/{id}")]
pub async fn get_area(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadStructure)?;
    let id = id.into_inner();
    let row = state.read(move |conn| visible_area(conn, &caller.scope, id)).await?;
    let version = row.version;
    Ok(with_etag(version, &to_area(row)?))
}

/// Changes to an area; absent fields stay as they are.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateArea {
    /// New name.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: Option<String>,
    /// Move the area (and everything below it) under another area of the level above.
    pub parent_id: Option<i64>,
    /// New community type (communities only); `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<CommunityType>)]
    pub community_type: Option<Option<CommunityType>>,
    /// New administrative division code; `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    #[validate(length(min = 1, max = 32))]
    #[schema(min_length = 1, max_length = 32)]
    pub code: Option<Option<String>>,
}

/// Change or move an area (needs `If-Match`).
#[utoipa::path(operation_id = "update_area", tag = "areas", request_body = UpdateArea, params(("id" = i64, Path, description = "Area id"), ("If-Match" = String, Header, description = "ETag of the area as read")), responses((status = 200, description = "Changed", body = Area)))]
#[patch("/areas/{id}")]
pub async fn update_area(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<UpdateArea>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let change = change.accept()?;
    let id = id.into_inner();
    let row = state
        .write(move |conn| {
            let area = visible_area(conn, &caller.scope, id)?;
            if_match.check(area.version)?;
            let kind: AreaKind = stored(&area.kind)?;
            let community_type = match change.community_type {
                Some(value) => value,
                None => area.community_type.as_deref().map(stored).transpose()?,
            };
            let parent = match change.parent_id {
                Some(parent_id) if Some(parent_id) != area.parent_id => {
                    let parent =
                        visible_area(conn, &caller.scope, parent_id).map_err(|_| missing_reference("parent_id"))?;
                    tree::check_move(&area.path, &parent.path)
                        .map_err(|e| ApiError::field("parent_id", "rule", e.to_string()))?;
                    Some(parent)
                }
                _ => None,
            };
            let parent_kind = match &parent {
                Some(p) => Some(stored::<AreaKind>(&p.kind)?),
                None => area
                    .parent_id
                    .map(|pid| areas::find(conn, pid))
                    .transpose()?
                    .flatten()
                    .map(|p| stored(&p.kind))
                    .transpose()?,
            };
            check_area(kind, parent_kind, community_type).map_err(rule_error)?;
            areas::change(
                conn,
                id,
                &AreaChange {
                    name: change.name.as_deref().map(str::trim),
                    community_type: change.community_type.map(|_| community_type.map(CommunityType::code)),
                    code: change.code.as_ref().map(Option::as_deref),
                },
            )?;
            if let Some(parent) = &parent {
                areas::move_subtree(conn, &area, parent)?;
            }
            if !areas::touch(conn, id, area.version)? {
                return Err(ApiError::PreconditionFailed);
            }
            let detail = parent.map(|p| format!("moved under area {}", p.id));
            let mut event = Event::success("area.update", "area", id);
            event.detail = detail;
            audit::record(conn, &caller.actor(), event)?;
            areas::find(conn, id)?.ok_or(ApiError::NotFound)
        })
        .await?;
    state.renamed();
    Ok(with_etag(row.version, &to_area(row)?))
}

/// Delete an area without children, organizations or units (needs `If-Match`).
#[utoipa::path(operation_id = "delete_area", tag = "areas", params(("id" = i64, Path, description = "Area id"), ("If-Match" = String, Header, description = "ETag of the area as read")), responses((status = 204, description = "Deleted")))]
#[delete("/areas/{id}")]
pub async fn delete_area(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let id = id.into_inner();
    state
        .write(move |conn| {
            let area = visible_area(conn, &caller.scope, id)?;
            let dependents = areas::dependents(conn, id)?;
            let deletion = Deletion { kind: "area", id, version: area.version, name: area.name, dependents };
            delete_checked(conn, &caller, &if_match, deletion, areas::delete)
        })
        .await?;
    state.renamed();
    Ok(HttpResponse::NoContent().finish())
}
