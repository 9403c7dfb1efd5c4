//! Rows as stored, and the forms that insert them. Code lists are stored as their codes.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::*;

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = areas)]
pub struct AreaRow {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
    pub kind: String,
    pub community_type: Option<String>,
    pub code: Option<String>,
    pub path: String,
    pub depth: i32,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = areas)]
pub struct NewArea<'a> {
    pub parent_id: Option<i64>,
    pub name: &'a str,
    pub kind: &'a str,
    pub community_type: Option<&'a str>,
    pub code: Option<&'a str>,
    pub path: &'a str,
    pub depth: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = organizations)]
pub struct OrganizationRow {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
    pub kind: String,
    pub field: String,
    pub setting_type: String,
    pub online: bool,
    pub area_id: i64,
    pub led_area_id: Option<i64>,
    pub code: Option<String>,
    pub path: String,
    pub depth: i32,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = organizations)]
pub struct NewOrganization<'a> {
    pub parent_id: Option<i64>,
    pub name: &'a str,
    pub kind: &'a str,
    pub field: &'a str,
    pub setting_type: &'a str,
    pub online: bool,
    pub area_id: i64,
    pub led_area_id: Option<i64>,
    pub code: Option<&'a str>,
    pub path: &'a str,
    pub depth: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = units)]
pub struct UnitRow {
    pub id: i64,
    pub name: String,
    pub credit_code: String,
    pub field: String,
    pub area_id: i64,
    pub staff_count: i32,
    pub party_member_count: i32,
    pub coverage: String,
    pub covering_org_id: Option<i64>,
    pub instructor: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = units, treat_none_as_null = true)]
pub struct UnitForm<'a> {
    pub name: &'a str,
    pub credit_code: &'a str,
    pub field: &'a str,
    pub area_id: i64,
    pub staff_count: i32,
    pub party_member_count: i32,
    pub coverage: &'a str,
    pub covering_org_id: Option<i64>,
    pub instructor: Option<&'a str>,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = users)]
pub struct UserRow {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub kind: String,
    pub password_hash: String,
    pub scope_org_id: Option<i64>,
    pub disabled: bool,
    pub failed_logins: i32,
    pub locked_until: Option<NaiveDateTime>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub member_id: Option<i64>,
    pub password_change_required: bool,
    pub password_changed_at: Option<NaiveDateTime>,
    pub totp_secret_sealed: Option<String>,
    pub totp_pending_sealed: Option<String>,
    pub totp_enabled_at: Option<NaiveDateTime>,
    pub totp_last_step: Option<i64>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub kind: &'a str,
    pub password_hash: &'a str,
    pub scope_org_id: Option<i64>,
    /// An initial password set by an administrator: to be changed at first login.
    pub password_change_required: bool,
    pub password_changed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = refresh_tokens)]
pub struct RefreshTokenRow {
    pub id: i64,
    pub user_id: i64,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub session_id: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = sessions)]
pub struct SessionRow {
    pub id: String,
    pub user_id: i64,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_events)]
pub struct AuditEventRow {
    pub id: i64,
    pub occurred_at: NaiveDateTime,
    pub actor_id: Option<i64>,
    pub actor_username: Option<String>,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<String>,
    pub outcome: String,
    pub client_addr: Option<String>,
    pub detail: Option<String>,
    pub chain_hash: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = audit_events)]
pub struct NewAuditEvent<'a> {
    pub occurred_at: NaiveDateTime,
    pub actor_id: Option<i64>,
    pub actor_username: Option<&'a str>,
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: Option<&'a str>,
    pub outcome: &'a str,
    pub client_addr: Option<&'a str>,
    pub detail: Option<&'a str>,
    pub chain_hash: Option<&'a str>,
}

/// A member as read: the masked forms of its personal data, which callers without the
/// personal-data permission see; the sealed values are read apart ([`SealedMember`]) by the
/// few paths that open them, so pages and lists neither read nor decrypt them.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = members)]
pub struct MemberRow {
    pub id: i64,
    pub name: String,
    pub gender: String,
    pub ethnicity: String,
    pub birth_year: i32,
    pub id_number_masked: String,
    pub phone_masked: Option<String>,
    pub address_masked: Option<String>,
    pub education: Option<String>,
    pub stage: String,
    pub category: String,
    pub membership_org_id: i64,
    pub membership_org_path: String,
    pub residence_org_id: i64,
    pub residence_org_path: String,
    pub residence_area_id: i64,
    pub residence_area_path: String,
    pub work_unit_id: Option<i64>,
    pub join_date: Option<NaiveDate>,
    pub conversion_date: Option<NaiveDate>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A member's personal data as stored: sealed with the data key.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = members)]
pub struct SealedMember {
    pub id: i64,
    pub birth_date_sealed: String,
    pub id_number_sealed: String,
    pub phone_sealed: Option<String>,
    pub address_sealed: Option<String>,
}

/// Every field of a member except id, version and creation time, personal data in clear
/// (the store seals it: [`crate::db::repo::members`]).
#[derive(Debug, Clone)]
pub struct MemberForm {
    pub name: String,
    pub gender: String,
    pub ethnicity: String,
    pub birth_date: NaiveDate,
    pub id_number: String,
    pub phone: Option<String>,
    pub address: Option<String>,
    /// Name of the community the member lives in: a masked address shows this much.
    pub community: Option<String>,
    pub education: Option<String>,
    pub stage: String,
    pub category: String,
    pub membership_org_id: i64,
    pub membership_org_path: String,
    pub residence_org_id: i64,
    pub residence_org_path: String,
    pub residence_area_id: i64,
    pub residence_area_path: String,
    pub work_unit_id: Option<i64>,
    pub join_date: Option<NaiveDate>,
    pub conversion_date: Option<NaiveDate>,
    pub updated_at: NaiveDateTime,
}

/// The stored columns of a member form.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = members, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct MemberColumns {
    pub name: String,
    pub gender: String,
    pub ethnicity: String,
    pub birth_year: i32,
    pub birth_date_sealed: String,
    pub id_number_sealed: String,
    pub id_number_index: String,
    pub id_number_masked: String,
    pub phone_sealed: Option<String>,
    pub phone_index: Option<String>,
    pub phone_masked: Option<String>,
    pub address_sealed: Option<String>,
    pub address_masked: Option<String>,
    pub education: Option<String>,
    pub stage: String,
    pub category: String,
    pub membership_org_id: i64,
    pub membership_org_path: String,
    pub residence_org_id: i64,
    pub residence_org_path: String,
    pub residence_area_id: i64,
    pub residence_area_path: String,
    pub work_unit_id: Option<i64>,
    pub join_date: Option<NaiveDate>,
    pub conversion_date: Option<NaiveDate>,
    pub updated_at: NaiveDateTime,
}

