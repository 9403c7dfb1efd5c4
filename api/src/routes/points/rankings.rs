//! Rankings of a subtree and their export for the quarterly publicity of results.

use actix_web::{HttpResponse, get, web};
use domain::access::policy::Action;
use domain::points::suggested_grade;
use serde::Deserialize;
use utoipa::IntoParams;
use validator::Validate;

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::extract::QueryParams;
use crate::paging::{ListQuery, Paging};
use crate::reports::rankings::{Ranked, Ranking, RankingTotals};
use crate::routes::common::{list_of, today, visible_org};
use crate::state::AppState;

/// Parameters of a ranking.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RankingQuery {
    /// The organization whose subtree is ranked.
    pub org_id: i64,
    /// The year ranked; defaults to the current year.
    #[validate(range(min = 2000, max = 2100))]
    #[param(minimum = 2000, maximum = 2100)]
    pub year: Option<i32>,
    /// How many of the top to list, 1–200 (default 50).
    #[validate(range(min = 1, max = 200))]
    #[param(minimum = 1, maximum = 200)]
    pub top: Option<usize>,
    /// Also give this member's rank and percentile.
    pub member_id: Option<i64>,
}

/// The totals of the organization's subtree, kept between writes: a ranking of a district
/// reads tens of thousands of members.
async fn kept_totals(
    state: &AppState,
    caller: &Caller,
    org_id: i64,
    year: Option<i32>,
) -> ApiResult<std::sync::Arc<RankingTotals>> {
    let year = year.unwrap_or_else(|| chrono::Datelike::year(&today()));
    let scope = caller.scope.clone();
    let policy = state.config.rules.points;
    let compute = state.read(move |conn| {
        let org = visible_org(conn, &scope, org_id)?;
        RankingTotals::of(conn, org.id, org.path, year, &policy)
    });
    let kept = state.caches.rankings.get_or_compute((org_id, year), compute).await?;
    // Out of scope is "not found", exactly as when computed.
    if caller.scope.holds_org(&kept.org_path) { Ok(kept) } else { Err(ApiError::NotFound) }
}

/// Points ranking of an organization's subtree for a year: the top N, the distribution in
/// 10-point bands, and optionally one member's rank and percentile.
#[utoipa::path(operation_id = "get_points_ranking", tag = "points", params(RankingQuery), responses((status = 200, description = "The ranking", body = Ranking)))]
#[get("/points/rankings")]
pub async fn get_points_ranking(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<RankingQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let kept = kept_totals(&state, &caller, query.org_id, query.year).await?;
    Ok(HttpResponse::Ok().json(kept.ranking(query.top.unwrap_or(50), query.member_id)))
}

/// Which ranking to page through.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RankedQuery {
    /// The organization whose subtree is ranked.
    pub org_id: i64,
    /// The year ranked; defaults to the current year.
    #[validate(range(min = 2000, max = 2100))]
    #[param(minimum = 2000, maximum = 2100)]
    pub year: Option<i32>,
}

list_of!(RankedList, Ranked, "A page of a ranking, highest total first.");

/// The whole points ranking of an organization's subtree for a year, page by page (the
/// ranking's `top` stops at 200).
#[utoipa::path(operation_id = "list_points_ranking_entries", tag = "points", params(RankedQuery, Paging), responses((status = 200, description = "A page of the ranking", body = RankedList)))]
#[get("/points/rankings/entries")]
pub async fn list_points_ranking_entries(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<RankedQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    page.without_changes()?;
    let kept = kept_totals(&state, &caller, query.org_id, query.year).await?;
    let (places, next) = page.positions(kept.size())?;
    let total = i64::try_from(kept.size()).unwrap_or(i64::MAX);
    Ok(HttpResponse::Ok().json(RankedList::new(kept.slice(places).collect(), total, &page, next)))
}

/// The ranking as `.xlsx` for the quarterly publicity of results (积分公示).
#[utoipa::path(operation_id = "get_points_ranking_export", tag = "points", params(RankingQuery), responses((status = 200, description = "The ranking", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))]
#[get("/points/rankings/export.xlsx")]
pub async fn get_points_ranking_export(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<RankingQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let policy = state.config.rules.points;
    let kept = kept_totals(&state, &caller, query.org_id, query.year).await?;
    let bytes = web::block(move || {
        let fail = |e: rust_xlsxwriter::XlsxError| ApiError::Internal(format!("xlsx: {e}"));
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet().set_name("积分排名").map_err(fail)?;
        for (column, header) in (0u16..).zip(["名次", "姓名", "积分", "建议等次"]) {
            sheet.write_string(0, column, header).map_err(fail)?;
        }
        for (row, entry) in (1u32..).zip(kept.ranked()) {
            sheet.write_number(row, 0, f64::from(u32::try_from(entry.rank).unwrap_or(u32::MAX))).map_err(fail)?;
            sheet.write_string(row, 1, &entry.name).map_err(fail)?;
            sheet.write_number(row, 2, entry.total as f64).map_err(fail)?;
            sheet.write_string(row, 3, suggested_grade(entry.total, &policy).chinese_name()).map_err(fail)?;
        }
        workbook.save_to_buffer().map_err(fail)
    })
    .await??;
    Ok(HttpResponse::Ok()
        .content_type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .insert_header(("Content-Disposition", "attachment; filename=\"points-ranking.xlsx\""))
        .body(bytes))
}
