//! Two-place publicity (两地公示, DOMAIN.md §4.1): where it must be posted, how long, and
//! when a site has passed.

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::member::Category;

code_list! {
    /// Which of the member's organizations posts a publicity site.
    pub enum SiteRole {
        /// 组织关系所在党组织
        Membership = "membership" / "组织关系所在地",
        /// 居住地党组织
        Residence = "residence" / "居住地",
    }
}

code_list! {
    /// State of an objection raised during a publicity.
    pub enum ObjectionStatus {
        /// 待处理
        Open = "open" / "待处理",
        /// 反映属实 (fails the publicity)
        Upheld = "upheld" / "反映属实",
        /// 不属实
        Dismissed = "dismissed" / "不属实",
    }
}

code_list! {
    /// State of a publicity site on a date.
    pub enum SiteStatus {
        /// 公示中 (or not yet started)
        Running = "running" / "公示中",
        /// 已通过: the period has ended and every objection was dismissed
        Passed = "passed" / "已通过",
        /// 未通过: an objection was upheld
        Failed = "failed" / "未通过",
        /// 待处理异议: the period has ended with an objection not yet resolved
        Blocked = "blocked" / "待处理异议",
    }
}

/// Two sites for people under dual management (mobile, relocated), one otherwise.
pub fn required_sites(category: Category) -> Vec<SiteRole> {
    match category {
        Category::Mobile | Category::Relocated => vec![SiteRole::Membership, SiteRole::Residence],
        Category::Registered | Category::InService => vec![SiteRole::Membership],
    }
}

/// A publicity period that is too short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the period holds {working_days} working days; at least {required} are required (the earliest end is {earliest_end})"
)]
pub struct PeriodTooShort {
    pub working_days: u32,
    pub required: u32,
    pub earliest_end: NaiveDate,
}

/// Checks that a period from `start` to `end` spans at least `required` working days.
pub fn check_period(
    calendar: &Calendar,
    start: NaiveDate,
    end: NaiveDate,
    required: u32,
) -> Result<(), PeriodTooShort> {
    let working_days = calendar.working_days_between(start, end);
    if working_days >= required {
        Ok(())
    } else {
        let earliest_end = calendar.add_working_days(start, required.saturating_sub(1));
        Err(PeriodTooShort { working_days, required, earliest_end })
    }
}

/// Why a site's period, an objection or its resolution is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PublicityRefusal {
    #[error("the period ends after it starts")]
    EndsBeforeStart,
    #[error(transparent)]
    TooShort(#[from] PeriodTooShort),
    #[error("objections are raised during the site's period")]
    ObjectionOutsidePeriod,
    #[error("resolve as upheld or dismissed")]
    ResolvedAsOpen,
    #[error("the objection is already resolved")]
    AlreadyResolved,
}

impl PublicityRefusal {
    /// Stable problem code; the first three are about one field of the request.
    pub fn code(self) -> &'static str {
        match self {
            PublicityRefusal::TooShort(_) => "publicity-period-too-short",
            PublicityRefusal::AlreadyResolved => "conflict",
            _ => "validation-failed",
        }
    }

    /// The request field the refusal is about.
    pub fn field(self) -> &'static str {
        match self {
            PublicityRefusal::EndsBeforeStart | PublicityRefusal::TooShort(_) => "end_on",
            PublicityRefusal::ObjectionOutsidePeriod => "raised_on",
            PublicityRefusal::ResolvedAsOpen | PublicityRefusal::AlreadyResolved => "status",
        }
    }
}

/// Checks a site's period: it ends after it starts and spans `required` working days.
pub fn check_site_period(
    calendar: &Calendar,
    start: NaiveDate,
    end: NaiveDate,
    required: u32,
) -> Result<(), PublicityRefusal> {
    if end < start {
        return Err(PublicityRefusal::EndsBeforeStart);
    }
    Ok(check_period(calendar, start, end, required)?)
}

/// Checks that an objection is raised inside the site's period (a site without a period
/// takes none).
pub fn check_objection(period: Option<(NaiveDate, NaiveDate)>, raised_on: NaiveDate) -> Result<(), PublicityRefusal> {
    match period {
        Some((start, end)) if (start..=end).contains(&raised_on) => Ok(()),
        _ => Err(PublicityRefusal::ObjectionOutsidePeriod),
    }
}

