//! Shared pieces of the two materialized-path trees.

diesel::define_sql_function! {
    /// `substr(text, start)`, 1-based, the same on SQLite and PostgreSQL.
    fn substr(text: diesel::sql_types::Text, start: diesel::sql_types::Integer) -> diesel::sql_types::Text;
}

/// A path no real node has, held by a new row until its id is known.
pub fn pending_path() -> String {
    use rand::RngCore;
    format!("/pending-{:016x}/", rand::rng().next_u64())
}

/// Position (1-based) of the first character after `prefix` in a path.
pub fn suffix_start(prefix: &str) -> i32 {
    i32::try_from(prefix.len()).unwrap_or(i32::MAX).saturating_add(1)
}

/// Rewrites the copies of a moved subtree's paths that other tables keep (for their subtree
/// filters): every `$table.$column` in the old subtree's range gets the new prefix. A table
/// that misses this keeps answering for the old place in the tree.
macro_rules! move_copies {
    ($conn:expr, $old:expr, $new:expr, $($table:ident . $column:ident),+ $(,)?) => {{
        let (low, high) = domain::tree::subtree_range($old);
        let start = $crate::db::repo::tree::suffix_start($old);
        $(
            diesel::update($table::table.filter($table::$column.ge(&low)).filter($table::$column.lt(&high)))
                .set($table::$column.eq(diesel::IntoSql::into_sql::<diesel::sql_types::Text>($new.to_owned())
                    .concat($crate::db::repo::tree::substr($table::$column, start))))
                .execute($conn)?;
        )+
    }};
}
pub(crate) use move_copies;
