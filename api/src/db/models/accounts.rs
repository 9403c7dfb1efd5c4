//! Accounts, their sessions, the audit log and account changes waiting for confirmation.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::*;

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
    /// A service account's allowed OAuth 2.0 scopes, space-separated.
    pub scopes: Option<String>,
    /// The client networks a service account may be used from, comma-separated (none: anywhere).
    pub allowed_addresses: Option<String>,
    /// A rotated client secret, good until `previous_secret_until`.
    pub previous_secret_hash: Option<String>,
    pub previous_secret_until: Option<NaiveDateTime>,
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
    /// The scopes its tokens carry (space-separated), if the login asked for some.
    pub scope: Option<String>,
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
    pub request_id: Option<String>,
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
    pub request_id: Option<&'a str>,
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
