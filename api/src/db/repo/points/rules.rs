//! The rules catalogue of the points system: versioned rules, the current version of a code,
//! and whether a rule applies to a member.

use diesel::prelude::*;
use domain::points::{NotApplicable, RuleCategory, check_applicable};

use crate::db::DbConnection;
use crate::db::models::{NewPointsRule, PointsRuleRow};
use crate::db::repo::StoreResult;
use crate::db::schema::points_rules as rules;

pub fn find_rule(conn: &mut DbConnection, id: i64) -> StoreResult<Option<PointsRuleRow>> {
    Ok(rules::table.find(id).select(PointsRuleRow::as_select()).first(conn).optional()?)
}

/// The current version of a rule code.
pub fn current_rule(conn: &mut DbConnection, code: &str) -> StoreResult<Option<PointsRuleRow>> {
    Ok(rules::table
        .filter(rules::code.eq(code))
        .filter(rules::current.eq(true))
        .select(PointsRuleRow::as_select())
        .first(conn)
        .optional()?)
}

/// The rules catalogue, current versions only unless `all_versions`, by code and version.
pub fn rules(
    conn: &mut DbConnection,
    all_versions: bool,
    category: Option<RuleCategory>,
) -> StoreResult<Vec<PointsRuleRow>> {
    let mut q = rules::table.into_boxed();
    if !all_versions {
        q = q.filter(rules::current.eq(true));
    }
    if let Some(category) = category {
        q = q.filter(rules::category.eq(category.code()));
    }
    Ok(q.order((rules::code, rules::version)).select(PointsRuleRow::as_select()).load(conn)?)
}

pub fn insert_rule(conn: &mut DbConnection, rule: NewPointsRule) -> StoreResult<i64> {
    Ok(diesel::insert_into(rules::table).values(rule).returning(rules::id).get_result(conn)?)
}

/// Makes a rule version no longer current; false when it was not current any more.
pub fn retire_rule(conn: &mut DbConnection, id: i64) -> StoreResult<bool> {
    let retired = diesel::update(rules::table.find(id).filter(rules::current.eq(true)))
        .set(rules::current.eq(false))
        .execute(conn)?;
    Ok(retired == 1)
}

/// Whether a stored rule applies to a member of `member_category` through the organization
/// at `org_path` (the domain decides; this reads the row for it).
pub fn applies(rule: &PointsRuleRow, member_category: &str, org_path: &str) -> Result<(), NotApplicable> {
    let categories: Vec<&str> = rule.member_categories.split(',').filter(|c| !c.is_empty()).collect();
    check_applicable(rule.current, &rule.org_path, &categories, org_path, member_category)
}
