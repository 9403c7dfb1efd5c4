//! Points-based management (积分制): the versioned rules catalogue, the append-only ledger
//! with approval, reversal and chain verification, balances, rankings and the export.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use domain::access::policy::{Action, Scope};
use domain::evaluation::Grade;
use domain::member::{Category, Side, Stage};
use domain::points::{Counted, EntryStatus, RuleCategory, balance, suggested_grade, vetoed};
use domain::tree::{is_within, subtree_range};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::common::today;
use super::common::{created, list_of, stored, utc, visible_org, with_etag};
use super::members::{require_membership_side, visible_member};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewPointsRule, PointsEntryRow, PointsRuleRow};
use crate::db::repo::points::{self, Award, Reversed};
use crate::db::schema::{members, points_entries as entries, points_rules as rules, points_totals};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody, Page, QueryParams};
use crate::state::AppState;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(list_points_rules)
        .service(create_points_rule)
        .service(get_points_rule)
        .service(update_points_rule)
        .service(list_points_entries)
        .service(create_points_entry)
        .service(create_points_entry_approval)
        .service(create_points_entry_rejection)
        .service(create_points_entry_reversal)
        .service(get_member_points)
        .service(get_member_points_verification)
        .service(get_points_ranking_export)
        .service(get_points_ranking);
}

/// A version of a points rule.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PointsRule {
    pub id: i64,
    pub code: String,
    /// A change makes a new version; entries keep the version they used.
    pub version: i32,
    pub name: String,
    pub category: RuleCategory,
    /// Points per entry (negative for deductions; 0 for a veto).
    pub points: i32,
    /// Most points counted per member and year.
    pub cap_per_year: Option<i32>,
    /// Entries stay pending until approved.
    pub needs_approval: bool,
    /// Member categories it applies to (empty: all).
    pub member_categories: Vec<Category>,
    /// The organization that defined it; it applies in that organization's subtree.
    pub org_id: i64,
    /// Whether this is the rule's current version.
    pub current: bool,
    pub created_at: DateTime<Utc>,
}

list_of!(PointsRuleList, PointsRule, "A page of points rules.");

fn categories_of(text: &str) -> ApiResult<Vec<Category>> {
    text.split(',').filter(|c| !c.is_empty()).map(stored).collect()
}

fn to_rule(row: PointsRuleRow) -> ApiResult<PointsRule> {
    Ok(PointsRule {
        id: row.id,
        category: stored(&row.category)?,
        member_categories: categories_of(&row.member_categories)?,
        code: row.code,
        version: row.version,
        name: row.name,
        points: row.points,
        cap_per_year: row.cap_per_year,
        needs_approval: row.needs_approval,
        org_id: row.org_id,
        current: row.current,
        created_at: utc(row.created_at),
    })
}

/// Whether a rule defined at `rule_path` applies to an organization at `org_path`.
fn applies(rule_path: &str, org_path: &str) -> bool {
    is_within(org_path, rule_path)
}

/// A rule the caller sees: defined above its scope (it applies there) or inside it.
fn visible_rule(scope: &Scope, rule: &PointsRuleRow) -> bool {
    match scope {
        Scope::Everything => true,
        Scope::Subtree { org_path, .. } => applies(&rule.org_path, org_path) || is_within(&rule.org_path, org_path),
        Scope::Nothing => false,
    }
}

