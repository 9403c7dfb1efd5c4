//! A member's year of points and the check of the member's chain.

use actix_web::{HttpResponse, get, web};
use domain::access::members::require_membership_side;
use domain::access::policy::Action;
use domain::evaluation::Grade;
use domain::member::Side;
use domain::points::{Counted, EntryStatus, balance, suggested_grade, vetoed};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{PointsEntry, to_entries};
use crate::auth::Caller;
use crate::db::models::PointsEntryRow;
use crate::db::repo::{members, points, users};
use crate::error::{ApiError, ApiResult};
use crate::extract::QueryParams;
use crate::routes::common::{today, visible_member};
use crate::state::AppState;

/// A member's year of points.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MemberPoints {
    /// The member whose points these are.
    pub member_id: i64,
    /// The year counted.
    pub year: i32,
    /// The base every member starts the year from (基础分, default 60).
    pub base: i64,
    /// Base plus approved entries; 0 after a veto.
    pub total: i64,
    /// Whether a veto (一票否决) still stands over the year (a reversed one does not).
    pub vetoed: bool,
    /// The grade the total suggests to the evaluation.
    pub suggested_grade: Grade,
    /// Number of the year's entries still waiting for approval.
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
            let own = users::find(conn, caller.id)?.and_then(|u| u.member_id) == Some(id);
            let side = if own {
                Side::Membership
            } else {
                caller.require(Action::ReadMembers)?;
                visible_member(conn, &caller.scope, id)?.1
            };
            let member = members::find(conn, id)?.ok_or(ApiError::NotFound)?;
            let rows = points::year_entries(conn, id, year)?;
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
                entries: to_entries(conn, shown.collect())?,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// The result of recomputing a member's chain.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ChainCheck {
    /// The member whose chain was checked.
    pub member_id: i64,
    /// Number of the member's ledger entries recomputed.
    pub entries_checked: usize,
    /// Whether the whole chain holds up to its anchored head.
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
