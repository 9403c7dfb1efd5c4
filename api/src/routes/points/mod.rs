//! Points-based management (积分制): the versioned rules catalogue, the append-only ledger
//! with approval, reversal and chain verification, balances, rankings and the export.

mod balance;
mod entries;
mod rankings;
mod rules;

use chrono::{DateTime, NaiveDate, Utc};
use domain::points::EntryStatus;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::common::{list_of, stored, utc};
use crate::db::DbConnection;
use crate::db::models::PointsEntryRow;
use crate::db::repo::names::NameBook;
use crate::error::ApiResult;

pub fn configure(config: &mut utoipa_actix_web::service_config::ServiceConfig) {
    config
        .service(rules::list_points_rules)
        .service(rules::create_points_rule)
        .service(rules::get_points_rule)
        .service(rules::update_points_rule)
        .service(entries::list_points_entries)
        .service(entries::create_points_entry)
        .service(entries::create_points_entry_approval)
        .service(entries::create_points_entry_rejection)
        .service(entries::create_points_entry_reversal)
        .service(balance::get_member_points)
        .service(balance::get_member_points_verification)
        .service(rankings::get_points_ranking_export)
        .service(rankings::list_points_ranking_entries)
        .service(rankings::get_points_ranking);
}

/// A ledger entry.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PointsEntry {
    /// Entry id.
    pub id: i64,
    /// The member the entry is for.
    pub member_id: i64,
    /// Name of the member, for display.
    pub member_name: String,
    /// The year the entry counts in (a reversal counts in the reversed entry's year).
    pub year: i32,
    /// The rule version the entry was scored under.
    pub rule_id: i64,
    /// Code of the rule, e.g. `A01`.
    pub rule_code: String,
    /// Name of the rule, for display.
    pub rule_name: String,
    /// Version of the rule the entry was scored under.
    pub rule_version: i32,
    /// Points of the entry; negative for deductions (扣分) and reversals of awards.
    pub points: i32,
    /// A veto (一票否决), which zeroes the year; also set on the reversal that lifts one.
    pub veto: bool,
    /// The date of the fact the points are for (China Standard Time).
    pub occurred_on: NaiveDate,
    /// What happened (evidence); for a reversal, the entry reversed and why.
    pub evidence: String,
    /// The organization that awarded it (either management link).
    pub awarding_org_id: i64,
    /// Name of the awarding organization, for display.
    pub awarding_org_name: String,
    /// `manual`, `meeting` (attendance), `course` (a micro Party course completed) or `reversal` (a
    /// correction; its evidence is the reason, the entry it reverses is `reverses_entry_id`).
    pub source: String,
    /// For an entry from attendance (`meeting`): the meeting attended.
    pub meeting_id: Option<i64>,
    /// For a correction: the entry it reverses.
    pub reverses_entry_id: Option<i64>,
    /// Approval state: `pending` (待审核), `approved` (已生效) or `rejected` (已驳回).
    pub status: EntryStatus,
    /// The date it was approved or rejected (China Standard Time); absent if never decided.
    pub decided_on: Option<NaiveDate>,
    /// When the entry was recorded (RFC 3339, UTC).
    pub created_at: DateTime<Utc>,
    /// SHA-256 chained to the member's previous entry.
    pub hash: String,
}

list_of!(PointsEntryList, PointsEntry, "A page of ledger entries.");

/// Ledger entries with the names of their member, rule and awarding organization.
fn to_entries(conn: &mut DbConnection, rows: Vec<PointsEntryRow>) -> ApiResult<Vec<PointsEntry>> {
    let names = NameBook::wanted()
        .members(rows.iter().map(|r| r.member_id))
        .rules(rows.iter().map(|r| r.rule_id))
        .orgs(rows.iter().map(|r| r.awarding_org_id))
        .read(conn)?;
    rows.into_iter()
        .map(|row| {
            Ok(PointsEntry {
                id: row.id,
                member_id: row.member_id,
                member_name: names.member(row.member_id),
                year: row.year,
                rule_id: row.rule_id,
                rule_code: row.rule_code,
                rule_name: names.rule(row.rule_id),
                rule_version: row.rule_version,
                points: row.points,
                veto: row.veto,
                occurred_on: row.occurred_on,
                evidence: row.evidence,
                awarding_org_id: row.awarding_org_id,
                awarding_org_name: names.org(row.awarding_org_id),
                source: row.source,
                meeting_id: row.meeting_id,
                reverses_entry_id: row.reverses_entry_id,
                status: stored(&row.status)?,
                decided_on: row.decided_on,
                created_at: utc(row.created_at),
                hash: row.hash,
            })
        })
        .collect()
}

/// One entry as answered.
fn to_one_entry(conn: &mut DbConnection, row: PointsEntryRow) -> ApiResult<PointsEntry> {
    to_entries(conn, vec![row])?.pop().ok_or(crate::error::ApiError::NotFound)
}
