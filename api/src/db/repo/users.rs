//! Accounts, their roles, sessions and refresh tokens.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use domain::access::Role;

use super::{StoreError, StoreResult};
use crate::data_key::DataKeys;
use crate::db::keyset::{Order, Window};
use crate::db::models::{NewUser, RefreshTokenRow, SessionRow, UserRow};
use crate::db::schema::{
    areas, login_attempts, organizations, password_history, recovery_codes, refresh_tokens, sessions, user_roles, users,
};
use crate::db::{DbConnection, now};

/// An account with its roles, the paths of its scope (organization, led area) and the ids
/// of its sessions that have not ended.
#[derive(Debug, Clone)]
pub struct Account {
    pub row: UserRow,
    pub roles: Vec<Role>,
    pub scope_paths: Option<(String, Option<String>)>,
    pub sessions: std::collections::HashSet<String>,
}

pub fn find(conn: &mut DbConnection, id: i64) -> StoreResult<Option<UserRow>> {
    Ok(users::table.find(id).select(UserRow::as_select()).first(conn).optional()?)
}

pub fn find_by_username(conn: &mut DbConnection, username: &str) -> StoreResult<Option<UserRow>> {
    Ok(users::table.filter(users::username.eq(username)).select(UserRow::as_select()).first(conn).optional()?)
}

