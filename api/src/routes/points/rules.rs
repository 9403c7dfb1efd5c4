//! The rules catalogue: the city's standard items and the local items of organizations,
//! versioned so that entries keep the version they used.

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{DateTime, Utc};
use domain::access::policy::{Action, Scope};
use domain::member::Category;
use domain::points::RuleCategory;
use domain::points::ledger::check_sign;
use domain::tree::is_within;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::models::{NewPointsRule, PointsRuleRow};
use crate::db::repo::names::NameBook;
use crate::db::repo::points;
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult};
use crate::extract::{IfMatch, JsonBody};
use crate::paging::{ListQuery, Paging};
use crate::routes::common::{created, list_of, stored, utc, visible_org, with_etag};
use crate::state::AppState;

/// A version of a points rule.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PointsRule {
    /// Id of this rule version.
    pub id: i64,
    /// The rule's code, shared by all its versions, e.g. `A01`.
    pub code: String,
    /// A change makes a new version; entries keep the version they used.
    pub version: i32,
    /// Name of the item.
    pub name: String,
    /// Category: `base`, `activity`, `bonus`, `deduction` (扣分) or `veto` (一票否决).
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
    /// Its name (also for an organization above the caller's scope).
    pub org_name: String,
    /// Whether this is the rule's current version.
    pub current: bool,
    /// When this version was created (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
}

list_of!(PointsRuleList, PointsRule, "A page of points rules.");

fn categories_of(text: &str) -> ApiResult<Vec<Category>> {
    text.split(',').filter(|c| !c.is_empty()).map(stored).collect()
}

/// The rules of `rows`, with the names of their organizations.
fn to_rules(conn: &mut DbConnection, rows: Vec<PointsRuleRow>) -> ApiResult<Vec<PointsRule>> {
    let names = NameBook::wanted().orgs(rows.iter().map(|r| r.org_id)).read(conn)?;
    rows.into_iter().map(|row| to_rule(row, &names)).collect()
}

fn to_one_rule(conn: &mut DbConnection, row: PointsRuleRow) -> ApiResult<PointsRule> {
    to_rules(conn, vec![row])?.pop().ok_or(ApiError::NotFound)
}

fn to_rule(row: PointsRuleRow, names: &NameBook) -> ApiResult<PointsRule> {
    Ok(PointsRule {
        org_name: names.org(row.org_id),
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

/// A rule the caller sees: defined above its scope (it applies there) or inside it.
fn visible_rule(scope: &Scope, rule: &PointsRuleRow) -> bool {
    match scope {
        Scope::Everything => true,
        Scope::Subtree { org_path, .. } => is_within(org_path, &rule.org_path) || is_within(&rule.org_path, org_path),
        Scope::Nothing => false,
    }
}

/// Filters of the rules catalogue.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RuleQuery {
    /// Only rules of this category.
    pub category: Option<RuleCategory>,
    /// Also list superseded versions.
    pub all_versions: Option<bool>,
}

/// The rules catalogue that applies to the caller's scope (the city's standard items and
/// the local items of its organizations).
#[utoipa::path(operation_id = "list_points_rules", tag = "points", params(RuleQuery, Paging), responses((status = 200, description = "A page of rules", body = PointsRuleList)))]
#[get("/points/rules")]
pub async fn list_points_rules(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<RuleQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    page.without_changes()?;
    let list = state
        .read(move |conn| {
            // The catalogue is small: the scope filter (ancestors or descendants) runs here.
            let rows = points::rules(conn, query.all_versions == Some(true), query.category)?;
            let visible: Vec<PointsRuleRow> = rows.into_iter().filter(|r| visible_rule(&caller.scope, r)).collect();
            let (shown, total, next) = page.of(visible)?;
            Ok(PointsRuleList::new(to_rules(conn, shown)?, total, &page, next))
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
    /// Name of the item.
    #[validate(length(min = 1, max = 100))]
    #[schema(min_length = 1, max_length = 100)]
    pub name: String,
    /// Category: `base`, `activity`, `bonus`, `deduction` (扣分) or `veto` (一票否决).
    pub category: RuleCategory,
    /// Points per entry: positive, negative for `deduction`, 0 for `veto`.
    #[validate(range(min = -100, max = 100))]
    #[schema(minimum = -100, maximum = 100)]
    pub points: i32,
    /// Most points counted per member and year; absent for no cap.
    #[validate(range(min = 1, max = 1000))]
    #[schema(minimum = 1, maximum = 1000)]
    pub cap_per_year: Option<i32>,
    /// Entries stay pending until the membership side approves them (default false).
    #[serde(default)]
    pub needs_approval: bool,
    /// Empty or absent: every category.
    #[serde(default)]
    pub member_categories: Vec<Category>,
    /// The defining organization (the city committee for standard items).
    pub org_id: i64,
}

fn check_rule(input: &RuleInput) -> ApiResult<()> {
    Ok(check_sign(input.category, input.points.into())?)
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
    let rule = state
        .write(move |conn| {
            let org = visible_org(conn, &caller.scope, input.org_id)
                .map_err(|_| ApiError::field("org_id", "not_found", "no such organization in your scope"))?;
            if points::current_rule(conn, input.code.trim())?.is_some() {
                return Err(ApiError::Conflict(format!(
                    "rule code `{}` exists; change it to make a new version",
                    input.code
                )));
            }
            let id = points::insert_rule(conn, new_rule(&input, 1, org.path))?;
            audit::record(conn, &caller.actor(), Event::success("points.rule_create", "points_rule", id))?;
            let row = points::find_rule(conn, id)?.ok_or(ApiError::NotFound)?;
            to_one_rule(conn, row)
        })
        .await?;
    Ok(created(format!("/api/v1/points/rules/{}", rule.id), rule.version, &rule))
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
    let rule = state
        .read(move |conn| {
            let row =
                points::find_rule(conn, id)?.filter(|r| visible_rule(&caller.scope, r)).ok_or(ApiError::NotFound)?;
            to_one_rule(conn, row)
        })
        .await?;
    Ok(with_etag(rule.version, &rule))
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
    let rule = state
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
            if !points::retire_rule(conn, id)? {
                return Err(ApiError::PreconditionFailed);
            }
            let new_id = points::insert_rule(conn, new_rule(&input, old.version + 1, old.org_path.clone()))?;
            audit::record(
                conn,
                &caller.actor(),
                Event::success("points.rule_version", "points_rule", new_id).with_detail(format!(
                    "{} v{}",
                    old.code,
                    old.version + 1
                )),
            )?;
            let row = points::find_rule(conn, new_id)?.ok_or(ApiError::NotFound)?;
            to_one_rule(conn, row)
        })
        .await?;
    Ok(with_etag(rule.version, &rule))
}
