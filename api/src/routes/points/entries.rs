//! The ledger: awards and deductions, their approval, and corrections by reversal.

use actix_web::{HttpResponse, get, post, web};
use chrono::NaiveDate;
use domain::access::members::{require_corrector, require_membership_side};
use domain::access::policy::{Action, Scope};
use domain::member::Side;
use domain::points::EntryStatus;
use domain::points::ledger::{Correctable, LedgerRefusal, check_pending, check_reversal};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::{PointsEntry, PointsEntryList, to_entries, to_one_entry};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::models::{MemberRow, PointsEntryRow};
use crate::db::repo::points::{self, Award, EntryFilter, Reversed};
use crate::error::{ApiError, ApiResult};
use crate::extract::JsonBody;
use crate::paging::{ChangesSince, ListQuery, Paging};
use crate::routes::common::{recorded, stored, today, visible_member};
use crate::state::AppState;

/// Where an entry is read: its member's ledger.
fn ledger_of(entry: &PointsEntry) -> String {
    format!("/api/v1/points/entries?member_id={}&year={}", entry.member_id, entry.year)
}

/// The organization through which the caller acts for a member.
fn awarding_org(member: &MemberRow, side: Side) -> (i64, String) {
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
    /// Only entries counted in this year.
    pub year: Option<i32>,
    /// `pending` lists the approvals waiting in the caller's scope.
    pub status: Option<EntryStatus>,
}

/// List ledger entries: a member's, or those waiting for approval in the caller's scope.
#[utoipa::path(operation_id = "list_points_entries", tag = "points", params(EntryQuery, Paging, ChangesSince), responses((status = 200, description = "A page of entries", body = PointsEntryList)))]
#[get("/points/entries")]
pub async fn list_points_entries(
    state: web::Data<AppState>,
    caller: Caller,
    ListQuery(query, page): ListQuery<EntryQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    if query.member_id.is_none() && query.status != Some(EntryStatus::Pending) {
        return Err(ApiError::field(
            "member_id",
            "required",
            "give a member, or status=pending for the approval queue",
        ));
    }
    let order = page.order(false, &points::LATEST_FIRST, &points::CHANGED)?;
    let window = page.window(order)?;
    let list = state
        .read(move |conn| {
            let mut filter = EntryFilter { year: query.year, status: query.status, ..EntryFilter::default() };
            if let Some(member_id) = query.member_id {
                let (member, side) = visible_member(conn, &caller.scope, member_id)?;
                filter.member_id = Some(member_id);
                if side == Side::Residence {
                    filter.awarded_by = Some(member.residence_org_id);
                }
            } else if let Scope::Subtree { org_path, .. } = &caller.scope {
                filter.membership_within = Some(org_path.clone());
            }
            let (rows, total) = points::entries(conn, &filter, order, &window)?;
            let (rows, next) = page.finish(order, rows, total, |row| points::position(order, row));
            Ok(PointsEntryList::new(to_entries(conn, rows)?, total, &page, next))
        })
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A points award.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEntry {
    /// The member awarded or deducted.
    pub member_id: i64,
    /// The current version of the rule.
    pub rule_id: i64,
    /// The date of the fact the points are for (China Standard Time); not after today.
    pub occurred_on: NaiveDate,
    /// What happened (evidence).
    #[validate(length(min = 1, max = 500))]
    #[schema(min_length = 1, max_length = 500)]
    pub evidence: String,
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
    recorded("occurred_on", new.occurred_on)?;
    // Points are recorded in bursts (a meeting, a campaign): appends share commits.
    let entry = state
        .write_small(move |conn| {
            let (member, side) = visible_member(conn, &caller.scope, new.member_id)?;
            let (org_id, org_path) = awarding_org(&member, side);
            let rule = points::find_rule(conn, new.rule_id)?
                .ok_or_else(|| ApiError::field("rule_id", "not_found", "no such rule"))?;
            points::applies(&rule, &member.category, &org_path)
                .map_err(|refusal| ApiError::field("rule_id", refusal.code(), refusal.to_string()))?;
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
            to_one_entry(conn, row)
        })
        .await?;
    Ok(HttpResponse::Created().insert_header(("Location", ledger_of(&entry))).json(entry))
}

/// A pending entry whose member the caller manages as the membership side.
fn pending_for_decision(conn: &mut DbConnection, caller: &Caller, id: i64) -> ApiResult<PointsEntryRow> {
    let row = points::find_entry(conn, id)?.ok_or(ApiError::NotFound)?;
    let (_, side) = visible_member(conn, &caller.scope, row.member_id)?;
    require_membership_side(side)?;
    check_pending(stored(&row.status)?)?;
    Ok(row)
}

fn decide(conn: &mut DbConnection, caller: &Caller, id: i64, status: EntryStatus) -> ApiResult<PointsEntry> {
    let entry = pending_for_decision(conn, caller, id)?;
    if !points::decide(conn, &entry, status, caller.id, today())? {
        return Err(LedgerRefusal::NotPending.into());
    }
    audit::record(
        conn,
        &caller.actor(),
        Event::success("points.entry_decision", "points_entry", id).with_detail(status.code()),
    )?;
    let row = points::find_entry(conn, id)?.ok_or(ApiError::NotFound)?;
    to_one_entry(conn, row)
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
    let entry = state.write(move |conn| decide(conn, &caller, id, EntryStatus::Approved)).await?;
    Ok(HttpResponse::Ok().json(entry))
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
    let entry = state.write(move |conn| decide(conn, &caller, id, EntryStatus::Rejected)).await?;
    Ok(HttpResponse::Ok().json(entry))
}

/// Why an entry is reversed.
#[derive(Debug, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Reversal {
    /// Why the entry is reversed; recorded in the reversing entry's evidence.
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
    let entry = state
        .write(move |conn| {
            let original = points::find_entry(conn, id)?.ok_or(ApiError::NotFound)?;
            let (member, side) = visible_member(conn, &caller.scope, original.member_id)?;
            let (org_id, _) = awarding_org(&member, side);
            require_corrector(side, org_id, original.awarding_org_id)?;
            check_reversal(Correctable {
                status: stored(&original.status)?,
                is_reversal: original.reverses_entry_id.is_some(),
                reversed: points::is_reversed(conn, id)?,
            })?;
            let rule = points::find_rule(conn, original.rule_id)?.ok_or(ApiError::NotFound)?;
            let row = points::append(
                conn,
                Award {
                    member_id: original.member_id,
                    rule,
                    points: -original.points,
                    occurred_on: today(),
                    evidence: reversal.reason.clone(),
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
            to_one_entry(conn, row)
        })
        .await?;
    Ok(HttpResponse::Created().insert_header(("Location", ledger_of(&entry))).json(entry))
}