pub fn load_account(conn: &mut DbConnection, id: i64) -> StoreResult<Option<Account>> {
    let Some(row) = find(conn, id)? else { return Ok(None) };
    let roles = roles_of(conn, id)?;
    let scope_paths = match row.scope_org_id {
        Some(org_id) => scope_paths(conn, org_id)?,
        None => None,
    };
    let sessions = sessions::table
        .filter(sessions::user_id.eq(id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::expires_at.gt(now()))
        .select(sessions::id)
        .load(conn)?
        .into_iter()
        .collect();
    Ok(Some(Account { row, roles, scope_paths, sessions }))
}

/// The path of an organization and of the area it leads.
fn scope_paths(conn: &mut DbConnection, org_id: i64) -> StoreResult<Option<(String, Option<String>)>> {
    let org: Option<(String, Option<i64>)> = organizations::table
        .find(org_id)
        .select((organizations::path, organizations::led_area_id))
        .first(conn)
        .optional()?;
    let Some((org_path, led_area_id)) = org else { return Ok(None) };
    let area_path = match led_area_id {
        Some(area_id) => areas::table.find(area_id).select(areas::path).first(conn).optional()?,
        None => None,
    };
    Ok(Some((org_path, area_path)))
}

pub fn roles_of(conn: &mut DbConnection, user_id: i64) -> StoreResult<Vec<Role>> {
    let codes: Vec<String> = user_roles::table
        .filter(user_roles::user_id.eq(user_id))
        .select(user_roles::role)
        .order(user_roles::role)
        .load(conn)?;
    codes.iter().map(|code| code.parse().map_err(|_| StoreError::Unreadable(format!("stored role `{code}`")))).collect()
}

/// Roles of many accounts at once (for lists), in the order of `user_ids`.
pub fn roles_of_many(conn: &mut DbConnection, user_ids: &[i64]) -> StoreResult<Vec<Vec<Role>>> {
    let pairs: Vec<(i64, String)> = user_roles::table
        .filter(user_roles::user_id.eq_any(user_ids))
        .select((user_roles::user_id, user_roles::role))
        .order((user_roles::user_id, user_roles::role))
        .load(conn)?;
    user_ids
        .iter()
        .map(|id| {
            pairs
                .iter()
                .filter(|(user_id, _)| user_id == id)
                .map(|(_, code)| code.parse().map_err(|_| StoreError::Unreadable(format!("stored role `{code}`"))))
                .collect()
        })
        .collect()
}

/// How many enabled accounts hold `role`.
pub fn active_holders(conn: &mut DbConnection, role: Role) -> StoreResult<usize> {
    let count: i64 = user_roles::table
        .inner_join(users::table)
        .filter(user_roles::role.eq(role.code()))
        .filter(users::disabled.eq(false))
        .count()
        .get_result(conn)?;
    Ok(usize::try_from(count).unwrap_or(0))
}

pub fn set_roles(conn: &mut DbConnection, user_id: i64, roles: &[Role]) -> StoreResult<()> {
    diesel::delete(user_roles::table.filter(user_roles::user_id.eq(user_id))).execute(conn)?;
    for role in roles {
        diesel::insert_into(user_roles::table)
            .values((user_roles::user_id.eq(user_id), user_roles::role.eq(role.code())))
            .execute(conn)?;
    }
    Ok(())
}

pub fn insert(conn: &mut DbConnection, user: &NewUser<'_>) -> StoreResult<i64> {
    Ok(diesel::insert_into(users::table).values(user).returning(users::id).get_result(conn)?)
}

pub const BY_ID: Order = Order::by_id("id", "users.id", false);
pub const CHANGED: Order = Order::by_change("users.updated_at", "users.id");

pub fn list(
    conn: &mut DbConnection,
    q: Option<&str>,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<UserRow>, i64)> {
    let filtered = || {
        let mut query = users::table.into_boxed();
        if let Some(since) = window.since {
            query = query.filter(users::updated_at.ge(since));
        }
        if let Some(q) = q {
            let pattern = format!("%{}%", escape_like(q));
            query = query.filter(
                users::username.like(pattern.clone()).escape('\\').or(users::display_name.like(pattern).escape('\\')),
            );
        }
        query
    };
    let total = window.total(|| filtered().count().get_result(conn))?;
    let rows = window.apply::<users::table, _>(filtered(), order).select(UserRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Escapes `%`, `_` and `\` so user text matches literally in a LIKE pattern.
pub fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// The hashes a new password may not match: the current one and the `count - 1` before it.
pub fn earlier_passwords(conn: &mut DbConnection, user: &UserRow, count: usize) -> StoreResult<Vec<String>> {
    let before: Vec<String> = password_history::table
        .filter(password_history::user_id.eq(user.id))
        .order(password_history::id.desc())
        .limit(i64::try_from(count.saturating_sub(1)).unwrap_or(0))
        .select(password_history::password_hash)
        .load(conn)?;
    Ok(std::iter::once(user.password_hash.clone()).chain(before).collect())
}

/// Replaces an account's password, keeping the old hash in its history. `change_required`:
/// the password was set by an administrator and is to be changed at the next login.
pub fn set_password(conn: &mut DbConnection, user: &UserRow, new_hash: &str, change_required: bool) -> StoreResult<()> {
    let at = now();
    diesel::insert_into(password_history::table)
        .values((
            password_history::user_id.eq(user.id),
            password_history::password_hash.eq(&user.password_hash),
            password_history::created_at.eq(at),
        ))
        .execute(conn)?;
    diesel::update(users::table.find(user.id))
        .set((
            users::password_hash.eq(new_hash),
            users::password_change_required.eq(change_required),
            users::password_changed_at.eq(at),
            // A reset is for a secret that leaked: the one before it dies with it.
            users::previous_secret_hash.eq(None::<String>),
            users::previous_secret_until.eq(None::<NaiveDateTime>),
            users::version.eq(users::version + 1),
            users::updated_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Gives a service account a new client secret; the one it replaces stays good until
/// `previous_until`.
pub fn rotate_secret(
    conn: &mut DbConnection,
    user: &UserRow,
    new_hash: &str,
    previous_until: NaiveDateTime,
) -> StoreResult<()> {
    diesel::update(users::table.find(user.id))
        .set((
            users::password_hash.eq(new_hash),
            users::previous_secret_hash.eq(&user.password_hash),
            users::previous_secret_until.eq(previous_until),
            users::password_changed_at.eq(now()),
            users::version.eq(users::version + 1),
            users::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The field TOTP secrets are sealed for.
const TOTP_SECRET: &str = "users.totp_secret";

/// A TOTP secret sealed with the data key.
pub fn seal_second_factor_secret(keys: &DataKeys, secret: &[u8]) -> String {
    keys.seal(TOTP_SECRET, &hex::encode(secret))
}

/// Opens a sealed TOTP secret.
pub fn second_factor_secret(keys: &DataKeys, sealed: &str) -> StoreResult<Vec<u8>> {
    let opened = keys.open(TOTP_SECRET, sealed).map_err(|e| StoreError::Unreadable(format!("{TOTP_SECRET}: {e}")))?;
    hex::decode(opened).map_err(|e| StoreError::Unreadable(format!("{TOTP_SECRET}: {e}")))
}

/// Seals again the TOTP secrets not sealed with the current data key (after a rotation).
pub fn reseal_second_factors(conn: &mut DbConnection, keys: &DataKeys) -> StoreResult<usize> {
    let current = format!("{}.%", keys.current_id());
    let stale: Vec<(i64, String)> = users::table
        .filter(users::totp_secret_sealed.not_like(&current))
        .select((users::id, users::totp_secret_sealed.assume_not_null()))
        .load(conn)?;
    for (id, sealed) in &stale {
        let secret = second_factor_secret(keys, sealed)?;
        diesel::update(users::table.find(id))
            .set(users::totp_secret_sealed.eq(seal_second_factor_secret(keys, &secret)))
            .execute(conn)?;
    }
    // A set-up left half-way is dropped rather than sealed again: it starts over.
    diesel::update(users::table.filter(users::totp_pending_sealed.not_like(&current)))
        .set(users::totp_pending_sealed.eq(None::<String>))
        .execute(conn)?;
    Ok(stale.len())
}

/// Keeps a new second factor apart until it is confirmed; the one in use stays until then.
pub fn start_second_factor(conn: &mut DbConnection, user_id: i64, secret_sealed: &str) -> StoreResult<()> {
    diesel::update(users::table.find(user_id)).set(users::totp_pending_sealed.eq(secret_sealed)).execute(conn)?;
    Ok(())
}

/// Puts the confirmed new second factor in use, with the step of its first code, and
/// replaces the recovery codes.
pub fn enable_second_factor(
    conn: &mut DbConnection,
    user_id: i64,
    step: i64,
    code_hashes: &[String],
) -> StoreResult<()> {
    diesel::update(users::table.find(user_id))
        .set((
            users::totp_secret_sealed.eq(users::totp_pending_sealed),
            users::totp_pending_sealed.eq(None::<String>),
            users::totp_enabled_at.eq(now()),
            users::totp_last_step.eq(step),
        ))
        .execute(conn)?;
    diesel::delete(recovery_codes::table.filter(recovery_codes::user_id.eq(user_id))).execute(conn)?;
    for hash in code_hashes {
        diesel::insert_into(recovery_codes::table)
            .values((recovery_codes::user_id.eq(user_id), recovery_codes::code_hash.eq(hash)))
            .execute(conn)?;
    }
    Ok(())
}

/// Records the step of an accepted code, so that the same code is not accepted again.
pub fn use_second_factor_step(conn: &mut DbConnection, user_id: i64, step: i64) -> StoreResult<()> {
    diesel::update(users::table.find(user_id)).set(users::totp_last_step.eq(step)).execute(conn)?;
    Ok(())
}

/// Uses up a recovery code; whether it was one of the account's unused codes.
pub fn use_recovery_code(conn: &mut DbConnection, user_id: i64, code_hash: &str) -> StoreResult<bool> {
    let used = diesel::update(
        recovery_codes::table
            .filter(recovery_codes::user_id.eq(user_id))
            .filter(recovery_codes::code_hash.eq(code_hash))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(now()))
    .execute(conn)?;
    Ok(used == 1)
}

/// Failed logins and lock of a username that names no account.
pub fn unknown_login_state(conn: &mut DbConnection, username: &str) -> StoreResult<(i32, Option<NaiveDateTime>)> {
    Ok(login_attempts::table
        .find(username)
        .select((login_attempts::failed_logins, login_attempts::locked_until))
        .first(conn)
        .optional()?
        .unwrap_or((0, None)))
}

/// Stores the failed logins of a username that names no account, and forgets those whose
/// lock ended before `forget_before`.
pub fn save_unknown_login_state(
    conn: &mut DbConnection,
    username: &str,
    failed_logins: i32,
    locked_until: Option<NaiveDateTime>,
    forget_before: NaiveDateTime,
) -> StoreResult<()> {
    diesel::delete(login_attempts::table.filter(login_attempts::locked_until.lt(forget_before))).execute(conn)?;
    diesel::delete(login_attempts::table.find(username)).execute(conn)?;
    diesel::insert_into(login_attempts::table)
        .values((
            login_attempts::username.eq(username),
            login_attempts::failed_logins.eq(failed_logins),
            login_attempts::locked_until.eq(locked_until),
        ))
        .execute(conn)?;
    Ok(())
}

/// Stores the outcome of a login attempt.
pub fn save_login_state(
    conn: &mut DbConnection,
    user_id: i64,
    failed_logins: i32,
    locked_until: Option<NaiveDateTime>,
) -> StoreResult<()> {
    diesel::update(users::table.find(user_id))
        .set((users::failed_logins.eq(failed_logins), users::locked_until.eq(locked_until)))
        .execute(conn)?;
    Ok(())
}

/// Starts a session ending at `expires_at`, whose tokens carry `scope` (if any).
pub fn insert_session(
    conn: &mut DbConnection,
    id: &str,
    user_id: i64,
    expires_at: NaiveDateTime,
    scope: Option<&str>,
) -> StoreResult<()> {
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(id),
            sessions::user_id.eq(user_id),
            sessions::created_at.eq(now()),
            sessions::expires_at.eq(expires_at),
            sessions::scope.eq(scope),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn find_session(conn: &mut DbConnection, id: &str) -> StoreResult<Option<SessionRow>> {
    Ok(sessions::table.find(id).select(SessionRow::as_select()).first(conn).optional()?)
}

/// Ends one session and its refresh tokens.
pub fn revoke_session(conn: &mut DbConnection, id: &str) -> StoreResult<()> {
    let at = now();
    diesel::update(sessions::table.find(id).filter(sessions::revoked_at.is_null()))
        .set(sessions::revoked_at.eq(at))
        .execute(conn)?;
    diesel::update(
        refresh_tokens::table.filter(refresh_tokens::session_id.eq(id)).filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(at))
    .execute(conn)?;
    Ok(())
}

/// Ends every session and refresh token of an account.
pub fn revoke_sessions(conn: &mut DbConnection, user_id: i64) -> StoreResult<()> {
    let at = now();
    diesel::update(sessions::table.filter(sessions::user_id.eq(user_id)).filter(sessions::revoked_at.is_null()))
        .set(sessions::revoked_at.eq(at))
        .execute(conn)?;
    diesel::update(
        refresh_tokens::table.filter(refresh_tokens::user_id.eq(user_id)).filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(at))
    .execute(conn)?;
    Ok(())
}

pub fn insert_refresh_token(
    conn: &mut DbConnection,
    user_id: i64,
    session_id: &str,
    token_hash: &str,
    expires_at: NaiveDateTime,
) -> StoreResult<()> {
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::user_id.eq(user_id),
            refresh_tokens::session_id.eq(session_id),
            refresh_tokens::token_hash.eq(token_hash),
            refresh_tokens::expires_at.eq(expires_at),
            refresh_tokens::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn find_refresh_token(conn: &mut DbConnection, token_hash: &str) -> StoreResult<Option<RefreshTokenRow>> {
    Ok(refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(token_hash))
        .select(RefreshTokenRow::as_select())
        .first(conn)
        .optional()?)
}

/// Revokes one refresh token; returns whether it was still active.
pub fn revoke_refresh_token(conn: &mut DbConnection, id: i64) -> StoreResult<bool> {
    let changed = diesel::update(refresh_tokens::table.find(id).filter(refresh_tokens::revoked_at.is_null()))
        .set(refresh_tokens::revoked_at.eq(now()))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Usernames of accounts, by id.
pub fn usernames(conn: &mut DbConnection, ids: &[i64]) -> StoreResult<std::collections::HashMap<i64, String>> {
    Ok(users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::username))
        .load(conn)?
        .into_iter()
        .collect())
}

/// The columns a change of an account sets (`None`: left as it is).
#[derive(Debug, Default, PartialEq, AsChangeset)]
#[diesel(table_name = users)]
pub struct AccountColumns<'a> {
    pub display_name: Option<&'a str>,
    pub disabled: Option<bool>,
    pub scope_org_id: Option<Option<i64>>,
    /// A service account's scopes, space-separated.
    pub scopes: Option<Option<&'a str>>,
    /// A service account's client networks, comma-separated.
    pub allowed_addresses: Option<Option<&'a str>>,
}

/// Sets the columns a change names and moves the version, if the account is still at the
/// version read; false otherwise.
pub fn change(conn: &mut DbConnection, id: i64, version: i32, change: &AccountColumns<'_>) -> StoreResult<bool> {
    // An update that sets nothing is not valid SQL.
    if *change != AccountColumns::default() {
        diesel::update(users::table.find(id)).set(change).execute(conn)?;
    }
    let bumped = diesel::update(users::table.find(id).filter(users::version.eq(version)))
        .set((users::version.eq(users::version + 1), users::updated_at.eq(now())))
        .execute(conn)?;
    Ok(bumped == 1)
}