/// Filters of the rules catalogue.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RuleQuery {
    pub category: Option<RuleCategory>,
    /// Also list superseded versions.
    pub all_versions: Option<bool>,
    /// Page size, 1–200 (default 20).
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// The rules catalogue that applies to the caller's scope (the city's standard items and
/// the local items of its organizations).
#[utoipa::path(operation_id = "list_points_rules", tag = "points", params(RuleQuery), responses((status = 200, description = "A page of rules", body = PointsRuleList)))]
#[get("/points/rules")]
pub async fn list_points_rules(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<RuleQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let page = Page::new(query.limit, query.offset)?;
    let list = state
        .read(move |conn| {
            let mut q = rules::table.into_boxed();
            if query.all_versions != Some(true) {
                q = q.filter(rules::current.eq(true));
            }
            if let Some(category) = query.category {
                q = q.filter(rules::category.eq(category.code()));
            }
            // The catalogue is small: the scope filter (ancestors or descendants) runs here.
            let rows: Vec<PointsRuleRow> =
                q.order((rules::code, rules::version)).select(PointsRuleRow::as_select()).load(conn)?;
            let visible: Vec<PointsRuleRow> = rows.into_iter().filter(|r| visible_rule(&caller.scope, r)).collect();
            let (shown, total) = page.of(visible);
            let items = shown.into_iter().map(to_rule).collect::<ApiResult<_>>()?;
            Ok(PointsRuleList { items, total, limit: page.limit, offset: page.offset })
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A new rule, or the new version of one.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleInput {
    /// Unique code, e.g. `A01`.
    #[validate(length(min = 1, max = 20))]
    #[schema(min_length = 1, max_length = 20)]
    pub code: String,
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    pub category: RuleCategory,
    #[validate(range(min = -100, max = 100))]
    #[schema(minimum = -100, maximum = 100)]
    pub points: i32,
    #[validate(range(min = 1, max = 1000))]
    #[schema(minimum = 1, maximum = 1000)]
    pub cap_per_year: Option<i32>,
    #[serde(default)]
    pub needs_approval: bool,
    /// Empty or absent: every category.
    #[serde(default)]
    pub member_categories: Vec<Category>,
    /// The defining organization (the city committee for standard items).
    pub org_id: i64,
}

fn check_rule(input: &RuleInput) -> ApiResult<()> {
    let sign_ok = match input.category {
        RuleCategory::Deduction => input.points < 0,
        RuleCategory::Veto => input.points == 0,
        _ => input.points > 0,
    };
    if sign_ok {
        Ok(())
    } else {
        Err(ApiError::field("points", "range", "deductions are negative, a veto is 0, others are positive"))
    }
}

fn new_rule(input: &RuleInput, version: i32, org_path: String) -> NewPointsRule {
    let mut categories: Vec<&str> = input.member_categories.iter().map(|c| c.code()).collect();
    categories.sort_unstable();
    categories.dedup();
    NewPointsRule {
        code: input.code.trim().to_owned(),
        version,
        name: input.name.trim().to_owned(),
        category: input.category.code().to_owned(),
        points: input.points,
        cap_per_year: input.cap_per_year,
        needs_approval: input.needs_approval,
        member_categories: categories.join(","),
        org_id: input.org_id,
        org_path,
        current: true,
        created_at: now(),
    }
}

/// Add a rule to the catalogue (an organization extends the city's items for its subtree).
#[utoipa::path(operation_id = "create_points_rule", tag = "points", request_body = RuleInput, responses((status = 201, description = "Created (version 1)", body = PointsRule)))]
#[post("/points/rules")]
pub async fn create_points_rule(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(input): JsonBody<RuleInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let input = input.accept()?;
    check_rule(&input)?;
    let row = state
        .write(move |conn| {
            let org = visible_org(conn, &caller.scope, input.org_id)
                .map_err(|_| ApiError::field("org_id", "not_found", "no such organization in your scope"))?;
            if points::current_rule(conn, input.code.trim())?.is_some() {
                return Err(ApiError::Conflict(format!(
                    "rule code `{}` exists; change it to make a new version",
                    input.code
                )));
            }
            let id: i64 = diesel::insert_into(rules::table)
                .values(new_rule(&input, 1, org.path))
                .returning(rules::id)
                .get_result(conn)?;
            audit::record(conn, &caller.actor(), Event::success("points.rule_create", "points_rule", id))?;
            points::find_rule(conn, id)?.ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(created(format!("/api/v1/points/rules/{}", row.id), row.version, &to_rule(row.clone())?))
}

/// Get one version of a rule (its ETag is the version).
#[utoipa::path(operation_id = "get_points_rule", tag = "points", params(("id" = i64, Path, description = "Rule version id")), responses((status = 200, description = "The rule", body = PointsRule)))]
#[get("/points/rules/{id}")]
pub async fn get_points_rule(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let row = state
        .read(move |conn| {
            points::find_rule(conn, id)?.filter(|r| visible_rule(&caller.scope, r)).ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(with_etag(row.version, &to_rule(row.clone())?))
}

/// Change a rule (needs `If-Match` with the current version): makes a new version and keeps
/// the old one for the entries that used it. The code and organization stay.
#[utoipa::path(operation_id = "update_points_rule", tag = "points", request_body = RuleInput, params(("id" = i64, Path, description = "Current rule version id"), ("If-Match" = String, Header, description = "The rule's version")), responses((status = 200, description = "The new version", body = PointsRule)))]
#[patch("/points/rules/{id}")]
pub async fn update_points_rule(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    if_match: IfMatch,
    JsonBody(input): JsonBody<RuleInput>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let input = input.accept()?;
    check_rule(&input)?;
    let id = id.into_inner();
    let row = state
        .write(move |conn| {
            let old =
                points::find_rule(conn, id)?.filter(|r| visible_rule(&caller.scope, r)).ok_or(ApiError::NotFound)?;
            if !caller.scope.holds_org(&old.org_path) {
                return Err(ApiError::Forbidden("only the defining organization's subtree changes a rule".to_owned()));
            }
            if_match.check(old.version)?;
            if !old.current {
                return Err(ApiError::PreconditionFailed);
            }
            if input.code.trim() != old.code || input.org_id != old.org_id {
                return Err(ApiError::field(
                    "code",
                    "invalid_value",
                    "a new version keeps the code and the organization",
                ));
            }
            let retired = diesel::update(rules::table.find(id).filter(rules::current.eq(true)))
                .set(rules::current.eq(false))
                .execute(conn)?;
            if retired != 1 {
                return Err(ApiError::PreconditionFailed);
            }
            let new_id: i64 = diesel::insert_into(rules::table)
                .values(new_rule(&input, old.version + 1, old.org_path.clone()))
                .returning(rules::id)
                .get_result(conn)?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("points.rule_version", "points_rule", new_id).with_detail(format!(
                    "{} v{}",
                    old.code,
                    old.version + 1
                )),
            )?;
            points::find_rule(conn, new_id)?.ok_or(ApiError::NotFound)
        })
        .await?;
    Ok(with_etag(row.version, &to_rule(row.clone())?))
}

/// A ledger entry.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PointsEntry {
    pub id: i64,
    pub member_id: i64,
    pub year: i32,
    pub rule_id: i64,
    pub rule_code: String,
    pub rule_version: i32,
    pub points: i32,
    pub veto: bool,
    pub occurred_on: NaiveDate,
    pub evidence: String,
    /// The organization that awarded it (either management link).
    pub awarding_org_id: i64,
    /// `manual`, `meeting` (attendance) or `reversal` (a correction).
    pub source: String,
    pub meeting_id: Option<i64>,
    /// For a correction: the entry it reverses.
    pub reverses_entry_id: Option<i64>,
    pub status: EntryStatus,
    pub decided_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    /// SHA-256 chained to the member's previous entry.
    pub hash: String,
}

list_of!(PointsEntryList, PointsEntry, "A page of ledger entries.");

fn to_entry(row: PointsEntryRow) -> ApiResult<PointsEntry> {
    Ok(PointsEntry {
        id: row.id,
        member_id: row.member_id,
        year: row.year,
        rule_id: row.rule_id,
        rule_code: row.rule_code,
        rule_version: row.rule_version,
        points: row.points,
        veto: row.veto,
        occurred_on: row.occurred_on,
        evidence: row.evidence,
        awarding_org_id: row.awarding_org_id,
        source: row.source,
        meeting_id: row.meeting_id,
        reverses_entry_id: row.reverses_entry_id,
        status: stored(&row.status)?,
        decided_on: row.decided_on,
        created_at: utc(row.created_at),
        hash: row.hash,
    })
}

/// The organization through which the caller acts for a member.
fn awarding_org(member: &crate::db::models::MemberRow, side: Side) -> (i64, String) {
    match side {
        Side::Membership => (member.membership_org_id, member.membership_org_path.clone()),
        Side::Residence => (member.residence_org_id, member.residence_org_path.clone()),
    }
}

/// Filters of the ledger.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EntryQuery {
    /// A member's entries (the residence side sees the entries its organization awarded).
    pub member_id: Option<i64>,
    pub year: Option<i32>,
    /// `pending` lists the approvals waiting in the caller's scope.
    pub status: Option<EntryStatus>,
    /// Page size, 1–200 (default 20).
    pub limit: Option<i64>,
    /// Items to skip.
    pub offset: Option<i64>,
}

/// List ledger entries: a member's, or those waiting for approval in the caller's scope.
#[utoipa::path(operation_id = "list_points_entries", tag = "points", params(EntryQuery), responses((status = 200, description = "A page of entries", body = PointsEntryList)))]
#[get("/points/entries")]
pub async fn list_points_entries(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<EntryQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let page = Page::new(query.limit, query.offset)?;
    if query.member_id.is_none() && query.status != Some(EntryStatus::Pending) {
        return Err(ApiError::field(
            "member_id",
            "required",
            "give a member, or status=pending for the approval queue",
        ));
    }
    let list = state
        .read(move |conn| {
            let filtered =
                |conn: &mut DbConnection| -> ApiResult<entries::BoxedQuery<'static, crate::db::MultiBackend>> {
                    let mut q = entries::table.into_boxed();
                    if let Some(member_id) = query.member_id {
                        let (member, side) = visible_member(conn, &caller.scope, member_id)?;
                        q = q.filter(entries::member_id.eq(member_id));
                        if side == Side::Residence {
                            q = q.filter(entries::awarding_org_id.eq(member.residence_org_id));
                        }
                    } else if let Scope::Subtree { org_path, .. } = &caller.scope {
                        let (low, high) = subtree_range(org_path);
                        let own = members::table
                            .filter(members::membership_org_path.ge(low))
                            .filter(members::membership_org_path.lt(high))
                            .select(members::id);
                        q = q.filter(entries::member_id.eq_any(own));
                    }
                    if let Some(year) = query.year {
                        q = q.filter(entries::year.eq(year));
                    }
                    if let Some(status) = query.status {
                        q = q.filter(entries::status.eq(status.code()));
                    }
                    Ok(q)
                };
            let total = filtered(conn)?.count().get_result(conn)?;
            let rows: Vec<PointsEntryRow> = filtered(conn)?
                .order(entries::id.desc())
                .limit(page.limit)
                .offset(page.offset)
                .select(PointsEntryRow::as_select())
                .load(conn)?;
            Ok(PointsEntryList {
                items: rows.into_iter().map(to_entry).collect::<ApiResult<_>>()?,
                total,
                limit: page.limit,
                offset: page.offset,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A points award.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEntry {
    pub member_id: i64,
    /// The current version of the rule.
    pub rule_id: i64,
    pub occurred_on: NaiveDate,
    /// What happened (evidence).
    #[validate(length(min = 1, max = 500))]
    #[schema(min_length = 1, max_length = 500)]
    pub evidence: String,
}

/// The rule as it applies to a member through an organization, or the refusal.
pub fn applicable_rule(
    conn: &mut DbConnection,
    rule_id: i64,
    member_category: &str,
    org_path: &str,
) -> ApiResult<PointsRuleRow> {
    let rule =
        points::find_rule(conn, rule_id)?.ok_or_else(|| ApiError::field("rule_id", "not_found", "no such rule"))?;
    if !rule.current {
        return Err(ApiError::field(
            "rule_id",
            "invalid_value",
            "this version has been superseded; use the current one",
        ));
    }
    if !applies(&rule.org_path, org_path) {
        return Err(ApiError::field("rule_id", "rule", "the rule is not defined for this organization"));
    }
    if !rule.member_categories.is_empty() && !rule.member_categories.split(',').any(|c| c == member_category) {
        return Err(ApiError::field("rule_id", "rule", "the rule does not apply to this member's category"));
    }
    Ok(rule)
}

/// Award or deduct points (either management link; the entry records which organization
/// awarded it). Entries of rules that need approval stay pending.
#[utoipa::path(operation_id = "create_points_entry", tag = "points", request_body = NewEntry, responses((status = 201, description = "Appended", body = PointsEntry)))]
#[post("/points/entries")]
pub async fn create_points_entry(
    state: web::Data<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewEntry>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::RecordMemberEvents)?;
    let new = new.accept()?;
    super::common::recorded("occurred_on", new.occurred_on)?;
    // Points are recorded in bursts (a meeting, a campaign): appends share commits.
    let row = state
        .write_small(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, new.member_id)?;
            let (org_id, org_path) = awarding_org(&member, side);
            let rule = applicable_rule(conn, new.rule_id, &member.category, &org_path)?;
            let points = rule.points;
            let row = points::append(
                conn,
                Award {
                    member_id: member.id,
                    rule,
                    points,
                    occurred_on: new.occurred_on,
                    evidence: new.evidence,
                    awarding_org_id: org_id,
                    source: "manual",
                    meeting_id: None,
                    reverses: None,
                    recorded_by: Some(caller.id),
                },
            )?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("points.entry", "points_entry", row.id)
                    .with_detail(format!("member={}, points={}", row.member_id, row.points)),
            )?;
            Ok(row)
        })
        .await?;
    Ok(HttpResponse::Created().json(to_entry(row)?))
}

/// A pending entry whose member the caller manages as the membership side.
fn pending_for_decision(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<PointsEntryRow> {
    let row = points::find_entry(conn, id)?.ok_or(ApiError::NotFound)?;
    let (_, side) = visible_member(conn, &caller.scope, row.member_id)?;
    require_membership_side(side)?;
    if row.status != EntryStatus::Pending.code() {
        return Err(ApiError::Conflict("the entry is not pending".to_owned()));
    }
    Ok(row)
}

fn decide(conn: &mut DbConnection, caller: &Caller, id: i64, status: EntryStatus) -> ApiResult<PointsEntryRow> {
    let entry = pending_for_decision(conn, caller, id)?;
    if !points::decide(conn, &entry, status, caller.id, today())? {
        return Err(ApiError::Conflict("the entry is not pending".to_owned()));
    }
    audit::record(
        conn,
        &caller.actor(),
        Event::success("points.entry_decision", "points_entry", id).with_detail(status.code()),
    )?;
    points::find_entry(conn, id)?.ok_or(ApiError::NotFound)
}

/// Approve a pending entry (membership side).
#[utoipa::path(operation_id = "create_points_entry_approval", tag = "points", params(("id" = i64, Path, description = "Entry id")), responses((status = 200, description = "Approved", body = PointsEntry)))]
#[post("/points/entries/{id}/approve")]
pub async fn create_points_entry_approval(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let id = id.into_inner();
    let row = state.write(move |conn| decide(conn, &caller, id, EntryStatus::Approved)).await?;
    Ok(HttpResponse::Ok().json(to_entry(row)?))
}

/// Reject a pending entry (membership side).
#[utoipa::path(operation_id = "create_points_entry_rejection", tag = "points", params(("id" = i64, Path, description = "Entry id")), responses((status = 200, description = "Rejected", body = PointsEntry)))]
#[post("/points/entries/{id}/reject")]
pub async fn create_points_entry_rejection(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let id = id.into_inner();
    let row = state.write(move |conn| decide(conn, &caller, id, EntryStatus::Rejected)).await?;
    Ok(HttpResponse::Ok().json(to_entry(row)?))
}

/// Why an entry is reversed.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Reversal {
    #[validate(length(min = 1, max = 500))]
    #[schema(min_length = 1, max_length = 500)]
    pub reason: String,
}

/// Correct an entry by appending its reversal (the ledger is never edited): the membership
/// side or the awarding organization. The reversal is dated today and counts in the reversed
/// entry's year; reversing a veto recorded in error lifts it.
#[utoipa::path(operation_id = "create_points_entry_reversal", tag = "points", request_body = Reversal, params(("id" = i64, Path, description = "Entry id")), responses((status = 201, description = "The reversing entry", body = PointsEntry)))]
#[post("/points/entries/{id}/reversal")]
pub async fn create_points_entry_reversal(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    JsonBody(reversal): JsonBody<Reversal>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::RecordMemberEvents)?;
    let reversal = reversal.accept()?;
    let id = id.into_inner();
    let row = state
        .write(move |conn| {
            let original = points::find_entry(conn, id)?.ok_or(ApiError::NotFound)?;
            let (member, side) = visible_member(conn, &caller.scope, original.member_id)?;
            let (org_id, _) = awarding_org(&member, side);
            if side == Side::Residence && org_id != original.awarding_org_id {
                return Err(ApiError::Forbidden(
                    "only the membership side or the awarding organization corrects an entry".to_owned(),
                ));
            }
            if original.status != EntryStatus::Approved.code() {
                return Err(ApiError::field(
                    "id",
                    "invalid_value",
                    "only an approved entry is reversed; reject a pending one instead",
                ));
            }
            if original.reverses_entry_id.is_some() {
                return Err(ApiError::field(
                    "id",
                    "invalid_value",
                    "a reversal is not reversed; append a new entry instead",
                ));
            }
            let reversed: i64 = entries::table.filter(entries::reverses_entry_id.eq(id)).count().get_result(conn)?;
            if reversed > 0 {
                return Err(ApiError::Conflict("the entry is already reversed".to_owned()));
            }
            let rule = points::find_rule(conn, original.rule_id)?.ok_or(ApiError::NotFound)?;
            let row = points::append(
                conn,
                Award {
                    member_id: original.member_id,
                    rule,
                    points: -original.points,
                    occurred_on: today(),
                    evidence: format!("冲正 #{}: {}", original.id, &reversal.reason),
                    awarding_org_id: org_id,
                    source: "reversal",
                    meeting_id: None,
                    reverses: Some(Reversed { entry_id: original.id, year: original.year }),
                    recorded_by: Some(caller.id),
                },
            )?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("points.entry_reversal", "points_entry", row.id)
                    .with_detail(format!("reverses {id}: {}", reversal.reason)),
            )?;
            Ok(row)
        })
        .await?;
    Ok(HttpResponse::Created().json(to_entry(row)?))
}

/// A member's year of points.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MemberPoints {
    pub member_id: i64,
    pub year: i32,
    pub base: i64,
    /// Base plus approved entries; 0 after a veto.
    pub total: i64,
    pub vetoed: bool,
    /// The grade the total suggests to the evaluation.
    pub suggested_grade: Grade,
    pub pending: i64,
    /// The year's entries the caller sees, newest first.
    pub entries: Vec<PointsEntry>,
}

/// The year of a balance query.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct YearQuery {
    /// Defaults to the current year.
    #[validate(range(min = 2000, max = 2100))]
    #[param(minimum = 2000, maximum = 2100)]
    pub year: Option<i32>,
}

