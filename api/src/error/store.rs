//! Errors of the store, the pool and the blocking pool as problems: a unique value taken is a
//! `conflict` naming its fields, a row still referred to `has-dependents`, anything else internal.

use super::{ApiError, FieldError};

impl From<crate::db::repo::StoreError> for ApiError {
    fn from(error: crate::db::repo::StoreError) -> Self {
        use crate::db::repo::StoreError;
        match error {
            StoreError::Database(e) => e.into(),
            StoreError::Unreadable(what) => ApiError::Internal(what),
            StoreError::Missing => ApiError::NotFound,
            StoreError::Cap(e) => ApiError::Rule {
                code: e.code(),
                title: "Points cap exceeded",
                detail: e.to_string(),
                errors: vec![
                    FieldError::new("rule_id", "rule", e.to_string())
                        .with_param("cap", e.cap)
                        .with_param("used", e.used)
                        .with_param("points", e.points),
                ],
            },
        }
    }
}

impl From<diesel::result::Error> for ApiError {
    fn from(error: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match error {
            Error::NotFound => ApiError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                ApiError::Taken(unique_columns(info.message(), info.details()))
            }
            Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
                ApiError::HasDependents("other records still refer to this one".to_owned())
            }
            other => ApiError::Internal(format!("database: {other}")),
        }
    }
}

/// The columns of a violated unique key, read from the database's message: SQLite says
/// `UNIQUE constraint failed: t.a, t.b`, PostgreSQL's detail `Key (a, b)=(…) already exists.`
/// Only the names are kept; the values stay out of the answer.
fn unique_columns(message: &str, details: Option<&str>) -> Vec<String> {
    let listed = match details.and_then(|d| d.strip_prefix("Key (")) {
        Some(rest) => rest.split_once(")=").map_or("", |(columns, _)| columns),
        None => message.strip_prefix("UNIQUE constraint failed: ").unwrap_or(""),
    };
    listed
        .split(", ")
        .map(|column| column.rsplit('.').next().unwrap_or(column))
        .filter(|column| !column.is_empty() && column.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .map(str::to_owned)
        .collect()
}

impl From<r2d2::Error> for ApiError {
    fn from(error: r2d2::Error) -> Self {
        ApiError::Unavailable(format!("the database is not reachable: {error}"))
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(error: actix_web::error::BlockingError) -> Self {
        ApiError::Internal(format!("blocking task: {error}"))
    }
}

#[cfg(test)]
mod tests {
    use super::unique_columns;

    #[test]
    fn a_taken_key_names_its_columns_from_either_database_and_never_its_values() {
        let sqlite = unique_columns("UNIQUE constraint failed: funding_lines.area_id, funding_lines.year", None);
        assert_eq!(sqlite, ["area_id", "year"]);
        let postgres = unique_columns(
            "duplicate key value violates unique constraint \"funding_lines_area_id_year_kind_key\"",
            Some("Key (area_id, year, kind)=(8, 2026, party_building_funds) already exists."),
        );
        assert_eq!(postgres, ["area_id", "year", "kind"]);
        let expression = unique_columns("x", Some("Key (lower(name))=(王) already exists."));
        assert!(expression.is_empty(), "an expression is no field: {expression:?}");
    }
}
