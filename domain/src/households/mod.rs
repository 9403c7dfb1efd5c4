//! Households (户) of the grids and household visits (入户走访, DOMAIN.md §8, policy §3, §11):
//! what a household record needs, and the visit coverage a grid is held to.

use chrono::{Datelike, Months, NaiveDate};

/// Local rules (configurable): every household visited once a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VisitPolicy {
    /// Length of a period in months, counted from January (3: quarters).
    pub period_months: u32,
    /// Share of a grid's households visited in a period, in percent.
    pub target_percent: u32,
}

impl Default for VisitPolicy {
    fn default() -> Self {
        VisitPolicy { period_months: 3, target_percent: 100 }
    }
}

/// The period `day` falls in: its first and last day.
pub fn period_of(day: NaiveDate, policy: &VisitPolicy) -> (NaiveDate, NaiveDate) {
    let months = policy.period_months.clamp(1, 12);
    let first_month = (day.month0() / months) * months + 1;
    let start = NaiveDate::from_ymd_opt(day.year(), first_month, 1).unwrap_or(day);
    let end = start.checked_add_months(Months::new(months)).and_then(|d| d.pred_opt()).unwrap_or(day);
    (start, end)
}

/// Households visited ÷ households; none for a grid without households.
pub fn coverage(visited: u64, households: u64) -> Option<f64> {
    (households > 0).then(|| visited as f64 / households as f64)
}

/// Whether a grid's coverage is below the target.
pub fn below_target(visited: u64, households: u64, policy: &VisitPolicy) -> bool {
    households > 0 && visited * 100 < households * u64::from(policy.target_percent)
}

/// Why a household record is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HouseholdRefusal {
    #[error("a household has at least one resident")]
    NoResidents,
    #[error("a contact in the origin village is kept with the origin village")]
    ContactWithoutVillage,
}

impl HouseholdRefusal {
    pub fn code(self) -> &'static str {
        "validation-failed"
    }

    pub fn field(self) -> &'static str {
        match self {
            HouseholdRefusal::NoResidents => "residents",
            HouseholdRefusal::ContactWithoutVillage => "origin_village",
        }
    }
}

/// Checks a household: residents counted, and an origin contact only with its village (the
/// community serves people and housing, the origin village their land and forest).
pub fn check_household(
    residents: i32,
    origin_village: Option<&str>,
    origin_contact: Option<&str>,
) -> Result<(), HouseholdRefusal> {
    if residents < 1 {
        return Err(HouseholdRefusal::NoResidents);
    }
    if origin_contact.is_some() && origin_village.is_none() {
        return Err(HouseholdRefusal::ContactWithoutVillage);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn the_default_period_is_the_quarter() {
        let policy = VisitPolicy::default();
        assert_eq!(period_of(date(2026, 12, 3), &policy), (date(2026, 10, 1), date(2026, 12, 31)));
        assert_eq!(period_of(date(2026, 2, 28), &policy), (date(2026, 1, 1), date(2026, 3, 31)));
        let monthly = VisitPolicy { period_months: 1, ..policy };
        assert_eq!(period_of(date(2026, 2, 10), &monthly), (date(2026, 2, 1), date(2026, 2, 28)));
    }

    #[test]
    fn a_grid_is_below_target_until_every_household_is_visited() {
        let policy = VisitPolicy::default();
        assert!(below_target(9, 10, &policy));
        assert!(!below_target(10, 10, &policy));
        assert!(!below_target(0, 0, &policy), "a grid without households has nothing to visit");
        let most = VisitPolicy { target_percent: 80, ..policy };
        assert!(!below_target(8, 10, &most));
        assert_eq!(coverage(3, 4), Some(0.75));
        assert_eq!(coverage(0, 0), None);
    }

    #[test]
    fn a_household_has_residents_and_an_origin_contact_needs_the_village() {
        assert_eq!(check_household(0, None, None), Err(HouseholdRefusal::NoResidents));
        assert_eq!(check_household(3, None, Some("13800000000")), Err(HouseholdRefusal::ContactWithoutVillage));
        assert_eq!(check_household(3, Some("长安镇中坝村"), Some("13800000000")), Ok(()));
    }
}