/// Checks that an open objection is resolved as upheld or dismissed.
pub fn check_resolution(current: ObjectionStatus, decision: ObjectionStatus) -> Result<(), PublicityRefusal> {
    if decision == ObjectionStatus::Open {
        Err(PublicityRefusal::ResolvedAsOpen)
    } else if current != ObjectionStatus::Open {
        Err(PublicityRefusal::AlreadyResolved)
    } else {
        Ok(())
    }
}

/// A site's status on `today`: an upheld objection fails it; after its end it passes when
/// no objection is open.
pub fn site_status(end: NaiveDate, objections: &[ObjectionStatus], today: NaiveDate) -> SiteStatus {
    if objections.contains(&ObjectionStatus::Upheld) {
        SiteStatus::Failed
    } else if today <= end {
        SiteStatus::Running
    } else if objections.contains(&ObjectionStatus::Open) {
        SiteStatus::Blocked
    } else {
        SiteStatus::Passed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::DayKind;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).expect("date")
    }

    #[test]
    fn dual_management_publicises_in_both_places() {
        assert_eq!(required_sites(Category::Mobile), vec![SiteRole::Membership, SiteRole::Residence]);
        assert_eq!(required_sites(Category::Relocated).len(), 2);
        assert_eq!(required_sites(Category::Registered), vec![SiteRole::Membership]);
        assert_eq!(required_sites(Category::InService), vec![SiteRole::Membership]);
    }

    #[test]
    fn a_period_spans_five_working_days_on_the_calendar() {
        let calendar = Calendar::new((15..=23).map(|d| (date(2, d), DayKind::Holiday)));
        // 12 Feb (Thu) to 24 Feb (Tue): Thu, Fri, then the holiday, then Tue = 3 working days.
        assert_eq!(
            check_period(&calendar, date(2, 12), date(2, 24), 5),
            Err(PeriodTooShort { working_days: 3, required: 5, earliest_end: date(2, 26) })
        );
        assert_eq!(check_period(&calendar, date(2, 12), date(2, 26), 5), Ok(()));
        assert_eq!(check_period(&Calendar::default(), date(3, 2), date(3, 6), 5), Ok(()));
    }

    #[test]
    fn objections_are_raised_during_the_sites_period_and_resolved_once() {
        let period = Some((date(3, 2), date(3, 6)));
        assert_eq!(check_objection(period, date(3, 6)), Ok(()));
        assert_eq!(check_objection(period, date(3, 9)), Err(PublicityRefusal::ObjectionOutsidePeriod));
        assert_eq!(check_objection(None, date(3, 3)), Err(PublicityRefusal::ObjectionOutsidePeriod));
        assert_eq!(check_resolution(ObjectionStatus::Open, ObjectionStatus::Upheld), Ok(()));
        assert_eq!(
            check_resolution(ObjectionStatus::Dismissed, ObjectionStatus::Upheld),
            Err(PublicityRefusal::AlreadyResolved)
        );
        assert_eq!(
            check_resolution(ObjectionStatus::Open, ObjectionStatus::Open),
            Err(PublicityRefusal::ResolvedAsOpen)
        );
    }

    #[test]
    fn a_period_ends_after_it_starts() {
        assert_eq!(
            check_site_period(&Calendar::default(), date(3, 6), date(3, 2), 5),
            Err(PublicityRefusal::EndsBeforeStart)
        );
    }

    #[test]
    fn a_site_passes_after_its_period_with_every_objection_dismissed() {
        let end = date(3, 6);
        assert_eq!(site_status(end, &[], date(3, 6)), SiteStatus::Running);
        assert_eq!(site_status(end, &[], date(3, 7)), SiteStatus::Passed);
        assert_eq!(site_status(end, &[ObjectionStatus::Open], date(3, 9)), SiteStatus::Blocked);
        assert_eq!(site_status(end, &[ObjectionStatus::Dismissed], date(3, 9)), SiteStatus::Passed);
        assert_eq!(site_status(end, &[ObjectionStatus::Upheld], date(3, 4)), SiteStatus::Failed);
    }
}
