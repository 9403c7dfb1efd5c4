//! Annual democratic evaluation with two-place evaluation (两地评议, DOMAIN.md §4.2).

use crate::member::{Category, Stage};

code_list! {
    /// Evaluation grade, best first.
    pub enum Grade {
        /// 优秀
        Excellent = "excellent" / "优秀",
        /// 合格
        Qualified = "qualified" / "合格",
        /// 基本合格
        BasicallyQualified = "basically_qualified" / "基本合格",
        /// 不合格
        Unqualified = "unqualified" / "不合格",
    }
}

impl Grade {
    /// 0 for the best grade.
    fn rank(self) -> usize {
        Grade::ALL.iter().position(|g| *g == self).unwrap_or(usize::MAX)
    }

    /// The lower of two grades.
    pub fn lower(self, other: Grade) -> Grade {
        if self.rank() >= other.rank() { self } else { other }
    }

    pub fn at_least_qualified(self) -> bool {
        self.rank() <= Grade::Qualified.rank()
    }
}

/// Local evaluation rules (configurable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvaluationPolicy {
    /// At most `numerator / denominator` of the graded members may be excellent.
    pub excellent_numerator: u32,
    pub excellent_denominator: u32,
    /// In-service members without a report-in that year cannot be graded qualified or better.
    pub report_in_required: bool,
}

impl Default for EvaluationPolicy {
    fn default() -> Self {
        EvaluationPolicy { excellent_numerator: 1, excellent_denominator: 3, report_in_required: true }
    }
}

/// The opinions recorded for a member.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Opinions {
    pub membership: Option<Grade>,
    pub residence: Option<Grade>,
}

/// Which opinions a member's category needs before the final grade.
pub fn required_opinions(category: Category) -> (bool, bool) {
    match category {
        Category::Mobile | Category::Relocated => (true, true),
        Category::InService => (false, true),
        Category::Registered => (false, false),
    }
}

/// The suggested final grade: the lower of the opinions given.
pub fn suggested_grade(opinions: Opinions) -> Option<Grade> {
    match (opinions.membership, opinions.residence) {
        (Some(a), Some(b)) => Some(a.lower(b)),
        (one, other) => one.or(other),
    }
}

/// Why a final grade cannot be set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GradeError {
    #[error("probationary members take part in the evaluation but are not graded")]
    ProbationaryNotGraded,
    #[error("only Party members are evaluated")]
    NotAMember,
    #[error("the final grade needs the opinion of the {0} organization first")]
    OpinionMissing(&'static str),
    #[error("an in-service member with no report-in this year cannot be graded qualified or better")]
    NoReportIn,
    #[error("the grade differs from the suggested {suggested}; a written reason is required")]
    ReasonRequired { suggested: Grade },
    #[error(
        "at most {numerator}/{denominator} of the graded members may be excellent: this would make {excellent} of {graded}"
    )]
    ExcellentQuotaExceeded { excellent: u32, graded: u32, numerator: u32, denominator: u32 },
}

impl GradeError {
    pub fn code(&self) -> &'static str {
        match self {
            GradeError::ProbationaryNotGraded => "probationary-not-graded",
            GradeError::NotAMember => "not-a-member",
            GradeError::OpinionMissing(_) => "opinion-missing",
            GradeError::NoReportIn => "report-in-missing",
            GradeError::ReasonRequired { .. } => "grade-reason-required",
            GradeError::ExcellentQuotaExceeded { .. } => "excellent-quota-exceeded",
        }
    }
}

/// What a final grade is checked against.
#[derive(Debug, Clone, Copy)]
pub struct GradeCase<'a> {
    pub category: Category,
    pub stage: Stage,
    pub opinions: Opinions,
    pub grade: Grade,
    pub reason: Option<&'a str>,
    pub had_report_in: bool,
    /// Excellent members of the member's branch this year, across every campaign of the
    /// year, counting this grade.
    pub excellent_after: u32,
    /// Members of the member's branch that are graded this year (full members).
    pub gradable_members: u32,
}

/// The member already has the year's final grade from another campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the member already has this year's final grade from evaluation campaign {campaign_id}")]
pub struct AlreadyGraded {
    pub campaign_id: i64,
}

/// A member has at most one final grade a year, whichever campaign gives it: `graded_in` is
/// the campaign that gave this year's grade, if any; the same campaign may replace it.
pub fn check_one_grade(graded_in: Option<i64>, campaign_id: i64) -> Result<(), AlreadyGraded> {
    match graded_in {
        Some(first) if first != campaign_id => Err(AlreadyGraded { campaign_id: first }),
        _ => Ok(()),
    }
}

