//! Keys of idempotent writes and the answers they got.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::StoreResult;
use crate::db::DbConnection;
use crate::db::schema::idempotency_keys;

/// A kept answer.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = idempotency_keys)]
pub struct KeptAnswer {
    pub fingerprint: String,
    pub status: i32,
    pub content_type: Option<String>,
    pub location: Option<String>,
    pub etag: Option<String>,
    /// Sealed with the data key.
    pub body: String,
    pub created_at: NaiveDateTime,
}

/// A key with the answer its request got.
#[derive(Debug, Insertable)]
#[diesel(table_name = idempotency_keys)]
pub struct NewKey<'a> {
    pub caller: &'a str,
    pub idempotency_key: &'a str,
    pub fingerprint: &'a str,
    pub status: i32,
    pub content_type: Option<&'a str>,
    pub location: Option<&'a str>,
    pub etag: Option<&'a str>,
    pub body: &'a str,
    pub created_at: NaiveDateTime,
}

/// The caller's use of a key, if it is kept.
pub fn find(conn: &mut DbConnection, caller: &str, key: &str) -> StoreResult<Option<KeptAnswer>> {
    Ok(idempotency_keys::table
        .filter(idempotency_keys::caller.eq(caller))
        .filter(idempotency_keys::idempotency_key.eq(key))
        .select(KeptAnswer::as_select())
        .first(conn)
        .optional()?)
}

/// Keeps a key with its answer, replacing an expired use of the same key. Fails with a
/// unique violation when another request kept the key first.
pub fn keep(conn: &mut DbConnection, key: &NewKey<'_>, expired_before: NaiveDateTime) -> StoreResult<()> {
    diesel::delete(
        idempotency_keys::table
            .filter(idempotency_keys::caller.eq(key.caller))
            .filter(idempotency_keys::idempotency_key.eq(key.idempotency_key))
            .filter(idempotency_keys::created_at.lt(expired_before)),
    )
    .execute(conn)?;
    diesel::insert_into(idempotency_keys::table).values(key).execute(conn)?;
    Ok(())
}

/// Forgets the keys used before `before`; the number forgotten.
pub fn forget_before(conn: &mut DbConnection, before: NaiveDateTime) -> StoreResult<usize> {
    Ok(diesel::delete(idempotency_keys::table.filter(idempotency_keys::created_at.lt(before))).execute(conn)?)
}
