//! Feedback reports (§6 定期向条管单位的上一级党组织反馈共建情况): per vertically managed unit and
//! half year, composed by the street the unit is located in, signed off, and delivered to the
//! unit's superior Party organization (in the tree: it reads the report) or downloaded for one
//! outside it.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::Action;
use domain::area::AreaKind;
use domain::cobuilding::{HalfYear, ReportState};
use domain::webhooks::EventType;
use rust_xlsxwriter::{Format, Workbook};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::FeedbackReportRow;
use crate::db::repo::names::NameBook;
use crate::db::repo::webhooks::{self, Change};
use crate::db::repo::{areas, feedback_reports, organizations, units};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ListQuery, Paging};
use crate::reports::feedback::{FeedbackContent, compose};
use crate::routes::common::{
    area_ranges, created, list_of, missing_reference, org_ranges, today, utc, with_etag, xlsx_error, xlsx_response,
};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_feedback_reports)
        .service(create_feedback_report)
        .service(get_feedback_report)
        .service(create_feedback_sign_off)
        .service(create_feedback_delivery)
        .service(get_feedback_report_export);
}

/// A half-year feedback report on a vertically managed unit.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct FeedbackReport {
    /// The report's id.
    pub id: i64,
    /// The unit reported on.
    pub unit_id: i64,
    /// The year.
    pub year: i32,
    /// 1 for January–June, 2 for July–December.
    pub half: i32,
    /// The street that reports.
    pub area_id: i64,
    /// Composed (awaiting sign-off), signed off, or delivered.
    pub state: ReportState,
    /// The superior Party organization in the tree it went to, once delivered there.
    pub superior_org_id: Option<i64>,
    /// What it says.
    pub content: FeedbackContent,
    /// Who signed it off, for display.
    pub signed_off_by_name: Option<String>,
    /// When it was signed off (RFC 3339, UTC); a signed-off report no longer changes.
    pub signed_off_at: Option<DateTime<Utc>>,
    /// When it was delivered to the superior organization (RFC 3339, UTC).
    pub delivered_at: Option<DateTime<Utc>>,
}

list_of!(FeedbackReportList, FeedbackReport, "A page of feedback reports.");

fn to_report(conn: &mut DbConnection, row: FeedbackReportRow) -> ApiResult<FeedbackReport> {
    let names = NameBook::wanted().users(row.signed_off_by).read(conn)?;
    let content: FeedbackContent = serde_json::from_str(&row.content)
        .map_err(|e| ApiError::Internal(format!("feedback report {}: {e}", row.id)))?;
    Ok(FeedbackReport {
        id: row.id,
        unit_id: row.unit_id,
        year: row.year,
        half: row.half,
        area_id: row.area_id,
        state: ReportState::of(row.signed_off_at.is_some(), row.delivered_at.is_some()),
        superior_org_id: row.delivered_to_org_id,
        content,
        signed_off_by_name: row.signed_off_by.map(|id| names.user(id)),
        signed_off_at: row.signed_off_at.map(utc),
        delivered_at: row.delivered_at.map(utc),
    })
}

/// A report the caller may read: the street's, or one delivered to its organization.
fn visible_report(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<FeedbackReportRow> {
    let row = feedback_reports::find(conn, id)?.ok_or(ApiError::NotFound)?;
    let delivered_here = match (row.delivered_at, row.delivered_to_org_id) {
        (Some(_), Some(org)) => organizations::find(conn, org)?.is_some_and(|o| caller.scope.holds_org(&o.path)),
        _ => false,
    };
    if caller.scope.holds_area(&row.area_path) || delivered_here { Ok(row) } else { Err(ApiError::NotFound) }
}

/// Filters of the feedback report list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct FeedbackReportQuery {
    /// Only the reports on this unit.
    pub unit_id: Option<i64>,
    /// Only the reports of this year.
    #[validate(range(min = 2000, max = 2100))]
    #[param(minimum = 2000, maximum = 2100)]
    pub year: Option<i32>,
    /// Only reports in this state.
    pub state: Option<ReportState>,
}

