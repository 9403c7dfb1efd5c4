//! Transfer letters (组织关系介绍信): issued by the sending organization, confirmed or returned
//! by the receiving one.

use chrono::NaiveDate;
use diesel::prelude::*;
use domain::member::transfer::TransferStatus;

use super::StoreResult;
use crate::db::keyset::{Order, Window};
use crate::db::models::TransferRow;
use crate::db::schema::{organizations, transfers};
use crate::db::{DbConnection, now};

pub fn find_transfer(conn: &mut DbConnection, id: i64) -> StoreResult<Option<TransferRow>> {
    Ok(transfers::table.find(id).select(TransferRow::as_select()).first(conn).optional()?)
}

/// An open (issued) letter of a member, if any.
pub fn open_transfer(conn: &mut DbConnection, member_id: i64) -> StoreResult<Option<TransferRow>> {
    Ok(transfers::table
        .filter(transfers::member_id.eq(member_id))
        .filter(transfers::status.eq("issued"))
        .select(TransferRow::as_select())
        .first(conn)
        .optional()?)
}

/// Transfers from or to an organization in `range` (all when `None`).
/// Which letters a list shows.
#[derive(Debug, Clone, Copy)]
pub struct TransferFilter {
    pub member_id: Option<i64>,
    pub status: Option<TransferStatus>,
    /// The date that decides whether an issued letter has expired.
    pub today: NaiveDate,
}

pub const NEWEST_FIRST: Order = Order::by_id("-id", "transfers.id", true);
pub const CHANGED: Order = Order::by_change("transfers.updated_at", "transfers.id");

pub fn list_transfers(
    conn: &mut DbConnection,
    range: Option<(String, String)>,
    filter: TransferFilter,
    order: &Order,
    window: &Window,
) -> StoreResult<(Vec<TransferRow>, i64)> {
    let query = || {
        let mut query = transfers::table.into_boxed();
        if let Some(since) = window.since {
            query = query.filter(transfers::updated_at.ge(since));
        }
        if let Some((low, high)) = range.clone() {
            let in_range = || {
                organizations::table
                    .filter(organizations::path.ge(low.clone()))
                    .filter(organizations::path.lt(high.clone()))
                    .select(organizations::id)
            };
            query = query.filter(transfers::from_org_id.eq_any(in_range()).or(transfers::to_org_id.eq_any(in_range())));
        }
        if let Some(member_id) = filter.member_id {
            query = query.filter(transfers::member_id.eq(member_id));
        }
        // An expired letter is stored as issued; the date tells them apart.
        query = match filter.status {
            Some(TransferStatus::Issued) => query
                .filter(transfers::status.eq(TransferStatus::Issued.code()))
                .filter(transfers::expires_on.ge(filter.today)),
            Some(TransferStatus::Expired) => query
                .filter(transfers::status.eq(TransferStatus::Issued.code()))
                .filter(transfers::expires_on.lt(filter.today)),
            Some(decided) => query.filter(transfers::status.eq(decided.code())),
            None => query,
        };
        query
    };
    let total = window.total(|| query().count().get_result(conn))?;
    let rows = window.apply(query(), order).select(TransferRow::as_select()).load(conn)?;
    Ok((rows, total))
}

/// Open transfer letters expiring between two dates: `(member_id, expires_on, from_org_id,
/// to_org_id)`.
pub fn expiring_transfers(
    conn: &mut DbConnection,
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<Vec<(i64, NaiveDate, i64, i64)>> {
    Ok(transfers::table
        .filter(transfers::status.eq(TransferStatus::Issued.code()))
        .filter(transfers::expires_on.ge(from))
        .filter(transfers::expires_on.le(to))
        .select((transfers::member_id, transfers::expires_on, transfers::from_org_id, transfers::to_org_id))
        .load(conn)?)
}

/// A transfer letter to issue.
pub struct NewLetter<'a> {
    pub member_id: i64,
    pub from_org_id: i64,
    pub to_org_id: i64,
    pub issued_on: NaiveDate,
    pub expires_on: NaiveDate,
    pub cross_province: bool,
    pub note: Option<&'a str>,
}

/// Issues a transfer letter; its id.
pub fn insert_transfer(conn: &mut DbConnection, letter: NewLetter<'_>) -> StoreResult<i64> {
    let at = now();
    Ok(diesel::insert_into(transfers::table)
        .values((
            transfers::member_id.eq(letter.member_id),
            transfers::from_org_id.eq(letter.from_org_id),
            transfers::to_org_id.eq(letter.to_org_id),
            transfers::issued_on.eq(letter.issued_on),
            transfers::expires_on.eq(letter.expires_on),
            transfers::cross_province.eq(letter.cross_province),
            transfers::status.eq(TransferStatus::Issued.code()),
            transfers::note.eq(letter.note),
            transfers::created_at.eq(at),
            transfers::updated_at.eq(at),
        ))
        .returning(transfers::id)
        .get_result(conn)?)
}

/// Decides a letter on `on` if it is still at the version read; false otherwise.
pub fn decide_transfer(
    conn: &mut DbConnection,
    transfer: &TransferRow,
    status: TransferStatus,
    on: NaiveDate,
    decided_by: i64,
) -> StoreResult<bool> {
    let changed = diesel::update(transfers::table.find(transfer.id).filter(transfers::version.eq(transfer.version)))
        .set((
            transfers::status.eq(status.code()),
            transfers::decided_on.eq(on),
            transfers::decided_by.eq(decided_by),
            transfers::version.eq(transfers::version + 1),
            transfers::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(changed == 1)
}
