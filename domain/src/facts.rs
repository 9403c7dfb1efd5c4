//! Recorded facts (a development step, a stage change, a meeting, a ledger entry, a member
//! event, an objection, a transfer letter) have happened: none is dated after the business
//! date, today in China Standard Time. Rules that count time count to the fact's date, so a
//! date ahead would let them run ahead (a candidate after a year of activism the day one
//! types next year's date). Plans, such as a publicity period, may lie ahead.

use chrono::NaiveDate;

/// A fact dated after today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{date} is after today ({today}): a recorded fact cannot lie in the future")]
pub struct FutureFact {
    pub date: NaiveDate,
    pub today: NaiveDate,
}

impl FutureFact {
    pub fn code(self) -> &'static str {
        "future_date"
    }
}

/// Checks the date of a recorded fact against today.
pub fn check_recorded(date: NaiveDate, today: NaiveDate) -> Result<(), FutureFact> {
    if date > today { Err(FutureFact { date, today }) } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_is_dated_today_at_the_latest() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default();
        assert_eq!(check_recorded(today, today), Ok(()));
        assert_eq!(check_recorded(today.pred_opt().unwrap_or_default(), today), Ok(()));
        let tomorrow = today.succ_opt().unwrap_or_default();
        assert_eq!(check_recorded(tomorrow, today), Err(FutureFact { date: tomorrow, today }));
    }
}
