//! Units located in an area (驻区单位 / 新兴领域组织) and Party-organization coverage.

pub mod credit_code;

code_list! {
    /// How a unit is covered by a Party organization.
    pub enum UnitCoverage {
        /// 单独组建: the unit has its own organization
        Own = "own" / "单独组建",
        /// 联合组建: covered by a joint branch
        Joint = "joint" / "联合组建",
        /// 挂靠: covered by an organization it is affiliated to
        Affiliated = "affiliated" / "挂靠",
        /// 未覆盖: no Party organization covers it yet
        None = "none" / "未覆盖",
    }
}

/// Why a unit's coverage is inconsistent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoverageError {
    #[error("a covered unit needs the covering organization")]
    MissingOrganization,
    #[error("a unit marked as not covered cannot name a covering organization")]
    OrganizationWithoutCoverage,
}

/// A unit is covered exactly when it names the organization covering it.
pub fn check_coverage(coverage: UnitCoverage, covering_org: Option<i64>) -> Result<(), CoverageError> {
    match (coverage, covering_org) {
        (UnitCoverage::None, Some(_)) => Err(CoverageError::OrganizationWithoutCoverage),
        (UnitCoverage::None, None) | (_, Some(_)) => Ok(()),
        (_, None) => Err(CoverageError::MissingOrganization),
    }
}

/// Coverage ratio (覆盖率): covered units ÷ units; an area without units counts as 0.
pub fn coverage_ratio(covered: i64, units: i64) -> f64 {
    if units <= 0 {
        return 0.0;
    }
    // Unit counts stay far below 2^52, so the conversion is exact.
    covered as f64 / units as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covered_units_name_their_organization() {
        assert_eq!(check_coverage(UnitCoverage::Own, Some(3)), Ok(()));
        assert_eq!(check_coverage(UnitCoverage::None, None), Ok(()));
        assert_eq!(check_coverage(UnitCoverage::Joint, None), Err(CoverageError::MissingOrganization));
        assert_eq!(check_coverage(UnitCoverage::None, Some(3)), Err(CoverageError::OrganizationWithoutCoverage));
    }

    #[test]
    fn coverage_ratio_of_no_units_is_zero() {
        assert_eq!(coverage_ratio(0, 0), 0.0);
        assert_eq!(coverage_ratio(3, 4), 0.75);
    }
}