/// List the feedback reports the caller's streets made, and those delivered to its organizations.
#[utoipa::path(operation_id = "list_feedback_reports", tag = "co-building", params(FeedbackReportQuery, Paging), responses((status = 200, description = "A page of feedback reports", body = FeedbackReportList)))]
#[get("/co-building/feedback-reports")]
pub async fn list_feedback_reports(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<FeedbackReportQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    page.without_changes()?;
    let order = page.order(false, &feedback_reports::BY_ID, &feedback_reports::BY_ID)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let reach = feedback_reports::Reach {
                areas: area_ranges(&caller.scope),
                superiors: org_ranges(&caller.scope),
                unit_id: query.unit_id,
                year: query.year,
                state: query.state,
            };
            let (rows, total) = feedback_reports::list(conn, &reach, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| order.position(row.id, row.updated_at));
            let items = rows.into_iter().map(|row| to_report(conn, row)).collect::<ApiResult<_>>()?;
            Ok(FeedbackReportList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// The unit and half year to report on.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedbackReportInput {
    /// A vertically managed unit (one with a superior organization) located in the caller's street.
    pub unit_id: i64,
    /// The year.
    #[validate(range(min = 2000, max = 2100))]
    #[schema(minimum = 2000, maximum = 2100)]
    pub year: i32,
    /// 1 for January–June, 2 for July–December; a half year that has ended.
    #[validate(range(min = 1, max = 2))]
    #[schema(minimum = 1, maximum = 2)]
    pub half: u8,
}

/// Compose the half-year feedback on a vertically managed unit (again, until it is signed off).
#[utoipa::path(operation_id = "create_feedback_report", tag = "co-building", request_body = FeedbackReportInput, responses((status = 201, description = "Composed", body = FeedbackReport)))]
#[post("/co-building/feedback-reports")]
pub async fn create_feedback_report(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<FeedbackReportInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let new = new.accept()?;
    let half = HalfYear::new(new.year, new.half).ok_or_else(|| ApiError::field("half", "range", "1 or 2"))?;
    if !half.ended_by(today()) {
        return Err(ApiError::field("half", "not_ended", "a feedback report covers a half year that has ended"));
    }
    let report = state
        .write(move |conn| {
            let unit = units::find(conn, new.unit_id)?.ok_or_else(|| missing_reference("unit_id"))?;
            if unit.superior_org_id.is_none() && unit.superior_name.is_none() {
                return Err(ApiError::field("unit_id", "not_vertical", "the unit names no superior organization"));
            }
            let located = areas::find(conn, unit.area_id)?.ok_or_else(|| missing_reference("unit_id"))?;
            let street = areas::ancestors(conn, &located.path)?
                .into_iter()
                .find(|a| a.kind == AreaKind::Street.code())
                .filter(|s| caller.scope.holds_area(&s.path))
                .ok_or_else(|| missing_reference("unit_id"))?;
            let content = compose(conn, &unit, &street, half)?;
            let text = serde_json::to_string(&content).map_err(|e| ApiError::Internal(e.to_string()))?;
            let row = match feedback_reports::find_for(conn, unit.id, half)? {
                Some(kept) if kept.signed_off_at.is_some() => {
                    return Err(ApiError::Conflict("the report for this half year is signed off".into()));
                }
                Some(kept) => feedback_reports::recompose(conn, kept.id, &text)?,
                None => feedback_reports::insert(conn, &unit, &street, half, &text)?,
            };
            audit::record(conn, &caller.actor(), Event::success("feedback_report.compose", "feedback_report", row.id))?;
            to_report(conn, row)
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/feedback-reports/{}", report.id), 1, &report))
}

/// Get a feedback report.
#[utoipa::path(operation_id = "get_feedback_report", tag = "co-building", params(("id" = i64, Path, description = "Report id")), responses((status = 200, description = "The report", body = FeedbackReport)))]
#[get("/co-building/feedback-reports/{id}")]
pub async fn get_feedback_report(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let id = id.into_inner();
    let (version, report) = state
        .read(move |conn| {
            let row = visible_report(conn, &caller, id)?;
            Ok((row.version, to_report(conn, row)?))
        })
        .await?;
    Ok(with_etag(version, &report))
}

/// Sign off a feedback report: from then on it is the street's word and no longer changes.
#[utoipa::path(operation_id = "create_feedback_sign_off", tag = "co-building", params(("id" = i64, Path, description = "Report id")), responses((status = 201, description = "Signed off", body = FeedbackReport)))]
#[post("/co-building/feedback-reports/{id}/sign-off")]
pub async fn create_feedback_sign_off(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let id = id.into_inner();
    let report = state
        .write(move |conn| {
            let row = own_report(conn, &caller, id)?;
            if row.signed_off_at.is_some() {
                return Err(ApiError::Conflict("the report is already signed off".into()));
            }
            feedback_reports::sign_off(conn, row.id, caller.id, now())?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("feedback_report.sign_off", "feedback_report", row.id),
            )?;
            let row = feedback_reports::find(conn, id)?.ok_or(ApiError::NotFound)?;
            to_report(conn, row)
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/feedback-reports/{id}"), 1, &report))
}

/// A report of the caller's own streets (what it signs off and delivers).
fn own_report(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<FeedbackReportRow> {
    feedback_reports::find(conn, id)?.filter(|r| caller.scope.holds_area(&r.area_path)).ok_or(ApiError::NotFound)
}

/// Deliver a signed-off report to the unit's superior organization: in the tree, it reads the
/// report from then on; outside it, the export is what goes.
#[utoipa::path(operation_id = "create_feedback_delivery", tag = "co-building", params(("id" = i64, Path, description = "Report id")), responses((status = 201, description = "Delivered", body = FeedbackReport)))]
#[post("/co-building/feedback-reports/{id}/delivery")]
pub async fn create_feedback_delivery(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ManageCoBuilding)?;
    let id = id.into_inner();
    let report = state
        .write(move |conn| {
            let row = own_report(conn, &caller, id)?;
            if row.signed_off_at.is_none() {
                return Err(ApiError::field(
                    "report",
                    "not_signed_off",
                    "a report is signed off before it is delivered",
                ));
            }
            let unit = units::find(conn, row.unit_id)?.ok_or(ApiError::NotFound)?;
            let superior = unit.superior_org_id.map(|org| organizations::find(conn, org)).transpose()?.flatten();
            feedback_reports::deliver(conn, row.id, superior.as_ref().map(|o| (o.id, o.path.as_str())), now())?;
            audit::record(conn, &caller.actor(), Event::success("feedback_report.deliver", "feedback_report", row.id))?;
            // Heard in the street's area and by the superior in the tree; an outside superior's
            // system hears of it through a subscription scoped to the street.
            let superior_path = superior.as_ref().map(|o| o.path.as_str());
            let change = Change::new(
                EventType::FeedbackReportDelivered,
                "feedback_report",
                row.id,
                &superior_path.into_iter().collect::<Vec<_>>(),
                &[row.area_path.as_str()],
            );
            webhooks::emit(conn, &change)?;
            let row = feedback_reports::find(conn, id)?.ok_or(ApiError::NotFound)?;
            to_report(conn, row)
        })
        .await?;
    Ok(created(format!("/api/v1/co-building/feedback-reports/{id}"), 1, &report))
}

/// The report as a spreadsheet, for the superior organization outside the system and the file.
#[utoipa::path(operation_id = "get_feedback_report_export", tag = "co-building", params(("id" = i64, Path, description = "Report id")), responses((status = 200, description = "The report", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))]
#[get("/co-building/feedback-reports/{id}/export.xlsx")]
pub async fn get_feedback_report_export(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadCoBuilding)?;
    let id = id.into_inner();
    let report = state
        .read(move |conn| {
            let row = visible_report(conn, &caller, id)?;
            to_report(conn, row)
        })
        .await?;
    let name = format!(
        "共建情况反馈-{}-{}年{}.xlsx",
        report.content.unit_name,
        report.year,
        if report.half == 1 { "上半年" } else { "下半年" }
    );
    Ok(xlsx_response(workbook(&report)?, &name))
}

fn workbook(report: &FeedbackReport) -> ApiResult<Vec<u8>> {
    let c = &report.content;
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("共建情况反馈").map_err(xlsx_error)?;
    let bold = Format::new().set_bold();
    let lines = [
        ("单位", c.unit_name.clone()),
        ("统一社会信用代码", c.credit_code.clone()),
        ("上级党组织", c.superior_name.clone()),
        ("反馈街道", c.street_name.clone()),
        ("期间", format!("{} 至 {}", c.from, c.to)),
        ("在职党员", c.members.to_string()),
        ("已报到", c.reported_in.to_string()),
        ("志愿服务时长(小时)", c.service_hours.to_string()),
    ];
    let mut row = 0u32;
    for (label, value) in lines {
        sheet.write_string_with_format(row, 0, label, &bold).map_err(xlsx_error)?;
        sheet.write_string(row, 1, &value).map_err(xlsx_error)?;
        row += 1;
    }
    row += 1;
    for (column, header) in (0u16..).zip(["共建任务", "分派日期", "完成期限", "状态", "反馈"]) {
        sheet.write_string_with_format(row, column, header, &bold).map_err(xlsx_error)?;
    }
    for task in &c.tasks {
        row += 1;
        let cells = [
            task.title.clone(),
            task.assigned_on.to_string(),
            task.due_on.to_string(),
            task.state.chinese_name().to_owned(),
            task.feedback.clone().unwrap_or_default(),
        ];
        for (column, cell) in (0u16..).zip(cells) {
            sheet.write_string(row, column, &cell).map_err(xlsx_error)?;
        }
    }
    row += 2;
    for (column, header) in (0u16..).zip(["共建项目", "状态", "完成期限", "完成日期", "社区评价"]) {
        sheet.write_string_with_format(row, column, header, &bold).map_err(xlsx_error)?;
    }
    for project in &c.projects {
        row += 1;
        let cells = [
            project.title.clone(),
            project.state.chinese_name().to_owned(),
            project.due_on.to_string(),
            project.completed_on.map(|d| d.to_string()).unwrap_or_default(),
            project.rating.map(|r| r.to_string()).unwrap_or_default(),
        ];
        for (column, cell) in (0u16..).zip(cells) {
            sheet.write_string(row, column, &cell).map_err(xlsx_error)?;
        }
    }
    sheet.set_column_width(0, 24).map_err(xlsx_error)?;
    sheet.set_column_width(4, 40).map_err(xlsx_error)?;
    workbook.save_to_buffer().map_err(xlsx_error)
}
