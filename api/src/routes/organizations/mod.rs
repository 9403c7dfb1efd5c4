//! Party organizations (党组织): the membership tree, its children and unit coverage.

mod directory;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::{Action, Scope};
use domain::organization::rules::check_parent;
use domain::organization::{Field, OrgKind, SettingType};
use domain::tree;
use domain::unit::coverage_ratio;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::{
    Deletion, contains_pattern, created, delete_checked, kept_visible_org, list_of, missing_reference, nullable,
    org_ranges, stored, utc, visible_org, with_etag,
};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::keyset::Order;
use crate::db::models::{NewOrganization, OrganizationRow};
use crate::db::repo::organizations::{self, OrgFilter, OrganizationChange, order};
use crate::db::repo::units::reach_of;
use crate::db::repo::{areas, units};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ChangesSince, ListQuery, NoFilters, Page, Paging};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_organizations)
        .service(create_organization)
        .service(get_organization)
        .service(update_organization)
        .service(delete_organization)
        .service(list_organization_children)
        .service(get_organization_coverage)
        .service(directory::list_organization_names);
}

/// A Party organization.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Organization {
    /// The organization's id.
    pub id: i64,
    /// The organization above in the Party hierarchy.
    pub parent_id: Option<i64>,
    /// The organization's name.
    pub name: String,
    /// Committee 党委, working committee 党工委, general branch 党总支, branch 党支部 or group 党小组.
    pub kind: OrgKind,
    /// The field (领域) it works in, e.g. government agency, private enterprise, community.
    pub field: Field,
    /// How it is set up (设置方式): independent, joint, affiliated, extended, ...
    pub setting_type: SettingType,
    /// A 网络党支部 (online branch, §10).
    pub online: bool,
    /// The area it is located in (驻地).
    pub area_id: i64,
    /// The area it leads, if any (a street's 党工委 leads the street).
    pub led_area_id: Option<i64>,
    /// The organization's code, if it has one.
    pub code: Option<String>,
    /// 0 for a root organization.
    pub depth: i32,
    /// When the organization was created (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
    /// When the organization was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(OrganizationList, Organization, "A page of organizations.");

pub fn to_organization(row: OrganizationRow) -> ApiResult<Organization> {
    Ok(Organization {
        id: row.id,
        parent_id: row.parent_id,
        kind: stored(&row.kind)?,
        field: stored(&row.field)?,
        setting_type: stored(&row.setting_type)?,
        name: row.name,
        online: row.online,
        area_id: row.area_id,
        led_area_id: row.led_area_id,
        code: row.code,
        depth: row.depth,
        created_at: utc(row.created_at),
        updated_at: utc(row.updated_at),
    })
}

/// Sort orders of the organization list.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
pub enum OrgSortParam {
    /// Tree order.
    #[serde(rename = "path")]
    Path,
    #[serde(rename = "name")]
    Name,
    #[serde(rename = "-name")]
    NameDescending,
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "-created_at")]
    CreatedAtDescending,
}

/// Filters of the organization list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OrgQuery {
    /// Only this organization and its subtree.
    pub within: Option<i64>,
    /// Only the direct children of this organization.
    pub parent_id: Option<i64>,
    /// Only the top organizations the caller sees (its scope organization, or the roots).
    pub roots: Option<bool>,
    /// Only organizations of this kind.
    pub kind: Option<OrgKind>,
    /// Only organizations of this field (领域).
    pub field: Option<Field>,
    /// Only organizations with this setting type (设置方式).
    pub setting_type: Option<SettingType>,
    /// Only online branches (`true`) or only others (`false`).
    pub online: Option<bool>,
    /// Part of the name.
    #[validate(length(max = 100))]
    #[param(max_length = 100)]
    pub q: Option<String>,
    /// `path` (tree order, default), `name`, `-name`, `created_at`, `-created_at`.
    #[param(inline)]
    pub sort: Option<OrgSortParam>,
}

