//! Rows as stored, and the forms that insert them. Code lists are stored as their codes.

use chrono::NaiveDateTime;
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
}

#[derive(Debug, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub kind: &'a str,
    pub password_hash: &'a str,
    pub scope_org_id: Option<i64>,
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
}
