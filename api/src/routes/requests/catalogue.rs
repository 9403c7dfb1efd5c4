//! The catalogue of request categories and the district departments requests escalate to.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{CategoryRow, DepartmentRow, NewCategory, NewDepartment};
use crate::db::now;
use crate::db::repo::names::NameBook;
use crate::db::repo::{areas, organizations, requests};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::routes::common::{missing_reference, utc};
use crate::state::AppState;

/// A category of the catalogue (e.g. 环境卫生, 物业管理).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestCategory {
    /// Category id.
    pub id: i64,
    /// Stable code; Open311's `service_code`.
    pub code: String,
    /// Name of the category, for display.
    pub name: String,
    /// What requests of the category are about.
    pub description: Option<String>,
    /// Whether new requests may take this category (Open311 lists only active ones).
    pub active: bool,
    /// When the category was added (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

/// The whole catalogue (it is short).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RequestCategoryList {
    /// Every category of the catalogue.
    pub items: Vec<RequestCategory>,
}

pub fn to_category(row: CategoryRow) -> RequestCategory {
    RequestCategory {
        id: row.id,
        code: row.code,
        name: row.name,
        description: row.description,
        active: row.active,
        created_at: utc(row.created_at),
    }
}

/// List the request categories.
#[utoipa::path(operation_id = "list_request_categories", tag = "requests", responses((status = 200, description = "The catalogue", body = RequestCategoryList)))]
#[get("/request-categories")]
pub async fn list_request_categories(state: web::Data<AppState>, _caller: Caller) -> ApiResult<HttpResponse> {
    let items = state.read(|conn| Ok(requests::list_categories(conn, false)?)).await?;
    Ok(HttpResponse::Ok().json(RequestCategoryList { items: items.into_iter().map(to_category).collect() }))
}

/// A new category.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRequestCategory {
    /// Letters, digits, `-` and `_`.
    #[validate(length(min = 1, max = 40))]
    #[schema(min_length = 1, max_length = 40, pattern = "^[A-Za-z0-9_-]+$")]
    pub code: String,
    /// Name of the category, for display.
    #[validate(length(min = 1, max = 50))]
    #[schema(min_length = 1, max_length = 50)]
    pub name: String,
    /// What requests of the category are about.
    #[validate(length(max = 500))]
    #[schema(max_length = 500)]
    pub description: Option<String>,
}

/// Add a request category (system administrators and party-affairs staff).
#[utoipa::path(operation_id = "create_request_category", tag = "requests", request_body = NewRequestCategory, responses((status = 201, description = "Added", body = RequestCategory)))]
#[post("/request-categories")]
pub async fn create_request_category(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewRequestCategory>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let new = new.accept()?;
    if !new.code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(ApiError::field("code", "pattern", "letters, digits, `-` and `_` only"));
    }
    let row = state
        .write(move |conn| {
            if requests::find_category_by_code(conn, &new.code)?.is_some() {
                return Err(ApiError::Conflict(format!("the category `{}` exists", new.code)));
            }
            let row = requests::insert_category(
                conn,
                &NewCategory {
                    code: &new.code,
                    name: new.name.trim(),
                    description: new.description.as_deref(),
                    active: true,
                    created_at: now(),
                },
            )?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("request_category.create", "request_category", row.id),
            )?;
            Ok(row)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/request-categories/{}", row.id)))
        .json(to_category(row)))
}

/// A district department (区级职能部门) a street escalates requests to.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Department {
    /// Department id.
    pub id: i64,
    /// Name of the department.
    pub name: String,
    /// The district it serves.
    pub area_id: i64,
    /// Name of the district, for display.
    pub area_name: String,
    /// Its Party organization, whose staff handle what is escalated to it.
    pub org_id: Option<i64>,
    /// Name of the organization, for display.
    pub org_name: Option<String>,
}

/// Every department (the list is short).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DepartmentList {
    /// Every district department.
    pub items: Vec<Department>,
}

fn to_departments(conn: &mut crate::db::DbConnection, rows: Vec<DepartmentRow>) -> ApiResult<Vec<Department>> {
    let names = NameBook::wanted()
        .areas(rows.iter().map(|r| r.area_id))
        .orgs(rows.iter().filter_map(|r| r.org_id))
        .read(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| Department {
            id: row.id,
            name: row.name,
            area_id: row.area_id,
            area_name: names.area(row.area_id),
            org_id: row.org_id,
            org_name: row.org_id.map(|id| names.org(id)),
        })
        .collect())
}

/// List the district departments.
#[utoipa::path(operation_id = "list_departments", tag = "requests", responses((status = 200, description = "The departments", body = DepartmentList)))]
#[get("/departments")]
pub async fn list_departments(state: web::Data<AppState>, _caller: Caller) -> ApiResult<HttpResponse> {
    let items = state
        .read(|conn| {
            let rows = requests::list_departments(conn)?;
            to_departments(conn, rows)
        })
        .await?;
    Ok(HttpResponse::Ok().json(DepartmentList { items }))
}

/// A new department.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDepartmentInput {
    /// Name of the department.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// The district.
    pub area_id: i64,
    /// Its Party organization.
    pub org_id: Option<i64>,
}

/// Add a district department.
#[utoipa::path(operation_id = "create_department", tag = "requests", request_body = NewDepartmentInput, responses((status = 201, description = "Added", body = Department)))]
#[post("/departments")]
pub async fn create_department(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewDepartmentInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteStructure)?;
    let new = new.accept()?;
    let department = state
        .write(move |conn| {
            let area = areas::find(conn, new.area_id)?.filter(|a| caller.scope.holds_area(&a.path));
            if area.is_none_or(|a| a.kind != domain::area::AreaKind::District.code()) {
                return Err(ApiError::field("area_id", "not_found", "no such district in your scope"));
            }
            if let Some(org) = new.org_id
                && organizations::find(conn, org)?.is_none()
            {
                return Err(missing_reference("org_id"));
            }
            let row = requests::insert_department(
                conn,
                &NewDepartment { name: new.name.trim(), area_id: new.area_id, org_id: new.org_id, created_at: now() },
            )?;
            audit::record(conn, &caller.actor(), Event::success("department.create", "department", row.id))?;
            to_departments(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/departments/{}", department.id)))
        .json(department))
}