/// List organizations in the caller's scope, with filters.
#[utoipa::path(operation_id = "list_organizations", tag = "organizations", params(OrgQuery, Paging, ChangesSince), responses((status = 200, description = "A page of organizations", body = OrganizationList)))]
#[get("/organizations")]
pub async fn list_organizations(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<OrgQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadStructure)?;
    let sorted = match query.sort {
        None | Some(OrgSortParam::Path) => &order::PATH,
        Some(OrgSortParam::Name) => &order::NAME,
        Some(OrgSortParam::NameDescending) => &order::NAME_DESCENDING,
        Some(OrgSortParam::CreatedAt) => &order::CREATED,
        Some(OrgSortParam::CreatedAtDescending) => &order::CREATED_DESCENDING,
    };
    let order = page.order(query.sort.is_some(), sorted, &order::CHANGED)?;
    let caches = std::sync::Arc::clone(&state.caches);
    let list = state
        .read(move |conn| {
            let mut filter = OrgFilter {
                ranges: org_ranges(&caller.scope),
                parent_id: query.parent_id,
                kind: query.kind.map(OrgKind::code),
                field: query.field.map(Field::code),
                setting_type: query.setting_type.map(SettingType::code),
                online: query.online,
                name_like: query.q.as_deref().filter(|q| !q.trim().is_empty()).map(contains_pattern),
                ..OrgFilter::default()
            };
            if let Some(within) = query.within {
                // A subtree in scope lies inside the scope's range, which would only make the
                // database walk the wider range.
                let org = kept_visible_org(conn, &caches, &caller.scope, within)?;
                filter.ranges = vec![tree::subtree_range(&org.path)];
            }
            if query.roots == Some(true) {
                match (&caller.scope, caller.scope_org_id) {
                    (Scope::Everything, _) => filter.roots_only = true,
                    (_, Some(scope_org_id)) => filter.ids = Some(vec![scope_org_id]),
                    (_, None) => filter.ids = Some(Vec::new()),
                }
            }
            page_of(conn, &filter, order, &page)
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

fn page_of(conn: &mut DbConnection, filter: &OrgFilter, order: &Order, page: &Page) -> ApiResult<OrganizationList> {
    let (rows, total) = organizations::list(conn, filter, order, &page.window(order)?)?;
    let (rows, next) = page.finish(order, rows, total, |row| organizations::position(order, row));
    let items = rows.into_iter().map(to_organization).collect::<ApiResult<_>>()?;
    Ok(OrganizationList::new(items, total, page, next))
}

/// List the direct children of an organization (下级组织).
#[utoipa::path(operation_id = "list_organization_children", tag = "organizations", params(("id" = i64, Path, description = "Organization id"), Paging, ChangesSince), responses((status = 200, description = "A page of child organizations", body = OrganizationList)))]
#[get("/organizations/{id}/children")]
pub async fn list_organization_children(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    ListQuery(NoFilters {}, page): ListQuery<NoFilters>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadStructure)?;
    let id = id.into_inner();
    let order = page.order(false, &order::NAME, &order::CHANGED)?;
    let list = state
        .read(move |conn| {
            visible_org(conn, &caller.scope, id)?;
            let filter = OrgFilter { parent_id: Some(id), ..OrgFilter::default() };
            page_of(conn, &filter, order, &page)
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// New organization.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateOrganization {
    /// The organization's name.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// Kind (党委, 党工委, 党总支, 党支部, 党小组); must fit under the parent's kind.
    pub kind: OrgKind,
    /// The organization above (none only for a root committee, by the system administrator).
    pub parent_id: Option<i64>,
    /// The field (领域) it works in.
    pub field: Field,
    /// How it is set up (设置方式).
    pub setting_type: SettingType,
    /// A 网络党支部 (online branch).
    #[serde(default)]
    pub online: bool,
    /// The area it is located in.
    pub area_id: i64,
    /// The area it leads, if any.
    pub led_area_id: Option<i64>,
    /// The organization's code, if it has one.
    #[validate(length(min = 1, max = 32))]
    #[schema(min_length = 1, max_length = 32)]
    pub code: Option<String>,
}

fn hierarchy_error(error: domain::organization::rules::ParentError) -> ApiError {
    ApiError::Rule {
        code: "organization-hierarchy",
        title: "Party hierarchy rule",
        detail: error.to_string(),
        errors: vec![FieldError::new("kind", "rule", error.to_string())],
    }
}

fn require_area(conn: &mut DbConnection, field: &str, id: i64) -> ApiResult<()> {
    areas::find(conn, id)?.map(drop).ok_or_else(|| missing_reference(field))
}

/// Create an organization.
#[utoipa::path(operation_id = "create_organization", tag = "organizations", request_body = CreateOrganization, responses((status = 201, description = "Created", body = Organization)))]
#[post("/organizations")]
pub async fn create_organization(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<CreateOrganization>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let new = new.accept()?;
    let row = state
        .write(move |conn| {
            let parent = match new.parent_id {
                Some(id) => Some(visible_org(conn, &caller.scope, id).map_err(|_| missing_reference("parent_id"))?),
                None if caller.scope == Scope::Everything => None,
                None => {
                    return Err(ApiError::Forbidden(
                        "only the system administrator creates root organizations".to_owned(),
                    ));
                }
            };
            let parent_kind = parent.as_ref().map(|p| stored::<OrgKind>(&p.kind)).transpose()?;
            check_parent(new.kind, parent_kind).map_err(hierarchy_error)?;
            require_area(conn, "area_id", new.area_id)?;
            if let Some(led) = new.led_area_id {
                require_area(conn, "led_area_id", led)?;
            }
            let at = now();
            let row = organizations::insert(
                conn,
                parent.as_ref(),
                NewOrganization {
                    parent_id: new.parent_id,
                    name: new.name.trim(),
                    kind: new.kind.code(),
                    field: new.field.code(),
                    setting_type: new.setting_type.code(),
                    online: new.online,
                    area_id: new.area_id,
                    led_area_id: new.led_area_id,
                    code: new.code.as_deref(),
                    path: "",
                    depth: parent.as_ref().map_or(0, |p| p.depth + 1),
                    created_at: at,
                    updated_at: at,
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("organization.create", "organization", row.id))?;
            Ok(row)
        })
        .await?;
    Ok(created(format!("/api/v1/organizations/{}", row.id), row.version, &to_organization(row.clone())?))
}

/// Get an organization.
#[utoipa::path(operation_id = "get_organization", tag = "organizations", params(("id" = i64, Path, description = "Organization id")), responses((status = 200, description = "The organization (with ETag)", body = Organization)))]
#[get("/organizations/{id}")]
pub async fn get_organization(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadStructure)?;
    let id = id.into_inner();
    let row = state.read(move |conn| visible_org(conn, &caller.scope, id)).await?;
    Ok(with_etag(row.version, &to_organization(row.clone())?))
}

/// Changes to an organization; absent fields stay as they are.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateOrganization {
    /// New name.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: Option<String>,
    /// Move the organization and its whole subtree under another organization.
    pub parent_id: Option<i64>,
    /// New field (领域).
    pub field: Option<Field>,
    /// New setting type (设置方式).
    pub setting_type: Option<SettingType>,
    /// Whether it is an online branch (网络党支部).
    pub online: Option<bool>,
    /// The area it is now located in (驻地).
    pub area_id: Option<i64>,
    /// The area it now leads; `null` when it leads none.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<i64>)]
    pub led_area_id: Option<Option<i64>>,
    /// New code; `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    #[validate(length(min = 1, max = 32))]
    #[schema(value_type = Option<String>, min_length = 1, max_length = 32)]
    pub code: Option<Option<String>>,
}

/// Change or move an organization (needs `If-Match`). A move carries the whole subtree in
/// one transaction.
#[utoipa::path(operation_id = "update_organization", tag = "organizations", request_body = UpdateOrganization, params(("id" = i64, Path, description = "Organization id"), ("If-Match" = String, Header, description = "ETag of the organization as read")), responses((status = 200, description = "Changed", body = Organization)))]
#[patch("/organizations/{id}")]
pub async fn update_organization(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<UpdateOrganization>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let change = change.accept()?;
    let id = id.into_inner();
    let row = state
        .write(move |conn| {
            let org = visible_org(conn, &caller.scope, id)?;
            if_match.check(org.version)?;
            let mut moved_to = None;
            if let Some(parent_id) = change.parent_id.filter(|p| Some(*p) != org.parent_id) {
                let parent = visible_org(conn, &caller.scope, parent_id).map_err(|_| missing_reference("parent_id"))?;
                tree::check_move(&org.path, &parent.path)
                    .map_err(|e| ApiError::field("parent_id", "rule", e.to_string()))?;
                check_parent(stored(&org.kind)?, Some(stored(&parent.kind)?)).map_err(hierarchy_error)?;
                if !caller.scope.holds_org(&org.path) || Some(org.id) == caller.scope_org_id {
                    return Err(ApiError::Forbidden("you cannot move your own scope organization".to_owned()));
                }
                moved_to = Some(parent);
            }
            if let Some(area_id) = change.area_id {
                require_area(conn, "area_id", area_id)?;
            }
            if let Some(Some(led)) = change.led_area_id {
                require_area(conn, "led_area_id", led)?;
            }
            organizations::change(
                conn,
                id,
                &OrganizationChange {
                    name: change.name.as_deref().map(str::trim),
                    field: change.field.map(Field::code),
                    setting_type: change.setting_type.map(SettingType::code),
                    online: change.online,
                    area_id: change.area_id,
                    led_area_id: change.led_area_id,
                    code: change.code.as_ref().map(Option::as_deref),
                },
            )?;
            if let Some(parent) = &moved_to {
                organizations::move_subtree(conn, &org, parent)?;
            }
            if !organizations::touch(conn, id, org.version)? {
                return Err(ApiError::PreconditionFailed);
            }
            let mut event = Event::success("organization.update", "organization", id);
            event.detail = moved_to.map(|p| format!("moved under organization {}", p.id));
            audit::record(conn, &caller.actor(), event)?;
            organizations::find(conn, id)?.ok_or(ApiError::NotFound)
        })
        .await?;
    state.renamed();
    Ok(with_etag(row.version, &to_organization(row)?))
}

/// Delete an organization without children, covered units or scoped accounts (needs `If-Match`).
#[utoipa::path(operation_id = "delete_organization", tag = "organizations", params(("id" = i64, Path, description = "Organization id"), ("If-Match" = String, Header, description = "ETag of the organization as read")), responses((status = 204, description = "Deleted")))]
#[delete("/organizations/{id}")]
pub async fn delete_organization(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let id = id.into_inner();
    state
        .write(move |conn| {
            let org = visible_org(conn, &caller.scope, id)?;
            let dependents = organizations::dependents(conn, id)?;
            let deletion = Deletion { kind: "organization", id, version: org.version, name: org.name, dependents };
            delete_checked(conn, &caller, &if_match, deletion, organizations::delete)
        })
        .await?;
    state.renamed();
    Ok(HttpResponse::NoContent().finish())
}

/// Coverage of one field.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct FieldCoverage {
    /// The field (领域).
    pub field: Field,
    /// Units of the field in reach.
    pub units: i64,
    /// Of those, units covered by a Party organization.
    pub covered: i64,
    /// covered ÷ units (0 when there are no units).
    pub ratio: f64,
}

/// Party-organization coverage (覆盖率) of the units an organization reaches.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Coverage {
    /// The organization whose reach is counted.
    pub organization_id: i64,
    /// Units in reach, all fields.
    pub units: i64,
    /// Of those, units covered by a Party organization.
    pub covered: i64,
    /// covered ÷ units (0 when there are no units).
    pub ratio: f64,
    /// Per field, only fields with units.
    pub fields: Vec<FieldCoverage>,
}