/// The counted (approved) entries of a member's year.
fn counted(rows: &[PointsEntryRow]) -> Vec<Counted> {
    rows.iter()
        .filter(|r| r.status == EntryStatus::Approved.code())
        .map(|r| Counted::entry(i64::from(r.points), r.veto, r.reverses_entry_id.is_some()))
        .collect()
}

/// A member's points for a year: total, grade suggestion and entries (我的积分).
#[utoipa::path(operation_id = "get_member_points", tag = "points", params(("id" = i64, Path, description = "Member id"), YearQuery), responses((status = 200, description = "The year's points", body = MemberPoints)))]
#[get("/members/{id}/points")]
pub async fn get_member_points(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
    QueryParams(query): QueryParams<YearQuery>,
) -> ApiResult<HttpResponse> {
    let policy = state.config.rules.points;
    let id = id.into_inner();
    let year = query.year.unwrap_or_else(|| chrono::Datelike::year(&today()));
    let answer = state
        .read(move |conn| {
            // A member reads its own points; staff read through either link.
            let own = crate::db::repo::users::find(conn, caller.id)?.and_then(|u| u.member_id) == Some(id);
            let side = if own {
                Side::Membership
            } else {
                caller.require(Action::ReadMembers)?;
                visible_member(conn, &caller.scope, id)?.1
            };
            let member = crate::db::repo::members::find(conn, id)?.ok_or(ApiError::NotFound)?;
            let rows: Vec<PointsEntryRow> = entries::table
                .filter(entries::member_id.eq(id))
                .filter(entries::year.eq(year))
                .order(entries::id.desc())
                .select(PointsEntryRow::as_select())
                .load(conn)?;
            let counted = counted(&rows);
            let total = balance(&counted, &policy);
            let pending =
                i64::try_from(rows.iter().filter(|r| r.status == EntryStatus::Pending.code()).count()).unwrap_or(0);
            let shown =
                rows.into_iter().filter(|r| side == Side::Membership || r.awarding_org_id == member.residence_org_id);
            Ok(MemberPoints {
                member_id: id,
                year,
                base: policy.base,
                total,
                vetoed: vetoed(&counted),
                suggested_grade: suggested_grade(total, &policy),
                pending,
                entries: shown.map(to_entry).collect::<ApiResult<_>>()?,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// The result of recomputing a member's chain.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ChainCheck {
    pub member_id: i64,
    pub entries_checked: usize,
    pub valid: bool,
    /// Where the chain stops holding: `changed` (an entry or a decision does not follow from
    /// its content and the link before), `unchained` (an entry outside the chain) or `head`
    /// (the newest links were removed, or the head changed).
    pub broken: Option<String>,
    /// The entry at which the chain breaks, when it breaks at an entry.
    pub first_broken_entry_id: Option<i64>,
}

/// Recompute a member's chain (entries and decisions, keyed) against its head and report
/// where it breaks (membership side).
#[utoipa::path(operation_id = "get_member_points_verification", tag = "points", params(("id" = i64, Path, description = "Member id")), responses((status = 200, description = "The chain check", body = ChainCheck)))]
#[get("/members/{id}/points/verify")]
pub async fn get_member_points_verification(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let id = id.into_inner();
    let check = state
        .read(move |conn| {
            let (_, side) = visible_member(conn, &caller.scope, id)?;
            require_membership_side(side)?;
            let rows = points::chain(conn, id)?;
            let head = points::head(conn, id)?;
            let broken = points::check(crate::integrity::key()?, &rows, head.as_ref())?.err();
            Ok(ChainCheck {
                member_id: id,
                entries_checked: rows.len(),
                valid: broken.is_none(),
                broken: broken.map(|b| b.code().to_owned()),
                first_broken_entry_id: broken.and_then(|b| b.entry_id()),
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(check))
}

/// A member's place in a ranking.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Ranked {
    pub member_id: i64,
    pub name: String,
    pub total: i64,
    /// 1 for the highest total.
    pub rank: usize,
    /// Share of members with a lower total, 0–100.
    pub percentile: f64,
}

/// A bucket of the distribution.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Bucket {
    /// Lowest total in the bucket (inclusive).
    pub from: i64,
    /// Highest total in the bucket (inclusive).
    pub to: i64,
    pub members: usize,
}

/// Points ranking of a subtree for a year.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Ranking {
    pub org_id: i64,
    pub year: i32,
    pub members: usize,
    pub top: Vec<Ranked>,
    /// Counts per 10-point band.
    pub distribution: Vec<Bucket>,
    /// The member asked for with `member_id`.
    pub member: Option<Ranked>,
}

/// Parameters of a ranking.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RankingQuery {
    pub org_id: i64,
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

/// A member's total: id, name, points.
type Total = (i64, String, i64);

/// Totals of every probationary and full member whose membership lies in the subtree,
/// highest first. Reads the per-member yearly totals the ledger's triggers keep, one row per
/// member, instead of summing the ledger.
fn totals(
    conn: &mut DbConnection,
    org_path: &str,
    year: i32,
    policy: &domain::points::PointsPolicy,
) -> ApiResult<Vec<Total>> {
    let (low, high) = subtree_range(org_path);
    let rows: Vec<(i64, String, Option<i64>, Option<i64>)> = members::table
        .left_join(points_totals::table.on(points_totals::member_id.eq(members::id).and(points_totals::year.eq(year))))
        .filter(members::membership_org_path.ge(&low))
        .filter(members::membership_org_path.lt(&high))
        .filter(members::stage.eq_any([Stage::Probationary.code(), Stage::Full.code()]))
        .select((members::id, members::name, points_totals::points.nullable(), points_totals::vetoes.nullable()))
        .load(conn)?;
    let mut totals: Vec<Total> = rows
        .into_iter()
        .map(|(id, name, points, vetoes)| {
            let counted = [Counted { points: points.unwrap_or(0), vetoes: vetoes.unwrap_or(0) }];
            (id, name, balance(&counted, policy))
        })
        .collect();
    totals.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    Ok(totals)
}

/// The totals of a subtree for a year, highest first: what rankings and their export read.
pub struct RankingTotals {
    org_id: i64,
    org_path: String,
    year: i32,
    totals: Vec<Total>,
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
        let totals = totals(conn, &org.path, year, &policy)?;
        Ok(RankingTotals { org_id: org.id, org_path: org.path, year, totals })
    });
    let kept = state.caches.rankings.get_or_compute((org_id, year), compute).await?;
    // Out of scope is "not found", exactly as when computed.
    if caller.scope.holds_org(&kept.org_path) { Ok(kept) } else { Err(ApiError::NotFound) }
}

/// The member at `index` of totals sorted highest first.
fn ranked(totals: &[Total], index: usize) -> Ranked {
    let (id, name, total) = &totals[index];
    let higher = totals.partition_point(|t| t.2 > *total);
    let lower = totals.len() - totals.partition_point(|t| t.2 >= *total);
    // Member counts are far below 2^52: the conversions are exact.
    let percentile = if totals.is_empty() { 0.0 } else { (lower as f64) * 100.0 / (totals.len() as f64) };
    Ranked { member_id: *id, name: name.clone(), total: *total, rank: higher + 1, percentile }
}

fn ranking(kept: &RankingTotals, query: &RankingQuery) -> Ranking {
    let totals = &kept.totals;
    let top = (0..totals.len().min(query.top.unwrap_or(50))).map(|i| ranked(totals, i)).collect();
    let mut bands: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
    for (_, _, total) in totals {
        *bands.entry(total.div_euclid(10) * 10).or_default() += 1;
    }
    let distribution = bands.into_iter().map(|(from, members)| Bucket { from, to: from + 9, members }).collect();
    let member = query.member_id.and_then(|id| totals.iter().position(|t| t.0 == id)).map(|i| ranked(totals, i));
    Ranking { org_id: kept.org_id, year: kept.year, members: totals.len(), top, distribution, member }
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
    Ok(HttpResponse::Ok().json(ranking(&kept, &query)))
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
        let totals = &kept.totals;
        let fail = |e: rust_xlsxwriter::XlsxError| ApiError::Internal(format!("xlsx: {e}"));
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet().set_name("积分排名").map_err(fail)?;
        for (column, header) in (0u16..).zip(["名次", "姓名", "积分", "建议等次"]) {
            sheet.write_string(0, column, header).map_err(fail)?;
        }
        for (row, index) in (1u32..).zip(0..totals.len()) {
            let entry = ranked(totals, index);
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
