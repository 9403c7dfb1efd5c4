//! Account changes that wait for a second administrator (三员分立).

use diesel::prelude::*;
use domain::access::accounts::ChangeStatus;

use super::StoreResult;
use crate::db::keyset::{Order, Window};
use crate::db::models::{AccountChangeRow, UserRow};
use crate::db::schema::account_changes;
use crate::db::{DbConnection, now};

/// Records a change that waits for a second administrator. None when one already waits for
/// this account.
pub fn request_change(
    conn: &mut DbConnection,
    user: &UserRow,
    change: &str,
    requested_by: i64,
) -> StoreResult<Option<AccountChangeRow>> {
    let waiting: i64 = account_changes::table
        .filter(account_changes::user_id.eq(user.id))
        .filter(account_changes::status.eq(ChangeStatus::Pending.code()))
        .count()
        .get_result(conn)?;
    if waiting > 0 {
        return Ok(None);
    }
    let id: i64 = diesel::insert_into(account_changes::table)
        .values((
            account_changes::user_id.eq(user.id),
            account_changes::user_version.eq(user.version),
            account_changes::change.eq(change),
            account_changes::requested_by.eq(requested_by),
            account_changes::requested_at.eq(now()),
            account_changes::status.eq(ChangeStatus::Pending.code()),
        ))
        .returning(account_changes::id)
        .get_result(conn)?;
    find_change(conn, id)
}

pub fn find_change(conn: &mut DbConnection, id: i64) -> StoreResult<Option<AccountChangeRow>> {
    Ok(account_changes::table.find(id).select(AccountChangeRow::as_select()).first(conn).optional()?)
}

pub const NEWEST_FIRST: Order = Order::by_id("-id", "account_changes.id", true);

/// Account changes, newest first, optionally of one status.
pub fn list_changes(
    conn: &mut DbConnection,
    status: Option<ChangeStatus>,
    window: &Window,
) -> StoreResult<(Vec<AccountChangeRow>, i64)> {
    let filtered = || {
        let mut query = account_changes::table.into_boxed();
        if let Some(status) = status {
            query = query.filter(account_changes::status.eq(status.code()));
        }
        query
    };
    let total = window.total(|| filtered().count().get_result(conn))?;
    let rows = window
        .apply::<account_changes::table, _>(filtered(), &NEWEST_FIRST)
        .select(AccountChangeRow::as_select())
        .load(conn)?;
    Ok((rows, total))
}

/// Decides a waiting change; false when it no longer waits.
pub fn decide_change(conn: &mut DbConnection, id: i64, status: ChangeStatus, decided_by: i64) -> StoreResult<bool> {
    let changed = diesel::update(
        account_changes::table.find(id).filter(account_changes::status.eq(ChangeStatus::Pending.code())),
    )
    .set((
        account_changes::status.eq(status.code()),
        account_changes::decided_by.eq(decided_by),
        account_changes::decided_at.eq(now()),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}
