//! Units located in areas (驻区单位 / 新兴领域组织) with their credit code and coverage.

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::{Action, Scope};
use domain::organization::Field;
use domain::tree::subtree_range;
use domain::unit::{UnitCoverage, check_coverage, credit_code};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::{
    Deletion, contains_pattern, created, delete_checked, list_of, missing_reference, stored, utc, visible_org,
    with_etag,
};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{UnitForm, UnitRow};
use crate::db::repo::units::{self, Reach, UnitFilter, reach_of};
use crate::db::repo::{areas, organizations};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(list_units).service(create_unit).service(get_unit).service(update_unit).service(delete_unit);
}

/// A unit located in an area.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Unit {
    /// The unit's id.
    pub id: i64,
    /// The unit's name.
    pub name: String,
    /// 统一社会信用代码 (GB 32100).
    pub credit_code: String,
    /// The field (领域) the unit belongs to, e.g. private enterprise, business building.
    pub field: Field,
    /// The area it is located in.
    pub area_id: i64,
    /// Number of staff.
    pub staff_count: i32,
    /// Party members among the staff.
    pub party_member_count: i32,
    /// How a Party organization covers it: `own`, `joint`, `affiliated` or `none` (未覆盖).
    pub coverage: UnitCoverage,
    /// The organization that covers it (own, joint or affiliated).
    pub covering_org_id: Option<i64>,
    /// 党建工作指导员 (Party-building instructor), for units in buildings.
    pub instructor: Option<String>,
    /// For a vertically managed unit (条管单位): its superior Party organization in the tree.
    pub superior_org_id: Option<i64>,
    /// For a vertically managed unit: its superior Party organization outside the tree, by name.
    pub superior_name: Option<String>,
    /// When the unit was created (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
    /// When the unit was last changed (RFC 3339, UTC).
    pub updated_at: DateTime<Utc>,
}

list_of!(UnitList, Unit, "A page of units.");

fn to_unit(row: UnitRow) -> ApiResult<Unit> {
    Ok(Unit {
        id: row.id,
        field: stored(&row.field)?,
        coverage: stored(&row.coverage)?,
        name: row.name,
        credit_code: row.credit_code,
        area_id: row.area_id,
        staff_count: row.staff_count,
        party_member_count: row.party_member_count,
        covering_org_id: row.covering_org_id,
        instructor: row.instructor,
        superior_org_id: row.superior_org_id,
        superior_name: row.superior_name,
        created_at: utc(row.created_at),
        updated_at: utc(row.updated_at),
    })
}

/// The units a caller's scope reaches (`None` = all).
fn scope_reach(scope: &Scope) -> Option<Reach> {
    match scope {
        Scope::Everything => None,
        Scope::Subtree { org_path, area_path } => Some(Reach {
            org_range: Some(subtree_range(org_path)),
            area_range: area_path.as_deref().map(subtree_range),
        }),
        Scope::Nothing => Some(Reach::default()),
    }
}

fn in_scope(conn: &mut DbConnection, scope: &Scope, unit: &UnitRow) -> ApiResult<bool> {
    if *scope == Scope::Everything {
        return Ok(true);
    }
    let covered_in_scope = match unit.covering_org_id {
        Some(org_id) => organizations::find(conn, org_id)?.is_some_and(|org| scope.holds_org(&org.path)),
        None => false,
    };
    let located_in_scope = areas::find(conn, unit.area_id)?.is_some_and(|area| scope.holds_area(&area.path));
    Ok(covered_in_scope || located_in_scope)
}

fn visible_unit(conn: &mut DbConnection, scope: &Scope, id: i64) -> ApiResult<UnitRow> {
    let unit = units::find(conn, id)?.ok_or(ApiError::NotFound)?;
    if in_scope(conn, scope, &unit)? { Ok(unit) } else { Err(ApiError::NotFound) }
}

/// Filters of the unit list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct UnitQuery {
    /// Only units this organization reaches (covered by its subtree or located in its led area).
    pub within_org: Option<i64>,
    /// Only units located in this area.
    pub area_id: Option<i64>,
    /// Only units of this field (领域).
    pub field: Option<Field>,
    /// Only covered (`true`) or uncovered (`false`) units.
    pub covered: Option<bool>,
    /// Only vertically managed units (条管单位, with a superior organization: `true`) or only the others.
    pub vertical: Option<bool>,
    /// Part of the name.
    #[validate(length(max = 100))]
    #[param(max_length = 100)]
    pub q: Option<String>,
}

