//! Annual democratic evaluation (民主评议党员) with two-place evaluation (两地评议): a
//! campaign per organization and year, opinions from both management links, and the final
//! grade set by the membership side.

use std::collections::HashMap;

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use domain::access::policy::Action;
use domain::evaluation::{
    EvaluationPolicy, Grade, GradeCase, Opinions, check_grade, check_one_grade, required_opinions, suggested_grade,
};
use domain::member::{Category, Side, Stage};
use domain::tree::is_within;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::{ManagementSide, created, list_of, org_ranges, stored, utc, visible_org};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::keyset::{Key, Position, Window};
use crate::db::models::MemberRow;
use crate::db::repo::evaluations::{self, CampaignRow, Opinion};
use crate::db::repo::{members, report_ins};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::JsonBody;
use crate::paging::{ListQuery, NoFilters, Paging};
use crate::routes::common::visible_member;
use crate::state::AppState;
use domain::access::members::require_membership_side;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_evaluations)
        .service(create_evaluation)
        .service(get_evaluation_export)
        .service(get_evaluation)
        .service(list_evaluation_entries)
        .service(create_evaluation_result)
        .service(create_evaluation_opinion);
}

/// An evaluation campaign.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Campaign {
    /// Campaign id.
    pub id: i64,
    /// The organization whose subtree's members are evaluated.
    pub org_id: i64,
    /// The year evaluated.
    pub year: i32,
    /// Opinions and grades are due by this date.
    pub deadline: NaiveDate,
    /// Members taking part (probationary and full members of the organization's subtree).
    pub members: i64,
    /// Members with a final grade.
    pub graded: i64,
    /// Members graded `excellent` (优秀) in this campaign.
    pub excellent: i64,
    /// When the campaign was opened (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(CampaignList, Campaign, "A page of evaluation campaigns.");

/// One member in a campaign, with both opinions side by side.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Entry {
    /// The member evaluated.
    pub member_id: i64,
    /// Name of the member, for display.
    pub name: String,
    /// The member's category, which decides the opinions needed (两地评议).
    pub category: Category,
    /// The member's stage; only full members (正式党员) are graded.
    pub stage: Stage,
    /// Grade proposed by the membership organization's opinion for the year.
    pub membership_opinion: Option<Grade>,
    /// Comment of the membership organization's opinion.
    pub membership_comment: Option<String>,
    /// Grade proposed by the residence organization's opinion for the year.
    pub residence_opinion: Option<Grade>,
    /// Comment of the residence organization's opinion.
    pub residence_comment: Option<String>,
    /// Whether the category needs each opinion before grading.
    pub membership_opinion_required: bool,
    /// Whether the residence organization's opinion is needed before grading.
    pub residence_opinion_required: bool,
    /// The lower of the opinions.
    pub suggested_grade: Option<Grade>,
    /// The final grade (评定等次) set in this campaign, if any.
    pub final_grade: Option<Grade>,
    /// The reason given with the final grade (required when it differs from the suggested one).
    pub reason: Option<String>,
    /// In-service members: reported in to the residence community this year.
    pub reported_in: bool,
    /// Probationary members take part but are not graded.
    pub gradable: bool,
}

list_of!(EntryList, Entry, "A page of a campaign's members.");

fn to_campaign(conn: &mut DbConnection, row: CampaignRow) -> ApiResult<Campaign> {
    let (id, org_id, org_path, year, deadline, created_at) = row;
    let count = evaluations::participant_count(conn, &org_path)?;
    let (graded, excellent) = evaluations::graded_and_excellent(conn, id)?;
    Ok(Campaign { id, org_id, year, deadline, members: count, graded, excellent, created_at: utc(created_at) })
}

/// A campaign whose organization the caller's scope holds.
fn visible_campaign(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<CampaignRow> {
    let row = evaluations::find_campaign(conn, id)?.ok_or(ApiError::NotFound)?;
    if caller.scope.holds_org(&row.2) { Ok(row) } else { Err(ApiError::NotFound) }
}

/// Filters of the campaign list.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct CampaignQuery {
    /// Only campaigns of this year.
    pub year: Option<i32>,
}

