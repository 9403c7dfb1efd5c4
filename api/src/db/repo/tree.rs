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
