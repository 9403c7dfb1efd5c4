//! Points-based management (党员积分制管理, DOMAIN.md §6): the rules catalogue, balances,
//! caps, veto, grade suggestions, and the keyed chain that makes the ledger tamper-evident.

pub mod chain;
pub mod ledger;

use crate::evaluation::Grade;

code_list! {
    /// Category of a points rule.
    pub enum RuleCategory {
        /// 基础分
        Base = "base" / "基础积分",
        /// 活动积分 (organizational life, service)
        Activity = "activity" / "活动积分",
        /// 奖励积分
        Bonus = "bonus" / "奖励积分",
        /// 扣分
        Deduction = "deduction" / "扣分",
        /// 一票否决: zeroes the year
        Veto = "veto" / "一票否决",
    }
}

code_list! {
    /// State of a ledger entry.
    pub enum EntryStatus {
        /// 待审核
        Pending = "pending" / "待审核",
        /// 已生效
        Approved = "approved" / "已生效",
        /// 已驳回
        Rejected = "rejected" / "已驳回",
    }
}

/// Local points rules (configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PointsPolicy {
    /// The year starts from this balance.
    pub base: i64,
    pub excellent_from: i64,
    pub qualified_from: i64,
    pub basically_qualified_from: i64,
}

impl Default for PointsPolicy {
    fn default() -> Self {
        PointsPolicy { base: 60, excellent_from: 90, qualified_from: 70, basically_qualified_from: 60 }
    }
}

/// Approved entries as the balance sees them: one entry, or a year's sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    pub points: i64,
    /// Vetoes standing: +1 for a veto, −1 for the reversal that lifts one.
    pub vetoes: i64,
}

impl Counted {
    /// An approved entry; the reversal of a veto carries the veto flag and lifts it.
    pub fn entry(points: i64, veto: bool, reversal: bool) -> Counted {
        let vetoes = match (veto, reversal) {
            (false, _) => 0,
            (true, false) => 1,
            (true, true) => -1,
        };
        Counted { points, vetoes }
    }
}

/// Whether a veto still stands over the year: one recorded in error and reversed does not.
pub fn vetoed(entries: &[Counted]) -> bool {
    entries.iter().map(|e| e.vetoes).sum::<i64>() > 0
}

/// The year's balance: base plus approved entries; a standing veto zeroes the year.
pub fn balance(entries: &[Counted], policy: &PointsPolicy) -> i64 {
    if vetoed(entries) {
        return 0;
    }
    policy.base + entries.iter().map(|e| e.points).sum::<i64>()
}

/// The year an entry counts in: its own date's, or for a reversal the reversed entry's, so
/// a correction made in January lowers the year it corrects.
pub fn counting_year(occurred_year: i32, reversed_year: Option<i32>) -> i32 {
    reversed_year.unwrap_or(occurred_year)
}

/// The grade a balance suggests to the evaluation.
pub fn suggested_grade(total: i64, policy: &PointsPolicy) -> Grade {
    if total >= policy.excellent_from {
        Grade::Excellent
    } else if total >= policy.qualified_from {
        Grade::Qualified
    } else if total >= policy.basically_qualified_from {
        Grade::BasicallyQualified
    } else {
        Grade::Unqualified
    }
}

/// A rule's yearly cap would be exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the rule allows at most {cap} points a year; {used} are already counted, so {points} more would exceed it")]
pub struct CapExceeded {
    pub cap: i64,
    pub used: i64,
    pub points: i64,
}

impl CapExceeded {
    pub fn code(self) -> &'static str {
        "points-cap-exceeded"
    }
}

/// Checks a rule's cap (on the absolute points, so deductions are capped too).
pub fn check_cap(cap: Option<i64>, used: i64, points: i64) -> Result<(), CapExceeded> {
    match cap {
        Some(cap) if used.abs() + points.abs() > cap => Err(CapExceeded { cap, used, points }),
        _ => Ok(()),
    }
}