/// A member row to insert: its columns and its creation time.
#[derive(Debug, Insertable)]
#[diesel(table_name = members, treat_none_as_default_value = false)]
pub struct NewMember {
    #[diesel(embed)]
    pub columns: MemberColumns,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = member_events)]
pub struct MemberEventRow {
    pub id: i64,
    pub member_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub org_id: Option<i64>,
    pub counterpart_org_id: Option<i64>,
    pub service_hours: Option<f64>,
    pub certificate_no: Option<String>,
    pub content: Option<String>,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = member_events, treat_none_as_default_value = false)]
pub struct NewMemberEvent {
    pub member_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub org_id: Option<i64>,
    pub counterpart_org_id: Option<i64>,
    pub service_hours: Option<f64>,
    pub certificate_no: Option<String>,
    pub content: Option<String>,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = transfers)]
pub struct TransferRow {
    pub id: i64,
    pub member_id: i64,
    pub from_org_id: i64,
    pub to_org_id: i64,
    pub issued_on: NaiveDate,
    pub expires_on: NaiveDate,
    pub cross_province: bool,
    pub status: String,
    pub decided_on: Option<NaiveDate>,
    pub decided_by: Option<i64>,
    pub note: Option<String>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = development_steps)]
pub struct DevelopmentStepRow {
    pub id: i64,
    pub member_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub purpose: Option<String>,
    pub decision_record: Option<String>,
    pub contacts: Option<String>,
    pub training_days: Option<i32>,
    pub training_hours: Option<i32>,
    pub entitled: Option<i32>,
    pub present: Option<i32>,
    pub roster: Option<i32>,
    pub in_favour: Option<i32>,
    pub months: Option<i32>,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = development_steps)]
pub struct NewDevelopmentStep {
    pub member_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub purpose: Option<String>,
    pub decision_record: Option<String>,
    pub contacts: Option<String>,
    pub training_days: Option<i32>,
    pub training_hours: Option<i32>,
    pub entitled: Option<i32>,
    pub present: Option<i32>,
    pub roster: Option<i32>,
    pub in_favour: Option<i32>,
    pub months: Option<i32>,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: Option<String>,
    pub created_at: NaiveDateTime,
}

impl NewDevelopmentStep {
    /// A step with only its member, kind and date; callers fill in the rest.
    pub fn bare(member_id: i64, kind: &str, occurred_on: NaiveDate) -> NewDevelopmentStep {
        NewDevelopmentStep {
            member_id,
            kind: kind.to_owned(),
            occurred_on,
            purpose: None,
            decision_record: None,
            contacts: None,
            training_days: None,
            training_hours: None,
            entitled: None,
            present: None,
            roster: None,
            in_favour: None,
            months: None,
            recorded_by: None,
            recorded_by_name: None,
            created_at: crate::db::now(),
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = publicity_sites)]
pub struct PublicitySiteRow {
    pub id: i64,
    pub publicity_id: i64,
    pub role: String,
    pub org_id: i64,
    pub org_path: String,
    pub start_on: Option<NaiveDate>,
    pub end_on: Option<NaiveDate>,
    pub version: i32,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = publicity_objections)]
pub struct ObjectionRow {
    pub id: i64,
    pub site_id: i64,
    pub raised_on: NaiveDate,
    pub content: String,
    pub contact: Option<String>,
    pub status: String,
    pub decision_note: Option<String>,
    pub decided_by: Option<i64>,
    pub decided_by_name: Option<String>,
    pub decided_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

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
#[diesel(table_name = points_chain_heads)]
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
    pub attachments: Option<String>,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = account_changes)]
pub struct AccountChangeRow {
    pub id: i64,
    pub user_id: i64,
    pub user_version: i32,
    pub change: String,
    pub requested_by: i64,
    pub requested_at: NaiveDateTime,
    pub status: String,
    pub decided_by: Option<i64>,
    pub decided_at: Option<NaiveDateTime>,
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
    pub attachments: Option<String>,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}