/// List evaluation campaigns of organizations in the caller's scope.
#[utoipa::path(operation_id = "list_evaluations", tag = "evaluations", params(CampaignQuery, Paging), responses((status = 200, description = "A page of campaigns", body = CampaignList)))]
#[get("/evaluations")]
pub async fn list_evaluations(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<CampaignQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    page.without_changes()?;
    let order = &evaluations::LATEST_FIRST;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let range = org_ranges(&caller.scope).into_iter().next();
            let (rows, total) = evaluations::campaigns(conn, range, query.year, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| Position { key: Key::Int(row.3), id: row.0 });
            let items = rows.into_iter().map(|row| to_campaign(conn, row)).collect::<ApiResult<_>>()?;
            Ok(CampaignList::new(items, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A new campaign.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCampaign {
    /// The organization whose subtree's members are evaluated.
    pub org_id: i64,
    /// The year evaluated; one campaign per organization and year.
    #[validate(range(min = 2000, max = 2100))]
    #[schema(minimum = 2000, maximum = 2100)]
    pub year: i32,
    /// The date opinions and grades are due by (China Standard Time).
    pub deadline: NaiveDate,
}

/// Open the year's evaluation for an organization (one per organization and year).
#[utoipa::path(operation_id = "create_evaluation", tag = "evaluations", request_body = NewCampaign, responses((status = 201, description = "Opened", body = Campaign)))]
#[post("/evaluations")]
pub async fn create_evaluation(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewCampaign>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let new = new.accept()?;
    let campaign = state
        .write(move |conn| {
            let org = visible_org(conn, &caller.scope, new.org_id)
                .map_err(|_| ApiError::field("org_id", "not_found", "no such organization in your scope"))?;
            if evaluations::has_campaign(conn, org.id, new.year)? {
                return Err(ApiError::Conflict(format!("{} already has a {} evaluation", org.name, new.year)));
            }
            let id = evaluations::insert_campaign(conn, org.id, &org.path, new.year, new.deadline)?;
            audit::record(conn, &caller.actor(), Event::success("evaluation.create", "evaluation", id))?;
            let row = evaluations::find_campaign(conn, id)?.ok_or(ApiError::NotFound)?;
            to_campaign(conn, row)
        })
        .await?;
    Ok(created(format!("/api/v1/evaluations/{}", campaign.id), 1, &campaign))
}

/// Get a campaign with its counts.
#[utoipa::path(operation_id = "get_evaluation", tag = "evaluations", params(("id" = i64, Path, description = "Campaign id")), responses((status = 200, description = "The campaign", body = Campaign)))]
#[get("/evaluations/{id}")]
pub async fn get_evaluation(state: web::Data<AppState>, caller: Caller, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let campaign = state
        .read(move |conn| {
            let row = visible_campaign(conn, &caller, id)?;
            to_campaign(conn, row)
        })
        .await?;
    Ok(HttpResponse::Ok().json(campaign))
}

/// Builds the entries of some members for a year and campaign.
fn entries(conn: &mut DbConnection, rows: Vec<MemberRow>, year: i32, campaign_id: i64) -> ApiResult<Vec<Entry>> {
    let ids: Vec<i64> = rows.iter().map(|m| m.id).collect();
    let given = evaluations::opinions_of(conn, &ids, year)?;
    let finals: HashMap<i64, (String, Option<String>)> = evaluations::finals_of(conn, campaign_id, &ids)?
        .into_iter()
        .map(|(id, grade, reason)| (id, (grade, reason)))
        .collect();
    let reported: Vec<i64> = reported_in(conn, &ids, year)?;
    rows.into_iter()
        .map(|m| {
            let opinion = |side: &str| given.iter().find(|(id, s, _, _)| *id == m.id && s == side);
            let membership = opinion("membership");
            let residence = opinion("residence");
            let grade_of = |o: Option<&(i64, String, String, Option<String>)>| {
                o.map(|(_, _, g, _)| stored::<Grade>(g)).transpose()
            };
            let opinions_given = Opinions { membership: grade_of(membership)?, residence: grade_of(residence)? };
            let category: Category = stored(&m.category)?;
            let stage: Stage = stored(&m.stage)?;
            let (membership_required, residence_required) = required_opinions(category);
            let final_row = finals.get(&m.id);
            Ok(Entry {
                member_id: m.id,
                name: m.name,
                category,
                stage,
                membership_opinion: opinions_given.membership,
                membership_comment: membership.and_then(|o| o.3.clone()),
                residence_opinion: opinions_given.residence,
                residence_comment: residence.and_then(|o| o.3.clone()),
                membership_opinion_required: membership_required,
                residence_opinion_required: residence_required,
                suggested_grade: suggested_grade(opinions_given),
                final_grade: final_row.map(|(g, _)| stored(g)).transpose()?,
                reason: final_row.and_then(|(_, r)| r.clone()),
                reported_in: reported.contains(&m.id),
                gradable: stage == Stage::Full,
            })
        })
        .collect()
}

fn year_bounds(year: i32) -> ApiResult<(NaiveDate, NaiveDate)> {
    NaiveDate::from_ymd_opt(year, 1, 1).zip(NaiveDate::from_ymd_opt(year, 12, 31)).ok_or(ApiError::NotFound)
}

/// Members among `ids` with a report-in in `year`.
fn reported_in(conn: &mut DbConnection, ids: &[i64], year: i32) -> ApiResult<Vec<i64>> {
    let (first, last) = year_bounds(year)?;
    Ok(report_ins::reported_in(conn, ids, first, last)?)
}

/// The campaign's members with both opinions side by side, the suggested and the final grade.
#[utoipa::path(operation_id = "list_evaluation_entries", tag = "evaluations", params(("id" = i64, Path, description = "Campaign id"), Paging), responses((status = 200, description = "A page of entries", body = EntryList)))]
#[get("/evaluations/{id}/entries")]
pub async fn list_evaluation_entries(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    ListQuery(NoFilters {}, page): ListQuery<NoFilters>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    page.without_changes()?;
    let order = &members::order::NAME;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let (_, _, org_path, year, _, _) = visible_campaign(conn, &caller, id)?;
            let total = evaluations::participant_count(conn, &org_path)?;
            let rows = evaluations::participant_page(conn, &org_path, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| members::position(order, row));
            Ok(EntryList::new(entries(conn, rows, year, id)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// An opinion on a member for a year.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOpinion {
    /// The year the opinion is for.
    #[validate(range(min = 2000, max = 2100))]
    #[schema(minimum = 2000, maximum = 2100)]
    pub year: i32,
    /// The grade this side proposes.
    pub grade: Grade,
    /// The comment with the grade.
    #[validate(length(min = 1, max = 1000))]
    #[schema(min_length = 1, max_length = 1000)]
    pub comment: String,
    /// For a caller whose scope holds both organizations: which side's opinion this is
    /// (default: the membership side).
    pub side: Option<ManagementSide>,
}

/// Give (or replace) the caller's side's opinion on a member for a year: the membership
/// side or the residence side (两地评议).
#[utoipa::path(operation_id = "create_evaluation_opinion", tag = "evaluations", request_body = NewOpinion, params(("id" = i64, Path, description = "Member id")), responses((status = 201, description = "Recorded", body = Entry)))]
#[post("/members/{id}/evaluation-opinions")]
pub async fn create_evaluation_opinion(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(opinion): JsonBody<NewOpinion>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::RecordMemberEvents)?;
    let opinion = opinion.accept()?;
    let id = id.into_inner();
    let entry = state
        .write(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, id)?;
            let side = match opinion.side {
                None => side,
                Some(ManagementSide::Membership) if caller.scope.holds_org(&member.membership_org_path) => {
                    Side::Membership
                }
                Some(ManagementSide::Residence) if caller.scope.holds_org(&member.residence_org_path) => {
                    Side::Residence
                }
                Some(_) => return Err(ApiError::field("side", "rule", "your scope does not hold that organization")),
            };
            let (side_code, org_id) = match side {
                Side::Membership => ("membership", member.membership_org_id),
                Side::Residence => ("residence", member.residence_org_id),
            };
            evaluations::replace_opinion(
                conn,
                Opinion {
                    member_id: id,
                    year: opinion.year,
                    side: side_code,
                    org_id,
                    grade: opinion.grade,
                    comment: &opinion.comment,
                    recorded_by: caller.id,
                },
            )?;
            let detail = format!("year={}, side={side_code}, grade={}", opinion.year, opinion.grade);
            audit::record(
                conn,
                &caller.actor(),
                Event::success("evaluation.opinion", "member", id).with_detail(detail),
            )?;
            let mut built = entries(conn, vec![member], opinion.year, 0)?;
            built.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(HttpResponse::Created().insert_header(("Location", format!("/api/v1/members/{}", entry.member_id))).json(entry))
}

/// A final grade.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewResult {
    /// The member graded; their membership organization must be in the campaign's subtree.
    pub member_id: i64,
    /// The final grade (评定等次).
    pub grade: Grade,
    /// Required when the grade differs from the suggested one (audited).
    #[validate(length(min = 1, max = 1000))]
    #[schema(min_length = 1, max_length = 1000)]
    pub reason: Option<String>,
}

/// Set (or replace) a member's final grade (membership side). Refused until the opinions
/// the category needs exist; a grade other than the suggested one needs a reason.
#[utoipa::path(operation_id = "create_evaluation_result", tag = "evaluations", request_body = NewResult, params(("id" = i64, Path, description = "Campaign id")), responses((status = 201, description = "Graded", body = Entry)))]
#[post("/evaluations/{id}/results")]
pub async fn create_evaluation_result(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(result): JsonBody<NewResult>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let result = result.accept()?;
    let policy: EvaluationPolicy = state.config.rules.evaluation;
    let id = id.into_inner();
    let entry = state
        .write(move |conn| {
            let (_, _, org_path, year, _, _) = visible_campaign(conn, &caller, id)?;
            let (member, side) = visible_member(conn, &caller.scope, result.member_id)?;
            require_membership_side(side)?;
            if !is_within(&member.membership_org_path, &org_path) {
                return Err(ApiError::field(
                    "member_id",
                    "not_found",
                    "the member does not belong to this campaign's organization",
                ));
            }
            check_one_grade(evaluations::graded_in(conn, member.id, year)?, id).map_err(|e| {
                let first = e.campaign_id;
                ApiError::Conflict(format!("{e}; change it there (GET /api/v1/evaluations/{first})"))
            })?;
            let current = entries(conn, vec![member.clone()], year, id)?.pop().ok_or(ApiError::NotFound)?;
            // The quota is the branch's, counted across every campaign of the year.
            let branch = member.membership_org_id;
            let gradable = evaluations::branch_gradable(conn, branch)?;
            let excellent_after = evaluations::branch_excellent(conn, branch, year, member.id)?
                + i64::from(result.grade == Grade::Excellent);
            let case = GradeCase {
                category: current.category,
                stage: current.stage,
                opinions: Opinions { membership: current.membership_opinion, residence: current.residence_opinion },
                grade: result.grade,
                reason: result.reason.as_deref(),
                had_report_in: current.reported_in,
                excellent_after: u32::try_from(excellent_after).unwrap_or(u32::MAX),
                gradable_members: u32::try_from(gradable).unwrap_or(u32::MAX),
            };
            check_grade(&case, &policy).map_err(|e| ApiError::Rule {
                code: e.code(),
                title: "Evaluation rule",
                detail: e.to_string(),
                errors: vec![FieldError::new("grade", "rule", e.to_string())],
            })?;
            evaluations::replace_result(conn, id, member.id, result.grade, result.reason.as_deref(), caller.id)?;
            let overridden = current.suggested_grade.is_some_and(|s| s != result.grade);
            let mut detail = format!("member={}, grade={}", member.id, result.grade);
            if overridden {
                detail.push_str(&format!(
                    ", differs from suggested {:?}, reason: {}",
                    current.suggested_grade,
                    result.reason.as_deref().unwrap_or("")
                ));
            }
            audit::record(
                conn,
                &caller.actor(),
                Event::success("evaluation.result", "evaluation", id).with_detail(detail),
            )?;
            entries(conn, vec![member], year, id)?.pop().ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(HttpResponse::Created().insert_header(("Location", format!("/api/v1/evaluations/{id}/entries"))).json(entry))
}

/// Export the campaign's results as `.xlsx` (评议结果).
#[utoipa::path(operation_id = "get_evaluation_export", tag = "evaluations", params(("id" = i64, Path, description = "Campaign id")), responses((status = 200, description = "The results", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))]
#[get("/evaluations/{id}/export.xlsx")]
pub async fn get_evaluation_export(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let bytes = state
        .read(move |conn| {
            let (_, _, org_path, year, _, _) = visible_campaign(conn, &caller, id)?;
            let rows = evaluations::participant_page(conn, &org_path, &Window::first(50_000))?;
            let list = entries(conn, rows, year, id)?;
            write_results(&list)
        })
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .insert_header(("Content-Disposition", "attachment; filename=\"evaluation.xlsx\""))
        .body(bytes))
}

fn write_results(list: &[Entry]) -> ApiResult<Vec<u8>> {
    let fail = |e: rust_xlsxwriter::XlsxError| ApiError::Internal(format!("xlsx: {e}"));
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet().set_name("评议结果").map_err(fail)?;
    let headers = ["姓名", "类别", "阶段", "组织关系所在地意见", "居住地意见", "建议等次", "评定等次", "理由"];
    for (column, header) in (0u16..).zip(headers) {
        sheet.write_string(0, column, header).map_err(fail)?;
    }
    let name = |g: Option<Grade>| g.map_or("", Grade::chinese_name).to_owned();
    for (row, entry) in (1u32..).zip(list) {
        let cells = [
            entry.name.clone(),
            entry.category.chinese_name().to_owned(),
            entry.stage.chinese_name().to_owned(),
            name(entry.membership_opinion),
            name(entry.residence_opinion),
            name(entry.suggested_grade),
            if entry.gradable { name(entry.final_grade) } else { "预备党员不评定等次".to_owned() },
            entry.reason.clone().unwrap_or_default(),
        ];
        for (column, value) in (0u16..).zip(cells) {
            sheet.write_string(row, column, value).map_err(fail)?;
        }
    }
    workbook.save_to_buffer().map_err(fail)
}