/// Coverage per field for the units an organization reaches: those covered by its
/// subtree and those located in the area it leads.
#[utoipa::path(operation_id = "get_organization_coverage", tag = "organizations", params(("id" = i64, Path, description = "Organization id")), responses((status = 200, description = "Coverage per field", body = Coverage)))]
#[get("/organizations/{id}/coverage")]
pub async fn get_organization_coverage(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadStructure)?;
    let id = id.into_inner();
    let coverage = state
        .read(move |conn| {
            let org = visible_org(conn, &caller.scope, id)?;
            let filter = units::UnitFilter { reaches: vec![reach_of(conn, &org)?], ..units::UnitFilter::default() };
            let rows = units::coverage_by_field(conn, &filter)?;
            let fields = rows
                .into_iter()
                .map(|(field, units, covered)| {
                    Ok(FieldCoverage { field: stored(&field)?, units, covered, ratio: coverage_ratio(covered, units) })
                })
                .collect::<ApiResult<Vec<_>>>()?;
            let units: i64 = fields.iter().map(|f| f.units).sum();
            let covered: i64 = fields.iter().map(|f| f.covered).sum();
            Ok(Coverage { organization_id: id, units, covered, ratio: coverage_ratio(covered, units), fields })
        })
        .await?;
    Ok(HttpResponse::Ok().json(coverage))
}
