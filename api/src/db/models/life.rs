//! Points, meetings and their ledgers.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::*;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = points_rules)]
pub struct PointsRuleRow {
    pub id: i64,
    pub code: String,
    pub version: i32,
    pub name: String,
    pub category: String,
    pub points: i32,
    pub cap_per_year: Option<i32>,
    pub needs_approval: bool,
    pub member_categories: String,
    pub org_id: i64,
    pub org_path: String,
    pub current: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = points_rules, treat_none_as_default_value = false)]
pub struct NewPointsRule {
    pub code: String,
    pub version: i32,
    pub name: String,
    pub category: String,
    pub points: i32,
    pub cap_per_year: Option<i32>,
    pub needs_approval: bool,
    pub member_categories: String,
    pub org_id: i64,
    pub org_path: String,
    pub current: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = points_entries)]
pub struct PointsEntryRow {
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
    pub awarding_org_id: i64,
    pub source: String,
    pub meeting_id: Option<i64>,
    pub reverses_entry_id: Option<i64>,
    pub status: String,
    pub decided_by: Option<i64>,
    pub decided_on: Option<NaiveDate>,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub hash: String,
    pub link: Option<i64>,
    pub decision_link: Option<i64>,
    pub decision_hash: Option<String>,
    pub decided_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = points_entries, treat_none_as_default_value = false)]
pub struct NewPointsEntry {
    pub member_id: i64,
    pub year: i32,
    pub rule_id: i64,
    pub rule_code: String,
    pub rule_version: i32,
    pub points: i32,
    pub veto: bool,
    pub occurred_on: NaiveDate,
    pub evidence: String,
    pub awarding_org_id: i64,
    pub source: String,
    pub meeting_id: Option<i64>,
    pub reverses_entry_id: Option<i64>,
    pub status: String,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
    pub hash: String,
    pub link: Option<i64>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = points_chain_heads, treat_none_as_default_value = false)]
pub struct NewChainHead {
    pub member_id: i64,
    pub links: i64,
    pub hash: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = meetings)]
pub struct MeetingRow {
    pub id: i64,
    pub org_id: i64,
    pub org_path: String,
    pub meeting_type: String,
    pub held_on: NaiveDate,
    pub online: bool,
    pub topic: String,
    pub host: Option<String>,
    pub minutes: Option<String>,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = meetings)]
pub struct NewMeeting {
    pub org_id: i64,
    pub org_path: String,
    pub meeting_type: String,
    pub held_on: NaiveDate,
    pub online: bool,
    pub topic: String,
    pub host: Option<String>,
    pub minutes: Option<String>,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// A file kept with a meeting or a resident request (its bytes are read on their own, see
/// `repo::attachments`).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = attachments)]
pub struct AttachmentRow {
    pub id: i64,
    pub meeting_id: Option<i64>,
    pub request_id: Option<i64>,
    pub progress_id: Option<i64>,
    pub name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub uploaded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = attachments)]
pub struct NewAttachment {
    pub meeting_id: Option<i64>,
    pub request_id: Option<i64>,
    pub progress_id: Option<i64>,
    pub name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub content: Option<Vec<u8>>,
    pub uploaded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}
