//! Funding lines per community and year (§15: 社区干部补贴、工作经费、服务群众经费、党建工作经费)
//! and the demonstration sites of the counties (§17: 每个县区至少一个示范点).

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::NaiveDate;
use domain::access::policy::Action;
use domain::support::{FundingKind, SiteType};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{SupportQuery, community};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{FundingRow, NewFunding, NewSite, SiteRow};
use crate::db::repo::names::NameBook;
use crate::db::repo::support;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ListQuery, Paging};
use crate::routes::common::{created, list_of, list_ranges, non_empty, nullable, recorded, stored, with_etag};
use crate::state::AppState;

/// A funding line of a community's year.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct FundingLine {
    /// The line's id.
    pub id: i64,
    /// The community.
    pub area_id: i64,
    /// Name of the community, for display.
    pub area_name: String,
    /// The year.
    pub year: i32,
    /// What the money is for.
    pub kind: FundingKind,
    /// Yuan in the year.
    pub amount_yuan: i32,
    /// A note (the document granting it).
    pub note: Option<String>,
}

list_of!(FundingLineList, FundingLine, "A page of funding lines.");

fn to_lines(conn: &mut DbConnection, rows: Vec<FundingRow>) -> ApiResult<Vec<FundingLine>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    rows.into_iter()
        .map(|row| {
            Ok(FundingLine {
                id: row.id,
                area_name: names.area(row.area_id),
                area_id: row.area_id,
                year: row.year,
                kind: stored(&row.kind)?,
                amount_yuan: row.amount_yuan,
                note: row.note,
            })
        })
        .collect()
}

/// Filters of the funding list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FundingQuery {
    /// Only this community, or the communities below this street or county.
    pub area_id: Option<i64>,
    /// Only this year.
    #[validate(range(min = 2000, max = 2100))]
    #[param(minimum = 2000, maximum = 2100)]
    pub year: Option<i32>,
}

