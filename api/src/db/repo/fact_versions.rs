//! The versions of the facts kept answers are computed from (see the migrations
//! `fact_versions` and `compliance_changes`): every write of those facts, by any instance,
//! advances them.

use diesel::prelude::*;

use super::{StoreError, StoreResult};
use crate::db::DbConnection;
use crate::db::schema::{compliance_changes, fact_versions};

/// The versions of the facts a dashboard is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactVersions {
    /// Branches' meetings, full members and groups, and the tree of organizations.
    pub compliance: i64,
    /// Units, the areas they lie in and the organizations covering them.
    pub coverage: i64,
}

pub fn current(conn: &mut DbConnection) -> StoreResult<FactVersions> {
    let rows: Vec<(String, i64)> =
        fact_versions::table.select((fact_versions::facts, fact_versions::version)).load(conn)?;
    let version = |facts: &str| {
        rows.iter()
            .find(|(name, _)| name == facts)
            .map(|(_, version)| *version)
            .ok_or_else(|| StoreError::Unreadable(format!("no version of the {facts} facts")))
    };
    Ok(FactVersions { compliance: version("compliance")?, coverage: version("coverage")? })
}

/// Stands for the tree itself among the organizations whose compliance facts changed: a
/// branch or group added, removed or moved changes which branches a subtree holds.
pub const TREE: i64 = 0;

/// The organizations (or [`TREE`]) whose compliance facts changed after `version`.
pub fn compliance_changed_since(conn: &mut DbConnection, version: i64) -> StoreResult<Vec<i64>> {
    Ok(compliance_changes::table
        .filter(compliance_changes::version.gt(version))
        .select(compliance_changes::org_id)
        .load(conn)?)
}