/// Checks a final grade.
pub fn check_grade(case: &GradeCase<'_>, policy: &EvaluationPolicy) -> Result<(), GradeError> {
    match case.stage {
        Stage::Probationary => return Err(GradeError::ProbationaryNotGraded),
        Stage::Full => {}
        _ => return Err(GradeError::NotAMember),
    }
    let (membership_needed, residence_needed) = required_opinions(case.category);
    if membership_needed && case.opinions.membership.is_none() {
        return Err(GradeError::OpinionMissing("membership"));
    }
    if residence_needed && case.opinions.residence.is_none() {
        return Err(GradeError::OpinionMissing("residence"));
    }
    if case.category == Category::InService
        && policy.report_in_required
        && !case.had_report_in
        && case.grade.at_least_qualified()
    {
        return Err(GradeError::NoReportIn);
    }
    if let Some(suggested) = suggested_grade(case.opinions)
        && suggested != case.grade
        && case.reason.is_none_or(|r| r.trim().is_empty())
    {
        return Err(GradeError::ReasonRequired { suggested });
    }
    if case.grade == Grade::Excellent
        && case.excellent_after * policy.excellent_denominator > case.gradable_members * policy.excellent_numerator
    {
        return Err(GradeError::ExcellentQuotaExceeded {
            excellent: case.excellent_after,
            graded: case.gradable_members,
            numerator: policy.excellent_numerator,
            denominator: policy.excellent_denominator,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(category: Category, opinions: Opinions, grade: Grade) -> GradeCase<'static> {
        GradeCase {
            category,
            stage: Stage::Full,
            opinions,
            grade,
            reason: None,
            had_report_in: true,
            excellent_after: 1,
            gradable_members: 10,
        }
    }

    #[test]
    fn dual_members_need_both_opinions_and_the_suggestion_is_the_lower() {
        let policy = EvaluationPolicy::default();
        let half = Opinions { membership: Some(Grade::Excellent), residence: None };
        assert_eq!(
            check_grade(&case(Category::Mobile, half, Grade::Excellent), &policy),
            Err(GradeError::OpinionMissing("residence"))
        );
        let both = Opinions { membership: Some(Grade::Excellent), residence: Some(Grade::Qualified) };
        assert_eq!(suggested_grade(both), Some(Grade::Qualified));
        assert_eq!(check_grade(&case(Category::Mobile, both, Grade::Qualified), &policy), Ok(()));
        assert_eq!(
            check_grade(&case(Category::Relocated, both, Grade::Excellent), &policy),
            Err(GradeError::ReasonRequired { suggested: Grade::Qualified })
        );
        let mut with_reason = case(Category::Relocated, both, Grade::Excellent);
        with_reason.reason = Some("抗洪抢险中表现突出");
        assert_eq!(check_grade(&with_reason, &policy), Ok(()));
    }

    #[test]
    fn in_service_members_without_report_in_are_at_most_basically_qualified() {
        let policy = EvaluationPolicy::default();
        let opinions = Opinions { membership: None, residence: Some(Grade::BasicallyQualified) };
        let mut absent = case(Category::InService, opinions, Grade::Qualified);
        absent.had_report_in = false;
        absent.reason = Some("单位考核良好");
        assert_eq!(check_grade(&absent, &policy), Err(GradeError::NoReportIn));
        absent.grade = Grade::BasicallyQualified;
        assert_eq!(check_grade(&absent, &policy), Ok(()));
        let relaxed = EvaluationPolicy { report_in_required: false, ..policy };
        absent.grade = Grade::Qualified;
        assert_eq!(check_grade(&absent, &relaxed), Ok(()));
        assert_eq!(
            check_grade(&case(Category::InService, Opinions::default(), Grade::Qualified), &policy),
            Err(GradeError::OpinionMissing("residence"))
        );
    }

    #[test]
    fn a_member_has_one_final_grade_a_year() {
        assert_eq!(check_one_grade(None, 7), Ok(()));
        assert_eq!(check_one_grade(Some(7), 7), Ok(()), "the same campaign replaces its grade");
        assert_eq!(check_one_grade(Some(3), 7), Err(AlreadyGraded { campaign_id: 3 }));
    }

    #[test]
    fn probationary_members_are_not_graded_and_excellent_is_capped_at_a_third() {
        let policy = EvaluationPolicy::default();
        let mut probationary = case(Category::Registered, Opinions::default(), Grade::Qualified);
        probationary.stage = Stage::Probationary;
        assert_eq!(check_grade(&probationary, &policy), Err(GradeError::ProbationaryNotGraded));
        let mut fourth = case(Category::Registered, Opinions::default(), Grade::Excellent);
        fourth.excellent_after = 4;
        fourth.gradable_members = 10;
        assert!(matches!(check_grade(&fourth, &policy), Err(GradeError::ExcellentQuotaExceeded { .. })));
        fourth.excellent_after = 3;
        assert_eq!(check_grade(&fourth, &policy), Ok(()));
    }
}