/// Why a rule cannot be used for an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotApplicable {
    #[error("this version has been superseded; use the current one")]
    Superseded,
    #[error("the rule is not defined for this organization")]
    OtherOrganization,
    #[error("the rule does not apply to this member's category")]
    OtherCategory,
}

impl NotApplicable {
    /// The field error code: a superseded version is an invalid value, the others break a rule.
    pub fn code(self) -> &'static str {
        match self {
            NotApplicable::Superseded => "invalid_value",
            NotApplicable::OtherOrganization | NotApplicable::OtherCategory => "rule",
        }
    }
}

/// A rule applies through an organization inside the subtree of the one that defined it, to
/// the member categories it names (none named: every category), in its current version.
pub fn check_applicable(
    current: bool,
    rule_org_path: &str,
    rule_categories: &[&str],
    org_path: &str,
    member_category: &str,
) -> Result<(), NotApplicable> {
    if !current {
        return Err(NotApplicable::Superseded);
    }
    if !crate::tree::is_within(org_path, rule_org_path) {
        return Err(NotApplicable::OtherOrganization);
    }
    if !rule_categories.is_empty() && !rule_categories.contains(&member_category) {
        return Err(NotApplicable::OtherCategory);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_balance_starts_at_the_base_and_a_veto_zeroes_it() {
        let policy = PointsPolicy::default();
        let entries = [Counted::entry(20, false, false), Counted::entry(-5, false, false)];
        assert_eq!(balance(&entries, &policy), 75);
        assert_eq!(balance(&[], &policy), 60);
        let vetoed = [Counted::entry(20, false, false), Counted::entry(0, true, false)];
        assert_eq!(balance(&vetoed, &policy), 0);
    }

    #[test]
    fn reversing_a_veto_recorded_in_error_restores_the_year() {
        let policy = PointsPolicy::default();
        let corrected =
            [Counted::entry(20, false, false), Counted::entry(0, true, false), Counted::entry(0, true, true)];
        assert!(!vetoed(&corrected));
        assert_eq!(balance(&corrected, &policy), 80);
        let again = [corrected[0], corrected[1], corrected[2], Counted::entry(0, true, false)];
        assert_eq!(balance(&again, &policy), 0, "a later veto stands");
    }

    #[test]
    fn a_reversal_counts_in_the_reversed_entrys_year() {
        assert_eq!(counting_year(2026, Some(2025)), 2025);
        assert_eq!(counting_year(2026, None), 2026);
    }

    #[test]
    fn grades_follow_the_thresholds() {
        let policy = PointsPolicy::default();
        assert_eq!(suggested_grade(90, &policy), Grade::Excellent);
        assert_eq!(suggested_grade(89, &policy), Grade::Qualified);
        assert_eq!(suggested_grade(70, &policy), Grade::Qualified);
        assert_eq!(suggested_grade(69, &policy), Grade::BasicallyQualified);
        assert_eq!(suggested_grade(60, &policy), Grade::BasicallyQualified);
        assert_eq!(suggested_grade(59, &policy), Grade::Unqualified);
    }

    #[test]
    fn a_rule_applies_below_its_organization_to_the_categories_it_names() {
        assert_eq!(check_applicable(true, "/1/", &[], "/1/4/", "mobile"), Ok(()));
        assert_eq!(check_applicable(false, "/1/", &[], "/1/4/", "mobile"), Err(NotApplicable::Superseded));
        assert_eq!(check_applicable(true, "/1/4/", &[], "/1/5/", "mobile"), Err(NotApplicable::OtherOrganization));
        assert_eq!(
            check_applicable(true, "/1/", &["in_service"], "/1/4/", "mobile"),
            Err(NotApplicable::OtherCategory)
        );
    }

    #[test]
    fn caps_hold_for_awards_and_deductions() {
        assert_eq!(check_cap(Some(10), 8, 2), Ok(()));
        assert_eq!(check_cap(Some(10), 8, 3), Err(CapExceeded { cap: 10, used: 8, points: 3 }));
        assert!(check_cap(Some(10), -8, -3).is_err());
        assert_eq!(check_cap(None, 1000, 5), Ok(()));
    }
}
