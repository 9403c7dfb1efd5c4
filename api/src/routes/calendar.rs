//! The working-day calendar (工作日历): each year's holidays and adjusted working days.

use actix_web::{HttpResponse, get, put, web};
use chrono::{Datelike, NaiveDate};
use domain::access::policy::Action;
use domain::calendar::DayKind;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::repo::calendar;
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{Upload, parse_json, refuse_nul};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config.service(get_calendar).service(update_calendar);
}

/// A date the calendar overrides.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarDay {
    /// The date overridden (China Standard Time calendar date).
    pub date: NaiveDate,
    /// `holiday` (rest on a weekday) or `working_day` (work on a weekend, 调休).
    pub kind: DayKind,
    /// E.g. 春节.
    #[validate(length(min = 1, max = 40))]
    #[schema(min_length = 1, max_length = 40)]
    pub name: Option<String>,
}

/// A year of the calendar.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CalendarYear {
    /// The calendar year.
    pub year: i32,
    /// Dates that differ from the Monday–Friday rule.
    pub days: Vec<CalendarDay>,
    /// Working days in the year.
    pub working_days: u32,
}

/// A year's overrides as loaded.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarUpload {
    /// Every override of the year (holidays and adjusted working days); replaces those stored.
    #[validate(nested, length(max = 366))]
    #[schema(max_items = 366)]
    pub days: Vec<CalendarDay>,
}

fn bounds(year: i32) -> ApiResult<(NaiveDate, NaiveDate)> {
    match (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) {
        (Some(first), Some(last)) if (2000..=2100).contains(&year) => Ok((first, last)),
        _ => Err(ApiError::NotFound),
    }
}

/// A year of the working-day calendar (every signed-in user).
#[utoipa::path(operation_id = "get_calendar", tag = "calendar", params(("year" = i32, Path, description = "Year, 2000–2100")), responses((status = 200, description = "The year's overrides and working-day count", body = CalendarYear)))]
#[get("/calendar/{year}")]
pub async fn get_calendar(
    state: web::Data<AppState>,
    _caller: Caller,
    year: web::Path<i32>,
) -> ApiResult<HttpResponse> {
    let year = year.into_inner();
    let (first, last) = bounds(year)?;
    let answer = state
        .read(move |conn| {
            let rows = calendar::overrides(conn, first, last)?;
            let days = rows
                .into_iter()
                .map(|(date, kind, name)| Ok(CalendarDay { date, kind: crate::routes::common::stored(&kind)?, name }))
                .collect::<ApiResult<Vec<_>>>()?;
            let working_days = calendar::load(conn, first, last)?.working_days_between(first, last);
            Ok(CalendarYear { year, days, working_days })
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// Parses `date,kind,name` lines (a header line is allowed).
fn parse_csv(bytes: &[u8]) -> ApiResult<Vec<CalendarDay>> {
    let text = std::str::from_utf8(bytes).map_err(|_| ApiError::field("file", "format", "CSV files must be UTF-8"))?;
    let mut days = Vec::new();
    let mut errors = Vec::new();
    for (index, line) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        let row = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        if line.trim().is_empty() || (index == 0 && cells.first().is_some_and(|c| c.eq_ignore_ascii_case("date"))) {
            continue;
        }
        let date = cells.first().and_then(|c| NaiveDate::parse_from_str(c, "%Y-%m-%d").ok());
        let kind =
            cells.get(1).and_then(|c| DayKind::ALL.iter().copied().find(|k| k.code() == *c || k.chinese_name() == *c));
        match (date, kind) {
            (Some(date), Some(kind)) => {
                let name = cells.get(2).filter(|n| !n.is_empty()).map(|n| (*n).to_owned());
                days.push(CalendarDay { date, kind, name });
            }
            _ => errors.push(FieldError::new("line", "format", "expected `2026-02-16,holiday,春节`").at_row(row)),
        }
    }
    if errors.is_empty() { Ok(days) } else { Err(ApiError::Validation(errors)) }
}

/// Load a year's holidays and adjusted working days (system administrator), as JSON
/// `{"days": [...]}` or as CSV lines `date,kind,name`. Replaces the year's overrides.
#[utoipa::path(operation_id = "update_calendar", tag = "calendar", params(("year" = i32, Path, description = "Year, 2000–2100")), request_body(description = "The overrides as JSON, or CSV lines `date,kind,name`", content((CalendarUpload = "application/json"), (String = "text/csv"))), responses((status = 200, description = "The year as stored", body = CalendarYear)))]
#[put("/calendar/{year}")]
pub async fn update_calendar(
    state: web::Data<AppState>,
    caller: Caller,
    year: web::Path<i32>,
    upload: Upload,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCalendar)?;
    let year = year.into_inner();
    let (first, last) = bounds(year)?;
    let days = match upload.media_type.as_str() {
        "text/csv" if upload.bytes.contains(&0) => return Err(refuse_nul("body")),
        "text/csv" => parse_csv(&upload.bytes)?,
        "application/json" => {
            let parsed: CalendarUpload = parse_json(&upload.bytes)?;
            parsed.validate()?;
            parsed.days
        }
        _ => return Err(ApiError::UnsupportedMediaType("send application/json or text/csv".to_owned())),
    };
    let outside: Vec<FieldError> = days
        .iter()
        .enumerate()
        .filter(|(_, d)| d.date.year() != year)
        .map(|(i, d)| FieldError::new(format!("days[{i}].date"), "range", format!("{} is not in {year}", d.date)))
        .collect();
    if !outside.is_empty() {
        return Err(ApiError::Validation(outside));
    }
    let rows: Vec<_> = days.iter().map(|d| (d.date, d.kind, d.name.clone())).collect();
    state
        .write(move |conn| {
            calendar::replace_year(conn, first, last, &rows)?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("calendar.update", "calendar", year).with_detail(format!("days={}", rows.len())),
            )
        })
        .await?;
    let working_days =
        domain::calendar::Calendar::new(days.iter().map(|d| (d.date, d.kind))).working_days_between(first, last);
    Ok(HttpResponse::Ok().json(CalendarYear { year, days, working_days }))
}