/// List units in the caller's scope.
#[utoipa::path(operation_id = "list_units", tag = "units", params(UnitQuery, Paging, ChangesSince), responses((status = 200, description = "A page of units", body = UnitList)))]
#[get("/units")]
pub async fn list_units(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<UnitQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadStructure)?;
    let order = page.order(false, &units::BY_NAME, &units::CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let mut reaches: Vec<Reach> = scope_reach(&caller.scope).into_iter().collect();
            if let Some(org_id) = query.within_org {
                let org = visible_org(conn, &caller.scope, org_id)?;
                reaches.push(reach_of(conn, &org)?);
            }
            let filter = UnitFilter {
                reaches,
                area_id: query.area_id,
                field: query.field.map(Field::code),
                covered: query.covered,
                vertical: query.vertical,
                name_like: query.q.as_deref().filter(|q| !q.trim().is_empty()).map(contains_pattern),
            };
            let (rows, total) = units::list(conn, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| units::position(order, row));
            let items = rows.into_iter().map(to_unit).collect::<ApiResult<_>>()?;
            Ok(UnitList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A unit as written (create replaces nothing; update replaces every field).
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitInput {
    /// The unit's name.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub name: String,
    /// 统一社会信用代码: 18 characters with a valid GB 32100 check character.
    #[validate(length(min = 1, max = 32))]
    #[schema(min_length = 1, max_length = 32)]
    pub credit_code: String,
    /// The field (领域) the unit belongs to.
    pub field: Field,
    /// The area it is located in.
    pub area_id: i64,
    /// Number of staff.
    #[validate(range(min = 0, max = 10_000_000))]
    #[schema(minimum = 0, maximum = 10000000)]
    pub staff_count: i32,
    /// Party members among the staff (at most `staff_count`).
    #[validate(range(min = 0, max = 10_000_000))]
    #[schema(minimum = 0, maximum = 10000000)]
    pub party_member_count: i32,
    /// How a Party organization covers it: `own`, `joint`, `affiliated` or `none`.
    pub coverage: UnitCoverage,
    /// The organization that covers it; required unless `coverage` is `none`, absent then.
    pub covering_org_id: Option<i64>,
    /// Party-building instructor (党建工作指导员), for units in buildings.
    #[validate(length(min = 1, max = 64))]
    #[schema(min_length = 1, max_length = 64)]
    pub instructor: Option<String>,
    /// For a vertically managed unit (条管单位): its superior Party organization in the tree,
    /// which the street's half-year co-building feedback goes to.
    pub superior_org_id: Option<i64>,
    /// For a vertically managed unit whose superior is outside the tree: its name.
    #[validate(length(min = 1, max = 200))]
    #[schema(min_length = 1, max_length = 200)]
    pub superior_name: Option<String>,
}

/// Checks the rules of a unit and its references; the answer is the normalized credit code.
fn check_unit(conn: &mut DbConnection, caller: &Caller, input: &UnitInput) -> ApiResult<String> {
    let code = input.credit_code.trim().to_ascii_uppercase();
    let mut errors = Vec::new();
    if let Err(e) = credit_code::validate(&code) {
        let error_code = if matches!(e, credit_code::CreditCodeError::Checksum { .. }) { "checksum" } else { "format" };
        errors.push(FieldError::new("credit_code", error_code, e.to_string()));
    }
    if let Err(e) = check_coverage(input.coverage, input.covering_org_id) {
        errors.push(FieldError::new("covering_org_id", "rule", e.to_string()));
    }
    if input.party_member_count > input.staff_count {
        errors.push(FieldError::new("party_member_count", "range", "cannot exceed the staff count"));
    }
    if areas::find(conn, input.area_id)?.is_none() {
        errors.push(missing_field("area_id"));
    }
    if let Some(org_id) = input.covering_org_id
        && visible_org(conn, &caller.scope, org_id).is_err()
    {
        errors.push(missing_field("covering_org_id"));
    }
    if let Some(org_id) = input.superior_org_id
        && organizations::find(conn, org_id)?.is_none()
    {
        errors.push(missing_field("superior_org_id"));
    }
    if errors.is_empty() { Ok(code) } else { Err(ApiError::Validation(errors)) }
}

fn missing_field(field: &str) -> FieldError {
    match missing_reference(field) {
        ApiError::Validation(mut errors) => errors.remove(0),
        _ => FieldError::new(field, "not_found", "no such record in your scope"),
    }
}

fn form<'a>(input: &'a UnitInput, code: &'a str) -> UnitForm<'a> {
    UnitForm {
        name: input.name.trim(),
        credit_code: code,
        field: input.field.code(),
        area_id: input.area_id,
        staff_count: input.staff_count,
        party_member_count: input.party_member_count,
        coverage: input.coverage.code(),
        covering_org_id: input.covering_org_id,
        instructor: input.instructor.as_deref(),
        superior_org_id: input.superior_org_id,
        superior_name: input.superior_name.as_deref().map(str::trim),
        updated_at: now(),
    }
}

/// Create a unit.
#[utoipa::path(operation_id = "create_unit", tag = "units", request_body = UnitInput, responses((status = 201, description = "Created", body = Unit)))]
#[post("/units")]
pub async fn create_unit(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(input): JsonBody<UnitInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let input = input.accept()?;
    let row = state
        .write(move |conn| {
            let code = check_unit(conn, &caller, &input)?;
            let row = units::insert(conn, &form(&input, &code))?;
            if !in_scope(conn, &caller.scope, &row)? {
                return Err(ApiError::Forbidden("the unit would lie outside your scope".to_owned()));
            }
            audit::record(conn, &caller.actor(), Event::success("unit.create", "unit", row.id))?;
            Ok(row)
        })
        .await?;
    Ok(created(format!("/api/v1/units/{}", row.id), row.version, &to_unit(row.clone())?))
}

/// Get a unit.
#[utoipa::path(operation_id = "get_unit", tag = "units", params(("id" = i64, Path, description = "Unit id")), responses((status = 200, description = "The unit (with ETag)", body = Unit)))]
#[get("/units/{id}")]
pub async fn get_unit(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadStructure)?;
    let id = id.into_inner();
    let row = state.read(move |conn| visible_unit(conn, &caller.scope, id)).await?;
    Ok(with_etag(row.version, &to_unit(row.clone())?))
}

/// Replace a unit's fields (needs `If-Match`).
#[utoipa::path(operation_id = "update_unit", tag = "units", request_body = UnitInput, params(("id" = i64, Path, description = "Unit id"), ("If-Match" = String, Header, description = "ETag of the unit as read")), responses((status = 200, description = "Changed", body = Unit)))]
#[patch("/units/{id}")]
pub async fn update_unit(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<UnitInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let input = input.accept()?;
    let id = id.into_inner();
    let row = state
        .write(move |conn| {
            let unit = visible_unit(conn, &caller.scope, id)?;
            if_match.check(unit.version)?;
            let code = check_unit(conn, &caller, &input)?;
            if !units::update(conn, id, unit.version, &form(&input, &code))? {
                return Err(ApiError::PreconditionFailed);
            }
            let row = units::find(conn, id)?.ok_or(ApiError::NotFound)?;
            if !in_scope(conn, &caller.scope, &row)? {
                return Err(ApiError::Forbidden("the unit would lie outside your scope".to_owned()));
            }
            audit::record(conn, &caller.actor(), Event::success("unit.update", "unit", id))?;
            Ok(row)
        })
        .await?;
    Ok(with_etag(row.version, &to_unit(row.clone())?))
}

/// Delete a unit (needs `If-Match`).
#[utoipa::path(operation_id = "delete_unit", tag = "units", params(("id" = i64, Path, description = "Unit id"), ("If-Match" = String, Header, description = "ETag of the unit as read")), responses((status = 204, description = "Deleted")))]
#[delete("/units/{id}")]
pub async fn delete_unit(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let id = id.into_inner();
    state
        .write(move |conn| {
            let unit = visible_unit(conn, &caller.scope, id)?;
            let deletion =
                Deletion { kind: "unit", id, version: unit.version, name: unit.name, dependents: Vec::new() };
            delete_checked(conn, &caller, &if_match, deletion, units::delete)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
