//! Keeping the audit log (DOMAIN.md §3, 等保 2.0 安全审计): records are kept at least six
//! months; older ones may be removed, never newer ones.

use chrono::{Days, NaiveDate};

/// The shortest retention a deployment may configure, in days.
pub const MIN_RETENTION_DAYS: u32 = 180;

/// Why a retention or a removal is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RetentionRefusal {
    #[error("audit records are kept at least {MIN_RETENTION_DAYS} days; {days} is too short")]
    TooShort { days: u32 },
    #[error("records from {before} on are within the retention of {days} days; the earliest cut is {latest}")]
    WithinRetention { before: NaiveDate, days: u32, latest: NaiveDate },
}

impl RetentionRefusal {
    pub fn code(self) -> &'static str {
        match self {
            RetentionRefusal::TooShort { .. } => "retention-too-short",
            RetentionRefusal::WithinRetention { .. } => "within-retention",
        }
    }
}

/// A configured retention holds the minimum.
pub fn check_retention(days: u32) -> Result<(), RetentionRefusal> {
    if days < MIN_RETENTION_DAYS { Err(RetentionRefusal::TooShort { days }) } else { Ok(()) }
}

/// Records dated before `before` may be removed on `today` only when all of them are older
/// than the retention.
pub fn check_removal(before: NaiveDate, today: NaiveDate, days: u32) -> Result<(), RetentionRefusal> {
    check_retention(days)?;
    let latest = today.checked_sub_days(Days::new(u64::from(days))).unwrap_or(NaiveDate::MIN);
    if before > latest { Err(RetentionRefusal::WithinRetention { before, days, latest }) } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap_or_else(|_| unreachable!("a test date"))
    }

    #[test]
    fn a_retention_under_six_months_is_refused() {
        assert_eq!(check_retention(179), Err(RetentionRefusal::TooShort { days: 179 }));
        assert_eq!(check_retention(180), Ok(()));
    }

    #[test]
    fn only_records_older_than_the_retention_may_be_removed() {
        let today = date("2026-12-03");
        assert_eq!(check_removal(date("2026-06-06"), today, 180), Ok(()));
        assert_eq!(
            check_removal(date("2026-06-07"), today, 180),
            Err(RetentionRefusal::WithinRetention {
                before: date("2026-06-07"),
                days: 180,
                latest: date("2026-06-06")
            })
        );
        assert_eq!(check_removal(date("2026-01-01"), today, 30), Err(RetentionRefusal::TooShort { days: 30 }));
    }
}