/// List the funding lines of the caller's communities, newest first.
#[utoipa::path(operation_id = "list_funding_lines", tag = "support", params(FundingQuery, Paging), responses((status = 200, description = "A page of funding lines", body = FundingLineList)))]
#[get("/support/funding")]
pub async fn list_funding_lines(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<FundingQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    page.without_changes()?;
    let order = &support::FUNDING_BY_ID;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let (rows, total) = support::list_funding(conn, &ranges, query.year, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.created_at));
            Ok(FundingLineList::new(to_lines(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A funding line to record.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FundingInput {
    /// The community.
    pub area_id: i64,
    /// The year; one line of each kind per community and year.
    #[validate(range(min = 2000, max = 2100))]
    #[schema(minimum = 2000, maximum = 2100)]
    pub year: i32,
    /// What the money is for.
    pub kind: FundingKind,
    /// Yuan in the year.
    #[validate(range(min = 0, max = 100000000))]
    #[schema(minimum = 0, maximum = 100000000)]
    pub amount_yuan: i32,
    /// A note (the document granting it).
    #[validate(length(max = 500))]
    #[schema(max_length = 500)]
    pub note: Option<String>,
}

/// Record a community's funding line of a year.
#[utoipa::path(operation_id = "create_funding_line", tag = "support", request_body = FundingInput, responses((status = 201, description = "Recorded", body = FundingLine)))]
#[post("/support/funding")]
pub async fn create_funding_line(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<FundingInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let new = new.accept()?;
    let line = state
        .write(move |conn| {
            let area = community(conn, &caller, new.area_id)?;
            let note = non_empty(new.note.clone());
            let row = support::insert_funding(
                conn,
                &NewFunding {
                    area_id: area.id,
                    area_path: &area.path,
                    year: new.year,
                    kind: new.kind.code(),
                    amount_yuan: new.amount_yuan,
                    note: note.as_deref(),
                    created_by: Some(caller.id),
                    created_at: now(),
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("funding.create", "funding_line", row.id))?;
            to_lines(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/funding?area_id={}&year={}", line.area_id, line.year), 1, &line))
}

fn visible_line(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<FundingRow> {
    support::find_funding(conn, id)?.filter(|l| caller.scope.holds_area(&l.area_path)).ok_or(ApiError::NotFound)
}

/// Read a funding line, with its ETag for a change.
#[utoipa::path(operation_id = "get_funding_line", tag = "support", params(("id" = i64, Path, description = "Funding line id")), responses((status = 200, description = "The line", body = FundingLine)))]
#[get("/support/funding/{id}")]
pub async fn get_funding_line(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    let id = id.into_inner();
    let (version, line) = state
        .read(move |conn| {
            let row = visible_line(conn, &caller, id)?;
            Ok((row.version, to_lines(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &line))
}

/// A funding line's amount or note as corrected; the community, year and kind stay.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FundingChange {
    /// Yuan in the year.
    #[validate(range(min = 0, max = 100000000))]
    #[schema(minimum = 0, maximum = 100000000)]
    pub amount_yuan: Option<i32>,
    /// A note (the document granting it); `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    #[validate(length(max = 500))]
    #[schema(max_length = 500, value_type = Option<String>)]
    pub note: Option<Option<String>>,
}

/// Correct a funding line's amount or note (`If-Match` with the line's ETag).
#[utoipa::path(operation_id = "update_funding_line", tag = "support", params(("id" = i64, Path, description = "Funding line id")), request_body = FundingChange, responses((status = 200, description = "Changed", body = FundingLine)))]
#[patch("/support/funding/{id}")]
pub async fn update_funding_line(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(change): JsonBody<FundingChange>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let change = change.accept()?;
    let id = id.into_inner();
    let (version, line) = state
        .write(move |conn| {
            let row = visible_line(conn, &caller, id)?;
            if_match.check(row.version)?;
            let note = match change.note.clone() {
                Some(note) => note.and_then(|n| non_empty(Some(n))),
                None => row.note.clone(),
            };
            let amount = change.amount_yuan.unwrap_or(row.amount_yuan);
            if !support::update_funding(conn, id, row.version, (amount, note.as_deref()))? {
                return Err(ApiError::PreconditionFailed);
            }
            audit::record(conn, &caller.actor(), Event::success("funding.update", "funding_line", id))?;
            let row = support::find_funding(conn, id)?.ok_or(ApiError::NotFound)?;
            Ok((row.version, to_lines(conn, vec![row])?.pop().ok_or(ApiError::NotFound)?))
        })
        .await?;
    Ok(with_etag(version, &line))
}

/// Remove a funding line recorded in error (`If-Match` with the line's ETag).
#[utoipa::path(operation_id = "delete_funding_line", tag = "support", params(("id" = i64, Path, description = "Funding line id"), ("If-Match" = String, Header, description = "ETag of the line as read")), responses((status = 204, description = "Removed")))]
#[delete("/support/funding/{id}")]
pub async fn delete_funding_line(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let id = id.into_inner();
    state
        .write(move |conn| {
            let row = visible_line(conn, &caller, id)?;
            if_match.check(row.version)?;
            if !support::delete_funding(conn, id, row.version)? {
                return Err(ApiError::PreconditionFailed);
            }
            let event = Event::success("funding.delete", "funding_line", id)
                .with_detail(format!("{} {} {}", row.year, row.kind, row.amount_yuan));
            audit::record(conn, &caller.actor(), event)
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A demonstration site (示范点).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DemonstrationSite {
    /// The site's id.
    pub id: i64,
    /// The community.
    pub area_id: i64,
    /// Name of the community, for display.
    pub area_name: String,
    /// The kind of community it shows.
    pub site_type: SiteType,
    /// The day it was named.
    pub named_on: NaiveDate,
    /// What it shows (hardware, management, activities, methods).
    pub description: String,
}

list_of!(DemonstrationSiteList, DemonstrationSite, "A page of demonstration sites.");

fn to_sites(conn: &mut DbConnection, rows: Vec<SiteRow>) -> ApiResult<Vec<DemonstrationSite>> {
    let names = NameBook::wanted().areas(rows.iter().map(|r| r.area_id)).read(conn)?;
    rows.into_iter()
        .map(|row| {
            Ok(DemonstrationSite {
                id: row.id,
                area_name: names.area(row.area_id),
                area_id: row.area_id,
                site_type: stored(&row.site_type)?,
                named_on: row.named_on,
                description: row.description,
            })
        })
        .collect()
}

/// List the demonstration sites of the caller's area.
#[utoipa::path(operation_id = "list_demonstration_sites", tag = "support", params(SupportQuery, Paging), responses((status = 200, description = "A page of demonstration sites", body = DemonstrationSiteList)))]
#[get("/support/demonstration-sites")]
pub async fn list_demonstration_sites(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<SupportQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    page.without_changes()?;
    let list = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let (rows, total, next) = page.of(support::sites_within(conn, &ranges)?)?;
            Ok(DemonstrationSiteList::new(to_sites(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A community named a demonstration site.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteInput {
    /// The community (one site per community).
    pub area_id: i64,
    /// The kind of community it shows.
    pub site_type: SiteType,
    /// The day it was named; not after today.
    pub named_on: NaiveDate,
    /// What it shows.
    #[validate(length(min = 1, max = 2000))]
    #[schema(min_length = 1, max_length = 2000)]
    pub description: String,
}

/// Name a community a demonstration site of its county.
#[utoipa::path(operation_id = "create_demonstration_site", tag = "support", request_body = SiteInput, responses((status = 201, description = "Named", body = DemonstrationSite)))]
#[post("/support/demonstration-sites")]
pub async fn create_demonstration_site(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<SiteInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageSupport)?;
    let new = new.accept()?;
    recorded("named_on", new.named_on)?;
    let site = state
        .write(move |conn| {
            let area = community(conn, &caller, new.area_id)?;
            let row = support::insert_site(
                conn,
                &NewSite {
                    area_id: area.id,
                    area_path: &area.path,
                    site_type: new.site_type.code(),
                    named_on: new.named_on,
                    description: new.description.trim(),
                    created_at: now(),
                },
            )?;
            audit::record(conn, &caller.actor(), Event::success("site.create", "demonstration_site", row.id))?;
            to_sites(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/support/demonstration-sites?area_id={}", site.area_id), 1, &site))
}
