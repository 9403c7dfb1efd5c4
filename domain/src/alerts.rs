//! The deadline engine (DOMAIN.md §7): what falls due, and when, from the facts on record.

use chrono::{Datelike, Duration, Months, NaiveDate};

use crate::development::DevelopmentPolicy;
use crate::meetings::Period;

/// Probations ending within this many days are announced.
pub const PROBATION_NOTICE_DAYS: i64 = 30;
/// Publicity sites ending within this many days are announced.
pub const PUBLICITY_NOTICE_DAYS: i64 = 3;
/// Transfer letters expiring within this many days are announced.
pub const TRANSFER_NOTICE_DAYS: i64 = 14;
/// Missing evaluation opinions are announced this many days before the deadline.
pub const OPINION_NOTICE_DAYS: i64 = 14;
/// Half a year without organizational life (自行脱党 after six months).
pub const NO_ATTENDANCE_DAYS: i64 = 183;
/// A branch has at least this many full members (支部工作条例).
pub const BRANCH_MIN_FULL_MEMBERS: usize = 3;
/// A branch has at most this many members.
pub const BRANCH_MAX_MEMBERS: usize = 50;

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX)
}

/// Whether `date` falls from `on` to `days` days after it.
pub fn within(date: NaiveDate, on: NaiveDate, days: i64) -> bool {
    date >= on && date <= on + Duration::days(days)
}

/// The talk with an applicant, due within the policy's days of the application: the date it
/// was due when it is overdue and none is recorded.
pub fn talk_overdue(
    applied_on: NaiveDate,
    talked: bool,
    policy: &DevelopmentPolicy,
    on: NaiveDate,
) -> Option<NaiveDate> {
    let due = applied_on + Duration::days(policy.talk_within_days);
    (!talked && due < on).then_some(due)
}

/// The date an activist may become a candidate, once it has come.
pub fn activist_eligible(since: NaiveDate, policy: &DevelopmentPolicy, on: NaiveDate) -> Option<NaiveDate> {
    let eligible = add_months(since, policy.activist_months);
    (eligible <= on).then_some(eligible)
}

/// The end of a probation (with its extension) when it comes within the notice period.
pub fn probation_ending(
    joined: NaiveDate,
    extension_months: u32,
    policy: &DevelopmentPolicy,
    on: NaiveDate,
) -> Option<NaiveDate> {
    let ends = add_months(joined, policy.probation_months + extension_months);
    within(ends, on, PROBATION_NOTICE_DAYS).then_some(ends)
}

/// What is wrong with a branch's size, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BranchSize {
    TooSmall { full_members: usize },
    TooLarge { members: usize },
}

pub fn branch_size(full_members: usize, members: usize) -> Option<BranchSize> {
    if full_members < BRANCH_MIN_FULL_MEMBERS {
        Some(BranchSize::TooSmall { full_members })
    } else if members > BRANCH_MAX_MEMBERS {
        Some(BranchSize::TooLarge { members })
    } else {
        None
    }
}

/// The last complete month and quarter before `on`, whose missed meetings are announced.
pub fn last_complete_periods(on: NaiveDate) -> Vec<Period> {
    let last_month = on.with_day(1).and_then(|d| d.pred_opt()).unwrap_or(on);
    let quarter_end =
        NaiveDate::from_ymd_opt(on.year(), (on.month() - 1) / 3 * 3 + 1, 1).and_then(|d| d.pred_opt()).unwrap_or(on);
    let month = Period::parse(&last_month.format("%Y-%m").to_string()).ok();
    let quarter = Period::parse(&format!("{}-Q{}", quarter_end.year(), (quarter_end.month() - 1) / 3 + 1)).ok();
    [month, quarter].into_iter().flatten().collect()
}

/// The year whose holiday arrangement (全国年节放假调休安排) is due: in December, next year's,
/// when the calendar holds no day of it. The State Council publishes it in November.
pub fn calendar_missing(on: NaiveDate, next_year_loaded: bool) -> Option<i32> {
    (on.month() == 12 && !next_year_loaded).then_some(on.year() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn a_talk_is_overdue_a_month_after_the_application() {
        let policy = DevelopmentPolicy::default();
        assert_eq!(talk_overdue(date(2026, 1, 1), false, &policy, date(2026, 2, 1)), Some(date(2026, 1, 31)));
        assert_eq!(talk_overdue(date(2026, 1, 1), false, &policy, date(2026, 1, 31)), None, "due today is not overdue");
        assert_eq!(talk_overdue(date(2026, 1, 1), true, &policy, date(2026, 3, 1)), None);
    }

    #[test]
    fn an_activist_is_eligible_after_a_year_and_a_probation_is_announced_a_month_ahead() {
        let policy = DevelopmentPolicy::default();
        assert_eq!(activist_eligible(date(2025, 3, 1), &policy, date(2026, 3, 1)), Some(date(2026, 3, 1)));
        assert_eq!(activist_eligible(date(2025, 3, 2), &policy, date(2026, 3, 1)), None);
        assert_eq!(probation_ending(date(2025, 12, 20), 0, &policy, date(2026, 12, 1)), Some(date(2026, 12, 20)));
        assert_eq!(probation_ending(date(2025, 12, 20), 6, &policy, date(2026, 12, 1)), None, "extended");
    }

    #[test]
    fn a_branch_has_three_full_members_and_at_most_fifty() {
        assert_eq!(branch_size(2, 10), Some(BranchSize::TooSmall { full_members: 2 }));
        assert_eq!(branch_size(3, 50), None);
        assert_eq!(branch_size(40, 51), Some(BranchSize::TooLarge { members: 51 }));
    }

    #[test]
    fn missed_meetings_are_announced_for_the_last_complete_month_and_quarter() {
        let labels: Vec<String> = last_complete_periods(date(2026, 12, 3)).iter().map(Period::label).collect();
        assert_eq!(labels, ["2026-11", "2026-Q3"]);
    }

    #[test]
    fn next_years_holidays_are_asked_for_in_december() {
        assert_eq!(calendar_missing(date(2026, 12, 1), false), Some(2027));
        assert_eq!(calendar_missing(date(2026, 12, 1), true), None);
        assert_eq!(calendar_missing(date(2026, 11, 30), false), None, "published in November, due in December");
    }
}
