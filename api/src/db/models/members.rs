//! Members, their history and transfer letters.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::*;

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
