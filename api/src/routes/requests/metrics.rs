//! The platform's figures: per area and period, on screen (JSON) and as a spreadsheet.

use actix_web::{HttpResponse, get, web};
use chrono::{Datelike, NaiveDate};
use domain::access::policy::{Action, Scope};
use rust_xlsxwriter::{Format, Workbook};
use serde::Deserialize;
use utoipa::IntoParams;
use validator::Validate;

use crate::auth::Caller;
use crate::db::repo::{areas, organizations};
use crate::error::{ApiError, ApiResult};
use crate::extract::QueryParams;
use crate::reports::requests::{AreaFigures, RequestMetrics, request_metrics};
use crate::routes::common::{missing_reference, today, xlsx_error, xlsx_response};
use crate::state::AppState;

/// Which figures.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct MetricsQuery {
    /// The area (default: the area the caller's organization leads).
    pub area_id: Option<i64>,
    /// First day of the period (default: 1 January this year).
    pub from: Option<NaiveDate>,
    /// Last day of the period (default: today).
    pub to: Option<NaiveDate>,
    /// `xlsx` for a spreadsheet.
    pub format: Option<String>,
}

/// Response, resolution and satisfaction rates, median times and requests per 1,000
/// households, for an area and each area one level below (a street's communities, a
/// community's grids). `format=xlsx` answers a spreadsheet.
#[utoipa::path(operation_id = "get_request_metrics", tag = "requests", params(MetricsQuery), responses((status = 200, description = "The figures", body = RequestMetrics)))]
#[get("/request-metrics")]
pub async fn get_request_metrics(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<MetricsQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadRequests)?;
    let to = query.to.unwrap_or_else(today);
    let from = query.from.unwrap_or_else(|| NaiveDate::from_ymd_opt(to.year(), 1, 1).unwrap_or(to));
    if from > to {
        return Err(ApiError::field("from", "range", "the period starts after it ends"));
    }
    let spreadsheet = match query.format.as_deref() {
        None | Some("json") => false,
        Some("xlsx") => true,
        Some(_) => return Err(ApiError::field("format", "invalid_value", "`json` or `xlsx`")),
    };
    let figures = state
        .read(move |conn| {
            let area_id = match (query.area_id, &caller.scope) {
                (Some(id), _) => id,
                (None, Scope::Subtree { .. }) => caller
                    .scope_org_id
                    .map(|id| organizations::find(conn, id))
                    .transpose()?
                    .flatten()
                    .and_then(|org| org.led_area_id)
                    .ok_or_else(|| missing_reference("area_id"))?,
                (None, _) => return Err(missing_reference("area_id")),
            };
            let area = areas::find(conn, area_id)?
                .filter(|a| caller.scope.holds_area(&a.path))
                .ok_or_else(|| missing_reference("area_id"))?;
            request_metrics(conn, &area, from, to)
        })
        .await?;
    if spreadsheet {
        let bytes = workbook(&figures)?;
        Ok(xlsx_response(bytes, "request-metrics.xlsx"))
    } else {
        Ok(HttpResponse::Ok().json(figures))
    }
}

const HEADERS: [&str; 13] = [
    "区域",
    "住户数",
    "诉求数",
    "按时响应",
    "响应率",
    "已办结",
    "办结率",
    "已评价",
    "满意",
    "满意率",
    "受理时长中位数(小时)",
    "办结时长中位数(小时)",
    "每千户诉求数",
];

fn workbook(figures: &RequestMetrics) -> ApiResult<Vec<u8>> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("诉求办理统计").map_err(xlsx_error)?;
    let bold = Format::new().set_bold();
    let title = format!("{} 至 {}", figures.from, figures.to);
    sheet.write_string_with_format(0, 0, &title, &bold).map_err(xlsx_error)?;
    for (column, header) in (0u16..).zip(HEADERS) {
        sheet.write_string_with_format(1, column, header, &bold).map_err(xlsx_error)?;
        sheet.set_column_width(column, 14).map_err(xlsx_error)?;
    }
    for (row, area) in (2u32..).zip(std::iter::once(&figures.total).chain(&figures.parts)) {
        write_row(sheet, row, area)?;
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}

fn write_row(sheet: &mut rust_xlsxwriter::Worksheet, row: u32, area: &AreaFigures) -> ApiResult<()> {
    let m = &area.figures;
    let numbers = [
        Some(area.households as f64),
        Some(m.received as f64),
        Some(m.answered_in_time as f64),
        m.response_rate,
        Some(m.resolved as f64),
        m.resolution_rate,
        Some(m.rated as f64),
        Some(m.satisfied as f64),
        m.satisfaction_rate,
        m.median_hours_to_answer,
        m.median_hours_to_resolve,
        m.per_thousand_households,
    ];
    sheet.write_string(row, 0, &area.area_name).map_err(xlsx_error)?;
    for (column, value) in (1u16..).zip(numbers) {
        if let Some(value) = value {
            sheet.write_number(row, column, value).map_err(xlsx_error)?;
        }
    }
    Ok(())
}
